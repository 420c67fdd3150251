package de.teilhabe.counselling.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of the Beratungsstelle through the real HTTP layer, on known data in a
 * fresh demo tenant of their own (March 2025): five Syrian women of Quakenbrück born 1990
 * on Bürgergeld with a housing case (closed in April, off benefits), two Ukrainian boys
 * of Bramsche born 2010 on AsylbLG with a housing and work case, six short anonymous
 * phone contacts in Arabic about language. Counts by topic (mentions), gender, age band,
 * nationality group, Gemeinde, kind, channel, language and hours, every small count and
 * its complement as x; benefit status start × end; the page, CSV and XLSX read back; bad
 * parameters 422 (API and download) and 400 (page); the benefit status on the case form
 * and API (422 for a wrong one, cleared on reopening); the monthly publication visible in
 * the monitoring's series API.
 */
@IntegrationTest
class CounsellingStatisticsTest {

	private static final String QUAKENBRUECK = CounsellingFixtures.QUAKENBRUECK;

	private static final String BRAMSCHE = "03459014";

	private static final String MARCH = "from=2025-03-01&to=2025-03-31";

	/** The fixture, made once for every test of the class. */
	private static Fixture fixture;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CounsellingSeries series;

	@Autowired
	Indicators indicators;

	record Fixture(Tenant tenant, TestUser counsellor, List<UUID> womensCases, List<UUID> boysCases) {
	}

	@BeforeEach
	void setUp() {
		if (fixture != null) {
			return;
		}
		Tenant tenant = this.context.getBean(Tenants.class)
			.create("statistik-" + System.nanoTime(), "Statistik-Landkreis", "03459", true);
		TestUser counsellor = AccessFixtures.of(this.context).createIn(tenant.id(), "statistik", Role.COUNSELLOR);
		Http api = new CounsellingFixtures(this.context, this.port).api(counsellor);
		String last = uniqueName("Statistik");
		List<UUID> women = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			UUID client = client(api, "Amal", last, 1990, "FEMALE", "syrisch", QUAKENBRUECK);
			women.add(openCase(api, client, "[\"HOUSING\"]", "SGB_II"));
		}
		List<UUID> boys = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			UUID client = client(api, "Bohdan", last, 2010, "MALE", "ukrainisch", BRAMSCHE);
			boys.add(openCase(api, client, "[\"HOUSING\", \"WORK_RECOGNITION\"]", "ASYLBLG"));
		}
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> counted = api.send("POST", "/api/v1/counselling/short-contacts", "application/json",
					"""
							{"topics": ["LANGUAGE_COURSE"], "channel": "PHONE", "language": "ar", "durationMinutes": 30,
							 "happenedOn": "2025-03-12"}""");
			assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);
		}
		for (UUID id : women) {
			HttpResponse<String> closed = api.send("POST", "/api/v1/counselling/cases/" + id + "/close",
					"application/json", "{\"closedOn\": \"2025-04-02\", \"benefitAtEnd\": \"NONE\"}");
			assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
			assertThat(json(closed)).containsEntry("benefitAtStart", "SGB_II").containsEntry("benefitAtEnd", "NONE");
		}
		fixture = new Fixture(tenant, counsellor, women, boys);
	}

	private Http api() {
		return new CounsellingFixtures(this.context, this.port).api(fixture.counsellor());
	}

	@Test
	void casesByTopicCountMentionsAndHideTheSmallCountWithItsComplement() {
		Map<String, String> byTopic = column(api(), "measure=CASES&rows=TOPIC&" + MARCH);
		// housing 7, work 2 (secret), language 6 (its complement: the smallest other),
		// zeros stay 0, the total of mentions 15 is shown
		assertThat(byTopic).containsEntry("HOUSING", "7")
			.containsEntry("WORK_RECOGNITION", "x")
			.containsEntry("LANGUAGE_COURSE", "x")
			.containsEntry("HEALTH", "0")
			.containsEntry("_T", "15");
		Map<String, Object> body = json(api().get("/api/v1/counselling/statistics?measure=CASES&rows=TOPIC&" + MARCH));
		assertThat(body).containsEntry("mentions", true).containsEntry("measure", "CASES");
		Map<String, Object> work = rows(body).stream()
			.filter((row) -> "WORK_RECOGNITION".equals(row.get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(work).containsEntry("name", "Arbeit und Anerkennung von Abschlüssen");
		assertThat(values(work).get(0)).containsEntry("value", null).containsEntry("symbol", "x");
	}

	@Test
	void clientsAndCasesByTheirCategoriesAndKind() {
		Http api = api();
		assertThat(column(api, "measure=CASES&rows=CASE_KIND&" + MARCH)).containsEntry("SHORT_CONTACT", "6")
			.containsEntry("COUNSELLING", "7")
			.containsEntry("CASE_MANAGEMENT", "0")
			.containsEntry("_T", "13");
		// five women, two men: the two and their complement secret, the total shown
		assertThat(column(api, "measure=CLIENTS&rows=GENDER&" + MARCH)).containsEntry("FEMALE", "x")
			.containsEntry("MALE", "x")
			.containsEntry("DIVERSE", "0")
			.containsEntry("_T", "7");
		// the two boys under 18 and their complement (the smallest other count: 5, not
		// the
		// 6 short contacts without age)
		assertThat(column(api, "measure=CASES&rows=AGE_BAND&" + MARCH)).containsEntry("FROM_27_TO_44", "x")
			.containsEntry("UNDER_18", "x")
			.containsEntry("UNKNOWN", "6")
			.containsEntry("_T", "13");
		assertThat(column(api, "measure=CLIENTS&rows=NATIONALITY_GROUP&" + MARCH)).containsEntry("ASYLUM_ORIGIN", "x")
			.containsEntry("UKRAINE", "x")
			.containsEntry("_T", "7");
		// rows × columns: the short contacts have no Gemeinde
		Map<String, Object> cross = json(
				api.get("/api/v1/counselling/statistics?measure=CASES&rows=GEMEINDE&columns=CASE_KIND&" + MARCH));
		assertThat(cell(cross, "UNKNOWN", "SHORT_CONTACT")).isEqualTo("6");
		// Bramsche's 2 and, as its complement in the column, Quakenbrück's 5
		assertThat(cell(cross, BRAMSCHE, "COUNSELLING")).isEqualTo("x");
		assertThat(cell(cross, QUAKENBRUECK, "COUNSELLING")).isEqualTo("x");
		assertThat(cell(cross, "_T", "COUNSELLING")).isEqualTo("7");
		assertThat(cell(cross, "_T", "_T")).isEqualTo("13");
		// nothing in another month
		assertThat(column(api, "measure=CASES&rows=CASE_KIND&from=2025-05-01&to=2025-05-31")).containsEntry("_T", "0");
	}

	@Test
	void contactsAndHoursByChannelAndLanguageAndBenefitStartByEnd() {
		Http api = api();
		assertThat(column(api, "measure=CONTACTS&rows=CHANNEL&" + MARCH)).containsEntry("PHONE", "6")
			.containsEntry("IN_PERSON", "0")
			.containsEntry("_T", "6");
		assertThat(column(api, "measure=CONTACT_HOURS&rows=CHANNEL&" + MARCH)).containsEntry("PHONE", "3.0")
			.containsEntry("_T", "3.0");
		assertThat(column(api, "measure=CONTACTS&rows=LANGUAGE&" + MARCH)).containsEntry("ar", "6");
		assertThat(column(api, "measure=CONTACTS&rows=MONTH&from=2025-02-01&to=2025-04-30"))
			.containsEntry("2025-02", "0")
			.containsEntry("2025-03", "6")
			.containsEntry("2025-04", "0");
		Map<String, Object> benefits = json(api
			.get("/api/v1/counselling/statistics?measure=CLOSED_CASES&rows=BENEFIT_AT_START&columns=BENEFIT_AT_END"
					+ "&from=2025-04-01&to=2025-04-30"));
		assertThat(cell(benefits, "SGB_II", "NONE")).isEqualTo("5");
		assertThat(cell(benefits, "SGB_II", "SGB_II")).isEqualTo("0");
		assertThat(cell(benefits, "_T", "_T")).isEqualTo("5");
	}

	@Test
	void thePageAndItsDownloadsShowTheSameTableWithX() throws IOException {
		Http session = new CounsellingFixtures(this.context, this.port).session(fixture.counsellor());
		HttpResponse<String> page = session.get("/counselling/statistics?measure=CASES&rows=TOPIC&" + MARCH);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Fälle (im Zeitraum eröffnet) nach Thema")
			.contains("<th scope=\"row\">Wohnen</th>\n        <td class=\"num\">7</td>")
			.contains("<th scope=\"row\">Arbeit und Anerkennung von Abschlüssen</th>\n        <td class=\"num\">x</td>")
			.contains("Leistungsbezug zu Beginn und am Ende")
			.contains("<svg")
			// the chart's own table: a secret value is x there too, never 0 or a dash
			.contains(
					"<th scope=\"row\">Arbeit und Anerkennung von Abschlüssen</th><td class=\"num\"><bdi>x</bdi></td>");
		HttpResponse<byte[]> csv = session
			.getBytes("/counselling/statistics/download?measure=CASES&rows=TOPIC&format=csv&" + MARCH);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
			.contains("beratung-statistik-2025-03-01-bis-2025-03-31.csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("Thema;Fälle (im Zeitraum eröffnet)\r\n")
			.contains("Wohnen;7\r\n")
			.contains("Arbeit und Anerkennung von Abschlüssen;x\r\n")
			.contains("Insgesamt;15\r\n")
			.contains("Mehrfachnennungen");
		HttpResponse<byte[]> xlsx = session
			.getBytes("/counselling/statistics/download?measure=CASES&rows=TOPIC&format=xlsx&" + MARCH);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		Map<String, String> cells = new LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			for (Row row : workbook.getFirstSheet().read()) {
				if (row.getCellCount() >= 2 && row.getCell(0) != null && row.getCell(1) != null) {
					cells.put(row.getCellText(0), row.getCellText(1));
				}
			}
		}
		assertThat(cells).containsEntry("Wohnen", "7")
			.containsEntry("Arbeit und Anerkennung von Abschlüssen", "x")
			.containsEntry("Sprache und Integrationskurs", "x")
			.containsEntry("Insgesamt", "15");
	}

	@Test
	void badParametersAreNamedNeverA5xx() {
		Http api = api();
		assertError(api.get("/api/v1/counselling/statistics?measure=EVERYTHING"), "measure");
		assertError(api.get("/api/v1/counselling/statistics?measure=CASES&rows=CHANNEL"), "rows");
		assertError(api.get("/api/v1/counselling/statistics?rows=TOPIC&columns=TOPIC"), "columns");
		assertError(api.get("/api/v1/counselling/statistics?from=2025-13-01"), "from");
		assertError(api.get("/api/v1/counselling/statistics?from=2025-03-01&to=2025-02-01"), "to");
		assertError(api.get("/api/v1/counselling/statistics?from=2000-01-01&to=2025-02-01"), "to");
		// a control character is refused by the platform before the statistics (400)
		assertThat(api.get("/api/v1/counselling/statistics?from=%00").statusCode()).isEqualTo(400);
		assertError(api.get("/api/v1/counselling/statistics?rows=" + "A".repeat(2_000)), "rows");
		Http session = new CounsellingFixtures(this.context, this.port).session(fixture.counsellor());
		assertThat(session.getBytes("/counselling/statistics/download?format=pdf").statusCode()).isEqualTo(422);
		assertThat(session.getBytes("/counselling/statistics/download?measure=x").statusCode()).isEqualTo(422);
		HttpResponse<String> page = session.get("/counselling/statistics?measure=CASES&rows=LANGUAGE");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("gibt es nur bei Kontakten und Kontaktstunden.");
	}

	@Test
	void theBenefitStatusIsOnTheCaseFormAndApiAndCheckedThere() {
		Http api = api();
		UUID client = client(api, "Chadi", uniqueName("Leistung"), 1980, "MALE", "libanesisch", QUAKENBRUECK);
		HttpResponse<String> wrong = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json",
				"{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"], \"benefitAtStart\": \"RICH\"}");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"benefitAtStart\"");
		UUID id = openCase(api, client, "[\"HOUSING\"]", "SGB_XII", "2025-06-10");
		HttpResponse<String> badEnd = api.send("POST", "/api/v1/counselling/cases/" + id + "/close", "application/json",
				"{\"benefitAtEnd\": 3}");
		assertThat(badEnd.statusCode()).isEqualTo(422);
		assertThat(badEnd.body()).contains("\"field\":\"benefitAtEnd\"");
		assertThat(json(api.get("/api/v1/counselling/cases/" + id))).containsEntry("status", "OPEN");
		HttpResponse<String> closed = api.send("POST", "/api/v1/counselling/cases/" + id + "/close", "application/json",
				"{\"benefitAtEnd\": \"SGB_II\"}");
		assertThat(json(closed)).containsEntry("benefitAtStart", "SGB_XII").containsEntry("benefitAtEnd", "SGB_II");
		HttpResponse<String> reopened = api.send("POST", "/api/v1/counselling/cases/" + id + "/reopen",
				"application/json", "");
		assertThat(json(reopened)).containsEntry("benefitAtEnd", null).containsEntry("benefitAtStart", "SGB_XII");

		// the page: the form offers it by name, the case page shows it
		Http session = new CounsellingFixtures(this.context, this.port).session(fixture.counsellor());
		String form = "/counselling/clients/" + client + "/cases/new";
		assertThat(session.get(form).body()).contains("Leistungsbezug zu Beginn")
			.contains("<option value=\"ASYLBLG\">Asylbewerberleistungen (AsylbLG)</option>");
		HttpResponse<String> bad = AccessFixtures.post(session, form, "/counselling/clients/" + client + "/cases",
				"kind", "COUNSELLING", "topics", "HOUSING", "benefitAtStart", "RICH");
		assertThat(bad.statusCode()).isEqualTo(400);
		HttpResponse<String> opened = AccessFixtures.post(session, form, "/counselling/clients/" + client + "/cases",
				"kind", "COUNSELLING", "topics", "HOUSING", "benefitAtStart", "ASYLBLG");
		assertThat(opened.statusCode()).isEqualTo(302);
		String casePath = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(session.get(casePath).body()).contains("Leistungsbezug zu Beginn")
			.contains("Asylbewerberleistungen (AsylbLG)")
			.contains("name=\"benefitAtEnd\"");
	}

	@Test
	void theMonthIsPublishedToTheMonitoringAsTheTenantsOperationalSeries() {
		this.series.publish(fixture.tenant().id(), YearMonth.of(2025, 3));
		TestUser strategy = AccessFixtures.of(this.context).createIn(fixture.tenant().id(), "statistik", Role.STRATEGY);
		Http monitoring = new CounsellingFixtures(this.context, this.port).api(strategy);
		Map<String, Object> found = json(monitoring.get("/api/v1/statistics/series/" + CounsellingSeries.CASES));
		assertThat(found.get("series").toString()).contains("format=OPERATIONAL");
		Map<String, Map<String, Object>> kreis = observations(monitoring, CounsellingSeries.CASES, "03459", "kind");
		assertThat(kreis.get(Publication.TOTAL)).containsEntry("value", 13);
		Map<String, Map<String, Object>> bramsche = observations(monitoring, CounsellingSeries.CASES, BRAMSCHE, "kind");
		assertThat(bramsche.get("counselling")).containsEntry("value", null).containsEntry("symbol", "SECRET");
		Map<String, Map<String, Object>> contacts = observations(monitoring, CounsellingSeries.CONTACTS, "03459",
				"channel");
		assertThat(contacts.get("phone")).containsEntry("value", 6);
		Map<String, Map<String, Object>> topics = observations(monitoring, CounsellingSeries.CASES_BY_TOPIC, "03459",
				"topic");
		assertThat(topics.get("housing")).containsEntry("value", 7);
		assertThat(
				json(monitoring.get("/api/v1/statistics/series/" + CounsellingSeries.CLIENTS)).get("series").toString())
			.contains("format=OPERATIONAL");
		// an indicator over the series (as the report's chapters read them): the month's
		// value of the Landkreis, Bramsche's secret count a symbol, never 0
		assertThat(preview(CounsellingSeries.CASES, "_T", "03459")).containsEntry("2025-03", "13");
		assertThat(preview(CounsellingSeries.CASES, "counselling", BRAMSCHE)).containsEntry("2025-03", "SECRET");
		// another tenant does not see them
		Http stadt = new CounsellingFixtures(this.context, this.port)
			.api(AccessFixtures.of(this.context).create(CounsellingFixtures.STADT, "statistik", Role.STRATEGY));
		assertThat(stadt.get("/api/v1/statistics/series/" + CounsellingSeries.CASES).statusCode()).isEqualTo(404);
	}

	/** The preview of an indicator reading the series' cells of a kind: per period. */
	private Map<String, String> preview(String series, String kind, String region) {
		NewIndicator indicator = new NewIndicator("STATISTIK-VORSCHAU", "Fälle der Beratungsstelle",
				"Counselling cases", "1", null, "Fälle", "Anzahl", 0, Polarity.NEUTRAL, "Eigene Zählung",
				new IndicatorComputation(ComputationKind.DIRECT,
						new Term(new Component(series, Map.of("kind", kind), List.of(), 0), null, null), null, 0, null),
				Map.of());
		Map<String, String> values = new LinkedHashMap<>();
		for (IndicatorValue value : this.indicators.preview(fixture.tenant().id(), indicator, region)) {
			values.put(value.period(), (value.value() != null) ? value.value().stripTrailingZeros().toPlainString()
					: String.valueOf(value.symbol()));
		}
		return values;
	}

	private static Map<String, Map<String, Object>> observations(Http http, String code, String region,
			String dimension) {
		Map<String, Object> body = json(
				http.get("/api/v1/statistics/series/" + code + "/observations?region=" + region));
		return list(body, "observations").stream()
			.filter((o) -> "2025-03".equals(o.get("period")))
			.collect(Collectors.toMap((o) -> ((Map<?, ?>) o.get("dimensions")).get(dimension).toString(), (o) -> o));
	}

	private static void assertError(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

	/** The one column of a table by row code: the value or x. */
	private static Map<String, String> column(Http api, String query) {
		HttpResponse<String> response = api.get("/api/v1/counselling/statistics?" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, String> column = new LinkedHashMap<>();
		for (Map<String, Object> row : rows(json(response))) {
			column.put((String) row.get("code"), text(values(row).get(0)));
		}
		return column;
	}

	/** A cell of a two-way table by row and column code. */
	private static String cell(Map<String, Object> table, String row, String column) {
		List<Map<String, Object>> columns = list(table, "columns");
		int j = -1;
		for (int i = 0; i < columns.size(); i++) {
			if (column.equals(columns.get(i).get("code"))) {
				j = i;
			}
		}
		assertThat(j).as("column " + column).isNotNegative();
		for (Map<String, Object> line : rows(table)) {
			if (row.equals(line.get("code"))) {
				return text(values(line).get(j));
			}
		}
		throw new AssertionError("no row " + row);
	}

	private static String text(Map<String, Object> value) {
		return (value.get("value") == null) ? String.valueOf(value.get("symbol")) : value.get("value").toString();
	}

	private static List<Map<String, Object>> rows(Map<String, Object> body) {
		return list(body, "rows");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> values(Map<String, Object> row) {
		return (List<Map<String, Object>>) row.get("values");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

	private static UUID client(Http api, String first, String last, int birthYear, String gender, String nationality,
			String gemeinde) {
		return CounsellingFixtures.create(api, """
				{"firstName": "%s", "lastName": "%s", "birthYear": %d, "gender": "%s", "nationality": "%s",
				 "gemeinde": "%s", "confirmDuplicate": true}""".formatted(first, last, birthYear, gender, nationality,
				gemeinde));
	}

	private static UUID openCase(Http api, UUID client, String topics, String benefit) {
		return openCase(api, client, topics, benefit, "2025-03-10");
	}

	private static UUID openCase(Http api, UUID client, String topics, String benefit, String openedOn) {
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", """
						{"kind": "COUNSELLING", "topics": %s, "openedOn": "%s", "benefitAtStart": "%s"}"""
					.formatted(topics, openedOn, benefit));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		assertThat(json(opened)).containsEntry("benefitAtStart", benefit);
		return UUID.fromString((String) json(opened).get("id"));
	}

}
