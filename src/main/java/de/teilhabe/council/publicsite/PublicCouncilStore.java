package de.teilhabe.council.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.council.model.MemberRole;
import de.teilhabe.council.model.PaperType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the public pages read of the council: only what is public. Every query filters on
 * the tenant and leaves out tombstones; a non-public paper or agenda item is never read
 * (nor a consultation naming one, nor a non-public paper's files); results, votes and the
 * minutes only of meetings whose minutes were published ({@code minutes_published_at}).
 */
@Repository
class PublicCouncilStore {

	private final JdbcClient jdbc;

	PublicCouncilStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Committee(UUID id, String name, String shortName, String description) {
	}

	record Member(UUID committeeId, String name, MemberRole role, boolean votingRight, String delegatedBy) {
	}

	record MeetingRow(UUID id, String name, String committee, OffsetDateTime startsAt, OffsetDateTime endsAt,
			MeetingState state, String location, boolean published) {
	}

	record Meeting(UUID id, String name, String committee, OffsetDateTime startsAt, OffsetDateTime endsAt,
			MeetingState state, String location, String accessibility, OffsetDateTime minutesPublishedAt,
			OffsetDateTime createdAt, OffsetDateTime modifiedAt) {

		public boolean published() {
			return this.minutesPublishedAt != null;
		}

	}

	record Item(UUID id, String number, String name, String result, String resolutionText, Integer votesYes,
			Integer votesNo, Integer votesAbstain, UUID paperId, String paperReference, String paperName,
			PaperType paperType) {
	}

	record Paper(UUID id, String reference, String name, PaperType type, LocalDate date, String originator) {
	}

	record Consultation(UUID meetingId, String meetingName, OffsetDateTime startsAt, String committee, String role,
			boolean authoritative, String result, boolean published, String itemNumber) {
	}

	record FileRow(UUID id, String name, String fileName, String mimeType, LocalDate date, int size,
			FilePurpose purpose) {
	}

	record Content(String fileName, String mimeType, byte[] content) {
	}

	/** The council itself (the committee of kind COUNCIL). */
	Optional<Committee> council(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, name, short_name, description FROM council_committee
				WHERE tenant_id = ? AND kind = 'COUNCIL' AND NOT deleted ORDER BY start_date, id LIMIT 1""")
			.params(tenantId)
			.query(Committee.class)
			.optional();
	}

	/** The working groups that exist today. */
	List<Committee> workingGroups(UUID tenantId, LocalDate today) {
		return this.jdbc.sql("""
				SELECT id, name, short_name, description FROM council_committee
				WHERE tenant_id = ? AND kind = 'WORKING_GROUP' AND NOT deleted
				  AND (end_date IS NULL OR end_date >= ?) ORDER BY name""")
			.params(tenantId, today)
			.query(Committee.class)
			.list();
	}

	/**
	 * The members today of every committee: chair first, then deputy, voting members
	 * before advisory ones, by name.
	 */
	List<Member> currentMembers(UUID tenantId, LocalDate today) {
		return this.jdbc.sql("""
				SELECT m.committee_id, p.given_name || ' ' || p.family_name AS name, m.role, m.voting_right,
				       m.delegated_by
				FROM council_membership m
				JOIN council_person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
				WHERE m.tenant_id = ? AND NOT m.deleted AND NOT p.deleted AND m.start_date <= ?
				  AND (m.end_date IS NULL OR m.end_date >= ?)
				ORDER BY CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'DEPUTY_CHAIR' THEN 1 ELSE 2 END, m.voting_right DESC,
				         lower(p.family_name), lower(p.given_name)""")
			.params(tenantId, today, today)
			.query((rs, row) -> new Member(rs.getObject("committee_id", UUID.class), rs.getString("name"),
					MemberRole.valueOf(rs.getString("role")), rs.getBoolean("voting_right"),
					rs.getString("delegated_by")))
			.list();
	}

	private static final String MEETING_ROW = """
			SELECT m.id, m.name, c.name AS committee, m.starts_at, m.ends_at, m.state,
			       concat_ws(', ', l.description, l.postal_code || ' ' || l.locality) AS location,
			       m.minutes_published_at IS NOT NULL AS published
			FROM council_meeting m JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
			                        AND c.kind <> 'NETWORK'
			LEFT JOIN council_location l ON l.tenant_id = m.tenant_id AND l.id = m.location_id
			""";

	/** The next meetings from now on (cancelled ones too: they show as such). */
	List<MeetingRow> nextMeetings(UUID tenantId, Instant now, int limit) {
		return this.jdbc
			.sql(MEETING_ROW + " WHERE m.tenant_id = ? AND NOT m.deleted AND m.starts_at >= ?"
					+ " ORDER BY m.starts_at, m.id LIMIT ?")
			.params(tenantId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), limit)
			.query(PublicCouncilStore::meetingRow)
			.list();
	}

	/** The meetings whose minutes were published last (by the meeting's date). */
	List<MeetingRow> latestMinutes(UUID tenantId, int limit) {
		return this.jdbc
			.sql(MEETING_ROW + " WHERE m.tenant_id = ? AND NOT m.deleted AND m.minutes_published_at IS NOT NULL"
					+ " ORDER BY m.starts_at DESC, m.id LIMIT ?")
			.params(tenantId, limit)
			.query(PublicCouncilStore::meetingRow)
			.list();
	}

	/**
	 * The meetings that start from {@code from} on and before {@code until}, in date
	 * order.
	 */
	List<MeetingRow> meetingsBetween(UUID tenantId, OffsetDateTime from, OffsetDateTime until) {
		return this.jdbc
			.sql(MEETING_ROW + " WHERE m.tenant_id = ? AND NOT m.deleted AND m.starts_at >= ? AND m.starts_at < ?"
					+ " ORDER BY m.starts_at, m.id")
			.params(tenantId, from, until)
			.query(PublicCouncilStore::meetingRow)
			.list();
	}

	/** The years (Europe/Berlin) that have meetings, the latest first. */
	List<Integer> years(UUID tenantId, String zone) {
		return this.jdbc.sql("""
				SELECT DISTINCT extract(YEAR FROM m.starts_at AT TIME ZONE ?)::int AS year FROM council_meeting m
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind <> 'NETWORK'
				WHERE m.tenant_id = ? AND NOT m.deleted ORDER BY year DESC""")
			.params(zone, tenantId)
			.query(Integer.class)
			.list();
	}

	/** Every meeting of the tenant for the calendar feed, in date order. */
	List<Meeting> allMeetings(UUID tenantId) {
		return this.jdbc.sql(MEETING + " WHERE m.tenant_id = ? AND NOT m.deleted ORDER BY m.starts_at, m.id")
			.params(tenantId)
			.query(PublicCouncilStore::meeting)
			.list();
	}

	private static final String MEETING = """
			SELECT m.id, m.name, c.name AS committee, m.starts_at, m.ends_at, m.state,
			       concat_ws(', ', l.description, l.street_address, l.postal_code || ' ' || l.locality) AS location,
			       l.accessibility, m.minutes_published_at, m.created_at, m.modified_at
			FROM council_meeting m JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
			                        AND c.kind <> 'NETWORK'
			LEFT JOIN council_location l ON l.tenant_id = m.tenant_id AND l.id = m.location_id AND NOT l.deleted
			""";

	Optional<Meeting> meeting(UUID tenantId, UUID id) {
		return this.jdbc.sql(MEETING + " WHERE m.tenant_id = ? AND m.id = ? AND NOT m.deleted")
			.params(tenantId, id)
			.query(PublicCouncilStore::meeting)
			.optional();
	}

	/**
	 * The public agenda of a meeting with the public paper treated under each item (one
	 * row per item and paper).
	 */
	List<Item> publicAgenda(UUID tenantId, UUID meetingId) {
		return this.jdbc.sql("""
				SELECT i.id, i.number, i.name, i.result, i.resolution_text, i.votes_yes, i.votes_no, i.votes_abstain,
				       p.id AS paper_id, p.reference, p.name AS paper_name, p.paper_type
				FROM council_agenda_item i
				LEFT JOIN council_consultation k ON k.tenant_id = i.tenant_id AND k.agenda_item_id = i.id
				                                AND NOT k.deleted
				LEFT JOIN council_paper p ON p.tenant_id = k.tenant_id AND p.id = k.paper_id AND NOT p.deleted
				                         AND p.public
				WHERE i.tenant_id = ? AND i.meeting_id = ? AND i.public AND NOT i.deleted
				ORDER BY i.position, p.reference""")
			.params(tenantId, meetingId)
			.query((rs, row) -> new Item(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
					rs.getString("result"), rs.getString("resolution_text"), (Integer) rs.getObject("votes_yes"),
					(Integer) rs.getObject("votes_no"), (Integer) rs.getObject("votes_abstain"),
					rs.getObject("paper_id", UUID.class), rs.getString("reference"), rs.getString("paper_name"),
					rs.getString("paper_type") == null ? null : PaperType.valueOf(rs.getString("paper_type"))))
			.list();
	}

	/** A meeting's files (invitation; minutes and attachments only once published). */
	List<FileRow> meetingFiles(UUID tenantId, UUID meetingId, boolean published) {
		return this.jdbc.sql("""
				SELECT id, name, file_name, mime_type, file_date, size, purpose FROM council_file
				WHERE tenant_id = ? AND meeting_id = ? AND NOT deleted AND (purpose = 'INVITATION' OR ?)
				ORDER BY CASE purpose WHEN 'INVITATION' THEN 0 WHEN 'MINUTES' THEN 1 ELSE 2 END, name, id""")
			.params(tenantId, meetingId, published)
			.query(PublicCouncilStore::file)
			.list();
	}

	/** A public, not deleted paper. */
	Optional<Paper> paper(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT p.id, p.reference, p.name, p.paper_type, p.paper_date, c.name AS originator
				FROM council_paper p
				LEFT JOIN council_committee c ON c.tenant_id = p.tenant_id AND c.id = p.originator_committee_id
				WHERE p.tenant_id = ? AND p.id = ? AND p.public AND NOT p.deleted""")
			.params(tenantId, id)
			.query((rs, row) -> new Paper(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("name"), PaperType.valueOf(rs.getString("paper_type")),
					rs.getObject("paper_date", LocalDate.class), rs.getString("originator")))
			.optional();
	}

	/** A paper's files (the caller has checked that the paper is public). */
	List<FileRow> paperFiles(UUID tenantId, UUID paperId) {
		return this.jdbc.sql("""
				SELECT id, name, file_name, mime_type, file_date, size, purpose FROM council_file
				WHERE tenant_id = ? AND paper_id = ? AND NOT deleted
				ORDER BY CASE purpose WHEN 'MAIN' THEN 0 ELSE 1 END, name, id""")
			.params(tenantId, paperId)
			.query(PublicCouncilStore::file)
			.list();
	}

	/**
	 * A paper's consultations in meetings, under a public agenda item (or none), in date
	 * order.
	 */
	List<Consultation> consultations(UUID tenantId, UUID paperId) {
		return this.jdbc.sql("""
				SELECT m.id AS meeting_id, m.name AS meeting_name, m.starts_at, c.name AS committee, k.role,
				       k.authoritative, k.result, m.minutes_published_at IS NOT NULL AS published, i.number
				FROM council_consultation k
				JOIN council_committee c ON c.tenant_id = k.tenant_id AND c.id = k.committee_id
				LEFT JOIN council_meeting m ON m.tenant_id = k.tenant_id AND m.id = k.meeting_id AND NOT m.deleted
				LEFT JOIN council_agenda_item i ON i.tenant_id = k.tenant_id AND i.id = k.agenda_item_id
				WHERE k.tenant_id = ? AND k.paper_id = ? AND NOT k.deleted
				  AND (k.agenda_item_id IS NULL OR (i.public AND NOT i.deleted))
				ORDER BY m.starts_at NULLS LAST, k.id""")
			.params(tenantId, paperId)
			.query((rs, row) -> new Consultation(rs.getObject("meeting_id", UUID.class), rs.getString("meeting_name"),
					rs.getObject("starts_at", OffsetDateTime.class), rs.getString("committee"), rs.getString("role"),
					rs.getBoolean("authoritative"), rs.getString("result"), rs.getBoolean("published"),
					rs.getString("number")))
			.list();
	}

	/**
	 * A file's content if it is public: a public paper's file, a meeting's invitation,
	 * its minutes and attachments once published. Nothing of a deleted record.
	 */
	Optional<Content> publicFile(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT f.file_name, f.mime_type, f.content FROM council_file f
				LEFT JOIN council_paper p ON p.tenant_id = f.tenant_id AND p.id = f.paper_id
				LEFT JOIN council_meeting m ON m.tenant_id = f.tenant_id AND m.id = f.meeting_id
				WHERE f.tenant_id = ? AND f.id = ? AND NOT f.deleted
				  AND ((p.id IS NOT NULL AND p.public AND NOT p.deleted)
				    OR (m.id IS NOT NULL AND NOT m.deleted
				        AND (f.purpose = 'INVITATION' OR m.minutes_published_at IS NOT NULL)))""")
			.params(tenantId, id)
			.query((rs, row) -> new Content(rs.getString("file_name"), rs.getString("mime_type"),
					rs.getBytes("content")))
			.optional();
	}

	private static MeetingRow meetingRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MeetingRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("committee"),
				rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
				MeetingState.valueOf(rs.getString("state")), rs.getString("location"), rs.getBoolean("published"));
	}

	private static Meeting meeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("committee"),
				rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
				MeetingState.valueOf(rs.getString("state")), rs.getString("location"), rs.getString("accessibility"),
				rs.getObject("minutes_published_at", OffsetDateTime.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("modified_at", OffsetDateTime.class));
	}

	private static FileRow file(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new FileRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("file_name"),
				rs.getString("mime_type"), rs.getObject("file_date", LocalDate.class), rs.getInt("size"),
				FilePurpose.valueOf(rs.getString("purpose")));
	}

}
