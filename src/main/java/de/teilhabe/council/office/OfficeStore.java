package de.teilhabe.council.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.model.MeetingState;
import de.teilhabe.council.model.MemberRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the office's pages read: terms, members, meetings and agendas of the user's
 * tenant, without the tombstones. Every query filters on the tenant.
 */
@Repository
class OfficeStore {

	/** Meetings per page of the list. */
	static final int PAGE_SIZE = 50;

	/**
	 * The meetings (alias {@code m}) of the council and its working groups: the
	 * committees the office only sits on (kind {@code NETWORK}) are the network's pages'
	 * business.
	 */
	private static final String OF_THE_COUNCIL = " JOIN council_committee c ON c.tenant_id = m.tenant_id"
			+ " AND c.id = m.committee_id AND c.kind <> 'NETWORK'";

	private final JdbcClient jdbc;

	OfficeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Term(UUID id, String name, LocalDate startDate, LocalDate endDate, LocalDate electionDate,
			Integer eligibleVoters, Integer votesCast) {

		/** Turnout in percent with one decimal, or null. */
		public Double turnout() {
			return this.eligibleVoters == null || this.votesCast == null || this.eligibleVoters == 0 ? null
					: Math.round(this.votesCast * 1000.0 / this.eligibleVoters) / 10.0;
		}

	}

	record Member(String name, String committee, MemberRole role, boolean votingRight, String delegatedBy,
			LocalDate startDate, LocalDate endDate, String replaces) {
	}

	record MeetingRow(UUID id, String name, String committee, OffsetDateTime startsAt, MeetingState state, int items) {
	}

	List<Term> terms(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, name, start_date, end_date, election_date, eligible_voters, votes_cast FROM council_term
				WHERE tenant_id = ? AND NOT deleted ORDER BY start_date DESC""")
			.params(tenantId)
			.query((rs, row) -> new Term(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getObject("election_date", LocalDate.class), (Integer) rs.getObject("eligible_voters"),
					(Integer) rs.getObject("votes_cast")))
			.list();
	}

	/**
	 * The members of a term in the council and its working groups: council first, chair
	 * first.
	 */
	List<Member> members(UUID tenantId, UUID termId) {
		return this.jdbc.sql("""
				SELECT p.given_name || ' ' || p.family_name AS name, c.name AS committee, m.role, m.voting_right,
				       m.delegated_by, m.start_date, m.end_date,
				       (SELECT rp.given_name || ' ' || rp.family_name FROM council_membership r
				        JOIN council_person rp ON rp.tenant_id = r.tenant_id AND rp.id = r.person_id
				        WHERE r.tenant_id = m.tenant_id AND r.id = m.replaces_id) AS replaces
				FROM council_membership m
				JOIN council_person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
				WHERE m.tenant_id = ? AND m.term_id = ? AND NOT m.deleted AND NOT p.deleted
				ORDER BY c.kind, c.name, CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'DEPUTY_CHAIR' THEN 1 ELSE 2 END,
				         m.voting_right DESC, lower(p.family_name), lower(p.given_name)""")
			.params(tenantId, termId)
			.query((rs, row) -> new Member(rs.getString("name"), rs.getString("committee"),
					MemberRole.valueOf(rs.getString("role")), rs.getBoolean("voting_right"),
					rs.getString("delegated_by"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), rs.getString("replaces")))
			.list();
	}

	long countMeetings(UUID tenantId) {
		return this.jdbc
			.sql("SELECT count(*) FROM council_meeting m" + OF_THE_COUNCIL + " WHERE m.tenant_id = ? AND NOT m.deleted")
			.params(tenantId)
			.query(Long.class)
			.single();
	}

	/** A page of the meetings, the latest first. */
	List<MeetingRow> meetings(UUID tenantId, int page) {
		return this.jdbc.sql("""
				SELECT m.id, m.name, c.name AS committee, m.starts_at, m.state,
				       (SELECT count(*) FROM council_agenda_item i WHERE i.tenant_id = m.tenant_id
				        AND i.meeting_id = m.id AND NOT i.deleted) AS items
				FROM council_meeting m JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
				                                  AND c.kind <> 'NETWORK'
				WHERE m.tenant_id = ? AND NOT m.deleted ORDER BY m.starts_at DESC, m.id LIMIT ? OFFSET ?""")
			.params(tenantId, PAGE_SIZE, (long) page * PAGE_SIZE)
			.query((rs, row) -> new MeetingRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("committee"), rs.getObject("starts_at", OffsetDateTime.class),
					MeetingState.valueOf(rs.getString("state")), rs.getInt("items")))
			.list();
	}

	/** The next meeting that is not cancelled, from now on. */
	Optional<MeetingRow> nextMeeting(UUID tenantId, Instant now) {
		return this.jdbc.sql("""
				SELECT m.id, m.name, c.name AS committee, m.starts_at, m.state,
				       (SELECT count(*) FROM council_agenda_item i WHERE i.tenant_id = m.tenant_id
				        AND i.meeting_id = m.id AND NOT i.deleted) AS items
				FROM council_meeting m JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
				                                  AND c.kind <> 'NETWORK'
				WHERE m.tenant_id = ? AND NOT m.deleted AND m.state <> 'CANCELLED' AND m.starts_at >= ?
				ORDER BY m.starts_at, m.id LIMIT 1""")
			.params(tenantId, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.query((rs, row) -> new MeetingRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("committee"), rs.getObject("starts_at", OffsetDateTime.class),
					MeetingState.valueOf(rs.getString("state")), rs.getInt("items")))
			.optional();
	}

}
