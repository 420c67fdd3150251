package de.teilhabe.council.meeting;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office runs a meeting of the demo council through the real pages: plans it, sets
 * the agenda (numbers, order, a paper linked by a consultation), sends the invitation
 * within the invitation period (PDFs, mails with the PDF in the outbox, the published
 * version without the non-public part), records attendance and minutes, publishes them
 * (and only then OParl shows the results). Bad input answers 400 naming every wrong
 * field; other roles 403; an unknown meeting 404.
 */
@IntegrationTest
class CouncilMeetingPagesTest {

	static final String TENANT = "(SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck')";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The invitation period of the standing orders is the default (7 days), whatever
	 * other tests set.
	 */
	@BeforeEach
	void defaultInvitationPeriod() {
		this.jdbc.sql("DELETE FROM council_settings WHERE tenant_id = " + TENANT).update();
	}

	private Http office() {
		return Http.loggedIn(this.port, "beirat", "demo");
	}

	private UUID council() {
		return this.jdbc.sql("SELECT id FROM council_committee WHERE tenant_id = " + TENANT + " AND kind = 'COUNCIL'")
			.query(UUID.class)
			.single();
	}

	private UUID place() {
		return this.jdbc
			.sql("SELECT id FROM council_location WHERE tenant_id = " + TENANT
					+ " AND description LIKE 'Kreishaus%' AND NOT deleted LIMIT 1")
			.query(UUID.class)
			.single();
	}

	private UUID paper(boolean isPublic) {
		return this.jdbc
			.sql("SELECT id FROM council_paper WHERE tenant_id = " + TENANT
					+ " AND public = ? AND NOT deleted ORDER BY paper_date DESC LIMIT 1")
			.params(isPublic)
			.query(UUID.class)
			.single();
	}

	private static LocalDate inDays(int days) {
		return BerlinTime.today().plusDays(days);
	}

	/** Plans a meeting of the council in the given number of days and answers its id. */
	private UUID plan(Http office, String name, int days) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("committee", council().toString());
		fields.put("name", name);
		fields.put("date", inDays(days).toString());
		fields.put("startTime", "17:00");
		fields.put("endTime", "19:00");
		fields.put("location", place().toString());
		HttpResponse<String> created = office.submit("/council/meetings/new", "/council/meetings", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private HttpResponse<String> addItem(Http office, UUID meeting, String name, String part, UUID paper, String role,
			boolean authoritative) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("part", part);
		fields.put("paper", paper == null ? "" : paper.toString());
		fields.put("role", role == null ? "" : role);
		if (authoritative) {
			fields.put("authoritative", "true");
		}
		HttpResponse<String> response = office.submit("/council/meetings/" + meeting + "/items/new",
				"/council/meetings/" + meeting + "/items", fields);
		return response;
	}

	/** The error summary of a form page. */
	static String summary(String page) {
		int at = page.indexOf("error-summary");
		return (at < 0) ? page.substring(0, Math.min(page.length(), 3000))
				: page.substring(at, Math.min(page.length(), at + 1500));
	}

	private List<String> numbers(UUID meeting) {
		return this.jdbc.sql(
				"SELECT number || ' ' || name FROM council_agenda_item WHERE meeting_id = ? AND NOT deleted ORDER BY position")
			.params(meeting)
			.query(String.class)
			.list();
	}

	@Test
	void theOfficePlansAMeetingAndSetsItsAgenda() {
		Http office = office();
		String form = office.get("/council/meetings/new").body();
		assertThat(form).contains("Sitzung des Beirats für Migration", "Kreishaus Osnabrück", "Arbeitsgruppe");
		UUID meeting = plan(office, "Sitzung zur Tagesordnung", 30);
		String page = office.get("/council/meetings/" + meeting).body();
		assertThat(page).contains("Sitzung zur Tagesordnung", "17:00 – 19:00", "terminiert", "Aufzug",
				"Die Tagesordnung ist noch leer.");

		assertThat(addItem(office, meeting, "Eröffnung und Begrüßung", "PUBLIC", null, null, false).statusCode())
			.isEqualTo(302);
		assertThat(addItem(office, meeting, "Einzelförderungen", "NON_PUBLIC", paper(false), "DECISION", true)
			.statusCode()).isEqualTo(302);
		assertThat(
				addItem(office, meeting, "Antrag zum Sprachcafé", "PUBLIC", paper(true), "DECISION", true).statusCode())
			.isEqualTo(302);
		assertThat(numbers(meeting)).containsExactly("Ö 1 Eröffnung und Begrüßung", "Ö 2 Antrag zum Sprachcafé",
				"N 1 Einzelförderungen");
		Map<String, Object> consultation = this.jdbc
			.sql("""
					SELECT k.role, k.authoritative, k.paper_id, k.committee_id FROM council_consultation k
					JOIN council_agenda_item i ON i.id = k.agenda_item_id WHERE i.meeting_id = ? AND i.public AND NOT k.deleted""")
			.params(meeting)
			.query()
			.singleRow();
		assertThat(consultation).containsEntry("role", "Entscheidung")
			.containsEntry("authoritative", true)
			.containsEntry("paper_id", paper(true))
			.containsEntry("committee_id", council());
		String reference = this.jdbc.sql("SELECT reference FROM council_paper WHERE id = ?")
			.params(paper(true))
			.query(String.class)
			.single();
		assertThat(office.get("/council/meetings/" + meeting).body()).contains(reference, "Ö 2", "N 1",
				"nichtöffentlich");

		UUID opening = item(meeting, "Ö 1");
		UUID motion = item(meeting, "Ö 2");
		// move the motion up: it becomes Ö 1
		HttpResponse<String> moved = office.submit("/council/meetings/" + meeting,
				"/council/meetings/" + meeting + "/items/" + motion + "/move", Map.of("direction", "up"));
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(numbers(meeting)).containsExactly("Ö 1 Antrag zum Sprachcafé", "Ö 2 Eröffnung und Begrüßung",
				"N 1 Einzelförderungen");
		assertThat(office
			.submit("/council/meetings/" + meeting, "/council/meetings/" + meeting + "/items/" + motion + "/move",
					Map.of("direction", "sideways"))
			.statusCode()).isEqualTo(400);

		// edit: the opening becomes non-public; then remove it
		HttpResponse<String> edited = office.submit("/council/meetings/" + meeting + "/items/" + opening + "/edit",
				"/council/meetings/" + meeting + "/items/" + opening,
				Map.of("name", "Personalangelegenheit", "part", "NON_PUBLIC", "paper", "", "role", ""));
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(numbers(meeting)).containsExactly("Ö 1 Antrag zum Sprachcafé", "N 1 Personalangelegenheit",
				"N 2 Einzelförderungen");
		assertThat(office
			.submit("/council/meetings/" + meeting, "/council/meetings/" + meeting + "/items/" + opening + "/remove",
					Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(numbers(meeting)).containsExactly("Ö 1 Antrag zum Sprachcafé", "N 1 Einzelförderungen");

		// edit the meeting: a new place with its accessibility notes
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("committee", council().toString());
		fields.put("name", "Sitzung zur Tagesordnung");
		fields.put("date", inDays(31).toString());
		fields.put("startTime", "16:30");
		fields.put("newLocation", "Bürgerhaus Bramsche");
		fields.put("newStreet", "Marktplatz 1");
		fields.put("newPostalCode", "49565");
		fields.put("newLocality", "Bramsche");
		fields.put("newAccessibility", "Stufenloser Zugang über die Rampe am Seiteneingang");
		assertThat(office.submit("/council/meetings/" + meeting + "/edit", "/council/meetings/" + meeting, fields)
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/meetings/" + meeting).body()).contains("Bürgerhaus Bramsche",
				"Stufenloser Zugang", "16:30");
		assertThat(office.language("en").get("/council/meetings/" + meeting).body()).contains("Invitation",
				"Invitation period 7 days", "Add agenda item");
	}

	private UUID item(UUID meeting, String number) {
		return this.jdbc.sql("SELECT id FROM council_agenda_item WHERE meeting_id = ? AND number = ? AND NOT deleted")
			.params(meeting, number)
			.query(UUID.class)
			.single();
	}

	@Test
	void badInputIsRefusedNamingEveryField() {
		Http office = office();
		HttpResponse<String> empty = office.submit("/council/meetings/new", "/council/meetings",
				Map.of("committee", "", "name", "", "date", "morgen", "startTime", "18:00", "endTime", "17:00"));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Gremium: ", "Bezeichnung: ", "Datum: ");
		HttpResponse<String> ends = office.submit("/council/meetings/new", "/council/meetings",
				Map.of("committee", council().toString(), "name", "x", "date", inDays(20).toString(), "startTime",
						"18:00", "endTime", "17:00", "location", place().toString(), "newLocation", "Zweiter Ort"));
		assertThat(ends.statusCode()).isEqualTo(400);
		assertThat(ends.body()).contains("Das Ende muss nach dem Beginn liegen.", "nicht beides");
		HttpResponse<String> foreign = office.submit("/council/meetings/new", "/council/meetings",
				Map.of("committee", UUID.randomUUID().toString(), "name", "x".repeat(300), "date",
						inDays(20).toString(), "startTime", "18:00"));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("Diese Auswahl gibt es nicht (mehr).", "Höchstens");
		HttpResponse<String> nul = office.submit("/council/meetings/new", "/council/meetings", Map.of("committee",
				council().toString(), "name", "Sitzung\u0000", "date", inDays(20).toString(), "startTime", "18:00"));
		assertThat(nul.statusCode()).isEqualTo(400);

		UUID meeting = plan(office, "Sitzung für falsche Eingaben", 25);
		HttpResponse<String> publicWithSecret = addItem(office, meeting, "Förderungen", "PUBLIC", paper(false),
				"DECISION", false);
		assertThat(publicWithSecret.statusCode()).isEqualTo(400);
		assertThat(publicWithSecret.body()).contains("gehört in den nichtöffentlichen Teil");
		HttpResponse<String> noRole = addItem(office, meeting, "", "SOMEWHERE", paper(true), null, false);
		assertThat(noRole.statusCode()).isEqualTo(400);
		assertThat(noRole.body()).contains("Bezeichnung: ", "Teil der Sitzung: ");
		assertThat(numbers(meeting)).isEmpty();
		assertThat(office.get("/council/meetings/" + meeting + "/items/" + UUID.randomUUID() + "/edit").statusCode())
			.isEqualTo(404);

		HttpResponse<String> settings = office.submit("/council/settings", "/council/settings",
				Map.of("invitationDays", "0"));
		assertThat(settings.statusCode()).isEqualTo(400);
		assertThat(settings.body()).contains("zwischen 1 und 60 Tagen");
		assertThat(office.submit("/council/settings", "/council/settings", Map.of("invitationDays", "sieben"))
			.statusCode()).isEqualTo(400);
		assertThat(office.get("/council/meetings/" + meeting + "/invitation.pdf?version=secret").statusCode())
			.isEqualTo(400);

		// attendance and minutes
		assertThat(addItem(office, meeting, "Bericht", "PUBLIC", null, null, false).statusCode()).isEqualTo(302);
		HttpResponse<String> votes = office.submit("/council/meetings/" + meeting + "/minutes",
				"/council/meetings/" + meeting + "/minutes", Map.of("items[0].item", item(meeting, "Ö 1").toString(),
						"items[0].votesYes", "-1", "items[0].votesNo", "viele"));
		assertThat(votes.statusCode()).isEqualTo(400);
		assertThat(votes.body()).contains("Ja-Stimmen zu Punkt 1: ", "Nein-Stimmen zu Punkt 1: ");
		HttpResponse<String> stranger = office.submit("/council/meetings/" + meeting + "/attendance",
				"/council/meetings/" + meeting + "/attendance",
				Map.of("members[0].person", UUID.randomUUID().toString(), "members[0].status", "SLEEPING"));
		assertThat(stranger.statusCode()).isEqualTo(400);
		assertThat(stranger.body()).contains("Anwesenheit von Mitglied 1: ");
	}

	@Test
	void theInvitationGoesOutWithThePdfWithinTheInvitationPeriod() throws Exception {
		Http office = office();
		UUID meeting = plan(office, "Sitzung mit Einladung", 20);
		addItem(office, meeting, "Eröffnung", "PUBLIC", null, null, false);
		addItem(office, meeting, "Vergabe des Integrationspreises", "NON_PUBLIC", paper(false), "DECISION", true);
		Map<String, Object> withoutAddress = this.jdbc.sql("""
				SELECT p.id, p.email, p.given_name || ' ' || p.family_name AS name FROM council_membership ms
				JOIN council_person p ON p.id = ms.person_id AND p.tenant_id = ms.tenant_id
				WHERE ms.committee_id = ? AND NOT ms.deleted AND NOT ms.voting_right AND ms.end_date IS NULL
				ORDER BY p.family_name LIMIT 1""").params(council()).query().singleRow();
		this.jdbc.sql("UPDATE council_person SET email = NULL WHERE id = ?").params(withoutAddress.get("id")).update();
		try {
			invite(office, meeting, (String) withoutAddress.get("name"));
		}
		finally {
			this.jdbc.sql("UPDATE council_person SET email = ? WHERE id = ?")
				.params(withoutAddress.get("email"), withoutAddress.get("id"))
				.update();
		}
	}

	private void invite(Http office, UUID meeting, String byPost) throws Exception {
		String page = office.get("/council/meetings/" + meeting).body();
		assertThat(page).contains("Ladungsfrist 7 Tage: Die Einladung muss bis zum", "Per Post einladen", byPost,
				"Einladung versenden");

		byte[] members = office.getBytes("/council/meetings/" + meeting + "/invitation.pdf?version=members").body();
		byte[] published = office.getBytes("/council/meetings/" + meeting + "/invitation.pdf?version=public").body();
		assertThat(Pdfs.text(members)).contains("Sitzung mit Einladung", "Ö 1", "Eröffnung", "Nichtöffentlicher Teil",
				"Vergabe des Integrationspreises");
		assertThat(Pdfs.text(published)).contains("Eröffnung")
			.doesNotContain("Integrationspreis", "N 1", "Nichtöffentlicher Teil");

		HttpResponse<String> sent = office.submit("/council/meetings/" + meeting,
				"/council/meetings/" + meeting + "/invite", Map.of());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		Map<String, Object> state = this.jdbc
			.sql("SELECT state, invited_at, late_invitation_reason FROM council_meeting WHERE id = ?")
			.params(meeting)
			.query()
			.singleRow();
		assertThat(state.get("state")).isEqualTo("INVITED");
		assertThat(state.get("invited_at")).isNotNull();
		assertThat(state.get("late_invitation_reason")).isNull();
		byte[] file = this.jdbc
			.sql("SELECT content FROM council_file WHERE meeting_id = ? AND purpose = 'INVITATION' AND NOT deleted")
			.params(meeting)
			.query(byte[].class)
			.single();
		assertThat(Pdfs.text(file)).contains("Eröffnung").doesNotContain("Integrationspreis");

		List<Map<String, Object>> mails = this.jdbc
			.sql("""
					SELECT m.recipient, m.subject, a.file_name, a.content FROM mail_outbox m
					JOIN mail_outbox_attachment a ON a.mail_id = m.id WHERE m.subject LIKE 'Einladung: Sitzung mit Einladung%'""")
			.query()
			.listOfRows();
		int withAddress = this.jdbc.sql("""
				SELECT count(DISTINCT p.id) FROM council_membership ms JOIN council_person p ON p.id = ms.person_id
				  AND p.tenant_id = ms.tenant_id
				WHERE ms.committee_id = ? AND NOT ms.deleted AND NOT p.deleted AND p.email IS NOT NULL
				AND ms.start_date <= ? AND (ms.end_date IS NULL OR ms.end_date >= ?)""")
			.params(council(), inDays(20), inDays(20))
			.query(Integer.class)
			.single();
		assertThat(withAddress).isPositive();
		assertThat(mails).hasSize(withAddress);
		assertThat(mails.get(0).get("file_name").toString()).endsWith(".pdf");
		assertThat(Pdfs.text((byte[]) mails.get(0).get("content"))).contains("Vergabe des Integrationspreises");
		String after = office.get("/council/meetings/" + meeting).body();
		assertThat(after).contains("eingeladen", "Einladung versandt", "E-Mails im Postausgang",
				"Geänderte Einladung erneut versenden");
		// the admin's outbox names the attachment
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		assertThat(admin.get("/admin/outbox").body()).contains("Einladung: Sitzung mit Einladung", "(1 Anhang)");
		UUID mailId = this.jdbc
			.sql("SELECT id FROM mail_outbox WHERE subject LIKE 'Einladung: Sitzung mit Einladung%' LIMIT 1")
			.query(UUID.class)
			.single();
		assertThat(admin.get("/admin/outbox/" + mailId).body()).contains("Anhänge", "application/pdf");
	}

	@Test
	void aLateInvitationNeedsAReasonAndThePeriodIsConfigurable() {
		Http office = office();
		UUID meeting = plan(office, "Dringliche Sitzung", 3);
		addItem(office, meeting, "Dringlicher Antrag", "PUBLIC", null, null, false);
		String page = office.get("/council/meetings/" + meeting).body();
		assertThat(page).contains("ist nicht mehr einzuhalten", "Trotzdem versenden (mit Grund)");
		HttpResponse<String> refused = office.submit("/council/meetings/" + meeting,
				"/council/meetings/" + meeting + "/invite", Map.of());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Grund für die verspätete Einladung: ",
				"Die Ladungsfrist von 7 Tagen ist nicht mehr einzuhalten");
		assertThat(this.jdbc.sql("SELECT state FROM council_meeting WHERE id = ?")
			.params(meeting)
			.query(String.class)
			.single()).isEqualTo("SCHEDULED");
		HttpResponse<String> anyway = office.submit("/council/meetings/" + meeting,
				"/council/meetings/" + meeting + "/invite", Map.of("lateReason", "Dringlichkeit nach § 5 Abs. 2 GO"));
		assertThat(anyway.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT late_invitation_reason FROM council_meeting WHERE id = ?")
			.params(meeting)
			.query(String.class)
			.single()).isEqualTo("Dringlichkeit nach § 5 Abs. 2 GO");

		// an empty agenda is refused
		UUID empty = plan(office, "Sitzung ohne Tagesordnung", 20);
		HttpResponse<String> noAgenda = office.submit("/council/meetings/" + empty,
				"/council/meetings/" + empty + "/invite", Map.of());
		assertThat(noAgenda.statusCode()).isEqualTo(400);
		assertThat(noAgenda.body()).contains("Die Tagesordnung ist leer");

		// a shorter period: the same meeting date is in time
		try {
			assertThat(
					office.submit("/council/settings", "/council/settings", Map.of("invitationDays", "2")).statusCode())
				.isEqualTo(302);
			UUID soon = plan(office, "Kurzfristige Sitzung", 3);
			assertThat(office.get("/council/meetings/" + soon).body()).contains("Ladungsfrist 2 Tage")
				.doesNotContain("ist nicht mehr einzuhalten");
		}
		finally {
			office.submit("/council/settings", "/council/settings", Map.of("invitationDays", "7"));
		}
	}

	@Test
	void attendanceAndMinutesArePublishedAndOnlyThenInOParl() {
		Http office = office();
		UUID meeting = plan(office, "Sitzung mit Niederschrift", 10);
		addItem(office, meeting, "Antrag auf Dolmetschpool", "PUBLIC", paper(true), "DECISION", true);
		addItem(office, meeting, "Personalangelegenheit der Geschäftsstelle", "NON_PUBLIC", null, null, false);
		UUID open = item(meeting, "Ö 1");
		UUID closed = item(meeting, "N 1");
		List<UUID> persons = this.jdbc.sql("""
				SELECT DISTINCT ms.person_id FROM council_membership ms WHERE ms.committee_id = ? AND NOT ms.deleted
				AND ms.start_date <= ? AND (ms.end_date IS NULL OR ms.end_date >= ?)""")
			.params(council(), inDays(10), inDays(10))
			.query(UUID.class)
			.list();
		Map<String, String> attendance = new LinkedHashMap<>();
		for (int i = 0; i < persons.size(); i++) {
			attendance.put("members[" + i + "].person", persons.get(i).toString());
			attendance.put("members[" + i + "].status", i == 0 ? "EXCUSED" : "PRESENT");
		}
		assertThat(office
			.submit("/council/meetings/" + meeting + "/attendance", "/council/meetings/" + meeting + "/attendance",
					attendance)
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT count(*) FROM council_attendance WHERE meeting_id = ? AND status = 'PRESENT'")
			.params(meeting)
			.query(Integer.class)
			.single()).isEqualTo(persons.size() - 1);

		Map<String, String> minutes = new LinkedHashMap<>();
		minutes.put("items[0].item", open.toString());
		minutes.put("items[0].result", "beschlossen");
		minutes.put("items[0].resolutionText", "Der Beirat empfiehlt einen Dolmetschpool für die Beratungsstellen.");
		minutes.put("items[0].votesYes", "9");
		minutes.put("items[0].votesNo", "1");
		minutes.put("items[0].votesAbstain", "1");
		minutes.put("items[1].item", closed.toString());
		minutes.put("items[1].result", "vertraulich beraten");
		minutes.put("items[1].resolutionText", "Geheime Personalentscheidung");
		assertThat(office
			.submit("/council/meetings/" + meeting + "/minutes", "/council/meetings/" + meeting + "/minutes", minutes)
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/meetings/" + meeting).body()).contains("beschlossen",
				"(9 Ja, 1 Nein, 1 Enthaltungen)");

		Http anonymous = new Http(this.port);
		String oparlItem = "/oparl/v1.1/bodies/landkreis-osnabrueck/agenda-items/" + open;
		assertThat(anonymous.get(oparlItem).body()).contains("Dolmetschpool")
			.as("no result before the minutes are published")
			.doesNotContain("beschlossen", "empfiehlt einen Dolmetschpool");

		// not before the meeting has begun
		assertThat(office.submit("/council/meetings/" + meeting, "/council/meetings/" + meeting + "/publish", Map.of())
			.statusCode()).isEqualTo(409);
		this.jdbc
			.sql("UPDATE council_meeting SET starts_at = starts_at - interval '11 days',"
					+ " ends_at = ends_at - interval '11 days' WHERE id = ?")
			.params(meeting)
			.update();
		byte[] full = office.getBytes("/council/meetings/" + meeting + "/minutes.pdf?version=full").body();
		assertThat(Pdfs.text(full)).contains("Anwesend:", "Entschuldigt:", "Geheime Personalentscheidung",
				"empfiehlt einen Dolmetschpool");
		HttpResponse<String> published = office.submit("/council/meetings/" + meeting,
				"/council/meetings/" + meeting + "/publish", Map.of());
		assertThat(published.statusCode()).isEqualTo(302);
		Map<String, Object> state = this.jdbc
			.sql("SELECT state, minutes_published_at FROM council_meeting WHERE id = ?")
			.params(meeting)
			.query()
			.singleRow();
		assertThat(state.get("state")).isEqualTo("HELD");
		assertThat(state.get("minutes_published_at")).isNotNull();
		byte[] file = this.jdbc
			.sql("SELECT content FROM council_file WHERE meeting_id = ? AND purpose = 'MINUTES' AND NOT deleted")
			.params(meeting)
			.query(byte[].class)
			.single();
		assertThat(Pdfs.text(file)).contains("empfiehlt einen Dolmetschpool", "Anwesend:")
			.doesNotContain("Geheime Personalentscheidung", "Personalangelegenheit", "Entschuldigt:");

		assertThat(anonymous.get(oparlItem).body()).contains("beschlossen", "empfiehlt einen Dolmetschpool");
		String oparlMeeting = anonymous.get("/oparl/v1.1/bodies/landkreis-osnabrueck/meetings/" + meeting).body();
		assertThat(oparlMeeting).contains("resultsProtocol", "empfiehlt einen Dolmetschpool")
			.doesNotContain("Geheime", "Personalangelegenheit");
		assertThat(anonymous.get("/oparl/v1.1/bodies/landkreis-osnabrueck/agenda-items/" + closed).statusCode())
			.isEqualTo(404);
		// published: the meeting no longer changes
		assertThat(office.get("/council/meetings/" + meeting + "/minutes").statusCode()).isEqualTo(409);
		assertThat(office.submit("/council/meetings/" + meeting, "/council/meetings/" + meeting + "/cancel", Map.of())
			.statusCode()).isEqualTo(409);
	}

	@Test
	void aCancelledMeetingStaysCancelled() {
		Http office = office();
		UUID meeting = plan(office, "Sitzung, die ausfällt", 40);
		assertThat(office.submit("/council/meetings/" + meeting, "/council/meetings/" + meeting + "/cancel", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/meetings/" + meeting).body()).contains("abgesagt")
			.doesNotContain("Einladung versenden");
		assertThat(office.get("/council/meetings/" + meeting + "/edit").statusCode()).isEqualTo(409);
		assertThat(office.submit("/council/meetings/" + meeting, "/council/meetings/" + meeting + "/invite", Map.of())
			.statusCode()).isEqualTo(409);
	}

	@Test
	void otherRolesAndUnknownMeetingsAreRefused() {
		UUID meeting = this.jdbc.sql("SELECT id FROM council_meeting WHERE tenant_id = " + TENANT + " LIMIT 1")
			.query(UUID.class)
			.single();
		Http strategy = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(strategy.get("/council/meetings/new").statusCode()).isEqualTo(403);
		assertThat(strategy.get("/council/settings").statusCode()).isEqualTo(403);
		assertThat(strategy.submit("/", "/council/meetings/" + meeting + "/invite", Map.of()).statusCode())
			.isEqualTo(403);
		Http stadt = Http.loggedIn(this.port, "stadt-admin", "demo");
		assertThat(stadt.get("/council/meetings/" + meeting + "/invitation.pdf").statusCode()).isEqualTo(403);
		Http office = office();
		UUID unknown = UUID.randomUUID();
		assertThat(office.get("/council/meetings/" + unknown + "/edit").statusCode()).isEqualTo(404);
		assertThat(office.get("/council/meetings/" + unknown + "/minutes.pdf").statusCode()).isEqualTo(404);
		assertThat(
				office.submit("/council/meetings", "/council/meetings/" + unknown + "/invite", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(office.get("/council/meetings/new?committee=" + unknown).statusCode()).isEqualTo(404);
	}

}
