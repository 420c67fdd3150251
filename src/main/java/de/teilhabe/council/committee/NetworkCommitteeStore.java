package de.teilhabe.council.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.Committees;
import de.teilhabe.council.NetworkCommittee;
import de.teilhabe.council.NetworkCommittee.Meeting;
import de.teilhabe.council.NetworkCommittee.Membership;
import de.teilhabe.council.model.CommitteeKind;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The committees of kind {@code NETWORK} in the council's tables. Every query filters on
 * the tenant and the kind, so that neither the Beirat nor its working groups are read or
 * changed here.
 */
@Repository
class NetworkCommitteeStore implements Committees {

	static final String NETWORK = CommitteeKind.NETWORK.name();

	/** The memberships and meetings of committees of this kind (alias {@code c}). */
	static final String OF_NETWORK_COMMITTEE = " JOIN council_committee c ON c.tenant_id = x.tenant_id"
			+ " AND c.id = x.committee_id AND c.kind = 'NETWORK'";

	private static final String WHERE = " WHERE tenant_id = ? AND kind = 'NETWORK' AND NOT deleted"
			+ " AND (CAST(? AS TEXT) IS NULL OR search_text LIKE ?)";

	private static final Comparator<Membership> CURRENT_FIRST_BY_NAME = Comparator
		.comparing((Membership m) -> m.endDate() != null)
		.thenComparing((m) -> Objects
			.requireNonNullElse((m.organisationName() != null) ? m.organisationName() : m.personName(), "")
			.toLowerCase(Locale.ROOT))
		.thenComparing(Membership::id);

	private final JdbcClient jdbc;

	private final MemberOrganisationNames organisations;

	NetworkCommitteeStore(JdbcClient jdbc, MemberOrganisationNames organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public Optional<NetworkCommittee> find(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT * FROM council_committee WHERE tenant_id = ? AND id = ? AND kind = 'NETWORK'"
					+ " AND NOT deleted")
			.params(tenantId, id)
			.query((rs, row) -> committee(rs, memberships(tenantId, id), meetings(tenantId, id)))
			.optional();
	}

	@Override
	public ApiPage<NetworkCommittee> search(UUID tenantId, String likePattern, ApiPaging paging) {
		long total = this.jdbc.sql("SELECT count(*) FROM council_committee" + WHERE)
			.params(tenantId, likePattern, likePattern)
			.query(Long.class)
			.single();
		List<NetworkCommittee> page = this.jdbc
			.sql("SELECT * FROM council_committee" + WHERE + " ORDER BY lower(name), id LIMIT ? OFFSET ?")
			.params(tenantId, likePattern, likePattern, paging.size(), paging.offset())
			.query((rs, row) -> committee(rs, List.of(), List.of()))
			.list();
		return ApiPage.of(page, paging, total);
	}

	@Override
	public void create(UUID tenantId, UUID id, CommitteeValues values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO council_committee (tenant_id, id, kind, name, short_name, classification, start_date,
				  end_date, website, office_role, description, search_text, created_at, modified_at)
				VALUES (?, ?, 'NETWORK', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, values.name(), text(values.shortName()), values.classification(), values.startDate(),
					values.endDate(), text(values.website()), values.officeRole(), text(values.description()),
					searchText(values), now, now)
			.update();
	}

	@Override
	public boolean update(UUID tenantId, UUID id, CommitteeValues values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE council_committee SET name = ?, short_name = ?, classification = ?, start_date = ?,
				  end_date = ?, website = ?, office_role = ?, description = ?, search_text = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ? AND kind = 'NETWORK'""")
			.params(values.name(), text(values.shortName()), values.classification(), values.startDate(),
					values.endDate(), text(values.website()), values.officeRole(), text(values.description()),
					searchText(values), now, tenantId, id)
			.update() > 0;
	}

	@Override
	public Optional<Membership> membership(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT x.* FROM council_membership x" + OF_NETWORK_COMMITTEE
					+ " WHERE x.tenant_id = ? AND x.id = ? AND NOT x.deleted")
			.params(tenantId, id)
			.query((rs, row) -> membership(rs))
			.list()
			.stream()
			.map((membership) -> named(tenantId, List.of(membership)).get(0))
			.findFirst();
	}

	@Override
	public void createMembership(UUID tenantId, UUID id, UUID committeeId, MembershipValues values,
			OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO council_membership (tenant_id, id, committee_id, person_name, organisation_id, role,
				  voting_right, start_date, end_date, created_at, modified_at)
				SELECT ?, ?, c.id, ?, ?, ?, ?, ?, ?, ?, ? FROM council_committee c
				WHERE c.tenant_id = ? AND c.id = ? AND c.kind = 'NETWORK'""")
			.params(tenantId, id, text(values.personName()), values.organisationId(), text(values.role()),
					values.votingRight(), values.startDate(), values.endDate(), now, now, tenantId, committeeId)
			.update();
	}

	@Override
	public boolean updateMembership(UUID tenantId, UUID id, MembershipValues values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE council_membership x SET person_name = ?, organisation_id = ?, role = ?, voting_right = ?,
				  start_date = ?, end_date = ?, modified_at = ?
				WHERE x.tenant_id = ? AND x.id = ? AND x.person_id IS NULL AND EXISTS (SELECT 1 FROM council_committee c
				  WHERE c.tenant_id = x.tenant_id AND c.id = x.committee_id AND c.kind = 'NETWORK')""")
			.params(text(values.personName()), values.organisationId(), text(values.role()), values.votingRight(),
					values.startDate(), values.endDate(), now, tenantId, id)
			.update() > 0;
	}

	@Override
	public Optional<Meeting> meeting(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT x.* FROM council_meeting x" + OF_NETWORK_COMMITTEE
					+ " WHERE x.tenant_id = ? AND x.id = ? AND NOT x.deleted")
			.params(tenantId, id)
			.query((rs, row) -> meeting(rs))
			.optional();
	}

	@Override
	public void createMeeting(UUID tenantId, UUID id, UUID committeeId, MeetingValues values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO council_meeting (tenant_id, id, committee_id, name, starts_at, ends_at, location_text,
				  state, notes, created_at, modified_at)
				SELECT ?, ?, c.id, ?, ?, ?, ?, ?, ?, ?, ? FROM council_committee c
				WHERE c.tenant_id = ? AND c.id = ? AND c.kind = 'NETWORK'""")
			.params(tenantId, id, values.name(), values.startsAt(), values.endsAt(), text(values.location()),
					values.state().name(), text(values.notes()), now, now, tenantId, committeeId)
			.update();
	}

	@Override
	public boolean updateMeeting(UUID tenantId, UUID id, MeetingValues values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE council_meeting x SET name = ?, starts_at = ?, ends_at = ?, location_text = ?, state = ?,
				  notes = ?, modified_at = ?
				WHERE x.tenant_id = ? AND x.id = ? AND EXISTS (SELECT 1 FROM council_committee c
				  WHERE c.tenant_id = x.tenant_id AND c.id = x.committee_id AND c.kind = 'NETWORK')""")
			.params(values.name(), values.startsAt(), values.endsAt(), text(values.location()), values.state().name(),
					text(values.notes()), now, tenantId, id)
			.update() > 0;
	}

	@Override
	public int removeOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc.sql("""
				DELETE FROM council_membership x WHERE x.tenant_id = ? AND x.organisation_id = ?
				  AND x.person_id IS NULL""").params(tenantId, organisationId).update();
	}

	private List<Membership> memberships(UUID tenantId, UUID committeeId) {
		List<Membership> memberships = this.jdbc
			.sql("SELECT x.* FROM council_membership x WHERE x.tenant_id = ? AND x.committee_id = ? AND NOT x.deleted")
			.params(tenantId, committeeId)
			.query((rs, row) -> membership(rs))
			.list();
		return named(tenantId, memberships).stream().sorted(CURRENT_FIRST_BY_NAME).toList();
	}

	/** The memberships with their organisations' names. */
	private List<Membership> named(UUID tenantId, List<Membership> memberships) {
		Map<UUID, String> names = this.organisations.names(tenantId,
				memberships.stream().map(Membership::organisationId).filter(Objects::nonNull).distinct().toList());
		return memberships.stream()
			.map((m) -> new Membership(m.id(), m.committeeId(), m.personName(), m.organisationId(),
					(m.organisationId() != null) ? names.get(m.organisationId()) : null, m.role(), m.votingRight(),
					m.startDate(), m.endDate()))
			.toList();
	}

	private List<Meeting> meetings(UUID tenantId, UUID committeeId) {
		return this.jdbc
			.sql("SELECT * FROM council_meeting WHERE tenant_id = ? AND committee_id = ? AND NOT deleted"
					+ " ORDER BY starts_at DESC, id")
			.params(tenantId, committeeId)
			.query((rs, row) -> meeting(rs))
			.list();
	}

	private static String text(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/** What the list's search matches against: name, short name, kind, description. */
	private static String searchText(CommitteeValues values) {
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { values.name(), values.shortName(), values.classification(),
				values.description() }) {
			if (part != null && !part.isBlank()) {
				text.append(part.replace('\n', ' ').toLowerCase(Locale.ROOT)).append(' ');
			}
		}
		return text.toString().strip();
	}

	private static NetworkCommittee committee(ResultSet rs, List<Membership> memberships, List<Meeting> meetings)
			throws SQLException {
		return new NetworkCommittee(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
				rs.getString("classification"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getString("website"), rs.getString("office_role"),
				rs.getString("description"), memberships, meetings);
	}

	private static Membership membership(ResultSet rs) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
				rs.getString("person_name"), rs.getObject("organisation_id", UUID.class), null, rs.getString("role"),
				rs.getBoolean("voting_right"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class));
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
				rs.getString("name"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), rs.getString("location_text"),
				MeetingState.valueOf(rs.getString("state")), rs.getString("notes"));
	}

}
