package de.teilhabe.network.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.committee.Committee.Meeting;
import de.teilhabe.network.committee.Committee.Membership;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.Sql;
import de.teilhabe.network.project.Values;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Committees with their memberships and meetings. Every query filters on the tenant.
 */
@Repository
public class CommitteeStore {

	private static final String MEMBERSHIP_SELECT = """
			SELECT m.*, o.name AS organisation_name FROM network_committee_membership m
			LEFT JOIN network_organisation o ON o.tenant_id = m.tenant_id AND o.id = m.organisation_id
			""";

	private static final String WHERE = " WHERE tenant_id = ? AND (CAST(? AS TEXT) IS NULL OR search_text LIKE ?)";

	private final JdbcClient jdbc;

	private final Times times;

	public CommitteeStore(JdbcClient jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	/** A committee with its memberships (current first) and meetings (newest first). */
	public Optional<Committee> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM network_committee WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> committee(rs, memberships(tenantId, id), meetings(tenantId, id)))
			.optional();
	}

	/** A page of the committees matching a text (null: all), by name. */
	public Page<Committee> search(UUID tenantId, String likePattern, ApiPaging paging) {
		long total = this.jdbc.sql("SELECT count(*) FROM network_committee" + WHERE)
			.params(tenantId, likePattern, likePattern)
			.query(Long.class)
			.single();
		return new Page<>(search(tenantId, likePattern, paging.size(), paging.offset()), paging.page(), paging.size(),
				total);
	}

	private List<Committee> search(UUID tenantId, String likePattern, int limit, long offset) {
		return this.jdbc.sql("SELECT * FROM network_committee" + WHERE + " ORDER BY lower(name), id LIMIT ? OFFSET ?")
			.params(tenantId, likePattern, likePattern, limit, offset)
			.query((rs, row) -> committee(rs, List.of(), List.of()))
			.list();
	}

	public void create(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_committee (tenant_id, id, name, short_name, classification, start_date, end_date,
				  website, office_role, description, search_text, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, values.get("name"), Sql.text(values.get("shortName")), values.get("classification"),
					Values.date(values.get("startDate")), Values.date(values.get("endDate")),
					Sql.text(values.get("website")), values.get("officeRole"), Sql.text(values.get("description")),
					searchText(values), now, now)
			.update();
	}

	public boolean update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE network_committee SET name = ?, short_name = ?, classification = ?, start_date = ?,
				  end_date = ?, website = ?, office_role = ?, description = ?, search_text = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("name"), Sql.text(values.get("shortName")), values.get("classification"),
					Values.date(values.get("startDate")), Values.date(values.get("endDate")),
					Sql.text(values.get("website")), values.get("officeRole"), Sql.text(values.get("description")),
					searchText(values), now, tenantId, id)
			.update() > 0;
	}

	public Optional<Map.Entry<UUID, Membership>> membership(UUID tenantId, UUID id) {
		return this.jdbc.sql(MEMBERSHIP_SELECT + " WHERE m.tenant_id = ? AND m.id = ?")
			.params(tenantId, id)
			.query((rs, row) -> Map.entry(rs.getObject("committee_id", UUID.class), membership(rs)))
			.optional();
	}

	public void createMembership(UUID tenantId, UUID id, UUID committeeId, Map<String, String> values,
			OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_committee_membership (tenant_id, id, committee_id, person_name, organisation_id,
				  role, voting_right, start_date, end_date, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, committeeId, Sql.text(values.get("personName")),
					Values.uuid(values.get("organisation")), Sql.text(values.get("role")),
					"true".equals(values.get("votingRight")), Values.date(values.get("startDate")),
					Values.date(values.get("endDate")), now, now)
			.update();
	}

	public boolean updateMembership(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE network_committee_membership SET person_name = ?, organisation_id = ?, role = ?,
				  voting_right = ?, start_date = ?, end_date = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(Sql.text(values.get("personName")), Values.uuid(values.get("organisation")),
					Sql.text(values.get("role")), "true".equals(values.get("votingRight")),
					Values.date(values.get("startDate")), Values.date(values.get("endDate")), now, tenantId, id)
			.update() > 0;
	}

	public Optional<Meeting> meeting(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM network_committee_meeting WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> meeting(rs))
			.optional();
	}

	public void createMeeting(UUID tenantId, UUID id, UUID committeeId, Map<String, String> values,
			OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_committee_meeting (tenant_id, id, committee_id, name, starts_at, ends_at,
				  location, state, notes, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, committeeId, values.get("name"), CommitteeForms.at(values, "startTime", this.times),
					CommitteeForms.at(values, "endTime", this.times), Sql.text(values.get("location")),
					values.get("state"), Sql.text(values.get("notes")), now, now)
			.update();
	}

	public boolean updateMeeting(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE network_committee_meeting SET name = ?, starts_at = ?, ends_at = ?, location = ?, state = ?,
				  notes = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("name"), CommitteeForms.at(values, "startTime", this.times),
					CommitteeForms.at(values, "endTime", this.times), Sql.text(values.get("location")),
					values.get("state"), Sql.text(values.get("notes")), now, tenantId, id)
			.update() > 0;
	}

	private List<Membership> memberships(UUID tenantId, UUID committeeId) {
		return this.jdbc.sql(MEMBERSHIP_SELECT + """
				 WHERE m.tenant_id = ? AND m.committee_id = ?
				ORDER BY (m.end_date IS NOT NULL), lower(coalesce(o.name, m.person_name)), m.id""")
			.params(tenantId, committeeId)
			.query((rs, row) -> membership(rs))
			.list();
	}

	private List<Meeting> meetings(UUID tenantId, UUID committeeId) {
		return this.jdbc
			.sql("SELECT * FROM network_committee_meeting WHERE tenant_id = ? AND committee_id = ?"
					+ " ORDER BY starts_at DESC, id")
			.params(tenantId, committeeId)
			.query((rs, row) -> meeting(rs))
			.list();
	}

	private static String searchText(Map<String, String> values) {
		return Sql.searchText(values.get("name"), values.get("shortName"), values.get("classification"),
				values.get("description"));
	}

	private static Committee committee(ResultSet rs, List<Membership> memberships, List<Meeting> meetings)
			throws SQLException {
		return new Committee(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
				rs.getString("classification"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getString("website"), rs.getString("office_role"),
				rs.getString("description"), memberships, meetings);
	}

	private static Membership membership(ResultSet rs) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), rs.getString("person_name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("role"),
				rs.getBoolean("voting_right"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class));
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
				rs.getString("name"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), rs.getString("location"),
				MeetingState.valueOf(rs.getString("state")), rs.getString("notes"));
	}

}
