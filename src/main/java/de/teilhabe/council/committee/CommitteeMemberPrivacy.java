package de.teilhabe.council.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectSection;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.time.Times;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy hooks of members of the office's committees (kind {@code NETWORK}) recorded
 * by name; the subject type, the texts and the retention rule's name kept the names they
 * had in the network module. Each membership is a data subject of its own (subject type
 * {@value #SUBJECT_TYPE}, id: the membership's id): a name alone does not tell whether
 * two memberships are the same person, so the search lists every membership with its
 * committee. Export (Art. 15) of the membership; erasure (Art. 17) removes the name (a
 * membership for an organisation stays without it, one for the person alone is deleted);
 * the retention rule does the same for memberships that ended more than {@value #YEARS}
 * years ago.
 */
@Component
class CommitteeMemberPrivacy implements DataSubjectFinder, DataSubjectExporter, DataSubjectEraser, RetentionRule {

	static final String SUBJECT_TYPE = "committee-member";

	/**
	 * Former members are kept for one election period of the council (5 years), so that
	 * the decisions of the past period can be traced to the committee's members.
	 */
	static final int YEARS = 5;

	/** The memberships (alias {@code m}) of the office's committees. */
	private static final String NETWORK = "EXISTS (SELECT 1 FROM council_committee k WHERE k.tenant_id = m.tenant_id"
			+ " AND k.id = m.committee_id AND k.kind = 'NETWORK') AND ";

	private final JdbcClient jdbc;

	private final Times times;

	private final MemberOrganisationNames organisations;

	CommitteeMemberPrivacy(JdbcClient jdbc, Times times, MemberOrganisationNames organisations) {
		this.jdbc = jdbc;
		this.times = times;
		this.organisations = organisations;
	}

	@Override
	public Optional<String> nameOf(DataSubject subject) {
		return subject.uuid()
			.filter((id) -> supports(subject.type()))
			.flatMap((id) -> this.jdbc
				.sql("SELECT x.person_name FROM council_membership x" + NetworkCommitteeStore.OF_NETWORK_COMMITTEE
						+ " WHERE x.tenant_id = ? AND x.id = ?")
				.params(subject.tenantId(), id)
				.query(String.class)
				.optional());
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		return this.jdbc.sql("""
				SELECT m.id, m.person_name, c.name AS committee
				FROM council_membership m
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind = 'NETWORK'
				WHERE m.tenant_id = ? AND m.person_name ILIKE ?
				ORDER BY m.person_name LIMIT ?""")
			.params(tenantId, DataSubjectFinder.containsPattern(query), LIMIT)
			.query((rs, row) -> new FoundRecord(
					new DataSubject(tenantId, SUBJECT_TYPE, rs.getObject("id", UUID.class).toString()),
					"privacy.kind." + SUBJECT_TYPE, rs.getString("person_name"), null, rs.getString("committee")))
			.list();
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		return subject.uuid()
			.flatMap((id) -> this.jdbc.sql("""
					SELECT m.person_name, m.organisation_id, m.role, m.voting_right, m.start_date, m.end_date,
					       m.created_at, c.name AS committee
					FROM council_membership m
					JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
					                        AND c.kind = 'NETWORK'
					WHERE m.tenant_id = ? AND m.id = ? AND m.person_name IS NOT NULL""")
				.params(subject.tenantId(), id)
				.query((rs, row) -> {
					Map<String, Object> data = new LinkedHashMap<>();
					data.put("committee", rs.getString("committee"));
					data.put("name", rs.getString("person_name"));
					UUID organisation = rs.getObject("organisation_id", UUID.class);
					data.put("organisation", (organisation != null)
							? this.organisations.names(subject.tenantId(), List.of(organisation)).get(organisation)
							: null);
					data.put("committeeRole", rs.getString("role"));
					data.put("votingRight", rs.getBoolean("voting_right"));
					data.put("memberFrom", rs.getObject("start_date", LocalDate.class));
					data.put("memberUntil", rs.getObject("end_date", LocalDate.class));
					data.put("storedSince", rs.getObject("created_at", java.time.OffsetDateTime.class));
					return new DataSubjectSection("network.committee-member", data);
				})
				.optional());
	}

	@Override
	public Erasure erase(DataSubject subject, String reason) {
		int affected = subject.uuid()
			.map((id) -> forgetNames("m.tenant_id = ? AND m.id = ?", subject.tenantId(), id))
			.orElse(0);
		return new Erasure("network.committee-member", affected, "network.erasure.committeeMember");
	}

	@Override
	public String name() {
		return "network.committee-member.former";
	}

	@Override
	public String description() {
		return "network.retention.committeeMembers";
	}

	@Override
	public String period() {
		return "network.retention.committeeMembers.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		LocalDate before = this.times.local(now).toLocalDate().minusYears(YEARS);
		return forgetNames("""
				m.tenant_id = ? AND coalesce(m.end_date, (SELECT c.end_date FROM council_committee c
				                      WHERE c.tenant_id = m.tenant_id AND c.id = m.committee_id)) < ?""", tenantId,
				before);
	}

	/**
	 * Removes the names of the matching memberships of the office's committees (never the
	 * council's own, which have a person instead of a name): a membership for an
	 * organisation stays without the name, one for the person alone is deleted.
	 * @return how many memberships were changed or deleted
	 */
	private int forgetNames(String condition, Object... params) {
		int anonymised = this.jdbc
			.sql("UPDATE council_membership m SET person_name = NULL, modified_at = now() WHERE person_name IS NOT NULL"
					+ " AND person_id IS NULL AND organisation_id IS NOT NULL AND " + NETWORK + condition)
			.params(params)
			.update();
		int deleted = this.jdbc
			.sql("DELETE FROM council_membership m WHERE person_name IS NOT NULL"
					+ " AND person_id IS NULL AND organisation_id IS NULL AND " + NETWORK + condition)
			.params(params)
			.update();
		return anonymised + deleted;
	}

}
