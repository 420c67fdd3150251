package de.teilhabe.guides.expense;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.guideBody;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expense statements through the real HTTP layer on the embedded PostgreSQL: sums of a
 * month and a year from approved work entries only (month boundaries by the office's
 * calendar day), each entry rounded to the cent, the tax-free cap (a guide crossing it,
 * one near it), a year without its own settings row, the settings form (German amounts,
 * all or nothing), 422 naming year or month, the overview with its markers and download,
 * the PDF (one page, the guide's name and total), and a GUIDE seeing only its own.
 */
@IntegrationTest
class GuideExpensesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	GuidesFixtures fixtures;

	Http coordinator;

	JdbcClient jdbc;

	UUID tenantId;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.coordinator = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		this.jdbc = this.fixtures.access().jdbc();
		this.tenantId = this.fixtures.access().tenantId(LANDKREIS);
	}

	/**
	 * A guide with entries around November 2026: 31 October (2 h, 10 km), 1 November
	 * (1:30 h, 12.5 km), 15 November (10 h, not approved), 30 November (20 min), 1
	 * December (1 h).
	 */
	record Worked(UUID guide, String name, String contact) {
	}

	Worked workedAroundNovember() {
		Worked worked = guide("Abrechnung " + UUID.randomUUID());
		UUID assignment = assignment(worked);
		entry(worked.guide(), assignment, LocalDate.of(2026, 10, 31), 120, "10.0", true);
		entry(worked.guide(), assignment, LocalDate.of(2026, 11, 1), 90, "12.5", true);
		entry(worked.guide(), assignment, LocalDate.of(2026, 11, 15), 600, "40.0", false);
		entry(worked.guide(), assignment, LocalDate.of(2026, 11, 30), 20, "0", true);
		entry(worked.guide(), assignment, LocalDate.of(2026, 12, 1), 60, "0", true);
		return worked;
	}

	@Test
	void monthAndYearCountApprovedEntriesOnlyWithinTheirDays() {
		Worked worked = workedAroundNovember();
		Map<String, Object> month = ok(
				this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2026&month=11"));
		assertThat(month).containsEntry("name", worked.name()).containsEntry("year", 2026).containsEntry("month", 11);
		assertThat(map(month, "rates")).containsEntry("fromYear", 2026)
			.containsEntry("taxFreeCap", 960.00)
			.containsEntry("hourRate", 8.00)
			.containsEntry("kilometreRate", 0.30);
		List<Map<String, Object>> entries = list(month, "entries");
		// 31 October and 1 December lie outside, the unapproved 15 November does not
		// count
		assertThat(entries).extracting((entry) -> entry.get("date")).containsExactly("2026-11-01", "2026-11-30");
		assertThat(entries.get(0)).containsEntry("topic", "AUTHORITY").containsEntry("gemeinde", "Stadt Quakenbrück");
		assertThat(month.toString()).doesNotContain(worked.contact());
		// 90 min × 8 € = 12.00 €, 20 min × 8 € = 2.67 € (rounded per entry); 12.5 km ×
		// 0.30 € = 3.75 €
		assertThat(map(month, "total")).containsEntry("minutes", 110)
			.containsEntry("hours", 1.83)
			.containsEntry("kilometres", 12.5)
			.containsEntry("allowance", 14.67)
			.containsEntry("travelRefund", 3.75)
			.containsEntry("total", 18.42);
		assertThat(list(month, "months")).isEmpty();
		// the cap counts the year up to the month's end: 16.00 € in October
		assertThat(map(month, "cap")).containsEntry("allowance", 30.67)
			.containsEntry("left", 929.33)
			.containsEntry("above", 0.00)
			.containsEntry("exceeded", false)
			.containsEntry("level", "BELOW");

		Map<String, Object> year = ok(this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2026"));
		assertThat(year.get("month")).isNull();
		assertThat(list(year, "entries")).hasSize(4);
		List<Map<String, Object>> months = list(year, "months");
		assertThat(months).hasSize(12);
		assertThat(months.get(9)).containsEntry("month", 10).containsEntry("entries", 1);
		assertThat(map(months.get(9), "amounts")).containsEntry("allowance", 16.00).containsEntry("travelRefund", 3.00);
		assertThat(map(months.get(10), "amounts")).containsEntry("total", 18.42);
		assertThat(map(months.get(11), "amounts")).containsEntry("minutes", 60).containsEntry("allowance", 8.00);
		assertThat(map(months.get(0), "amounts")).containsEntry("minutes", 0);
		assertThat(map(year, "total")).containsEntry("minutes", 290)
			.containsEntry("allowance", 38.67)
			.containsEntry("travelRefund", 6.75)
			.containsEntry("total", 45.42);
		assertThat(map(year, "cap")).containsEntry("allowance", 38.67).containsEntry("left", 921.33);

		// a month without approved work is empty, not an error
		Map<String, Object> march = ok(
				this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2026&month=3"));
		assertThat(list(march, "entries")).isEmpty();
		assertThat(map(march, "total")).containsEntry("total", 0.00);
	}

	@Test
	void aGuideCrossingTheCapIsToldTheAmountAboveIsTaxable() {
		Worked over = guide("Über der Pauschale " + UUID.randomUUID());
		UUID assignment = assignment(over);
		// six days of 24 h at 8 € = 6 × 192 € = 1,152 € > 960 €; travel does not count
		for (int month = 1; month <= 6; month++) {
			entry(over.guide(), assignment, LocalDate.of(2026, month, 10), 1440, "500.0", true);
		}
		Worked near = guide("Nahe der Pauschale " + UUID.randomUUID());
		UUID nearAssignment = assignment(near);
		// 4 × 192 € + 12 h × 8 € = 864 € = 90 % of 960 €
		for (int month = 1; month <= 4; month++) {
			entry(near.guide(), nearAssignment, LocalDate.of(2026, month, 12), 1440, "0", true);
		}
		entry(near.guide(), nearAssignment, LocalDate.of(2026, 5, 12), 720, "0", true);

		Map<String, Object> year = ok(this.coordinator.get("/api/v1/guides/" + over.guide() + "/expenses?year=2026"));
		assertThat(map(year, "cap")).containsEntry("taxFreeCap", 960.00)
			.containsEntry("allowance", 1152.00)
			.containsEntry("left", 0.00)
			.containsEntry("above", 192.00)
			.containsEntry("exceeded", true)
			.containsEntry("level", "REACHED")
			.containsEntry("percent", 120);
		assertThat(map(year, "total")).containsEntry("travelRefund", 900.00).containsEntry("total", 2052.00);
		// in March the year so far (576 €) is below the cap
		assertThat(
				map(ok(this.coordinator.get("/api/v1/guides/" + over.guide() + "/expenses?year=2026&month=3")), "cap"))
			.containsEntry("allowance", 576.00)
			.containsEntry("level", "BELOW");
		assertThat(map(ok(this.coordinator.get("/api/v1/guides/" + near.guide() + "/expenses?year=2026")), "cap"))
			.containsEntry("allowance", 864.00)
			.containsEntry("level", "NEAR")
			.containsEntry("percent", 90);

		// the statement says it in plain words, the PDF too
		Http session = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> page = session.get("/guides/expenses/" + over.guide() + "?year=2026");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("192,00 € über der steuerfreien Ehrenamtspauschale von 960,00 €")
			.contains("steuerpflichtiges Einkommen")
			.contains("1.152,00 €")
			.contains("2.052,00 €");
		String pdfText = Pdfs.text(pdf(session, "/guides/expenses/" + over.guide() + "/statement.pdf?year=2026"));
		assertThat(pdfText).contains(over.name()).contains("2.052,00 €").contains("steuerpflichtiges Einkommen");

		// the overview marks both, and its download has them
		HttpResponse<String> overview = session.get("/guides/expenses?year=2026");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(row(overview.body(), over.name())).contains("Pauschale erreicht").contains("1.152,00 €");
		assertThat(row(overview.body(), near.name())).contains("nahe an der Pauschale").contains("864,00 €");
		HttpResponse<byte[]> csv = session.getBytes("/guides/expenses/export?year=2026&format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String csvText = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(csvText).contains(over.name() + ";144,00;3000,0;1152,00;900,00;2052,00;1152,00;Pauschale erreicht");
		assertThat(csvText).contains(near.name() + ";108,00;0,0;864,00;0,00;864,00;864,00;nahe an der Pauschale");
		HttpResponse<byte[]> xlsx = session.getBytes("/guides/expenses/export?year=2026&format=xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		List<String> cells = xlsxRow(xlsx.body(), over.name());
		assertThat(new BigDecimal(cells.get(1))).isEqualByComparingTo("144");
		assertThat(new BigDecimal(cells.get(2))).isEqualByComparingTo("3000");
		assertThat(new BigDecimal(cells.get(5))).isEqualByComparingTo("2052");
		assertThat(cells.get(7)).isEqualTo("Pauschale erreicht");
		// a month's overview marks by the year up to that month
		assertThat(row(session.get("/guides/expenses?year=2026&month=3").body(), over.name()))
			.doesNotContain("Pauschale erreicht")
			.contains("576,00 €");
	}

	@Test
	void aYearWithoutItsOwnSettingsUsesTheLatestEarlierYear() {
		Worked worked = guide("Ohne eigenes Jahr " + UUID.randomUUID());
		UUID assignment = assignment(worked);
		entry(worked.guide(), assignment, LocalDate.of(2027, 2, 3), 60, "10.0", true);
		entry(worked.guide(), assignment, LocalDate.of(2025, 2, 3), 60, "10.0", true);
		Map<String, Object> next = ok(this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2027"));
		assertThat(map(next, "rates")).containsEntry("fromYear", 2026).containsEntry("taxFreeCap", 960.00);
		assertThat(map(next, "total")).containsEntry("allowance", 8.00).containsEntry("travelRefund", 3.00);
		Map<String, Object> before = ok(
				this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2025"));
		assertThat(map(before, "rates")).containsEntry("fromYear", 2021).containsEntry("taxFreeCap", 840.00);
		assertThat(map(before, "cap")).containsEntry("left", 832.00);
		assertThat(map(ok(this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2020")), "rates"))
			.containsEntry("fromYear", 2013)
			.containsEntry("taxFreeCap", 720.00);
	}

	@Test
	void theCoordinatorSetsAYearsRatesAllOrNothing() {
		Worked worked = guide("Neue Sätze " + UUID.randomUUID());
		UUID assignment = assignment(worked);
		entry(worked.guide(), assignment, LocalDate.of(2093, 5, 4), 90, "10.0", true);
		Http session = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> page = session.get("/guides/expenses/years");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("960,00 €").contains("840,00 €").contains("8,00 €").contains("0,30 €");

		// bad values: every field named, nothing stored
		HttpResponse<String> refused = session.submit("/guides/expenses/years", "/guides/expenses/years",
				Map.of("year", "2091", "taxFreeCap", "-5", "hourRate", "acht", "kilometreRate", "0,305"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte keinen negativen Betrag angeben.")
			.contains("Bitte höchstens zwei Nachkommastellen angeben.")
			.contains("id=\"hourRate-error\"");
		assertThat(map(ok(this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2093")), "rates"))
			.containsEntry("fromYear", 2026);
		HttpResponse<String> badYear = session.submit("/guides/expenses/years", "/guides/expenses/years",
				Map.of("year", "1999", "taxFreeCap", "1", "hourRate", "1", "kilometreRate", "1"));
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(badYear.body()).contains("Bitte ein Jahr von 2013 bis 2100 angeben.");

		// German amounts with thousands points and decimal commas
		HttpResponse<String> saved = session.submit("/guides/expenses/years", "/guides/expenses/years",
				Map.of("year", "2091", "taxFreeCap", "1.234,50", "hourRate", "9,5", "kilometreRate", "0,35 €"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(session.get("/guides/expenses/years").body()).contains("Die Sätze sind gespeichert.")
			.contains("1.234,50 €")
			.contains("9,50 €");
		Map<String, Object> later = ok(
				this.coordinator.get("/api/v1/guides/" + worked.guide() + "/expenses?year=2093"));
		assertThat(map(later, "rates")).containsEntry("fromYear", 2091)
			.containsEntry("taxFreeCap", 1234.50)
			.containsEntry("hourRate", 9.50)
			.containsEntry("kilometreRate", 0.35);
		assertThat(map(later, "total")).containsEntry("allowance", 14.25).containsEntry("travelRefund", 3.50);
		assertThat(this.jdbc
			.sql("SELECT details FROM audit_event WHERE tenant_id = ? AND action = ? AND record_id = '2091'")
			.params(this.tenantId, "guides.expenses.allowanceYear")
			.query(String.class)
			.list()).contains("cap=123450 hour=950 km=35");
		// the form of a year shows what holds for it
		assertThat(session.get("/guides/expenses/years?year=2092").body()).contains("value=\"2092\"")
			.contains("value=\"1234,50\"");
	}

	@Test
	void badYearOrMonthAnswers422NamingTheField() {
		Worked worked = guide("Zeitraum " + UUID.randomUUID());
		String base = "/api/v1/guides/" + worked.guide() + "/expenses";
		for (String query : List.of("", "?year=", "?year=zwanzig", "?year=1999", "?year=2101",
				"?year=" + "9".repeat(5000))) {
			HttpResponse<String> response = this.coordinator.get(base + query);
			assertThat(response.statusCode()).as(query).isEqualTo(422);
			assertThat(response.body()).contains("\"field\":\"year\"").contains("2013").contains("2100");
		}
		for (String query : List.of("?year=2026&month=13", "?year=2026&month=0", "?year=2026&month=Mai")) {
			HttpResponse<String> response = this.coordinator.get(base + query);
			assertThat(response.statusCode()).as(query).isEqualTo(422);
			assertThat(response.body()).contains("\"field\":\"month\"").doesNotContain("\"field\":\"year\"");
		}
		assertThat(this.coordinator.get(base + "?year=%00").statusCode()).isIn(400, 422);
		HttpResponse<String> both = this.coordinator.get(base + "?year=x&month=x");
		assertThat(both.body()).contains("\"field\":\"month\"").contains("\"field\":\"year\"");
		// pages say so too (400), never a server error
		Http session = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> page = session.get("/guides/expenses?year=1999");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Bitte ein Jahr von 2013 bis 2100 angeben.");
		assertThat(session.get("/guides/expenses/export?year=2026&format=pdf").statusCode()).isEqualTo(400);
	}

	@Test
	void thePdfStatementIsOnePageWithNameAndTotal() {
		Worked worked = workedAroundNovember();
		Http session = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		byte[] month = pdf(session, "/guides/expenses/" + worked.guide() + "/statement.pdf?year=2026&month=11");
		String text = Pdfs.text(month);
		assertThat(text).contains(worked.name())
			.contains("November 2026")
			.contains("18,42 €")
			.contains("Quakenbrück")
			.contains("Landkreis Osnabrück")
			.doesNotContain(worked.contact());
		assertThat(pages(month)).isEqualTo(1);
		byte[] year = pdf(session, "/guides/expenses/" + worked.guide() + "/statement.pdf?year=2026");
		assertThat(Pdfs.text(year)).contains(worked.name()).contains("45,42 €").contains("921,33 €");
		assertThat(pages(year)).isEqualTo(1);
		assertThat(Pdfs.pdfUaFailures(year)).isEmpty();
		// the page shows the same, without the person's contact reference
		HttpResponse<String> page = session.get("/guides/expenses/" + worked.guide() + "?year=2026&month=11");
		assertThat(page.body()).contains("18,42 €").contains("01.11.2026").doesNotContain(worked.contact());
	}

	@Test
	void aGuideSeesOnlyItsOwnStatements() {
		Worked own = workedAroundNovember();
		Worked other = workedAroundNovember();
		Http guideApi = this.fixtures.guideApi(LANDKREIS, own.guide());
		Map<String, Object> mine = ok(guideApi.get("/api/v1/me/expenses?year=2026&month=11"));
		assertThat(mine).containsEntry("name", own.name()).containsEntry("guideId", own.guide().toString());
		assertThat(map(mine, "total")).containsEntry("total", 18.42);
		assertThat(guideApi.get("/api/v1/me/expenses").statusCode()).isEqualTo(422);
		// the coordinator's endpoints are refused, for its own profile as for another
		assertThat(guideApi.get("/api/v1/guides/" + other.guide() + "/expenses?year=2026").statusCode()).isEqualTo(403);
		assertThat(guideApi.get("/api/v1/guides/" + own.guide() + "/expenses?year=2026").statusCode()).isEqualTo(403);

		Http guide = this.fixtures.guideSession(LANDKREIS, own.guide());
		HttpResponse<String> page = guide.get("/guides/me/expenses?year=2026");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(own.name()).contains("45,42 €").doesNotContain(other.name());
		assertThat(guide.get("/guides/me").body()).contains("href=\"/guides/me/expenses\"");
		assertThat(Pdfs.text(pdf(guide, "/guides/me/expenses/statement.pdf?year=2026&month=11"))).contains(own.name())
			.contains("18,42 €");
		for (String path : List.of("/guides/expenses?year=2026", "/guides/expenses/" + other.guide() + "?year=2026",
				"/guides/expenses/" + other.guide() + "/statement.pdf?year=2026", "/guides/expenses/years",
				"/guides/expenses/export?year=2026&format=csv")) {
			assertThat(guide.get(path).statusCode()).as(path).isEqualTo(403);
		}
		// a coordinator cannot use the guide's own pages, and a guide bound to no
		// profile has no statement
		assertThat(this.coordinator.get("/api/v1/me/expenses?year=2026").statusCode()).isEqualTo(403);
		Http unbound = Http.withToken(this.port, token(this.fixtures.access().create(LANDKREIS, "lotse", Role.GUIDE)));
		assertThat(unbound.get("/api/v1/me/expenses?year=2026").statusCode()).isEqualTo(404);
		// another tenant's coordinator finds no such guide
		Http stadt = this.fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadt.get("/api/v1/guides/" + own.guide() + "/expenses?year=2026").statusCode()).isEqualTo(404);
		assertThat(this.coordinator.get("/api/v1/guides/" + UUID.randomUUID() + "/expenses?year=2026").statusCode())
			.isEqualTo(404);
	}

	// data

	Worked guide(String name) {
		UUID id = created(this.coordinator.send("POST", "/api/v1/guides", "application/json",
				guideBody(name, QUAKENBRUECK, "ar")));
		return new Worked(id, name, "Kontakt-" + UUID.randomUUID());
	}

	/** An assignment of the guide to a new request in Quakenbrück, done. */
	UUID assignment(Worked worked) {
		UUID request = GuidesFixtures.request(this.coordinator, GuidesFixtures.thursday(2), "ar", worked.contact());
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO guide_assignment (tenant_id, id, request_id, guide_id, status, commissioned_at,
				  commissioned_by, updated_at)
				VALUES (?, ?, ?, ?, 'DONE', now(), 'Test', now())""")
			.params(this.tenantId, id, request, worked.guide())
			.update();
		return id;
	}

	void entry(UUID guide, UUID assignment, LocalDate day, int minutes, String kilometres, boolean approved) {
		OffsetDateTime at = approved ? OffsetDateTime.now() : null;
		this.jdbc.sql("""
				INSERT INTO guide_work_entry (tenant_id, id, assignment_id, guide_id, worked_on, minutes, kilometres,
				  logged_at, approved_at, approved_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, now(), ?, ?)""")
			.params(this.tenantId, UUID.randomUUID(), assignment, guide, day, minutes, new BigDecimal(kilometres), at,
					approved ? "Koordination" : null)
			.update();
	}

	private String token(AccessFixtures.TestUser user) {
		String token = "test-token-" + UUID.randomUUID();
		this.context.getBean(de.teilhabe.access.token.ApiTokens.class)
			.store(user.tenantId(), user.id(), "Test", token, java.time.Instant.now().plusSeconds(3600));
		return token;
	}

	static Map<String, Object> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> json, String key) {
		return (Map<String, Object>) json.get(key);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> json, String key) {
		return (List<Map<String, Object>>) json.get(key);
	}

	static byte[] pdf(Http session, String path) {
		HttpResponse<byte[]> response = session.getBytes(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return response.body();
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Pdfs.open(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The table row of a page that names the guide. */
	static String row(String page, String name) {
		int at = page.indexOf(name);
		assertThat(at).as(name + " on the page").isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	/** The cells of the sheet's row that starts with the name, as text. */
	static List<String> xlsxRow(byte[] xlsx, String name) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.filter((row) -> row.getCellText(0).equals(name))
				.findFirst()
				.map((row) -> row.stream().map((cell) -> (cell == null) ? "" : cell.getText()).toList())
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
