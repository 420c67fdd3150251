package de.teilhabe.monitoring.indicators.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator pages through real HTTP on the shipped Niedersachsen data: overview,
 * indicator page (chart, table, ranking, sources), downloads, gaps for missing values and
 * the own indicator form.
 */
@IntegrationTest
class IndicatorPagesTest {

	private static final String SOURCE = "Quelle: Landesamt für Statistik Niedersachsen";

	@LocalServerPort
	int port;

	private static String mainOf(String page) {
		return page.substring(page.indexOf("<main id=\"main\""), page.indexOf("</main>"));
	}

	private Http strategie() {
		return Http.loggedIn(this.port, "strategie", "demo");
	}

	private static String row(String html, String id) {
		Matcher matcher = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("row " + id).isTrue();
		return matcher.group(1);
	}

	private static int count(String html, String needle) {
		int count = 0;
		for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
			count++;
		}
		return count;
	}

	@Test
	void overviewShowsTheValuesOfLandkreisOsnabrueckWithTrendAndLand() {
		HttpResponse<String> response = strategie().get("/indicators?year=2024");
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("<h1 class=\"kern-heading\">Indikatoren</h1>")
			.contains("Bevölkerung")
			.contains("<option value=\"03459\" selected=\"selected\">")
			.contains("<option value=\"2024\" selected=\"selected\">2024</option>");
		// 42 280 foreign nationals of 355 740 inhabitants: 11,9 %; Niedersachsen 13,6 %
		String share = row(html, "indicator-1-2-2");
		assertThat(share).contains(">11,9<").contains("13,6").contains("Gebiet liegt darunter");
		// 2023: 42 530, so 2024 went down; neutral polarity, in words and with a symbol
		String count = row(html, "indicator-1-2-1");
		assertThat(count).contains(">42.280<")
			.contains("trend--neutral")
			.contains("gesunken")
			.contains("▼")
			.contains("gegenüber 2023: 42.530");
		assertThat(html).contains("Lizenz: ");
		assertThat(count(html, "Landesamt für Statistik Niedersachsen")).isGreaterThanOrEqualTo(3);

		String earlier = strategie().get("/indicators?year=2023").body();
		assertThat(row(earlier, "indicator-1-2-1")).contains(">42.530<").contains("gestiegen");
		assertThat(strategie().get("/indicators?region=09162").statusCode()).isEqualTo(400);
		assertThat(strategie().get("/indicators?year=1850").statusCode()).isEqualTo(400);
	}

	@Test
	void theOverviewLinksOnlyToYearsWithValuesAndAnEmptyYearSaysSo() {
		String overview = strategie().get("/indicators?year=2024").body();
		// 1-3-4 is published for the Land only, up to 2023: its link chooses the year
		assertThat(row(overview, "indicator-1-3-4")).contains("href=\"/indicators/1-3-4?region=03459\"")
			.doesNotContain("year=2024");
		assertThat(row(overview, "indicator-1-2-2")).contains("href=\"/indicators/1-2-2?region=03459&amp;year=2024\"");
		// an old link to the empty year: the latest year with a value, and the page says
		// so
		HttpResponse<String> empty = strategie().get("/indicators/1-3-4?region=03459&year=2024");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(mainOf(empty.body())).contains("Keine Daten für 2024.")
			.contains("Gezeigt wird das letzte Jahr mit einem Wert: 2023.")
			.contains("<option value=\"2023\" selected=\"selected\">2023</option>");
		assertThat(mainOf(strategie().get("/indicators/1-3-4?region=03459&year=2024&lang=en").body()))
			.contains("No data for 2024.");
		assertThat(mainOf(strategie().get("/indicators/1-3-4?region=03459").body())).doesNotContain("Keine Daten für");
		assertThat(strategie().get("/indicators/1-3-4?year=zwanzig").statusCode()).isEqualTo(400);
	}

	@Test
	void regionsSayWhatTheyAreAndUnitsReadNaturally() {
		String overview = mainOf(strategie().get("/indicators?year=2024").body());
		assertThat(overview).contains("<option value=\"03459\" selected=\"selected\">Landkreis Osnabrück")
			.contains("Stadt Melle");
		// the Landkreis's own value: the title without „in Niedersachsen“, a count in
		// persons without decimals, a share with %
		String foreigners = row(overview, "indicator-1-2-1");
		assertThat(foreigners).contains(">Ausländerinnen und Ausländer</a>")
			.doesNotContain("in Niedersachsen")
			.contains(">42.280</span> <span class=\"muted\">Personen</span>");
		assertThat(row(overview, "indicator-1-2-2")).contains(">11,9</span> <span class=\"muted\">%</span>");
		// the Land's own page keeps the Land in the title
		assertThat(row(mainOf(strategie().get("/indicators?region=03&year=2024").body()), "indicator-1-2-1"))
			.contains("Ausländerinnen und Ausländer in Niedersachsen");
		// the ranking of the Kreise names the Landkreis and the kreisfreie Stadt apart
		String page = mainOf(strategie().get("/indicators/1-2-1?year=2024").body());
		assertThat(page).contains("<h1 class=\"kern-heading\">Ausländerinnen und Ausländer</h1>")
			.contains("Landkreis Osnabrück")
			.contains("Stadt Osnabrück")
			.contains("Landkreis Osnabrück, 2024: 42.280 Personen")
			.doesNotContain("42.280,0");
	}

	@Test
	void theOwnIndicatorFormReportsAllErrorsAtOnceAndProposesACode() {
		Http http = strategie();
		assertThat(http.get("/indicators/new").body()).containsPattern("Vorschlag: „eigen-\\d+“");
		Map<String, String> empty = form("", "");
		for (String field : List.of("definition", "unit", "numeratorSeries", "denominatorSeries")) {
			empty.put(field, "");
		}
		empty.put("scale", "hundert");
		String page = http.submit("/indicators/new", "/indicators/new", empty).body();
		for (String field : List.of("code", "titleDe", "definition", "unit", "numeratorSeries", "denominatorSeries",
				"scale")) {
			assertThat(page).as(field).contains("id=\"" + field + "-error\"");
		}
		// theme 1 chosen: the next free code in it
		assertThat(page).containsPattern("Vorschlag: „1-e\\d+“");
	}

	@Test
	void anInvalidOwnIndicatorIsNamedFieldByFieldInGermanAndEnglishAndNothingIsStored() {
		String code = "falsch-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> bad = form(code, "");
		bad.put("precision", "zwei");
		bad.put("numeratorFilter", "Geschlecht");
		HttpResponse<String> german = strategie().submit("/indicators/new", "/indicators/new", bad);
		assertThat(german.statusCode()).isEqualTo(400);
		assertThat(german.body()).contains("id=\"error-summary\"")
			.contains("Bitte korrigieren Sie 3 Fehler. Es wurde nichts gespeichert.")
			.contains(
					"href=\"#titleDe\">Titel (deutsch): Bitte einen deutschen Titel angeben (höchstens 200 Zeichen).</a>")
			.contains("Nachkommastellen: eine ganze Zahl von 0 bis 6.")
			.contains("Filter als Merkmal=Wert angeben, mehrere mit ; getrennt.")
			.containsPattern(
					"id=\"precision\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"precision-hint precision-error\"")
			.contains("value=\"zwei\"");
		HttpResponse<String> english = strategie().submit("/indicators/new?lang=en", "/indicators/new?lang=en", bad);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("Please correct 3 errors. Nothing was saved.")
			.contains("href=\"#titleDe\">Title (German): Please give a German title (at most 200 characters).</a>")
			.contains("Decimals: a whole number from 0 to 6.")
			.contains("Give filters as dimension=value, several separated by ;.");
		// a preview of the invalid form (htmx swaps only 2xx answers) names the errors in
		// the preview
		Map<String, String> preview = new LinkedHashMap<>(bad);
		preview.put("intent", "preview");
		HttpResponse<String> notPreviewed = strategie().submit("/indicators/new", "/indicators/new", preview);
		assertThat(notPreviewed.statusCode()).isEqualTo(200);
		assertThat(notPreviewed.body()).contains("id=\"preview-errors\"")
			.contains("Keine Vorschau möglich")
			.contains("href=\"#precision\">Nachkommastellen: Nachkommastellen: eine ganze Zahl von 0 bis 6.</a>")
			.doesNotContain("id=\"error-summary\"")
			.doesNotContain("id=\"preview-table\"");
		assertThat(strategie().get("/indicators/" + code).statusCode()).isEqualTo(404);
		// once the form is right, the definition check's findings come at their fields
		// too
		Map<String, String> unknownDimension = form(code, "Anteil");
		unknownDimension.put("numeratorBy", "Farbe");
		HttpResponse<String> unknown = strategie().submit("/indicators/new", "/indicators/new", unknownDimension);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("id=\"numeratorBy-error\"")
			.contains("Die gewählte Reihe hat dieses Merkmal nicht: „Farbe“");
		assertThat(strategie().get("/indicators/" + code).statusCode()).isEqualTo(404);
	}

	@Test
	void theOwnIndicatorFormGroupsTheFieldsOfEachKindUnderHeadings() {
		String page = strategie().get("/indicators/new").body();
		// without JavaScript every part is there with a heading saying for which kinds
		assertThat(page).contains("id=\"part-first\" data-kinds=\"DIRECT RATIO GAP CHANGE\"")
			.contains("id=\"part-denominator\" data-kinds=\"RATIO GAP CHANGE\"")
			.contains("id=\"part-second\" data-kinds=\"GAP\"")
			.contains("id=\"part-change\" data-kinds=\"CHANGE\"")
			.contains("Zweiter Wert (nur bei „Differenz zweier Quoten“)")
			.contains("/js/indicator-form.js");
		assertThat(page.indexOf("id=\"part-second\"")).isLessThan(page.indexOf("id=\"secondNumeratorSeries\""));
		assertThat(page.indexOf("id=\"part-change\"")).isLessThan(page.indexOf("id=\"periodsBack\""));
	}

	@Test
	void theEnglishOverviewUsesEnglishWordsAndNumbers() {
		String html = strategie().get("/indicators?year=2024&lang=en").body();
		assertThat(row(html, "indicator-1-2-1")).contains(">42,280<").contains("down");
	}

	@Test
	void indicatorPageHasChartTableRankingAndSources() {
		String html = strategie().get("/indicators/1-2-2").body();
		assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
			.contains("<title id=\"chart-1-2-2-title\">")
			.contains(
					"<desc id=\"chart-1-2-2-desc\">Liniendiagramm für Landkreis Osnabrück, Niedersachsen, 2005 bis 2024");
		// 20 years for the Kreis (circles) and for the Land (squares)
		assertThat(count(html, "<circle class=\"chart-point chart-point--region\" cx")).isEqualTo(20);
		assertThat(count(html, "<rect class=\"chart-point chart-point--land\" x")).isEqualTo(20);
		// labelled y ticks
		assertThat(html).contains("text-anchor=\"end\">10</text>")
			.contains("<title>Landkreis Osnabrück, 2024: 11,9 %</title>");
		String table = html.substring(html.indexOf("id=\"values-table\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(count(table, "<th scope=\"row\">")).isEqualTo(20);
		assertThat(table).contains("<th scope=\"row\">2024</th>")
			.contains(">11,9<")
			.contains(">42.280<")
			.contains(">355.740<")
			.contains(">13,6<");
		String ranking = html.substring(html.indexOf("id=\"ranking-table\""));
		ranking = ranking.substring(0, ranking.indexOf("</table>"));
		assertThat(count(ranking, "<th scope=\"row\">")).isBetween(44, 46);
		assertThat(ranking).contains("class=\"ranking-home\" aria-current=\"true\"").contains("(Ihr Gebiet)");
		assertThat(count(html, SOURCE)).isGreaterThanOrEqualTo(3);
		assertThat(count(html, "Lizenz: Keine ausdrückliche Datenlizenz")).isGreaterThanOrEqualTo(3);
		assertThat(html).contains("id=\"computation-text\"").contains("Quotient");
		assertThat(html).contains("/indicators/1-2-2/series.csv?region=03459&amp;year=2024&amp;ranking=kreise");

		// the ranking of the Gemeinden of the Kreis (empty message or rows, never an
		// error)
		HttpResponse<String> gemeinden = strategie().get("/indicators/1-2-2?ranking=gemeinden");
		assertThat(gemeinden.statusCode()).isEqualTo(200);
		assertThat(gemeinden.body()).containsAnyOf("id=\"ranking-empty\"", "id=\"ranking-table\"");

		// the main content is kept and shown to everyone of the tenant: the same for a
		// reader, and without anybody's form token
		String main = mainOf(html);
		assertThat(main).doesNotContain("_csrf");
		assertThat(mainOf(Http.loggedIn(this.port, "beratung", "demo").get("/indicators/1-2-2").body()))
			.isEqualTo(main);

		assertThat(strategie().get("/indicators/no-such-indicator").statusCode()).isEqualTo(404);
		assertThat(strategie().get("/indicators/1-2-2?region=0345x").statusCode()).isEqualTo(400);
		assertThat(strategie().get("/indicators/1-2-2?ranking=welt").statusCode()).isEqualTo(400);
	}

	@Test
	void indicatorWithDimensionsOffersItsVariants() {
		String html = strategie().get("/indicators/1-2-6").body();
		assertThat(html).contains("name=\"d.Altersgruppe\"")
			.contains("<option value=\"Insgesamt\" selected=\"selected\">");
		String chosen = strategie().get("/indicators/1-2-6?d.Altersgruppe=80%20und%20%C3%A4lter").body();
		assertThat(chosen).contains("<option value=\"80 und älter\" selected=\"selected\">");
		assertThat(strategie().get("/indicators/1-2-6?d.Altersgruppe=Mars").statusCode()).isEqualTo(400);
	}

	@Test
	void csvDownloadIsGermanSpreadsheetReady() {
		HttpResponse<String> response = strategie().get("/indicators/1-2-2/series.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
			.contains("1-2-2-zeitreihe.csv");
		String csv = response.body();
		assertThat(csv).startsWith("\uFEFFIndikator;1-2-2 ");
		assertThat(csv).contains("Zeitraum;Gebiet;Schlüssel;Wert (Prozent);Zähler;Nenner;Zeichen;Grund")
			.contains("2024;Landkreis Osnabrück;03459;11,9;42280;355740;;")
			.contains("2024;Niedersachsen;03;13,6;1093110;8010686;;")
			.contains("Quelle;\"Quelle: Landesamt für Statistik Niedersachsen")
			.contains("Lizenz;Keine ausdrückliche Datenlizenz")
			.contains("Dezimalkomma");
		String ranking = strategie().get("/indicators/1-2-2/ranking.csv?year=2024").body();
		assertThat(ranking).contains("Rang;Zeitraum;Gebiet;Schlüssel;Wert (Prozent)")
			.containsPattern("\\r\\n\\d+;2024;Landkreis Osnabrück;03459;11,9;42280;355740;;");
	}

	@Test
	void xlsxDownloadHasNumbersAsNumbersAndTextAsText() throws IOException {
		HttpResponse<byte[]> response = new SignedInDownloads(this.port, "strategie")
			.get("/indicators/1-2-2/ranking.xlsx");
		assertThat(response.statusCode()).isEqualTo(200);
		List<Row> rows;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			rows = workbook.getFirstSheet().read();
		}
		Row osnabrueck = rows.stream()
			.filter((row) -> row.getCellCount() > 4 && "03459".equals(row.getCellText(3)))
			.findFirst()
			.orElseThrow();
		assertThat(osnabrueck.getCell(3).getType()).isEqualTo(CellType.STRING);
		assertThat(osnabrueck.getCell(0).getType()).isEqualTo(CellType.NUMBER);
		assertThat(osnabrueck.getCell(4).getType()).isEqualTo(CellType.NUMBER);
		assertThat(new BigDecimal(osnabrueck.getCellRawValue(4).orElseThrow())).isEqualByComparingTo("11.9");
		assertThat(osnabrueck.getCell(5).asNumber()).isEqualByComparingTo("42280");
		long kreise = rows.stream()
			.filter((row) -> row.getCellCount() > 4 && row.getCell(3) != null && row.getCellText(3).matches("03\\d{3}"))
			.count();
		assertThat(kreise).isBetween(44L, 46L);
		assertThat(rows.stream()
			.anyMatch((row) -> row.getCellCount() > 1 && "Quelle".equals(row.getCellText(0))
					&& row.getCellText(1).startsWith("Quelle: Landesamt")))
			.isTrue();
		assertThat(rows.stream().anyMatch((row) -> row.getCellCount() > 1 && "Lizenz".equals(row.getCellText(0))))
			.isTrue();
	}

	/** An own series with a secret value in 2021, and an own DIRECT indicator on it. */
	private String ownIndicatorWithGap(Http http, String title) {
		return ownIndicatorWithGap(http, title, StatisticsHttp.uniqueCode("gap"));
	}

	private String ownIndicatorWithGap(Http http, String title, String series) {
		String file = "Year,Gebietseinheit,GeoCode,Value,COMMENT_OBS\n2020,Osnabrück,K03459,100,\n"
				+ "2021,Osnabrück,K03459,,Gesperrt\n2022,Osnabrück,K03459,120,\n";
		StatisticsHttp.withToken(this.port, "strategie")
			.uploadOk("indicator_" + series + ".csv", file.getBytes(StandardCharsets.UTF_8), null, 201);
		String code = "gap-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = directForm(code, title, series);
		HttpResponse<String> created = http.submit("/indicators/new", "/indicators/new", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/indicators/" + code);
		return code;
	}

	/** The fields of the form for a count: DIRECT, the series, no decimals. */
	private static Map<String, String> directForm(String code, String title, String series) {
		Map<String, String> fields = form(code, title);
		fields.put("kind", "DIRECT");
		fields.put("numeratorSeries", series);
		fields.put("denominatorSeries", "");
		fields.put("scale", "");
		fields.put("unit", "Anzahl");
		fields.put("precision", "0");
		return fields;
	}

	/**
	 * The fields of the form for a ratio 1-2-1 ÷ 1-1-1 × 100 (11,9 for Osnabrück 2024).
	 */
	static Map<String, String> form(String code, String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("titleDe", title);
		fields.put("titleEn", "");
		fields.put("themeCode", "1");
		fields.put("newThemeCode", "");
		fields.put("themeTitle", "");
		fields.put("definition", "Ausländeranteil, eigene Berechnung");
		fields.put("unit", "Prozent");
		fields.put("precision", "1");
		fields.put("polarity", "NEUTRAL");
		fields.put("source", "");
		fields.put("kind", "RATIO");
		fields.put("numeratorSeries", "1-2-1");
		fields.put("numeratorFilter", "");
		fields.put("numeratorOffset", "0");
		fields.put("denominatorSeries", "1-1-1");
		fields.put("denominatorFilter", "");
		fields.put("denominatorOffset", "0");
		fields.put("scale", "100");
		fields.put("periodsBack", "1");
		fields.put("changeMode", "PERCENT");
		fields.put("previewRegion", "03459");
		return fields;
	}

	@Test
	void aSecretValueIsAGapWithItsReasonNeverZero() throws IOException {
		Http http = strategie();
		String code = ownIndicatorWithGap(http, "Lückenreihe");
		String html = http.get("/indicators/" + code).body();
		// two points, none for 2021
		assertThat(count(html, "<circle class=\"chart-point chart-point--region\" cx")).isEqualTo(2);
		assertThat(html).contains("Osnabrück, 2020: 100 Anzahl").contains("Osnabrück, 2022: 120 Anzahl");
		assertThat(html).doesNotContain("2021: 0");
		assertThat(html).contains("id=\"chart-gaps\"").containsPattern("<li>Landkreis Osnabrück 2021: [^<]+</li>");
		Matcher row = Pattern.compile("<th scope=\"row\">2021</th>\\s*<td class=\"num\">(.*?)</td>", Pattern.DOTALL)
			.matcher(html);
		assertThat(row.find()).isTrue();
		assertThat(row.group(1)).contains("class=\"gap\">–<").doesNotContain(">0<");
		String csv = http.get("/indicators/" + code + "/series.csv").body();
		assertThat(csv).containsPattern("\\r\\n2021;Landkreis Osnabrück;03459;;;;[A-Z_]+;[^;\\r]+\\r\\n")
			.contains("2020;Landkreis Osnabrück;03459;100;100;;;");
		// the overview shows the gap with a reason, not 0
		String overview = http.get("/indicators?year=2021").body();
		assertThat(row(overview, "indicator-" + code)).contains("class=\"gap\"").contains("gap-note");
	}

	@Test
	void aPageShowsNewValuesAfterAnImport() throws InterruptedException {
		Http http = strategie();
		String series = StatisticsHttp.uniqueCode("fresh");
		String code = ownIndicatorWithGap(http, "Frische Werte", series);
		assertThat(http.get("/indicators/" + code).body()).contains("Osnabrück, 2022: 120 Anzahl");
		// the overview too is kept between views: shown once before the import
		assertThat(row(http.get("/indicators?year=2022").body(), "indicator-" + code)).contains(">120<");
		String file = "Year,Gebietseinheit,GeoCode,Value\n2022,Osnabrück,K03459,130\n";
		StatisticsHttp.withToken(this.port, "strategie")
			.uploadOk("indicator_" + series + ".csv", file.getBytes(StandardCharsets.UTF_8), null, 201);
		String page = "";
		for (int i = 0; i < 50 && !page.contains("Osnabrück, 2022: 130 Anzahl"); i++) {
			Thread.sleep(200);
			page = http.get("/indicators/" + code).body();
		}
		assertThat(page).contains("Osnabrück, 2022: 130 Anzahl").doesNotContain("2022: 120");
		assertThat(row(http.get("/indicators?year=2022").body(), "indicator-" + code)).contains(">130<")
			.doesNotContain(">120<");
	}

	@Test
	void downloadsNeutraliseFormulas() throws IOException {
		Http http = strategie();
		String code = ownIndicatorWithGap(http, "=HYPERLINK(\"http://evil.invalid\")");
		String csv = http.get("/indicators/" + code + "/series.csv").body();
		assertThat(csv).contains("Indikator;\"" + code + " =HYPERLINK(\"\"http://evil.invalid\"\")\"");
		// the title does not start the cell, the code does (the shared
		// SpreadsheetTableTest
		// covers cells that start with =); in XLSX the text stays as typed, a string cell
		byte[] xlsx = new SignedInDownloads(this.port, "strategie").get("/indicators/" + code + "/series.xlsx").body();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Row indicator = workbook.getFirstSheet().read().get(0);
			assertThat(indicator.getCell(1).getType()).isEqualTo(CellType.STRING);
			assertThat(indicator.getCellText(1)).isEqualTo(code + " =HYPERLINK(\"http://evil.invalid\")");
		}
	}

	@Test
	void ownIndicatorFormShowsErrorsAtTheFieldsPreviewsAndCreates() {
		Http http = strategie();
		String page = http.get("/indicators/new").body();
		assertThat(page).contains("<label class=\"kern-label\" for=\"code\">Code</label>")
			.contains("name=\"intent\" value=\"preview\"")
			.contains("hx-post=\"/indicators/new\"");

		String code = "anteil-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> bad = form("kein code!", "");
		bad.put("scale", "hundert");
		HttpResponse<String> invalid = http.submit("/indicators/new", "/indicators/new", bad);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"scale-error\"")
			.contains("Faktor: eine positive Zahl bis 1 000 000.")
			.containsPattern("id=\"scale\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"scale-hint scale-error\"")
			.contains("value=\"hundert\"");
		bad.put("scale", "100");
		HttpResponse<String> badCode = http.submit("/indicators/new", "/indicators/new", bad);
		assertThat(badCode.body()).contains("id=\"code-error\"")
			.contains("Bitte einen Code aus 1–40 Buchstaben")
			.contains("id=\"error-summary\"");
		Map<String, String> taken = form("1-2-2", "Doppelt");
		assertThat(http.submit("/indicators/new", "/indicators/new", taken).body()).contains("id=\"code-error\"")
			.contains("Dieser Code ist schon vergeben");
		Map<String, String> unknownSeries = form(code, "Anteil");
		unknownSeries.put("denominatorSeries", "keine-solche-reihe");
		assertThat(http.submit("/indicators/new", "/indicators/new", unknownSeries).body())
			.contains("id=\"denominatorSeries-error\"")
			.contains("Diese Reihe gibt es für Sie nicht.");

		// preview without JavaScript: the whole page with the values
		Map<String, String> fields = form(code, "Ausländeranteil (eigene Rechnung)");
		fields.put("intent", "preview");
		String preview = http.submit("/indicators/new", "/indicators/new", fields).body();
		assertThat(preview).contains("<html").contains("id=\"preview-table\"");
		assertThat(preview).containsPattern("<th scope=\"row\">2024</th>\\s*<td class=\"num\"><span>11,9</span>");
		// preview with htmx: only the part to swap
		String csrf = http.csrfFrom("/indicators/new");
		Map<String, String> htmx = new LinkedHashMap<>(fields);
		htmx.put("_csrf", csrf);
		HttpResponse<String> fragment = http.send(http.request("/indicators/new")
			.header("HX-Request", "true")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(encode(htmx)))
			.build());
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html").startsWith("<section id=\"preview\"").contains("11,9");
		// nothing stored by a preview
		assertThat(http.get("/indicators/" + code).statusCode()).isEqualTo(404);

		fields.put("intent", "create");
		HttpResponse<String> created = http.submit("/indicators/new", "/indicators/new", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String shown = http.get("/indicators/" + code).body();
		assertThat(shown).contains("Ausländeranteil (eigene Rechnung)")
			.contains("Eigener Indikator")
			.contains(">11,9<");
		assertThat(http.get("/indicators").body()).contains("id=\"indicator-" + code + "\"");
		// another tenant never sees it
		assertThat(Http.loggedIn(this.port, "stadt-admin", "demo").get("/indicators/" + code).statusCode())
			.isEqualTo(404);
	}

	@Test
	void anOwnIndicatorIsEditedAndDeletedThroughThePages() {
		Http http = strategie();
		String code = "quote-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = form(code, "Ausländeranteil zum Ändern");
		assertThat(http.submit("/indicators/new", "/indicators/new", fields).statusCode()).isEqualTo(302);
		String before = http.get("/indicators/" + code).body();
		assertThat(before).contains(">11,9<")
			.contains("id=\"indicator-edit\" href=\"/indicators/" + code + "/edit\"")
			.contains("id=\"indicator-delete\" href=\"/indicators/" + code + "/delete\"");
		// readers see the page without the links; a shipped indicator has none for
		// anybody
		Http beratung = Http.loggedIn(this.port, "beratung", "demo");
		assertThat(beratung.get("/indicators/" + code).body()).contains(">11,9<").doesNotContain("indicator-edit");
		assertThat(beratung.get("/indicators/" + code + "/edit").statusCode()).isEqualTo(403);
		assertThat(beratung.get("/indicators/" + code + "/delete").statusCode()).isEqualTo(403);
		assertThat(http.get("/indicators/1-2-2").body()).doesNotContain("indicator-edit")
			.doesNotContain("indicator-delete");
		HttpResponse<String> shipped = http.get("/indicators/1-2-2/edit");
		assertThat(shipped.statusCode()).isEqualTo(409);
		assertThat(shipped.body()).contains("können nicht geändert oder gelöscht werden");
		assertThat(http.get("/indicators/1-2-2/delete").statusCode()).isEqualTo(409);
		assertThat(Http.loggedIn(this.port, "stadt-admin", "demo").get("/indicators/" + code + "/edit").statusCode())
			.isEqualTo(404);

		// the form is filled with the indicator; the code cannot change
		String edit = http.get("/indicators/" + code + "/edit").body();
		assertThat(edit).containsPattern("id=\"code\" name=\"code\" value=\"" + code + "\"[^>]*readonly")
			.contains("value=\"Ausländeranteil zum Ändern\"")
			.contains("<option value=\"1-2-1\" selected=\"selected\">")
			.contains("<option value=\"1-1-1\" selected=\"selected\">")
			.containsPattern("id=\"scale\" name=\"scale\" value=\"100\"")
			.contains("action=\"/indicators/" + code + "/edit\"")
			.contains("hx-post=\"/indicators/" + code + "/edit\"");

		// errors at their fields
		Map<String, String> bad = new LinkedHashMap<>(fields);
		bad.put("titleDe", "");
		bad.put("numeratorBy", "Farbe");
		HttpResponse<String> invalid = http.submit("/indicators/" + code + "/edit", "/indicators/" + code + "/edit",
				bad);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"titleDe-error\"").contains("id=\"error-summary\"");
		bad.put("titleDe", "Anteil");
		assertThat(http.submit("/indicators/" + code + "/edit", "/indicators/" + code + "/edit", bad).body())
			.contains("id=\"numeratorBy-error\"")
			.contains("Die gewählte Reihe hat dieses Merkmal nicht");
		Map<String, String> otherCode = new LinkedHashMap<>(fields);
		otherCode.put("code", code + "-neu");
		assertThat(http.submit("/indicators/" + code + "/edit", "/indicators/" + code + "/edit", otherCode).body())
			.contains("id=\"code-error\"")
			.contains("Der Code eines Indikators kann nicht geändert werden.");

		// saving: per 1 000 instead of per cent; the page shows the new values at once
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.put("titleDe", "Ausländer je 1 000");
		changed.put("unit", "je 1 000");
		changed.put("scale", "1000");
		HttpResponse<String> saved = http.submit("/indicators/" + code + "/edit", "/indicators/" + code + "/edit",
				changed);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/indicators/" + code);
		String after = http.get("/indicators/" + code).body();
		// 42 280 ÷ 355 740 × 1 000 = 118,85…
		assertThat(after).contains("id=\"indicator-saved\"")
			.contains("Die Änderungen an " + code + " sind gespeichert")
			.contains("Ausländer je 1 000")
			.contains(">118,9<")
			.doesNotContain(">11,9<");
		assertThat(http.get("/indicators/" + code).body()).doesNotContain("id=\"indicator-saved\"");

		// delete: a confirmation naming the indicator, then gone
		String confirm = http.get("/indicators/" + code + "/delete").body();
		assertThat(confirm).contains("id=\"delete-question\"").contains("„Ausländer je 1 000“ (" + code + ")");
		HttpResponse<String> deleted = http.submit("/indicators/" + code + "/delete", "/indicators/" + code + "/delete",
				Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/indicators");
		// the overview says so once, and no longer lists it
		String overview = http.get("/indicators").body();
		assertThat(overview).contains("id=\"indicator-deleted\"")
			.contains(code)
			.doesNotContain("id=\"indicator-" + code + "\"");
		assertThat(http.get("/indicators").body()).doesNotContain("id=\"indicator-deleted\"");
		assertThat(http.get("/indicators/" + code).statusCode()).isEqualTo(404);
		assertThat(http.get("/indicators/" + code + "/edit").statusCode()).isEqualTo(404);
	}

	@Test
	void theFormDefinesVariantsByDimensionsWithADefault() {
		Http http = strategie();
		String series = StatisticsHttp.uniqueCode("sex");
		String file = "Year,GeoCode,Geschlecht,Value\n2022,K03459,männlich,10\n2022,K03459,weiblich,30\n"
				+ "2022,K03459,insgesamt,40\n2023,K03459,männlich,12\n2023,K03459,weiblich,33\n"
				+ "2023,K03459,insgesamt,45\n";
		StatisticsHttp.withToken(this.port, "strategie")
			.uploadOk("indicator_" + series + ".csv", file.getBytes(StandardCharsets.UTF_8), null, 201);
		// the series list says which dimensions each series has
		assertThat(http.get("/indicators/new").body()).containsPattern(
				"<option value=\"" + Pattern.quote(series) + "\">[^<]*\\[Merkmale: Geschlecht\\]</option>");
		String code = "sex-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = directForm(code, "Nach Geschlecht", series);
		// a dimension the series does not have, a default outside the variants
		fields.put("numeratorBy", "Alter");
		assertThat(http.submit("/indicators/new", "/indicators/new", fields).body())
			.contains("id=\"numeratorBy-error\"")
			.containsPattern("id=\"numeratorBy\"[^>]*aria-invalid=\"true\"");
		fields.put("numeratorBy", "Geschlecht");
		fields.put("defaultDimensions", "Alter=alle");
		assertThat(http.submit("/indicators/new", "/indicators/new", fields).body())
			.contains("id=\"defaultDimensions-error\"")
			.contains("nur Merkmale aus „Varianten nach Merkmalen (Zähler)“");
		fields.put("defaultDimensions", "Geschlecht=insgesamt");
		// English messages at the field too (a session of its own: it stays English)
		Map<String, String> english = new LinkedHashMap<>(fields);
		english.put("numeratorBy", "Alter");
		english.put("defaultDimensions", "");
		assertThat(strategie().submit("/indicators/new?lang=en", "/indicators/new?lang=en", english).body())
			.contains("The chosen series has no such dimension");
		// the preview shows the default variant
		fields.put("intent", "preview");
		String preview = http.submit("/indicators/new", "/indicators/new", fields).body();
		assertThat(preview).contains("id=\"preview-variant\"")
			.contains("Geschlecht: insgesamt")
			.containsPattern("<th scope=\"row\">2023</th>\\s*<td class=\"num\"><span>45</span>");
		fields.put("intent", "create");
		assertThat(http.submit("/indicators/new", "/indicators/new", fields).statusCode()).isEqualTo(302);
		String page = http.get("/indicators/" + code).body();
		assertThat(page).contains("name=\"d.Geschlecht\"")
			.contains("<option value=\"insgesamt\" selected=\"selected\">")
			.contains("<option value=\"weiblich\">")
			.contains("Osnabrück, 2023: 45 Anzahl");
		assertThat(http.get("/indicators/" + code + "?d.Geschlecht=weiblich").body())
			.contains("Osnabrück, 2023: 33 Anzahl");
		// the edit form shows them again
		String edit = http.get("/indicators/" + code + "/edit").body();
		assertThat(edit).containsPattern("id=\"numeratorBy\" name=\"numeratorBy\" value=\"Geschlecht\"")
			.containsPattern("id=\"defaultDimensions\" name=\"defaultDimensions\" value=\"Geschlecht=insgesamt\"");
	}

	private static String encode(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

	@Test
	void readersSeeThePagesButNotTheForm() {
		Http beratung = Http.loggedIn(this.port, "beratung", "demo");
		String overview = beratung.get("/indicators").body();
		assertThat(overview).contains("id=\"indicator-1-2-2\"").doesNotContain("href=\"/indicators/new\"");
		assertThat(beratung.get("/indicators/new").statusCode()).isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "lotse", "demo").get("/indicators").statusCode()).isEqualTo(403);
		assertThat(strategie().get("/").body()).contains("href=\"/indicators\"");
	}

}
