package de.teilhabe.council.publicsite;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's public pages as an anonymous visitor sees them: the Beirat with its
 * members, working groups, next meetings and latest minutes; a meeting with its public
 * agenda (results and minutes only once published); a public paper with files and
 * consultations; the meetings of a year; downloads; the iCalendar feed; the next meetings
 * on the start page; OParl's {@code web} addresses. The non-public part never appears on
 * any of them, another tenant's or a non-public record answers the friendly 404, a change
 * shows at once (the council's tables raise the tenant's content version), and a visit
 * leaves no cookie and no session.
 */
@IntegrationTest
class CouncilPublicPagesTest {

	/**
	 * The Beirat and its working groups, not the committees the office only sits on (kind
	 * NETWORK).
	 */
	private static final String OWN_COMMITTEES = " JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind <> 'NETWORK'";

	static final String SLUG = "landkreis-osnabrueck";

	static final String BEIRAT = "/p/" + SLUG + "/de/beirat";

	private static final Pattern LINK = Pattern.compile("href=\"(/p/[^\"#?]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theBeiratPageShowsWhatTheCouncilIsItsMembersMeetingsAndMinutesInGermanAndEnglish() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> german = anonymous.get(BEIRAT);
		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.body()).contains("lang=\"de\"", "Beirat für Migration des Landkreises Osnabrück",
				"Berät den Kreistag", "Nächste Sitzungen", "Neueste Niederschriften", "Mitglieder", "Vorsitz",
				"stimmberechtigt", "beratend", "entsandt von", "Arbeitsgruppen", "Arbeitsgruppe Bildung und Sprache",
				"Arbeitsgruppe Arbeit, Wohnen und Antidiskriminierung", "/p/landkreis-osnabrueck/beirat/sitzungen.ics",
				"/oparl/v1.1/bodies/landkreis-osnabrueck", "/p/landkreis-osnabrueck/de/beirat/sitzungen\"");
		String next = nextMeeting();
		assertThat(german.body()).contains("/p/landkreis-osnabrueck/de/beirat/sitzungen/" + next);
		String published = publishedCouncilMeeting();
		assertThat(german.body()).contains("/p/landkreis-osnabrueck/de/beirat/sitzungen/" + published);
		// members of today only: the past term's chair left with it
		assertThat(german.body()).doesNotContain("@", "example.org");

		HttpResponse<String> english = anonymous.get("/p/landkreis-osnabrueck/en/beirat");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("lang=\"en\"", "Next meetings", "Latest minutes", "Members",
				"Working groups", "advisory", "Subscribe to the meeting calendar",
				"lang=\"de\">Beirat für Migration des Landkreises Osnabrück");
		assertThat(english.body()).doesNotContain("Nächste Sitzungen");
		// the language switch names this page in the other languages
		assertThat(german.body()).contains("href=\"/p/landkreis-osnabrueck/en/beirat\"");
	}

	/**
	 * In Arabic (one of the tenant's public languages beyond German and English): right
	 * to left, the page's texts in Arabic, what the council wrote (its name, meeting
	 * titles, members, agenda items) in German and marked so, dates in Arabic notation.
	 */
	@Test
	void theBeiratPagesInArabicAreRightToLeftWithTheCouncilsContentMarkedGerman() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> beirat = anonymous.get("/p/landkreis-osnabrueck/ar/beirat");
		assertThat(beirat.statusCode()).isEqualTo(200);
		String next = this.jdbc.sql("SELECT name FROM council_meeting WHERE id = ?")
			.param(UUID.fromString(nextMeeting()))
			.query(String.class)
			.single();
		assertThat(beirat.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains(">الجلسات القادمة</h2>", ">أحدث المحاضر</h2>", ">الأعضاء</h2>", ">مجموعات العمل</h2>",
					"الاشتراك في تقويم الجلسات (iCal)", "له حق التصويت",
					"lang=\"de\">Beirat für Migration des Landkreises Osnabrück</h1>",
					"<strong lang=\"de\">" + escaped(next) + "</strong>",
					"lang=\"de\">Arbeitsgruppe Bildung und Sprache</h3>")
			.doesNotContain("Nächste Sitzungen", "Mitglieder<", "stimmberechtigt", "Vorsitz<");
		// the members' names in German, marked so; a delegating body inside the Arabic
		// sentence too
		assertThat(beirat.body()).containsPattern("<strong lang=\"de\">[^<]+</strong>\\s*<span")
			.contains("مُرسَل من: <span lang=\"de\">");
		String meeting = publishedCouncilMeeting();
		HttpResponse<String> page = anonymous.get("/p/landkreis-osnabrueck/ar/beirat/sitzungen/" + meeting);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("جدول الأعمال (الجزء العلني)", "عُقدت", "النتيجة",
					"<span lang=\"de\">Mitteilungen der Verwaltung</span>", "lang=\"de\">zur Kenntnis genommen")
			.containsPattern("<h1 class=\"kern-heading\" lang=\"de\">[^<]*Sitzung")
			// Arabic month names, as the event pages write dates
			.containsPattern("(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \\d{4}")
			.doesNotContain("Tagesordnung", "durchgeführt");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/ar/beirat/sitzungen").body())
			.containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains(">جلسات 20", "aria-label=\"السنوات\"")
			.doesNotContain("Sitzungen 20");
	}

	@Test
	void aMeetingShowsItsPublicAgendaWithPapersAndResultsAndMinutesOnlyOncePublished() {
		Http anonymous = new Http(this.port);
		String meeting = publishedCouncilMeeting();
		String path = BEIRAT + "/sitzungen/" + meeting;
		HttpResponse<String> page = anonymous.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sitzung des Beirats für Migration", "Beirat für Migration",
				"Tagesordnung (öffentlicher Teil)", "Ö 1", "Mitteilungen der Verwaltung", "Ergebnis",
				"zur Kenntnis genommen", "Barrierefreiheit", "Europe/Berlin", "Einladung",
				"Niederschrift (öffentlicher Teil)", "/p/landkreis-osnabrueck/de/beirat/vorlagen/");
		assertThat(page.body()).doesNotContain(">N 1<", "Ergebnisse und Niederschrift erscheinen hier");
		// the date in the reader's notation (as the portal's event pages write it)
		assertThat(page.body()).containsPattern("[A-Z][a-z]+tag, \\d{1,2}\\. [A-Z][a-zä]+ \\d{4}, 17:00 – 19:30");
		UUID minutes = this.jdbc
			.sql("SELECT id FROM council_file WHERE meeting_id = ? AND purpose = 'MINUTES' AND NOT deleted")
			.param(UUID.fromString(meeting))
			.query(UUID.class)
			.single();
		String download = "/p/landkreis-osnabrueck/beirat/dateien/" + minutes;
		assertThat(page.body()).contains(download);
		HttpResponse<byte[]> file = anonymous.getBytes(download);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("attachment").contains("niederschrift.txt"));
		assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("Niederschrift über die");

		// the office takes the minutes back: results and minutes leave the page at once
		OffsetDateTime publishedAt = this.jdbc.sql("SELECT minutes_published_at FROM council_meeting WHERE id = ?")
			.param(UUID.fromString(meeting))
			.query(OffsetDateTime.class)
			.single();
		try {
			write("UPDATE council_meeting SET minutes_published_at = NULL WHERE id = ?", UUID.fromString(meeting));
			HttpResponse<String> unpublished = anonymous.get(path);
			assertThat(unpublished.body()).contains("Mitteilungen der Verwaltung",
					"Ergebnisse und Niederschrift erscheinen hier", "Einladung");
			assertThat(unpublished.body()).doesNotContain("zur Kenntnis genommen", "Niederschrift (öffentlicher Teil)",
					download);
			assertThat(anonymous.getBytes(download).statusCode()).isEqualTo(404);
		}
		finally {
			write("UPDATE council_meeting SET minutes_published_at = ? WHERE id = ?", publishedAt,
					UUID.fromString(meeting));
		}
		assertThat(anonymous.get(path).body()).contains("zur Kenntnis genommen");

		// an invited meeting: its invitation, no results yet
		String invited = this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id
				JOIN council_committee c ON c.id = m.committee_id AND c.kind <> 'NETWORK'
				WHERE t.slug = ? AND m.state = 'INVITED' AND NOT m.deleted ORDER BY m.starts_at LIMIT 1""")
			.param(SLUG)
			.query(String.class)
			.single();
		HttpResponse<String> coming = anonymous.get(BEIRAT + "/sitzungen/" + invited);
		assertThat(coming.statusCode()).isEqualTo(200);
		assertThat(coming.body()).contains("eingeladen", "Einladung", "Ergebnisse und Niederschrift erscheinen hier");
		assertThat(coming.body()).doesNotContain("Niederschrift (öffentlicher Teil)");

		HttpResponse<String> english = anonymous.get("/p/landkreis-osnabrueck/en/beirat/sitzungen/" + meeting);
		assertThat(english.body()).contains("Agenda (public part)", "Documents", "lang=\"en\"");
	}

	@Test
	void aPublicPaperShowsItsFilesAndConsultationsAndAnythingElseIsTheFriendly404() {
		Http anonymous = new Http(this.port);
		Map<String, Object> paper = this.jdbc.sql("""
				SELECT p.id, p.reference, p.name FROM council_paper p JOIN tenant t ON t.id = p.tenant_id
				JOIN council_consultation k ON k.paper_id = p.id AND k.tenant_id = p.tenant_id
				JOIN council_meeting m ON m.id = k.meeting_id AND m.tenant_id = k.tenant_id
				WHERE t.slug = ? AND p.public AND NOT p.deleted AND p.paper_type = 'MOTION'
				  AND m.minutes_published_at IS NOT NULL AND k.result IS NOT NULL
				ORDER BY p.reference LIMIT 1""").param(SLUG).query().singleRow();
		HttpResponse<String> page = anonymous.get(BEIRAT + "/vorlagen/" + paper.get("id"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains((String) paper.get("reference"), "Antrag", "Drucksache", "Dokumente",
				"/p/landkreis-osnabrueck/beirat/dateien/", "Beratungen", "Ergebnis",
				"/p/landkreis-osnabrueck/de/beirat/sitzungen/");
		assertThat(page.body()).contains(escaped((String) paper.get("name")));
		assertThat(anonymous.get("/p/landkreis-osnabrueck/en/beirat/vorlagen/" + paper.get("id")).body())
			.contains("Consultations", "Reference");

		Map<String, Object> secret = this.jdbc.sql("""
				SELECT p.id, f.id AS file FROM council_paper p JOIN tenant t ON t.id = p.tenant_id
				JOIN council_file f ON f.paper_id = p.id AND f.tenant_id = p.tenant_id
				WHERE t.slug = ? AND NOT p.public LIMIT 1""").param(SLUG).query().singleRow();
		String withdrawn = this.jdbc.sql("""
				SELECT p.id FROM council_paper p JOIN tenant t ON t.id = p.tenant_id
				WHERE t.slug = ? AND p.deleted LIMIT 1""").param(SLUG).query(String.class).single();
		for (String path : List.of(BEIRAT + "/vorlagen/" + secret.get("id"), BEIRAT + "/vorlagen/" + withdrawn,
				"/p/stadt-osnabrueck/de/beirat/vorlagen/" + paper.get("id"),
				"/p/stadt-osnabrueck/de/beirat/sitzungen/" + publishedCouncilMeeting(), "/p/stadt-osnabrueck/de/beirat",
				BEIRAT + "/vorlagen/nicht-da", BEIRAT + "/sitzungen/00000000-0000-0000-0000-000000000000",
				BEIRAT + "/sitzungen/jahr/zwanzig", "/p/landkreis-osnabrueck/xx/beirat",
				"/p/gibt-es-nicht/de/beirat")) {
			HttpResponse<String> missing = anonymous.get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.body()).as(path).contains("Seite nicht gefunden", "class=\"public-site\"");
		}
		assertThat(anonymous.get("/p/landkreis-osnabrueck/en/beirat/vorlagen/" + secret.get("id")).body())
			.contains("lang=\"en\"");
		assertThat(anonymous.getBytes("/p/landkreis-osnabrueck/beirat/dateien/" + secret.get("file")).statusCode())
			.isEqualTo(404);
		UUID publicFile = this.jdbc.sql("SELECT id FROM council_file WHERE paper_id = ? AND NOT deleted LIMIT 1")
			.param(paper.get("id"))
			.query(UUID.class)
			.single();
		assertThat(anonymous.getBytes("/p/landkreis-osnabrueck/beirat/dateien/" + publicFile).statusCode())
			.isEqualTo(200);
		assertThat(anonymous.getBytes("/p/stadt-osnabrueck/beirat/dateien/" + publicFile).statusCode()).isEqualTo(404);
	}

	@Test
	void theMeetingsOfAYearAreListedWithEveryYearThatHasMeetings() {
		Http anonymous = new Http(this.port);
		List<Integer> years = this.jdbc
			.sql("""
					SELECT DISTINCT extract(YEAR FROM m.starts_at AT TIME ZONE 'Europe/Berlin')::int FROM council_meeting m
					JOIN tenant t ON t.id = m.tenant_id JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind <> 'NETWORK' WHERE t.slug = ? AND NOT m.deleted ORDER BY 1""")
			.param(SLUG)
			.query(Integer.class)
			.list();
		assertThat(years).hasSizeGreaterThanOrEqualTo(3);
		HttpResponse<String> current = anonymous.get(BEIRAT + "/sitzungen");
		assertThat(current.statusCode()).isEqualTo(200);
		for (int year : years) {
			assertThat(current.body()).contains("/beirat/sitzungen/jahr/" + year);
		}
		int first = years.get(0);
		HttpResponse<String> page = anonymous.get(BEIRAT + "/sitzungen/jahr/" + first);
		assertThat(page.body()).contains("Sitzungen " + first, "aria-current=\"page\"");
		long meetings = this.jdbc
			.sql("""
					SELECT count(*) FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind <> 'NETWORK'
					WHERE t.slug = ? AND NOT m.deleted AND extract(YEAR FROM m.starts_at AT TIME ZONE 'Europe/Berlin') = ?""")
			.params(SLUG, first)
			.query(Long.class)
			.single();
		assertThat(links(page.body()).stream().filter((link) -> link.matches(".*/beirat/sitzungen/[0-9a-f-]{36}")))
			.hasSize((int) meetings);
		assertThat(anonymous.get(BEIRAT + "/sitzungen/jahr/1990").body()).contains("keine Sitzungen");
	}

	@Test
	void theNonPublicPartNeverAppearsOnAnyPublicPageFileOrTheFeed() {
		Http anonymous = new Http(this.port);
		List<String> secrets = new ArrayList<>();
		this.jdbc.sql("""
				SELECT p.id::text AS id, p.name, p.reference FROM council_paper p JOIN tenant t ON t.id = p.tenant_id
				WHERE t.slug = ? AND NOT p.public""").param(SLUG).query().listOfRows().forEach((paper) -> {
			secrets.add((String) paper.get("id"));
			secrets.add(escaped((String) paper.get("name")));
			secrets.add((String) paper.get("reference"));
		});
		this.jdbc.sql("""
				SELECT i.id::text AS id, i.name FROM council_agenda_item i JOIN tenant t ON t.id = i.tenant_id
				WHERE t.slug = ? AND NOT i.public""").param(SLUG).query().listOfRows().forEach((item) -> {
			secrets.add((String) item.get("id"));
			secrets.add(escaped((String) item.get("name")));
		});
		assertThat(secrets).isNotEmpty();
		// every page reachable from the Beirat's page and the meeting lists of every
		// year, every
		// file they link, the feed
		Set<String> seen = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(List.of(BEIRAT, BEIRAT + "/sitzungen", "/p/" + SLUG + "/de/"));
		StringBuilder everything = new StringBuilder();
		while (!todo.isEmpty()) {
			String path = todo.remove(todo.size() - 1);
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<byte[]> answer = anonymous.getBytes(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			String body = new String(answer.body(), StandardCharsets.UTF_8);
			everything.append(body);
			if (path.startsWith(BEIRAT) || path.equals("/p/" + SLUG + "/de/")) {
				for (String link : links(body)) {
					if (link.startsWith(BEIRAT) || link.startsWith("/p/" + SLUG + "/beirat/dateien/")) {
						todo.add(link);
					}
				}
			}
		}
		everything.append(
				new String(anonymous.getBytes("/p/" + SLUG + "/beirat/sitzungen.ics").body(), StandardCharsets.UTF_8));
		long meetings = this.jdbc
			.sql("SELECT count(*) FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id" + OWN_COMMITTEES
					+ " WHERE t.slug = ? AND NOT m.deleted")
			.param(SLUG)
			.query(Long.class)
			.single();
		assertThat(seen.stream().filter((path) -> path.matches(".*/beirat/sitzungen/[0-9a-f-]{36}")))
			.hasSize((int) meetings);
		assertThat(seen.stream().filter((path) -> path.contains("/beirat/vorlagen/"))).hasSizeGreaterThan(50);
		assertThat(seen.stream().filter((path) -> path.contains("/beirat/dateien/"))).hasSizeGreaterThan(100);
		assertThat(everything).contains("Mitteilungen der Verwaltung", "Niederschrift über die");
		for (String secret : secrets) {
			assertThat(everything.toString()).as(secret).doesNotContain(secret);
		}
		assertThat(everything.toString()).doesNotContain("Personalangelegenheiten", "Integrationsfonds: Entscheidung");
	}

	@Test
	void theStartPageShowsTheNextMeetingsLinkedToTheirPages() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> start = anonymous.get("/p/" + SLUG + "/de/");
		assertThat(start.body()).contains("Beirat für Migration: nächste Sitzungen",
				"href=\"beirat/sitzungen/" + nextMeeting() + "\"", "href=\"/p/landkreis-osnabrueck/de/beirat\"",
				"Zum Beirat für Migration");
		assertThat(anonymous.get("/p/" + SLUG + "/en/").body()).contains("Migration Advisory Council: next meetings");
		assertThat(anonymous.get("/p/stadt-osnabrueck/de/").body())
			.contains("Zurzeit ist keine Sitzung des Beirats geplant.");
	}

	@Test
	void aChangeOfTheCouncilShowsAtOnceWithANewETag() {
		Http anonymous = new Http(this.port);
		String meeting = nextMeeting();
		String path = BEIRAT + "/sitzungen/" + meeting;
		HttpResponse<String> before = anonymous.get(path);
		String etag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(anonymous.get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
		String name = this.jdbc.sql("SELECT name FROM council_meeting WHERE id = ?")
			.param(UUID.fromString(meeting))
			.query(String.class)
			.single();
		try {
			write("UPDATE council_meeting SET name = ? WHERE id = ?", name + " (verlegt)", UUID.fromString(meeting));
			HttpResponse<String> after = anonymous.get(path, Map.of("If-None-Match", etag));
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(after.body()).contains("(verlegt)");
			assertThat(anonymous.get(BEIRAT).body()).contains("(verlegt)");
			assertThat(anonymous.get("/p/" + SLUG + "/beirat/sitzungen.ics").body()).contains("(verlegt)");
		}
		finally {
			write("UPDATE council_meeting SET name = ? WHERE id = ?", name, UUID.fromString(meeting));
		}
	}

	@Test
	void theCalendarFeedIsRfc5545WithEscapingFoldingAndCancelledMeetings() {
		Http anonymous = new Http(this.port);
		UUID tenant = this.jdbc.sql("SELECT id FROM tenant WHERE slug = ?").param(SLUG).query(UUID.class).single();
		UUID committee = this.jdbc
			.sql("SELECT id FROM council_committee WHERE tenant_id = ? AND kind = 'COUNCIL' LIMIT 1")
			.param(tenant)
			.query(UUID.class)
			.single();
		UUID special = UUID.randomUUID();
		String name = "Sondersitzung: Haushalt, Sprachförderung; Übergänge\\Anschlüsse – Größe, Maß und Ölmühle"
				+ " in Bad Essen, Bramsche und Wallenhorst (äöüÄÖÜß)";
		OffsetDateTime start = OffsetDateTime.of(2027, 3, 30, 16, 0, 0, 0, ZoneOffset.UTC);
		write("""
				INSERT INTO council_meeting (tenant_id, id, committee_id, name, starts_at, ends_at, state, created_at,
				  modified_at) VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED', now() - interval '1 hour', now())""", tenant,
				special, committee, name, start, start.plusHours(2));
		try {
			HttpResponse<byte[]> answer = anonymous.getBytes("/p/" + SLUG + "/beirat/sitzungen.ics");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
			assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
			String feed = new String(answer.body(), StandardCharsets.UTF_8);
			assertThat(feed).endsWith("\r\n");
			// folded at 75 octets: no line longer, never inside a character (the text
			// decoded cleanly)
			for (String line : feed.split("\r\n")) {
				assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
				assertThat(line).doesNotContain("\uFFFD").doesNotContain("\n");
			}
			List<Map<String, String>> events = new ArrayList<>();
			Map<String, String> calendar = new java.util.LinkedHashMap<>();
			Map<String, String> event = null;
			List<String> components = new ArrayList<>();
			for (String line : feed.replace("\r\n ", "").split("\r\n")) {
				int colon = line.indexOf(':');
				String key = line.substring(0, colon);
				String value = line.substring(colon + 1);
				String property = key.contains(";") ? key.substring(0, key.indexOf(';')) : key;
				if (property.equals("BEGIN")) {
					components.add(value);
					if (value.equals("VEVENT")) {
						event = new java.util.LinkedHashMap<>();
						events.add(event);
					}
				}
				else if (property.equals("END")) {
					assertThat(components.remove(components.size() - 1)).isEqualTo(value);
					event = value.equals("VEVENT") ? null : event;
				}
				else if (event != null) {
					event.put(property, value);
				}
				else if (components.size() == 1) {
					calendar.put(property, value);
				}
			}
			assertThat(components).isEmpty();
			assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin");
			assertThat(calendar).containsEntry("VERSION", "2.0").containsKey("PRODID");
			long meetings = this.jdbc
				.sql("SELECT count(*) FROM council_meeting m" + OWN_COMMITTEES
						+ " WHERE m.tenant_id = ? AND NOT m.deleted")
				.param(tenant)
				.query(Long.class)
				.single();
			assertThat(events).hasSize((int) meetings);
			assertThat(events.stream().map((e) -> e.get("UID")).distinct()).hasSize((int) meetings);
			for (Map<String, String> e : events) {
				assertThat(e).containsKeys("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL", "STATUS", "SEQUENCE",
						"LAST-MODIFIED");
			}
			// a meeting without an end (the form allows it; another test makes one) has
			// no DTEND
			long ending = this.jdbc
				.sql("SELECT count(*) FROM council_meeting m" + OWN_COMMITTEES
						+ " WHERE m.tenant_id = ? AND NOT m.deleted AND m.ends_at IS NOT NULL")
				.param(tenant)
				.query(Long.class)
				.single();
			assertThat(events).filteredOn((e) -> e.containsKey("DTEND")).hasSize((int) ending);
			Map<String, String> mine = events.stream()
				.filter((e) -> e.get("UID").contains(special.toString()))
				.findFirst()
				.orElseThrow();
			assertThat(mine.get("SUMMARY"))
				.isEqualTo(name.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;"));
			assertThat(mine).containsEntry("DTSTART", "20270330T180000").containsEntry("STATUS", "TENTATIVE");
			assertThat(mine.get("URL")).endsWith("/p/landkreis-osnabrueck/de/beirat/sitzungen/" + special);
			assertThat(feed).contains("DTSTART;TZID=Europe/Berlin:20270330T180000");
			String cancelled = this.jdbc
				.sql("SELECT id::text FROM council_meeting WHERE tenant_id = ? AND state = 'CANCELLED' LIMIT 1")
				.param(tenant)
				.query(String.class)
				.single();
			assertThat(events.stream().filter((e) -> e.get("UID").contains(cancelled)).findFirst().orElseThrow())
				.containsEntry("STATUS", "CANCELLED");
			// the same UID after a change, with a higher SEQUENCE
			String sequence = mine.get("SEQUENCE");
			write("UPDATE council_meeting SET state = 'CANCELLED', modified_at = now() + interval '1 minute'"
					+ " WHERE id = ?", special);
			String changed = anonymous.get("/p/" + SLUG + "/beirat/sitzungen.ics").body().replace("\r\n ", "");
			Matcher again = Pattern
				.compile("UID:council-meeting-" + special + "@[^\r\n]+\r\n(?:(?!END:VEVENT).*\r\n)*?SEQUENCE:(\\d+)")
				.matcher(changed);
			assertThat(changed).contains("council-meeting-" + special);
			if (again.find()) {
				assertThat(Long.parseLong(again.group(1))).isGreaterThan(Long.parseLong(sequence));
			}
			assertThat(anonymous.get(BEIRAT).body()).contains("href=\"/p/landkreis-osnabrueck/beirat/sitzungen.ics\"");
		}
		finally {
			write("DELETE FROM council_meeting WHERE tenant_id = ? AND id = ?", tenant, special);
		}
	}

	@Test
	void oparlMeetingsPapersAndTheBodyPointToTheirPublicPages() {
		Http anonymous = new Http(this.port);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode body = json.readTree(anonymous.get("/oparl/v1.1/bodies/" + SLUG).body());
		assertThat(body.get("web").asString()).endsWith("/p/landkreis-osnabrueck/de/beirat");
		assertThat(json.readTree(anonymous.get("/oparl/v1.1/bodies/stadt-osnabrueck").body()).has("web")).isFalse();
		for (String list : List.of("meetings", "papers")) {
			JsonNode page = json
				.readTree(anonymous.get("/oparl/v1.1/bodies/" + SLUG + "/" + list + "?limit=20").body());
			int checked = 0;
			for (JsonNode object : page.get("data")) {
				if (object.has("deleted")) {
					continue;
				}
				String id = object.get("id").asString();
				String web = object.get("web").asString();
				assertThat(web).endsWith((list.equals("meetings") ? "/beirat/sitzungen/" : "/beirat/vorlagen/")
						+ id.substring(id.lastIndexOf('/') + 1));
				assertThat(anonymous.get(web.substring(web.indexOf("/p/"))).statusCode()).as(web).isEqualTo(200);
				checked++;
			}
			assertThat(checked).isPositive();
		}
	}

	@Test
	void anAnonymousVisitSetsNoCookieAndStoresNoSession() {
		long sessions = this.jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
		Http anonymous = new Http(this.port);
		for (String path : List.of(BEIRAT, BEIRAT + "/sitzungen", BEIRAT + "/sitzungen/" + nextMeeting(),
				BEIRAT + "/vorlagen/" + UUID.randomUUID(), "/p/" + SLUG + "/beirat/sitzungen.ics")) {
			HttpResponse<String> answer = anonymous.get(path);
			assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isEqualTo(sessions);
	}

	/**
	 * Writes as the office's forms do: in a transaction of this instance, after whose
	 * commit the public cache reads the content version again.
	 */
	private void write(String sql, Object... params) {
		this.tx.executeWithoutResult((status) -> this.jdbc.sql(sql).params(params).update());
	}

	private String nextMeeting() {
		return this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id
				WHERE t.slug = ? AND NOT m.deleted AND m.starts_at >= now() ORDER BY m.starts_at, m.id LIMIT 1""")
			.param(SLUG)
			.query(String.class)
			.single();
	}

	private String publishedCouncilMeeting() {
		return this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
				WHERE t.slug = ? AND c.kind = 'COUNCIL' AND m.state = 'HELD' AND m.minutes_published_at IS NOT NULL
				  AND NOT m.deleted
				ORDER BY m.starts_at DESC LIMIT 1""").param(SLUG).query(String.class).single();
	}

	static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	/** A text as Thymeleaf writes it into HTML. */
	static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
