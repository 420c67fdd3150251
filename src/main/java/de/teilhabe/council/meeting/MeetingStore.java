package de.teilhabe.council.meeting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.model.ConsultationRole;
import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.council.model.MemberRole;
import de.teilhabe.council.model.PaperType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the office's meeting pages read and write: meetings, their agenda items with the
 * papers linked by consultations, attendance, minutes, the invitation period, and the
 * files made of them. Every statement filters on the tenant; tombstones are left out.
 */
@Repository
class MeetingStore {

	/** Days of the invitation period when a tenant has set none. */
	static final int DEFAULT_INVITATION_DAYS = 7;

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A record picked by name. */
	record Choice(UUID id, String name) {
	}

	/** A committee: its kind decides how a meeting is named. */
	record Committee(UUID id, String name, String kind) {
	}

	/** A place with what visitors with a disability need to know. */
	record Location(UUID id, String description, String address, String accessibility) {

		/** The place as a choice shows it. */
		public String label() {
			return this.address == null || this.address.isBlank() ? this.description
					: this.description + " (" + this.address + ")";
		}

	}

	/** A paper that an agenda item may treat. */
	record Paper(UUID id, String reference, String name, PaperType type, boolean isPublic) {

		public String label() {
			return this.reference + " – " + this.name;
		}

	}

	record Meeting(UUID id, UUID committeeId, String committee, String name, OffsetDateTime startsAt,
			OffsetDateTime endsAt, UUID locationId, String location, String accessibility, MeetingState state,
			OffsetDateTime invitedAt, String lateInvitationReason, OffsetDateTime minutesPublishedAt) {

		public boolean published() {
			return this.minutesPublishedAt != null;
		}

	}

	record Item(UUID id, int position, String number, String name, boolean isPublic, UUID paperId,
			String paperReference, String paperName, PaperType paperType, boolean paperPublic, String role,
			boolean authoritative, String result, String resolutionText, Integer votesYes, Integer votesNo,
			Integer votesAbstain) {

		public AgendaPart part() {
			return this.isPublic ? AgendaPart.PUBLIC : AgendaPart.NON_PUBLIC;
		}

		public boolean hasVotes() {
			return this.votesYes != null || this.votesNo != null || this.votesAbstain != null;
		}

	}

	/** A member of the committee on the meeting's day, with attendance if recorded. */
	record Member(UUID personId, String name, String email, MemberRole role, boolean votingRight,
			AttendanceStatus attendance) {
	}

	/** A file made for a meeting. */
	record File(UUID id, FilePurpose purpose, String name, String fileName, int size, OffsetDateTime createdAt) {
	}

	int invitationDays(UUID tenantId) {
		return this.jdbc.sql("SELECT invitation_days FROM council_settings WHERE tenant_id = ?")
			.params(tenantId)
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_INVITATION_DAYS);
	}

	void setInvitationDays(UUID tenantId, int days, Instant now) {
		this.jdbc.sql("""
				INSERT INTO council_settings (tenant_id, invitation_days, modified_at) VALUES (?, ?, ?)
				ON CONFLICT (tenant_id) DO UPDATE SET invitation_days = EXCLUDED.invitation_days,
				  modified_at = EXCLUDED.modified_at""").params(tenantId, days, utc(now)).update();
	}

	/**
	 * The council and its working groups (not the committees the office only sits on),
	 * the council first.
	 */
	List<Committee> committees(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, name, kind FROM council_committee WHERE tenant_id = ? AND NOT deleted AND kind <> 'NETWORK'
				AND (end_date IS NULL OR end_date >= current_date)
				ORDER BY CASE kind WHEN 'COUNCIL' THEN 0 ELSE 1 END, lower(name), id""")
			.params(tenantId)
			.query(Committee.class)
			.list();
	}

	List<Location> locations(UUID tenantId) {
		return this.jdbc
			.sql("""
					SELECT id, description, concat_ws(', ', street_address, nullif(concat_ws(' ', postal_code, locality), ''))
					       AS address, accessibility
					FROM council_location WHERE tenant_id = ? AND NOT deleted ORDER BY lower(description), id""")
			.params(tenantId)
			.query(Location.class)
			.list();
	}

	/** Every paper of the tenant, the newest first (at most 1000). */
	List<Paper> papers(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, reference, name, paper_type, public FROM council_paper WHERE tenant_id = ? AND NOT deleted
				ORDER BY paper_date DESC, reference DESC LIMIT 1000""")
			.params(tenantId)
			.query((rs, row) -> new Paper(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("name"), PaperType.valueOf(rs.getString("paper_type")), rs.getBoolean("public")))
			.list();
	}

	/** How many meetings the committee has had in the term running on the given day. */
	int meetingsInTerm(UUID tenantId, UUID committeeId, LocalDate day) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM council_meeting m WHERE m.tenant_id = ? AND m.committee_id = ? AND NOT m.deleted
					AND m.state <> 'CANCELLED'
					AND m.starts_at >= coalesce((SELECT max(t.start_date) FROM council_term t WHERE t.tenant_id = m.tenant_id
					  AND NOT t.deleted AND t.start_date <= ?), DATE '1900-01-01')""")
			.params(tenantId, committeeId, day)
			.query(Integer.class)
			.single();
	}

	Optional<Meeting> meeting(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("""
					SELECT m.id, m.committee_id, c.name AS committee, m.name, m.starts_at, m.ends_at, m.location_id,
					       concat_ws(', ', l.description, l.street_address, nullif(concat_ws(' ', l.postal_code, l.locality), ''))
					         AS location, l.accessibility, m.state, m.invited_at, m.late_invitation_reason,
					       m.minutes_published_at
					FROM council_meeting m JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
					                                         AND c.kind <> 'NETWORK'
					LEFT JOIN council_location l ON l.tenant_id = m.tenant_id AND l.id = m.location_id
					WHERE m.tenant_id = ? AND m.id = ? AND NOT m.deleted""")
			.params(tenantId, id)
			.query((rs, row) -> new Meeting(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
					rs.getString("committee"), rs.getString("name"), rs.getObject("starts_at", OffsetDateTime.class),
					rs.getObject("ends_at", OffsetDateTime.class), rs.getObject("location_id", UUID.class),
					rs.getString("location"), rs.getString("accessibility"),
					MeetingState.valueOf(rs.getString("state")), rs.getObject("invited_at", OffsetDateTime.class),
					rs.getString("late_invitation_reason"), rs.getObject("minutes_published_at", OffsetDateTime.class)))
			.optional();
	}

	void createMeeting(UUID tenantId, UUID id, UUID committeeId, String name, OffsetDateTime startsAt,
			OffsetDateTime endsAt, UUID locationId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO council_meeting (tenant_id, id, committee_id, name, starts_at, ends_at, location_id, state,
				  created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)""")
			.params(tenantId, id, committeeId, name, startsAt, endsAt, locationId, utc(now), utc(now))
			.update();
	}

	void updateMeeting(UUID tenantId, UUID id, UUID committeeId, String name, OffsetDateTime startsAt,
			OffsetDateTime endsAt, UUID locationId, Instant now) {
		this.jdbc.sql("""
				UPDATE council_meeting SET committee_id = ?, name = ?, starts_at = ?, ends_at = ?, location_id = ?,
				  modified_at = ? WHERE tenant_id = ? AND id = ?""")
			.params(committeeId, name, startsAt, endsAt, locationId, utc(now), tenantId, id)
			.update();
	}

	void setState(UUID tenantId, UUID id, MeetingState state, Instant now) {
		this.jdbc.sql("UPDATE council_meeting SET state = ?, modified_at = ? WHERE tenant_id = ? AND id = ?")
			.params(state.name(), utc(now), tenantId, id)
			.update();
	}

	void invited(UUID tenantId, UUID id, String lateReason, Instant now) {
		this.jdbc
			.sql("""
					UPDATE council_meeting SET state = 'INVITED', invited_at = ?, late_invitation_reason = ?, modified_at = ?
					WHERE tenant_id = ? AND id = ?""")
			.params(utc(now), lateReason, utc(now), tenantId, id)
			.update();
	}

	void published(UUID tenantId, UUID id, Instant now) {
		this.jdbc.sql("""
				UPDATE council_meeting SET state = 'HELD', minutes_published_at = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ?""").params(utc(now), utc(now), tenantId, id).update();
	}

	UUID createLocation(UUID tenantId, String description, String street, String room, String postalCode,
			String locality, String accessibility, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO council_location (tenant_id, id, description, street_address, room, postal_code, locality,
				  accessibility, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, description, street, room, postalCode, locality, accessibility, utc(now), utc(now))
			.update();
		return id;
	}

	/**
	 * The whole agenda with the paper of each item (one consultation per item), in order.
	 */
	List<Item> agenda(UUID tenantId, UUID meetingId) {
		return this.jdbc
			.sql("""
					SELECT i.id, i.position, i.number, i.name, i.public, p.id AS paper_id, p.reference, p.name AS paper_name,
					       p.paper_type, p.public AS paper_public, k.role, coalesce(k.authoritative, FALSE) AS authoritative,
					       i.result, i.resolution_text, i.votes_yes, i.votes_no, i.votes_abstain
					FROM council_agenda_item i
					LEFT JOIN LATERAL (SELECT * FROM council_consultation c WHERE c.tenant_id = i.tenant_id
					  AND c.agenda_item_id = i.id AND NOT c.deleted ORDER BY c.created_at, c.id LIMIT 1) k ON TRUE
					LEFT JOIN council_paper p ON p.tenant_id = k.tenant_id AND p.id = k.paper_id AND NOT p.deleted
					WHERE i.tenant_id = ? AND i.meeting_id = ? AND NOT i.deleted ORDER BY i.position""")
			.params(tenantId, meetingId)
			.query((rs, row) -> new Item(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("number"),
					rs.getString("name"), rs.getBoolean("public"), rs.getObject("paper_id", UUID.class),
					rs.getString("reference"), rs.getString("paper_name"),
					rs.getString("paper_type") == null ? null : PaperType.valueOf(rs.getString("paper_type")),
					rs.getBoolean("paper_public"), rs.getString("role"), rs.getBoolean("authoritative"),
					rs.getString("result"), rs.getString("resolution_text"), (Integer) rs.getObject("votes_yes"),
					(Integer) rs.getObject("votes_no"), (Integer) rs.getObject("votes_abstain")))
			.list();
	}

	/**
	 * Stores the agenda's order and numbers: the items in the given order, the public
	 * ones numbered Ö 1, Ö 2, …, the non-public ones N 1, N 2, … (positions first moved
	 * out of the way, as (meeting, position) is unique).
	 */
	void renumber(UUID tenantId, UUID meetingId, List<UUID> order, Map<UUID, Boolean> isPublic, Instant now) {
		this.jdbc.sql("""
				UPDATE council_agenda_item SET position = -position - 2000000
				WHERE tenant_id = ? AND meeting_id = ? AND deleted AND position > 0""")
			.params(tenantId, meetingId)
			.update();
		this.jdbc.sql("""
				UPDATE council_agenda_item SET position = -position - 1000000
				WHERE tenant_id = ? AND meeting_id = ? AND NOT deleted""").params(tenantId, meetingId).update();
		int publicNumber = 0;
		int nonPublicNumber = 0;
		int position = 1;
		for (UUID item : order) {
			boolean open = isPublic.get(item);
			String number = open ? "Ö " + (++publicNumber) : "N " + (++nonPublicNumber);
			this.jdbc.sql("""
					UPDATE council_agenda_item SET position = ?, number = ?, modified_at = ?
					WHERE tenant_id = ? AND id = ?""").params(position, number, utc(now), tenantId, item).update();
			position++;
		}
	}

	UUID createItem(UUID tenantId, UUID meetingId, String name, boolean isPublic, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO council_agenda_item (tenant_id, id, meeting_id, position, number, name, public, created_at,
				  modified_at)
				VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM council_agenda_item
				  WHERE tenant_id = ? AND meeting_id = ?), '', ?, ?, ?, ?)""")
			.params(tenantId, id, meetingId, tenantId, meetingId, name, isPublic, utc(now), utc(now))
			.update();
		return id;
	}

	void updateItem(UUID tenantId, UUID id, String name, boolean isPublic, Instant now) {
		this.jdbc
			.sql("UPDATE council_agenda_item SET name = ?, public = ?, modified_at = ? WHERE tenant_id = ? AND id = ?")
			.params(name, isPublic, utc(now), tenantId, id)
			.update();
	}

	/**
	 * Removes an item: a tombstone (OParl clients learn of it), with its consultation.
	 */
	void removeItem(UUID tenantId, UUID id, Instant now) {
		this.jdbc.sql("""
				UPDATE council_consultation SET deleted = TRUE, modified_at = ?
				WHERE tenant_id = ? AND agenda_item_id = ? AND NOT deleted""").params(utc(now), tenantId, id).update();
		this.jdbc.sql("""
				UPDATE council_agenda_item SET deleted = TRUE, modified_at = ?,
				  position = (SELECT least(min(d.position), 0) - 1 FROM council_agenda_item d
				    WHERE d.tenant_id = council_agenda_item.tenant_id AND d.meeting_id = council_agenda_item.meeting_id)
				WHERE tenant_id = ? AND id = ?""").params(utc(now), tenantId, id).update();
	}

	/**
	 * Links the paper to the item: updates the item's consultation, creates one, or (no
	 * paper) removes it.
	 */
	void link(UUID tenantId, UUID meetingId, UUID committeeId, UUID itemId, UUID paperId, ConsultationRole role,
			boolean authoritative, Instant now) {
		if (paperId == null) {
			this.jdbc.sql("""
					UPDATE council_consultation SET deleted = TRUE, modified_at = ?
					WHERE tenant_id = ? AND agenda_item_id = ? AND NOT deleted""")
				.params(utc(now), tenantId, itemId)
				.update();
			return;
		}
		int updated = this.jdbc.sql("""
				UPDATE council_consultation SET paper_id = ?, meeting_id = ?, committee_id = ?, role = ?,
				  authoritative = ?, modified_at = ? WHERE tenant_id = ? AND agenda_item_id = ? AND NOT deleted""")
			.params(paperId, meetingId, committeeId, role.stored(), authoritative, utc(now), tenantId, itemId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO council_consultation (tenant_id, id, paper_id, meeting_id, agenda_item_id, committee_id,
					  role, authoritative, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenantId, UUID.randomUUID(), paperId, meetingId, itemId, committeeId, role.stored(),
						authoritative, utc(now), utc(now))
				.update();
		}
	}

	/**
	 * The consultations of a meeting follow its committee when the meeting moves to
	 * another.
	 */
	void moveConsultations(UUID tenantId, UUID meetingId, UUID committeeId, Instant now) {
		this.jdbc.sql("""
				UPDATE council_consultation SET committee_id = ?, modified_at = ?
				WHERE tenant_id = ? AND meeting_id = ? AND committee_id <> ? AND NOT deleted""")
			.params(committeeId, utc(now), tenantId, meetingId, committeeId)
			.update();
	}

	void minutes(UUID tenantId, UUID itemId, String result, String resolutionText, Integer yes, Integer no,
			Integer abstain, Instant now) {
		this.jdbc.sql("""
				UPDATE council_agenda_item SET result = ?, resolution_text = ?, votes_yes = ?, votes_no = ?,
				  votes_abstain = ?, modified_at = ? WHERE tenant_id = ? AND id = ?""")
			.params(result, resolutionText, yes, no, abstain, utc(now), tenantId, itemId)
			.update();
		this.jdbc.sql("""
				UPDATE council_consultation SET result = ?, modified_at = ?
				WHERE tenant_id = ? AND agenda_item_id = ? AND NOT deleted""")
			.params(result, utc(now), tenantId, itemId)
			.update();
	}

	/**
	 * The members of the committee on the meeting's day (memberships running then), the
	 * chair first, with their attendance.
	 */
	List<Member> members(UUID tenantId, UUID meetingId) {
		return this.jdbc
			.sql("""
					SELECT p.id AS person_id, p.given_name || ' ' || p.family_name AS name, p.email, ms.role, ms.voting_right,
					       a.status
					FROM council_meeting m
					JOIN council_membership ms ON ms.tenant_id = m.tenant_id AND ms.committee_id = m.committee_id
					  AND NOT ms.deleted AND ms.start_date <= (m.starts_at AT TIME ZONE 'Europe/Berlin')::date
					  AND (ms.end_date IS NULL OR ms.end_date >= (m.starts_at AT TIME ZONE 'Europe/Berlin')::date)
					JOIN council_person p ON p.tenant_id = ms.tenant_id AND p.id = ms.person_id AND NOT p.deleted
					LEFT JOIN council_attendance a ON a.tenant_id = m.tenant_id AND a.meeting_id = m.id AND a.person_id = p.id
					WHERE m.tenant_id = ? AND m.id = ?
					ORDER BY CASE ms.role WHEN 'CHAIR' THEN 0 WHEN 'DEPUTY_CHAIR' THEN 1 ELSE 2 END, ms.voting_right DESC,
					         lower(p.family_name), lower(p.given_name), p.id""")
			.params(tenantId, meetingId)
			.query((rs, row) -> new Member(rs.getObject("person_id", UUID.class), rs.getString("name"),
					rs.getString("email"), MemberRole.valueOf(rs.getString("role")), rs.getBoolean("voting_right"),
					rs.getString("status") == null ? null : AttendanceStatus.valueOf(rs.getString("status"))))
			.list()
			.stream()
			.distinct()
			.toList();
	}

	void attendance(UUID tenantId, UUID meetingId, UUID personId, AttendanceStatus status, Instant now) {
		this.jdbc.sql("""
				INSERT INTO council_attendance (tenant_id, meeting_id, person_id, status, modified_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, meeting_id, person_id)
				DO UPDATE SET status = EXCLUDED.status, modified_at = EXCLUDED.modified_at""")
			.params(tenantId, meetingId, personId, status.name(), utc(now))
			.update();
	}

	List<File> files(UUID tenantId, UUID meetingId) {
		return this.jdbc.sql("""
				SELECT id, purpose, name, file_name, size, created_at FROM council_file
				WHERE tenant_id = ? AND meeting_id = ? AND NOT deleted ORDER BY created_at, id""")
			.params(tenantId, meetingId)
			.query((rs, row) -> new File(rs.getObject("id", UUID.class), FilePurpose.valueOf(rs.getString("purpose")),
					rs.getString("name"), rs.getString("file_name"), rs.getInt("size"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/** The content of a file of the meeting. */
	Optional<byte[]> fileContent(UUID tenantId, UUID meetingId, UUID fileId) {
		return this.jdbc.sql("""
				SELECT content FROM council_file WHERE tenant_id = ? AND meeting_id = ? AND id = ? AND NOT deleted""")
			.params(tenantId, meetingId, fileId)
			.query(byte[].class)
			.optional();
	}

	/**
	 * Stores a file of the meeting; an earlier file of the same purpose becomes a
	 * tombstone (the new one replaces it).
	 */
	UUID replaceFile(UUID tenantId, UUID meetingId, FilePurpose purpose, String name, String fileName, LocalDate date,
			byte[] content, Instant now) {
		this.jdbc.sql("""
				UPDATE council_file SET deleted = TRUE, modified_at = ?
				WHERE tenant_id = ? AND meeting_id = ? AND purpose = ? AND NOT deleted""")
			.params(utc(now), tenantId, meetingId, purpose.name())
			.update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO council_file (tenant_id, id, meeting_id, purpose, name, file_name, mime_type, file_date,
				  size, sha1, content, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, meetingId, purpose.name(), name, fileName, date, content.length, sha1(content),
					content, utc(now), utc(now))
			.update();
		return id;
	}

	private static String sha1(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
