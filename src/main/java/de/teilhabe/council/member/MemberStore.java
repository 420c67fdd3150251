package de.teilhabe.council.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.model.CommitteeKind;
import de.teilhabe.council.model.MemberRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.validation.Errors;

/**
 * Terms with their election results, persons, memberships and working groups of a tenant,
 * without the tombstones. Every query filters on the tenant; every write sets
 * {@code modified_at}.
 */
@Repository
class MemberStore {

	private final JdbcClient jdbc;

	MemberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A record offered by name in a form's choice. */
	record Choice(UUID id, String name) {
	}

	record Term(UUID id, String name, LocalDate startDate, LocalDate endDate) {
	}

	record Person(UUID id, String givenName, String familyName, String email) {

		public String name() {
			return this.givenName + " " + this.familyName;
		}

	}

	record Membership(UUID id, UUID personId, String person, UUID committeeId, String committee, UUID termId,
			String term, MemberRole role, boolean votingRight, String delegatedBy, LocalDate startDate,
			LocalDate endDate, String replaces) {
	}

	record WorkingGroup(UUID id, String name, String shortName, LocalDate startDate, LocalDate endDate,
			String description) {
	}

	// terms

	List<Choice> terms(UUID tenantId) {
		return this.jdbc
			.sql("SELECT id, name FROM council_term WHERE tenant_id = ? AND NOT deleted ORDER BY start_date DESC")
			.params(tenantId)
			.query((rs, row) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	Optional<Term> term(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT id, name, start_date, end_date FROM council_term
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(tenantId, id)
			.query((rs, row) -> new Term(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
			.optional();
	}

	/** The stored term as its form. */
	Optional<TermForm> termForm(UUID tenantId, UUID id) {
		List<TermForm.Result> results = this.jdbc.sql("""
				SELECT list_name, candidate_name, votes, seats, elected FROM council_election_result
				WHERE tenant_id = ? AND term_id = ? ORDER BY position""")
			.params(tenantId, id)
			.query((rs, row) -> new TermForm.Result(rs.getString("list_name"), rs.getString("candidate_name"),
					rs.getInt("votes"), (Integer) rs.getObject("seats"), rs.getBoolean("elected")))
			.list();
		return this.jdbc.sql("""
				SELECT name, start_date, end_date, election_date, eligible_voters, votes_cast FROM council_term
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(tenantId, id)
			.query((rs, row) -> new TermForm(rs.getString("name"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), rs.getObject("election_date", LocalDate.class),
					(Integer) rs.getObject("eligible_voters"), (Integer) rs.getObject("votes_cast"), results))
			.optional();
	}

	void createTerm(UUID tenantId, UUID id, TermForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO council_term (tenant_id, id, name, start_date, end_date, election_date, eligible_voters,
				                          votes_cast, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, form.name(), form.startDate(), form.endDate(), form.electionDate(),
					form.eligibleVoters(), form.votesCast(), now, now)
			.update();
		writeResults(tenantId, id, form);
	}

	void updateTerm(UUID tenantId, UUID id, TermForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE council_term SET name = ?, start_date = ?, end_date = ?, election_date = ?, eligible_voters = ?,
				       votes_cast = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(form.name(), form.startDate(), form.endDate(), form.electionDate(), form.eligibleVoters(),
					form.votesCast(), now, tenantId, id)
			.update();
		this.jdbc.sql("DELETE FROM council_election_result WHERE tenant_id = ? AND term_id = ?")
			.params(tenantId, id)
			.update();
		writeResults(tenantId, id, form);
	}

	private void writeResults(UUID tenantId, UUID termId, TermForm form) {
		int position = 0;
		for (TermForm.Result result : form.results()) {
			this.jdbc.sql("""
					INSERT INTO council_election_result (tenant_id, term_id, position, list_name, candidate_name, votes,
					                                     seats, elected)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenantId, termId, position++, result.listName(), result.candidateName(), result.votes(),
						result.seats(), result.elected())
				.update();
		}
	}

	// persons

	List<Person> persons(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, given_name, family_name, email FROM council_person WHERE tenant_id = ? AND NOT deleted
				ORDER BY lower(family_name), lower(given_name), id""")
			.params(tenantId)
			.query(MemberStore::person)
			.list();
	}

	Optional<Person> person(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT id, given_name, family_name, email FROM council_person
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(tenantId, id)
			.query(MemberStore::person)
			.optional();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				rs.getString("email"));
	}

	void createPerson(UUID tenantId, UUID id, PersonForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO council_person (tenant_id, id, given_name, family_name, email, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, form.givenName(), form.familyName(), form.email(), now, now)
			.update();
	}

	void updatePerson(UUID tenantId, UUID id, PersonForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE council_person SET given_name = ?, family_name = ?, email = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(form.givenName(), form.familyName(), form.email(), now, tenantId, id)
			.update();
	}

	// memberships

	private static final String MEMBERSHIP = """
			SELECT m.id, m.person_id, p.given_name || ' ' || p.family_name AS person, m.committee_id,
			       c.name AS committee, m.term_id, t.name AS term, m.role, m.voting_right, m.delegated_by,
			       m.start_date, m.end_date,
			       (SELECT rp.given_name || ' ' || rp.family_name FROM council_membership r
			        JOIN council_person rp ON rp.tenant_id = r.tenant_id AND rp.id = r.person_id
			        WHERE r.tenant_id = m.tenant_id AND r.id = m.replaces_id) AS replaces
			FROM council_membership m
			JOIN council_person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
			JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
			LEFT JOIN council_term t ON t.tenant_id = m.tenant_id AND t.id = m.term_id
			""";

	List<Membership> memberships(UUID tenantId, UUID personId) {
		return this.jdbc.sql(MEMBERSHIP + """
				WHERE m.tenant_id = ? AND m.person_id = ? AND NOT m.deleted
				ORDER BY m.start_date DESC, c.name""").params(tenantId, personId).query(MemberStore::membership).list();
	}

	Optional<Membership> membership(UUID tenantId, UUID id) {
		return this.jdbc.sql(MEMBERSHIP + "WHERE m.tenant_id = ? AND m.id = ? AND NOT m.deleted AND NOT p.deleted")
			.params(tenantId, id)
			.query(MemberStore::membership)
			.optional();
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("person"), rs.getObject("committee_id", UUID.class), rs.getString("committee"),
				rs.getObject("term_id", UUID.class), rs.getString("term"), MemberRole.valueOf(rs.getString("role")),
				rs.getBoolean("voting_right"), rs.getString("delegated_by"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("replaces"));
	}

	/** The Beirat and its working groups, the Beirat first. */
	List<Choice> committees(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, name FROM council_committee WHERE tenant_id = ? AND NOT deleted
				AND kind IN ('COUNCIL', 'WORKING_GROUP') ORDER BY kind, lower(name)""")
			.params(tenantId)
			.query((rs, row) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/**
	 * The checks of a membership that need the tenant's records: the committee and term
	 * are the tenant's, the dates lie inside the term, and a committee has one chair per
	 * term at a time.
	 * @param self the membership being edited (null: a new one)
	 */
	void checkMembership(UUID tenantId, MembershipForm form, UUID self, Errors errors) {
		if (form.committee() != null
				&& committees(tenantId).stream().noneMatch((c) -> c.id().equals(form.committee()))) {
			errors.rejectValue("committee", "council.members.error.choice");
		}
		Optional<Term> term = (form.term() != null) ? term(tenantId, form.term()) : Optional.empty();
		if (form.term() != null && term.isEmpty()) {
			errors.rejectValue("term", "council.members.error.choice");
		}
		term.ifPresent((t) -> {
			if (form.startDate() != null && !inside(t, form.startDate()) && !errors.hasFieldErrors("startDate")) {
				errors.rejectValue("startDate", "council.members.error.outsideTerm", new Object[] { t.name() }, null);
			}
			if (form.endDate() != null && !inside(t, form.endDate()) && !errors.hasFieldErrors("endDate")) {
				errors.rejectValue("endDate", "council.members.error.outsideTerm", new Object[] { t.name() }, null);
			}
		});
		if (form.role() == MemberRole.CHAIR && form.committee() != null && term.isPresent() && form.startDate() != null
				&& !errors.hasFieldErrors("role")) {
			Optional<String> chair = otherChair(tenantId, form.committee(), form.term(), form.startDate(),
					form.endDate(), self);
			chair.ifPresent(
					(name) -> errors.rejectValue("role", "council.members.error.chair", new Object[] { name }, null));
		}
	}

	/** Whether the day lies inside the term. */
	static boolean inside(Term term, LocalDate day) {
		return !day.isBefore(term.startDate()) && (term.endDate() == null || !day.isAfter(term.endDate()));
	}

	/** The name of another chair of the committee in the term whose period overlaps. */
	Optional<String> otherChair(UUID tenantId, UUID committee, UUID term, LocalDate start, LocalDate end, UUID self) {
		return this.jdbc.sql("""
				SELECT p.given_name || ' ' || p.family_name FROM council_membership m
				JOIN council_person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
				WHERE m.tenant_id = ? AND m.committee_id = ? AND m.term_id = ? AND m.role = 'CHAIR' AND NOT m.deleted
				AND NOT p.deleted AND m.id IS DISTINCT FROM ?
				AND (m.end_date IS NULL OR m.end_date >= ?) AND (CAST(? AS DATE) IS NULL OR m.start_date <= ?)
				LIMIT 1""").params(tenantId, committee, term, self, start, end, end).query(String.class).optional();
	}

	void createMembership(UUID tenantId, UUID id, UUID personId, MembershipForm form, UUID replaces,
			OffsetDateTime now) {
		this.jdbc
			.sql("""
					INSERT INTO council_membership (tenant_id, id, person_id, committee_id, term_id, role, voting_right,
					                                delegated_by, start_date, end_date, replaces_id, created_at, modified_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, personId, form.committee(), form.term(), form.role().name(),
					form.votingRight() == MembershipForm.Vote.VOTING, form.delegatedBy(), form.startDate(),
					form.endDate(), replaces, now, now)
			.update();
	}

	void updateMembership(UUID tenantId, UUID id, MembershipForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE council_membership SET committee_id = ?, term_id = ?, role = ?, voting_right = ?,
				       delegated_by = ?, start_date = ?, end_date = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(form.committee(), form.term(), form.role().name(), form.votingRight() == MembershipForm.Vote.VOTING,
					form.delegatedBy(), form.startDate(), form.endDate(), now, tenantId, id)
			.update();
	}

	void endMembership(UUID tenantId, UUID id, LocalDate end, OffsetDateTime now) {
		this.jdbc.sql("UPDATE council_membership SET end_date = ?, modified_at = ? WHERE tenant_id = ? AND id = ?")
			.params(end, now, tenantId, id)
			.update();
	}

	// working groups

	Optional<UUID> council(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id FROM council_committee WHERE tenant_id = ? AND kind = 'COUNCIL' AND NOT deleted
				ORDER BY created_at LIMIT 1""").params(tenantId).query(UUID.class).optional();
	}

	List<WorkingGroup> workingGroups(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, name, short_name, start_date, end_date, description FROM council_committee
				WHERE tenant_id = ? AND kind = 'WORKING_GROUP' AND NOT deleted ORDER BY lower(name)""")
			.params(tenantId)
			.query(MemberStore::workingGroup)
			.list();
	}

	Optional<WorkingGroup> workingGroup(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT id, name, short_name, start_date, end_date, description FROM council_committee
				WHERE tenant_id = ? AND id = ? AND kind = 'WORKING_GROUP' AND NOT deleted""")
			.params(tenantId, id)
			.query(MemberStore::workingGroup)
			.optional();
	}

	private static WorkingGroup workingGroup(ResultSet rs, int row) throws SQLException {
		return new WorkingGroup(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("description"));
	}

	void createWorkingGroup(UUID tenantId, UUID id, UUID council, WorkingGroupForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO council_committee (tenant_id, id, kind, parent_id, name, short_name, classification,
				                               start_date, end_date, description, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, ?, 'Arbeitsgruppe', ?, ?, ?, ?, ?)""")
			.params(tenantId, id, CommitteeKind.WORKING_GROUP.name(), council, form.name(), form.shortName(),
					form.startDate(), form.endDate(), form.description(), now, now)
			.update();
	}

	void updateWorkingGroup(UUID tenantId, UUID id, WorkingGroupForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE council_committee SET name = ?, short_name = ?, start_date = ?, end_date = ?, description = ?,
				       modified_at = ?
				WHERE tenant_id = ? AND id = ? AND kind = 'WORKING_GROUP' AND NOT deleted""")
			.params(form.name(), form.shortName(), form.startDate(), form.endDate(), form.description(), now, tenantId,
					id)
			.update();
	}

}
