package de.teilhabe.council.member;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 * The privacy hooks of the Beirat's persons (members, advisory members, guests:
 * {@code council_person} with their memberships in committees other than {@code NETWORK}
 * and their attendance). A person is two data subjects with the person's id:
 * <ul>
 * <li>{@value #MEMBER} — everything: the person, the memberships, the attendance. Erased
 * (Art. 17) only if the person's name is in no published minutes: a membership running on
 * the day of a meeting of its committee whose minutes were published, or an attendance at
 * such a meeting, is a public record (§ 68 NKomVG), and the erasure is refused as a whole
 * with a legal hold (Art. 17 Abs. 3 lit. b and e DSGVO). Otherwise the name and the
 * e-mail address are removed, the person and the memberships become tombstones (so that
 * OParl clients learn of the deletion) and the attendance is deleted.</li>
 * <li>{@value #CONTACT} — what no published record needs: the e-mail address and the
 * attendance at meetings whose minutes are not published. Always erasable.</li>
 * </ul>
 * The retention rule removes the e-mail address {@value #YEARS} years (one election
 * period) after the last membership ended, and the attendance of meetings without
 * published minutes {@value #YEARS} years after the meeting. The names of candidates in a
 * term's election results are found too (the published result of an election, kept; they
 * belong to no person record). Reads of the export are audited by the privacy module, as
 * for the committees' members.
 */
@Component
class CouncilMemberPrivacy implements DataSubjectFinder, DataSubjectExporter, DataSubjectEraser, RetentionRule {

	/** The whole person. */
	static final String MEMBER = "council-member";

	/** The person's contact data and unpublished attendance. */
	static final String CONTACT = "council-member-contact";

	/** One election period of the Beirat. */
	static final int YEARS = 5;

	/** The persons (alias {@code p}) that still have a name (not erased). */
	static final String NAMED = "(p.given_name <> '' OR p.family_name <> '')";

	/**
	 * The meetings (alias {@code m}) whose published minutes name the person (parameters:
	 * the person twice).
	 */
	private static final String PUBLISHED_NAMING = """
			FROM council_meeting m
			JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind <> 'NETWORK'
			WHERE m.tenant_id = ? AND NOT m.deleted AND m.minutes_published_at IS NOT NULL
			  AND (EXISTS (SELECT 1 FROM council_attendance a
			               WHERE a.tenant_id = m.tenant_id AND a.meeting_id = m.id AND a.person_id = ?)
			       OR EXISTS (SELECT 1 FROM council_membership ms
			                  WHERE ms.tenant_id = m.tenant_id AND ms.committee_id = m.committee_id
			                    AND ms.person_id = ? AND NOT ms.deleted
			                    AND ms.start_date <= (m.starts_at AT TIME ZONE 'Europe/Berlin')::date
			                    AND (ms.end_date IS NULL
			                         OR ms.end_date >= (m.starts_at AT TIME ZONE 'Europe/Berlin')::date)))
			""";

	private final JdbcClient jdbc;

	private final Times times;

	CouncilMemberPrivacy(JdbcClient jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(MEMBER, CONTACT);
	}

	@Override
	public Optional<String> nameOf(DataSubject subject) {
		return person(subject).flatMap((id) -> this.jdbc
			.sql("SELECT p.given_name || ' ' || p.family_name FROM council_person p WHERE p.tenant_id = ? AND p.id = ?"
					+ " AND " + NAMED)
			.params(subject.tenantId(), id)
			.query(String.class)
			.optional());
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		String pattern = DataSubjectFinder.containsPattern(query);
		List<FoundRecord> found = new ArrayList<>();
		this.jdbc.sql("""
				SELECT p.id, p.given_name || ' ' || p.family_name AS name, p.email, p.deleted,
				       (SELECT string_agg(DISTINCT c.name, ', ') FROM council_membership ms
				        JOIN council_committee c ON c.tenant_id = ms.tenant_id AND c.id = ms.committee_id
				                                AND c.kind <> 'NETWORK'
				        WHERE ms.tenant_id = p.tenant_id AND ms.person_id = p.id) AS committees,
				       EXISTS (SELECT 1 FROM council_attendance a JOIN council_meeting m
				                 ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
				               WHERE a.tenant_id = p.tenant_id AND a.person_id = p.id
				                 AND m.minutes_published_at IS NULL) AS unpublished
				FROM council_person p
				WHERE p.tenant_id = ? AND (p.given_name || ' ' || p.family_name ILIKE ?
				                           OR p.family_name || ', ' || p.given_name ILIKE ? OR p.email ILIKE ?)
				""" + " AND " + NAMED + " ORDER BY lower(p.family_name), lower(p.given_name), p.id LIMIT ?")
			.params(tenantId, pattern, pattern, pattern, LIMIT)
			.query((rs, row) -> {
				String id = rs.getObject("id", UUID.class).toString();
				String committees = rs.getString("committees");
				String where = (committees != null) ? committees : "Beirat für Migration und Integration";
				found.add(new FoundRecord(new DataSubject(tenantId, MEMBER, id), "privacy.kind." + MEMBER,
						rs.getString("name"), rs.getString("email"), where));
				if (rs.getString("email") != null || rs.getBoolean("unpublished")) {
					found.add(new FoundRecord(new DataSubject(tenantId, CONTACT, id), "privacy.kind." + CONTACT,
							rs.getString("name"), rs.getString("email"), where));
				}
				return id;
			})
			.list();
		this.jdbc.sql("""
				SELECT r.candidate_name, r.list_name, t.name AS term FROM council_election_result r
				JOIN council_term t ON t.tenant_id = r.tenant_id AND t.id = r.term_id
				WHERE r.tenant_id = ? AND r.candidate_name ILIKE ?
				ORDER BY lower(r.candidate_name), t.start_date LIMIT ?""")
			.params(tenantId, pattern, LIMIT)
			.query((rs, row) -> found.add(new FoundRecord(null, "privacy.kind.council-candidate",
					rs.getString("candidate_name"), null, rs.getString("term") + ", " + rs.getString("list_name"))))
			.list();
		return found;
	}

	/**
	 * The person: name and e-mail address ({@value #MEMBER}), or the e-mail address alone
	 * ({@value #CONTACT}, empty without one).
	 */
	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		boolean member = MEMBER.equals(subject.type());
		return person(subject).flatMap((id) -> this.jdbc
			.sql("SELECT p.given_name, p.family_name, p.email, p.created_at, p.deleted FROM council_person p"
					+ " WHERE p.tenant_id = ? AND p.id = ? AND " + NAMED + (member ? "" : " AND p.email IS NOT NULL"))
			.params(subject.tenantId(), id)
			.query((rs, row) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("firstName", rs.getString("given_name"));
				data.put("lastName", rs.getString("family_name"));
				data.put("email", rs.getString("email"));
				if (member) {
					data.put("storedSince", rs.getObject("created_at", OffsetDateTime.class));
					data.put("councilDeletedByOffice", rs.getBoolean("deleted"));
				}
				return new DataSubjectSection(member ? "council.person" : "council.contact", data);
			})
			.optional());
	}

	@Override
	public List<LegalHold> holds(DataSubject subject) {
		if (!MEMBER.equals(subject.type())) {
			return List.of();
		}
		return person(subject).flatMap((id) -> this.jdbc
			.sql("SELECT m.name, m.starts_at, count(*) OVER () AS total " + PUBLISHED_NAMING
					+ " ORDER BY m.starts_at DESC LIMIT 1")
			.params(subject.tenantId(), id, id)
			.query((rs, row) -> new LegalHold("council.privacy.hold.minutes",
					List.of(String.valueOf(rs.getLong("total")), rs.getString("name"),
							this.times.date(rs.getObject("starts_at", OffsetDateTime.class)))))
			.optional()).map(List::of).orElse(List.of());
	}

	/**
	 * Erases all or nothing: the privacy module calls this only while no legal hold is
	 * named, in its transaction.
	 */
	@Override
	public Erasure erase(DataSubject subject, String reason) {
		Optional<UUID> person = person(subject);
		if (person.isEmpty()) {
			return new Erasure(sectionOf(subject), 0, "council.privacy.erasure.none");
		}
		UUID id = person.get();
		UUID tenantId = subject.tenantId();
		if (CONTACT.equals(subject.type())) {
			int emails = this.jdbc
				.sql("UPDATE council_person SET email = NULL, modified_at = now() WHERE tenant_id = ? AND id = ?"
						+ " AND email IS NOT NULL")
				.params(tenantId, id)
				.update();
			return new Erasure("council.contact", emails + deleteAttendance("a.person_id = ?", tenantId, id),
					"council.privacy.erasure.contact");
		}
		int persons = this.jdbc.sql("""
				UPDATE council_person SET given_name = '', family_name = '', email = NULL, deleted = TRUE,
				       modified_at = now()
				WHERE tenant_id = ? AND id = ?""").params(tenantId, id).update();
		int memberships = this.jdbc.sql("""
				UPDATE council_membership SET delegated_by = NULL, deleted = TRUE, modified_at = now()
				WHERE tenant_id = ? AND person_id = ?""").params(tenantId, id).update();
		int attendance = this.jdbc.sql("DELETE FROM council_attendance WHERE tenant_id = ? AND person_id = ?")
			.params(tenantId, id)
			.update();
		return new Erasure("council.person", persons + memberships + attendance, "council.privacy.erasure.member");
	}

	@Override
	public String name() {
		return "council.member.contact";
	}

	@Override
	public String description() {
		return "council.privacy.retention";
	}

	@Override
	public String period() {
		return "council.privacy.retention.period";
	}

	@Override
	public Object[] periodArguments() {
		return new Object[] { YEARS };
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		ZonedDateTime local = this.times.local(now);
		LocalDate before = local.toLocalDate().minusYears(YEARS);
		OffsetDateTime cutoff = local.minusYears(YEARS).toOffsetDateTime();
		int emails = this.jdbc.sql("""
				UPDATE council_person p SET email = NULL, modified_at = ?
				WHERE p.tenant_id = ? AND p.email IS NOT NULL AND p.created_at < ?
				  AND NOT EXISTS (SELECT 1 FROM council_membership ms
				                  WHERE ms.tenant_id = p.tenant_id AND ms.person_id = p.id AND NOT ms.deleted
				                    AND (ms.end_date IS NULL OR ms.end_date >= ?))
				  AND NOT EXISTS (SELECT 1 FROM council_attendance a
				                  JOIN council_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
				                  WHERE a.tenant_id = p.tenant_id AND a.person_id = p.id AND m.starts_at >= ?)""")
			.params(now.atOffset(ZoneOffset.UTC), tenantId, cutoff, before, cutoff)
			.update();
		return emails + deleteAttendance("m.starts_at < ?", tenantId, cutoff);
	}

	/**
	 * Deletes the attendance (alias {@code a}) at meetings (alias {@code m}) whose
	 * minutes are not published that matches the condition.
	 */
	private int deleteAttendance(String condition, UUID tenantId, Object parameter) {
		return this.jdbc.sql("""
				DELETE FROM council_attendance a USING council_meeting m
				WHERE a.tenant_id = ? AND m.tenant_id = a.tenant_id AND m.id = a.meeting_id
				  AND m.minutes_published_at IS NULL AND""" + " " + condition).params(tenantId, parameter).update();
	}

	private static String sectionOf(DataSubject subject) {
		return MEMBER.equals(subject.type()) ? "council.person" : "council.contact";
	}

	/** The person's id if the subject is one of these types and its id a UUID. */
	private Optional<UUID> person(DataSubject subject) {
		return subject.uuid().filter((id) -> supports(subject.type()));
	}

}
