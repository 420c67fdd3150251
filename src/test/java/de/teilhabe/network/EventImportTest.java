package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.region.Tenants;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's iCal import: the preview lists every event of the file with its line and
 * what will happen; taking over stores the good events as the office's in the chosen
 * category (public at once on the portal), lists the refused ones with their reason,
 * keeps the provenance and audits; a second import of the same UIDs updates; bad files
 * (empty, NUL, not iCalendar, broken with its line, too many events, broken multipart)
 * answer 400 with a clear message; other roles 403.
 */
@IntegrationTest
class EventImportTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	private static final Pattern IMPORT = Pattern.compile("/network/event-import/([0-9a-f-]{36})");

	private static String stamp(LocalDate date, String time) {
		return date.format(DateTimeFormatter.BASIC_ISO_DATE) + "T" + time;
	}

	private static String calendar(String... events) {
		StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VHS Beispiel//DE\r\n");
		for (String event : events) {
			text.append("BEGIN:VEVENT\r\n").append(event).append("END:VEVENT\r\n");
		}
		return text.append("END:VCALENDAR\r\n").toString();
	}

	private String upload(Http staff, String name, String content) {
		HttpResponse<String> answer = staff.upload("/network/event-import", "/network/event-import", name,
				content.getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		Matcher matcher = IMPORT.matcher(answer.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void previewTakeOverAndASecondImportUpdates() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		LocalDate day = BerlinTime.today().plusDays(20);
		String file = calendar("UID:kurs-" + key + "@vhs.example.org\r\nSUMMARY:Deutschkurs A1 " + key
				+ "\r\nDTSTART;TZID=Europe/Berlin:" + stamp(day, "180000") + "\r\nDTEND;TZID=Europe/Berlin:"
				+ stamp(day, "193000") + "\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nLOCATION:VHS Osnabrück\\, Raum 3\r\n",
				"UID:vortrag-" + key + "@vhs.example.org\r\nSUMMARY:Vortrag " + key + "\r\nDTSTART:"
						+ stamp(day.plusDays(1), "170000Z") + "\r\n",
				"UID:ohne-" + key + "@vhs.example.org\r\nSUMMARY:Ohne Beginn " + key + "\r\n",
				"UID:jahr-" + key + "@vhs.example.org\r\nSUMMARY:Jährlich " + key + "\r\nDTSTART:"
						+ stamp(day, "100000") + "\r\nRRULE:FREQ=YEARLY\r\n",
				"UID:ganztag-" + key + "@vhs.example.org\r\nSUMMARY:Ganztags " + key + "\r\nDTSTART;VALUE=DATE:"
						+ day.format(DateTimeFormatter.BASIC_ISO_DATE) + "\r\n");
		Http staff = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(staff.get("/network/events").body()).contains("href=\"/network/event-import\"");
		String id = upload(staff, "vhs-" + key + ".ics", file);

		String preview = staff.get("/network/event-import/" + id).body();
		assertThat(preview)
			.contains("Deutschkurs A1 " + key, "Vortrag " + key, "Ohne Beginn " + key, "VHS Osnabrück, Raum 3",
					"wird neu angelegt", "kein Beginn (DTSTART)", "Wiederholung wird nicht unterstützt: FREQ=YEARLY",
					"ganztägig ohne Uhrzeit")
			// the line of the third event's BEGIN:VEVENT
			.contains("<td>17</td>");
		// no category chosen: 400 naming it
		HttpResponse<String> noCategory = staff.submit("/network/event-import/" + id, "/network/event-import/" + id,
				Map.of("category", ""));
		assertThat(noCategory.statusCode()).isEqualTo(400);
		assertThat(noCategory.body()).contains("href=\"#category\"");

		HttpResponse<String> run = staff.submit("/network/event-import/" + id, "/network/event-import/" + id,
				Map.of("category", "INFORMATION"));
		assertThat(run.statusCode()).isEqualTo(302);
		String result = staff.get("/network/event-import/" + id).body();
		assertThat(result).contains("2 neu, 0 aktualisiert, 3 nicht übernommen", "vhs-" + key + ".ics",
				"Stefan Strategie", "Ohne Beginn " + key, "Zeile 17");
		UUID tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM network_event e JOIN network_event_import i
					  ON i.tenant_id = e.tenant_id AND i.id = e.import_id
					WHERE e.tenant_id = ? AND e.import_uid LIKE ? AND e.organisation_id IS NULL AND e.category = 'INFORMATION'
					  AND i.content IS NULL""")
			.params(tenant, "%-" + key + "@vhs.example.org")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("SELECT recurrence || ' ' || recurrence_until FROM network_event WHERE tenant_id = ?"
					+ " AND import_uid = ?")
			.params(tenant, "kurs-" + key + "@vhs.example.org")
			.query(String.class)
			.single()).isEqualTo("WEEKLY " + day.plusWeeks(9));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'network.event.imported'" + " AND record_id = ?")
			.params(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// public at once on the portal
		assertThat(new Http(this.port).get("/p/landkreis-osnabrueck/de/veranstaltungen?kategorie=information").body())
			.contains("Deutschkurs A1 " + key, "VHS Osnabrück, Raum 3");

		// the office completes the course on its form: a re-import keeps what the file
		// does not set
		this.jdbc
			.sql("UPDATE network_event SET registration = 'Anmeldung im Büro der VHS', languages = ARRAY['ar', 'uk'],"
					+ " target_groups = ARRAY['Neuzugewanderte'] WHERE tenant_id = ? AND import_uid = ?")
			.params(tenant, "kurs-" + key + "@vhs.example.org")
			.update();

		// the same UIDs again, one title changed: an update, not a second event
		String again = upload(staff, "vhs-" + key + "-neu.ics", file.replace("Vortrag " + key, "Vortrag (neu) " + key));
		assertThat(staff.get("/network/event-import/" + again).body()).contains("aktualisiert die früher übernommene");
		staff.submit("/network/event-import/" + again, "/network/event-import/" + again, Map.of("category", "CULTURE"));
		assertThat(staff.get("/network/event-import/" + again).body()).contains("0 neu, 2 aktualisiert");
		assertThat(this.jdbc.sql("SELECT title FROM network_event WHERE tenant_id = ? AND import_uid = ?")
			.params(tenant, "vortrag-" + key + "@vhs.example.org")
			.query(String.class)
			.list()).containsExactly("Vortrag (neu) " + key);
		assertThat(this.jdbc.sql(
				"SELECT registration || ' ' || array_to_string(languages, ',') || ' ' || array_to_string(target_groups, ',')"
						+ " || ' ' || category FROM network_event WHERE tenant_id = ? AND import_uid = ?")
			.params(tenant, "kurs-" + key + "@vhs.example.org")
			.query(String.class)
			.single()).isEqualTo("Anmeldung im Büro der VHS ar,uk Neuzugewanderte CULTURE");

		// in English
		Http english = Http.loggedIn(this.port, "strategie", "demo").language("en");
		assertThat(english.get("/network/event-import/" + id).body()).contains("no start (DTSTART)", "Line 17");
	}

	@Test
	void badFilesAnswer400WithAClearMessage() {
		Http staff = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> empty = staff.upload("/network/event-import", "/network/event-import", "leer.ics",
				new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Bitte wählen Sie eine Datei.");
		HttpResponse<String> nul = staff.upload("/network/event-import", "/network/event-import", "nul.ics",
				"BEGIN:VCALENDAR\r\n\0\0END:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("keine Kalenderdatei");
		HttpResponse<String> csv = staff.upload("/network/event-import", "/network/event-import", "liste.csv",
				"Name;Datum\nFest;1.1.2027\n".getBytes(StandardCharsets.UTF_8));
		assertThat(csv.statusCode()).isEqualTo(400);
		assertThat(csv.body()).contains("keine Kalenderdatei");
		HttpResponse<String> broken = staff.upload("/network/event-import", "/network/event-import", "kaputt.ics",
				"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2027\r\nkeine zeile\r\nEND:VEVENT\r\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("Die Kalenderdatei ist fehlerhaft (Zeile");
		StringBuilder many = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
		for (int i = 0; i < 100_000; i++) {
			many.append("BEGIN:VEVENT\r\nEND:VEVENT\r\n");
		}
		many.append("END:VCALENDAR\r\n");
		HttpResponse<String> tooMany = staff.upload("/network/event-import", "/network/event-import", "viele.ics",
				many.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).containsAnyOf("größer als", "mehr als 500 Veranstaltungen");
		StringBuilder fewer = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
		for (int i = 0; i < 501; i++) {
			fewer.append("BEGIN:VEVENT\r\nEND:VEVENT\r\n");
		}
		HttpResponse<String> tooManyEvents = staff.upload("/network/event-import", "/network/event-import", "viele.ics",
				fewer.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8));
		assertThat(tooManyEvents.statusCode()).isEqualTo(400);
		assertThat(tooManyEvents.body()).contains("mehr als 500 Veranstaltungen");
		// a multipart body that ends in the middle
		String csrf = staff.csrfFrom("/network/event-import");
		HttpResponse<String> cut = staff.send("POST", "/network/event-import?_csrf=" + csrf,
				"multipart/form-data; boundary=XyZ",
				"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ics\"\r\n\r\nBEGIN:VCAL");
		assertThat(cut.statusCode()).isBetween(400, 499);
		// another tenant's or an unknown import
		assertThat(staff.get("/network/event-import/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void otherRolesMayNotImport() {
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/network/event-import").statusCode())
			.isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "partner", "demo").get("/network/event-import").statusCode())
			.isEqualTo(403);
	}

}
