package de.teilhabe.monitoring.statistics.imports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.monitoring.StatisticsHttp.list;
import static de.teilhabe.monitoring.StatisticsHttp.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API over real HTTP on real files of every format: reports, dry run, strict
 * mode, re-import, rollback and every file-level error.
 */
@IntegrationTest
class StatisticsImportApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	/** Reads problem details in English. */
	private StatisticsHttp strategieInEnglish() {
		return new StatisticsHttp(strategie().http().language("en"));
	}

	private StatisticsHttp strategie() {
		return StatisticsHttp.withToken(this.port, "strategie");
	}

	private long cellsOf(String code) {
		return this.jdbc
			.sql("SELECT count(*) FROM statistics_observation o JOIN statistics_series s ON s.id = o.series_id "
					+ "WHERE s.code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	@Test
	void openSdgFileOfNiedersachsenRoundTrip() {
		String code = StatisticsHttp.uniqueCode("ni-1-2-1");
		byte[] file = StatisticsHttp.reference("integrationsmonitoring-ni/data/indicator_1-2-1.csv");
		Map<String, Object> report = strategie().uploadOk("indicator_" + code + ".csv", file, null, 201);
		assertThat(report).containsEntry("status", "COMPLETED")
			.containsEntry("format", "OPEN_SDG")
			.containsEntry("rowsRead", 1040)
			.containsEntry("observationsStored", 1040)
			.containsEntry("observationsUpdated", 0)
			.containsEntry("rejectedRows", List.of())
			.containsKey("importId");
		assertThat(list(report.get("series"))).singleElement()
			.satisfies((series) -> assertThat(series).containsEntry("code", code).containsEntry("observations", 1040));
		assertThat(cellsOf(code)).isEqualTo(1040);

		Map<String, Object> observations = strategie()
			.getJson("/api/v1/statistics/series/" + code + "/observations?region=03459&from=2019&to=2019");
		assertThat(list(observations.get("observations"))).singleElement().satisfies((o) -> {
			assertThat(o).containsEntry("region", "03459").containsEntry("period", "2019");
			assertThat(number(o.get("value"))).isPositive();
		});
		assertThat((String) observations.get("attribution")).contains("Landesamt für Statistik Niedersachsen");
	}

	@Test
	void baExportsRoundTrip() {
		Map<String, Object> first = strategie().uploadOk("2019_arbeitslose_auslaender_nachaltersgruppe.csv",
				StatisticsHttp.resource("ba/2019_arbeitslose_auslaender_nachaltersgruppe.csv"), null, 201);
		assertThat(first).containsEntry("format", "BA_EXPORT").containsEntry("rowsRead", 4);
		assertThat(number(first.get("observationsStored")) + number(first.get("observationsUpdated"))).isEqualTo(8);
		assertThat(list(first.get("series"))).extracting((s) -> s.get("code"))
			.containsExactly("BA:Arbeitslose:JD Arbeitslose", "BA:Arbeitslose:Anteil an Insgesamt in %");
		Map<String, Object> second = strategie().uploadOk("2019_beschaeftigte_auslaender_nachberufsabschluss.csv",
				StatisticsHttp.resource("ba/2019_beschaeftigte_auslaender_nachberufsabschluss.csv"), null, 201);
		assertThat(second).containsEntry("format", "BA_EXPORT").containsEntry("rejectedRows", List.of());
		assertThat(number(second.get("observationsStored")) + number(second.get("observationsUpdated"))).isPositive();
		// the series code holds a '%': the series id stands in for it in the URL
		long id = strategie().getList("/api/v1/statistics/series")
			.stream()
			.filter((s) -> s.get("code").equals("BA:Arbeitslose:JD Arbeitslose"))
			.map((s) -> number(s.get("id")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> observations = strategie()
			.getJson("/api/v1/statistics/series/" + id + "/observations?region=DG");
		assertThat(list(observations.get("observations"))).hasSize(4)
			.anySatisfy((o) -> assertThat(o.get("dimensions").toString()).contains("unter 25 Jahre"));
	}

	@Test
	void genesisFlatFileKeepsSymbolsAndNeverMakesAZero() {
		Map<String, Object> report = strategie().uploadOk("12411-02-03-4_ffcsv.csv",
				StatisticsHttp.resource("genesis/12411-02-03-4_ffcsv.csv"), null, 201);
		assertThat(report).containsEntry("format", "GENESIS_FLAT").containsEntry("rowsRead", 22);
		assertThat(number(report.get("observationsStored")) + number(report.get("observationsUpdated"))).isEqualTo(18);
		assertThat(list(report.get("rejectedRows"))).extracting((r) -> r.get("line"), (r) -> r.get("column"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(20, "time"),
					org.assertj.core.groups.Tuple.tuple(21, "variable_attribute_code"),
					org.assertj.core.groups.Tuple.tuple(22, "variable_attribute_code"),
					org.assertj.core.groups.Tuple.tuple(23, "value"));
		long id = strategie().getList("/api/v1/statistics/series")
			.stream()
			.filter((s) -> s.get("code").equals("99999-01-01-5:BEVSTD:Anzahl"))
			.map((s) -> number(s.get("id")))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> cells = list(
				strategie().getJson("/api/v1/statistics/series/" + id + "/observations").get("observations"));
		Map<String, Map<String, Object>> byRegion = new java.util.HashMap<>();
		cells.forEach((c) -> byRegion.put((String) c.get("region"), c));
		// Bramsche '.', Wallenhorst '...', Bad Essen '/', Bad Iburg 'x': no value, never
		// 0
		assertThat(byRegion.get("03459014")).containsEntry("value", null).containsEntry("symbol", "SECRET");
		assertThat(byRegion.get("03459033")).containsEntry("value", null).containsEntry("symbol", "LATER");
		assertThat(byRegion.get("03459003")).containsEntry("value", null).containsEntry("symbol", "NOT_RELIABLE");
		assertThat(byRegion.get("03459004")).containsEntry("value", null).containsEntry("sign", "x");
		// Melle '-': exactly nothing; Georgsmarienhütte with quality letter p
		assertThat(byRegion.get("03459024")).containsEntry("value", 0).containsEntry("symbol", "NOTHING");
		assertThat(byRegion.get("03459019")).containsEntry("value", 31756).containsEntry("quality", "p");
		// Belm: scientific notation
		assertThat(new java.math.BigDecimal(byRegion.get("03459008").get("value").toString()))
			.isEqualByComparingTo("0.0102648326832273");
	}

	@Test
	void genesisClassicTableRoundTrip() {
		Map<String, Object> report = strategie().uploadOk("12411-01-01-4_datencsv.csv",
				StatisticsHttp.resource("genesis/12411-01-01-4_datencsv.csv"), null, 201);
		assertThat(report).containsEntry("format", "GENESIS_TABLE").containsEntry("rowsRead", 7);
		assertThat(list(report.get("series"))).singleElement()
			.satisfies((s) -> assertThat(s).containsEntry("code", "12411-01-01-4")
				.containsEntry("label", "Bevölkerungsstand")
				.containsEntry("observations", 41));
		// '?' is no value symbol
		assertThat(list(report.get("rejectedRows"))).singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("line", 14).containsEntry("column", "weiblich 2018-12-31"));
		List<Map<String, Object>> hannover = list(strategie()
			.getJson("/api/v1/statistics/series/12411-01-01-4/observations?region=03241&from=2018&to=2018")
			.get("observations"));
		assertThat(hannover).hasSize(3).allSatisfy((o) -> assertThat(o.get("value")).isNull());
	}

	@Test
	void reimportingAShippedFileIsRefusedUnlessTheTenantConfirmsACopy() {
		// the shipped 2-1-1 into a tenant: 409 with a stable code, nothing stored
		byte[] shipped = StatisticsHttp.reference("integrationsmonitoring-ni/data/indicator_2-1-1.csv");
		HttpResponse<String> refused = strategie().upload("indicator_2-1-1.csv", shipped, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		Map<String, Object> problem = StatisticsHttp.map(refused.body());
		assertThat(problem).containsEntry("code", "SHARED_SERIES");
		assertThat(problem.get("title").toString()).contains("gemeinsame Referenzreihe")
			.contains("„Als eigene Kopie importieren“");
		assertThat(problem.get("detail").toString()).contains("2-1-1");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM statistics_series s JOIN tenant t ON t.id = s.tenant_id "
					+ "WHERE s.code = '2-1-1' AND t.slug = 'landkreis-osnabrueck'")
			.query(Long.class)
			.single()).isZero();
		// confirmed: the tenant keeps a copy of its own (another tenant, a small shipped
		// file, so no other test sees the copy)
		StatisticsHttp stadt = new StatisticsHttp(
				Http.withToken(this.port, StatisticsUsers.create(this.context, "stadt-osnabrueck", Role.STRATEGY)));
		byte[] small = StatisticsHttp.reference("integrationsmonitoring-ni/data/indicator_2-3-1.csv");
		assertThat(stadt.upload("indicator_2-3-1.csv", small, null).statusCode()).isEqualTo(409);
		Map<String, Object> copy = stadt.uploadOk("indicator_2-3-1.csv", small, "?sharedCopy=true", 201);
		assertThat(list(copy.get("series"))).singleElement()
			.satisfies((series) -> assertThat(series).containsEntry("code", "2-3-1"));
	}

	@Test
	void dryRunReportsAndStoresNothing() {
		String code = StatisticsHttp.uniqueCode("dry");
		byte[] file = StatisticsHttp.resource("open-sdg/indicator_1-1-1.csv");
		Map<String, Object> report = strategie().uploadOk("indicator_" + code + ".csv", file, "?dryRun=true", 200);
		assertThat(report).containsEntry("status", "DRY_RUN").containsEntry("observationsUpdated", 0);
		assertThat(number(report.get("observationsStored"))).isPositive();
		assertThat(cellsOf(code)).isZero();
		assertThat(strategie().http().get("/api/v1/statistics/series/" + code).statusCode()).isEqualTo(404);
	}

	@Test
	void strictModeRefusesAFileWithRejectedRows() {
		String code = StatisticsHttp.uniqueCode("strict");
		String csv = "Year,GeoCode,Value\n2019,K03459,12\n2019,K99999,13\n20x0,K03404,14\n";
		HttpResponse<String> response = strategie().upload("indicator_" + code + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), "?strict=true");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		Map<String, Object> problem = StatisticsHttp.map(response.body());
		assertThat(list(problem.get("rejectedRows"))).extracting((r) -> r.get("line")).containsExactly(3, 4);
		assertThat(cellsOf(code)).isZero();
		// without strict: the valid row is stored, the others listed
		Map<String, Object> report = strategie().uploadOk("indicator_" + code + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(report).containsEntry("observationsStored", 1);
		assertThat(list(report.get("rejectedRows"))).extracting((r) -> r.get("reason"))
			.containsExactly("Die Region 99999 (aus „K99999“) ist kein bekannter Regionsschlüssel.",
					"„20x0“ ist kein Zeitraum (erwartet 2019, 2007-06, Juni 2007, 2022-05-15, 15.05.2022 oder 2015/16).");
		// the stored report reads in the reader's language
		StatisticsHttp english = new StatisticsHttp(Http.withToken(this.port, "demo-token-strategie").language("en"));
		Map<String, Object> stored = english.getJson("/api/v1/statistics/imports/" + report.get("importId"));
		assertThat(list(((Map<?, ?>) stored.get("report")).get("rejectedRows"))).extracting((r) -> r.get("reason"))
			.containsExactly("Region 99999 (from “K99999”) is not a known region key.",
					"“20x0” is not a period (expected 2019, 2007-06, Juni 2007, 2022-05-15, 15.05.2022 or 2015/16).");
	}

	@Test
	void aRefusedImportSaysEverywhereThatNothingWasStored() {
		String code = StatisticsHttp.uniqueCode("refused");
		String csv = "Year,GeoCode,Value\n2019,K03459,12\n2020,K03459,13\n2019,K99999,14\n";
		HttpResponse<String> response = strategie().upload("indicator_" + code + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), "?strict=true");
		assertThat(response.statusCode()).isEqualTo(422);
		Object importId = StatisticsHttp.map(response.body()).get("importId");
		assertThat(cellsOf(code)).isZero();

		Map<String, Object> history = strategie().getList("/api/v1/statistics/imports")
			.stream()
			.filter((i) -> importId.equals(i.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(history).containsEntry("status", "REFUSED")
			.containsEntry("stored", 0)
			.containsEntry("updated", 0)
			.containsEntry("rejected", 1);
		Map<?, ?> report = (Map<?, ?>) strategie().getJson("/api/v1/statistics/imports/" + importId).get("report");
		assertThat(report.get("observationsStored")).isEqualTo(0);
		assertThat(report.get("observationsUpdated")).isEqualTo(0);
		assertThat(list(report.get("series"))).extracting((s) -> s.get("observations")).containsOnly(0);

		Http page = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(page.get("/statistics/imports/" + importId).body()).contains("Abgelehnt")
			.contains("<dd id=\"stored\">0</dd>")
			.contains("<dd id=\"updated\">0</dd>")
			.contains("<dd id=\"rejected\">1</dd>");
		assertThat(page.get("/statistics/imports").body()).containsPattern("indicator_" + code
				+ "\\.csv</a></th>(?:\\s*<td>[^<]*</td>){3}\\s*<td class=\"num\">0</td>\\s*<td class=\"num\">0</td>");
	}

	@Test
	void aCellGivenTwiceIsStoredOnceOrWhenTheCopiesDisagreeNotAtAllOnBothPaths() {
		String code = StatisticsHttp.uniqueCode("twice");
		String csv = "Year,GeoCode,Value\n2019,K03459,12\n2019,K03459,12\n2020,K03459,13\n2020,K03459,14\n"
				+ "2021,K03459,15\n";
		List<String> reasons = List.of(
				"Dieselbe Zelle (Reihe " + code + ", Region 03459, Zeitraum 2019, gleiche Merkmale) mit demselben Wert "
						+ "wie Zeile 2; einmal gespeichert.",
				"Die Zeilen 4 bis 5 geben für dieselbe Zelle (Reihe " + code + ", Region 03459, Zeitraum 2020, gleiche "
						+ "Merkmale) verschiedene Werte an; keiner davon wird gespeichert.");
		// a new series: straight into the observations, repetitions held back
		Map<String, Object> first = strategie().uploadOk("indicator_" + code + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(first).containsEntry("observationsStored", 2).containsEntry("rowsRejected", 3);
		assertThat(list(first.get("rejectedRows"))).extracting((r) -> r.get("line"), (r) -> r.get("reason"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, reasons.get(0)),
					org.assertj.core.groups.Tuple.tuple(4, reasons.get(1)),
					org.assertj.core.groups.Tuple.tuple(5, reasons.get(1)));
		assertThat(values(code)).containsExactly("2019=12", "2021=15");
		// the series exists: through the staging table, with the same outcome
		Map<String, Object> again = strategie().uploadOk("indicator_" + code + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(again).containsEntry("observationsStored", 0)
			.containsEntry("observationsUpdated", 2)
			.containsEntry("rowsRejected", 3);
		assertThat(list(again.get("rejectedRows"))).extracting((r) -> r.get("reason"))
			.containsExactly(reasons.get(0), reasons.get(1), reasons.get(1));
		assertThat(values(code)).containsExactly("2019=12", "2021=15");
	}

	@Test
	void reImportUpdatesAndNeverDuplicates() {
		String code = StatisticsHttp.uniqueCode("again");
		byte[] file = StatisticsHttp.resource("open-sdg/indicator_5-1-1.csv");
		Map<String, Object> first = strategie().uploadOk("indicator_" + code + ".csv", file, null, 201);
		long stored = number(first.get("observationsStored"));
		assertThat(stored).isPositive();
		Map<String, Object> second = strategie().uploadOk("indicator_" + code + ".csv", file, null, 201);
		assertThat(second).containsEntry("observationsStored", 0)
			.containsEntry("observationsUpdated", (int) stored)
			.containsEntry("checksum", first.get("checksum"));
		assertThat(cellsOf(code)).isEqualTo(stored);
	}

	/**
	 * The same series under another file name: the fast path starts (no earlier import of
	 * that name), finds the series, gives way and the file is merged in a new
	 * transaction.
	 */
	@Test
	void aSeriesImportedAgainUnderAnotherFileNameIsUpdatedNotDuplicated() {
		String code = StatisticsHttp.uniqueCode("renamed");
		byte[] file = StatisticsHttp.resource("open-sdg/indicator_5-1-1.csv");
		Map<String, Object> first = strategie().uploadOk("indicator_" + code + ".csv", file, null, 201);
		long stored = number(first.get("observationsStored"));
		assertThat(stored).isPositive();
		Map<String, Object> second = strategie().uploadOk(code + ".csv", file, null, 201);
		assertThat(second).containsEntry("status", "COMPLETED")
			.containsEntry("observationsStored", 0)
			.containsEntry("observationsUpdated", (int) stored)
			.containsEntry("rowsRejected", first.get("rowsRejected"));
		assertThat(cellsOf(code)).isEqualTo(stored);
	}

	@Test
	void rollbackRestoresWhatTheImportOverwroteAndDeletesWhatItCreated() {
		String code = StatisticsHttp.uniqueCode("rollback");
		String name = "indicator_" + code + ".csv";
		String v1 = "Year,GeoCode,Value\n2019,K03459,100\n2020,K03459,110\n";
		String v2 = "Year,GeoCode,Value\n2020,K03459,111\n2021,K03459,120\n";
		Map<String, Object> first = strategie().uploadOk(name, v1.getBytes(StandardCharsets.UTF_8), null, 201);
		Map<String, Object> second = strategie().uploadOk(name, v2.getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(second).containsEntry("observationsStored", 1).containsEntry("observationsUpdated", 1);
		assertThat(values(code)).containsExactly("2019=100", "2020=111", "2021=120");

		// the first import cannot be undone while the second one overwrote its cell
		HttpResponse<String> refused = strategieInEnglish().http()
			.send("POST", "/api/v1/statistics/imports/" + first.get("importId") + "/rollback", null, null);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Roll those back first");

		Map<String, Object> undone = StatisticsHttp.map(strategie().http()
			.send("POST", "/api/v1/statistics/imports/" + second.get("importId") + "/rollback", null, null)
			.body());
		assertThat(undone).containsEntry("deleted", 1).containsEntry("restored", 1);
		assertThat(values(code)).containsExactly("2019=100", "2020=110");
		Map<String, Object> history = strategie().getJson("/api/v1/statistics/imports/" + second.get("importId"));
		assertThat(StatisticsHttp.map(StatisticsHttp.JSON.writeValueAsString(history.get("import"))))
			.containsEntry("status", "ROLLED_BACK");

		// now the first one: nothing of it is left, nor its series
		assertThat(strategie().http()
			.send("POST", "/api/v1/statistics/imports/" + first.get("importId") + "/rollback", null, null)
			.statusCode()).isEqualTo(200);
		assertThat(cellsOf(code)).isZero();
		assertThat(strategie().http().get("/api/v1/statistics/series/" + code).statusCode()).isEqualTo(404);
		// a rolled-back import cannot be rolled back again
		assertThat(strategie().http()
			.send("POST", "/api/v1/statistics/imports/" + first.get("importId") + "/rollback", null, null)
			.statusCode()).isEqualTo(409);
	}

	private List<String> values(String code) {
		return list(strategie().getJson("/api/v1/statistics/series/" + code + "/observations").get("observations"))
			.stream()
			.map((o) -> o.get("period") + "=" + o.get("value"))
			.sorted()
			.toList();
	}

	@Test
	void historyListsWhoWhenFileAndChecksum() {
		String code = StatisticsHttp.uniqueCode("history");
		Map<String, Object> report = strategie().uploadOk("indicator_" + code + ".csv",
				StatisticsHttp.resource("open-sdg/indicator_6-2-1.csv"), null, 201);
		List<Map<String, Object>> history = strategie().getList("/api/v1/statistics/imports");
		assertThat(history).anySatisfy((entry) -> assertThat(entry).containsEntry("id", report.get("importId"))
			.containsEntry("username", "strategie")
			.containsEntry("fileName", "indicator_" + code + ".csv")
			.containsEntry("checksum", report.get("checksum"))
			.containsEntry("status", "COMPLETED")
			.containsKey("startedAt"));
		assertThat((String) report.get("checksum")).matches("[0-9a-f]{64}");
		Map<String, Object> one = strategie().getJson("/api/v1/statistics/imports/" + report.get("importId"));
		assertThat(StatisticsHttp.map(StatisticsHttp.JSON.writeValueAsString(one.get("report"))))
			.containsEntry("status", "COMPLETED");
	}

	@Test
	void fileErrorsAnswerProblemJsonAndStoreNothing() {
		assertProblem(strategieInEnglish().upload("empty.csv", new byte[0], null), 400, "EMPTY");
		assertProblem(strategieInEnglish().upload("image.csv",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2 }, null), 400, "BINARY");
		assertProblem(
				strategieInEnglish().upload("letter.csv",
						"Sehr geehrte Damen und Herren,\nanbei die Zahlen.\n".getBytes(StandardCharsets.UTF_8), null),
				400, "UNKNOWN_FORMAT");
		assertProblem(
				strategieInEnglish().upload("indicator_x-missing.csv",
						"Year,GeoCode,Wert\n2019,K03459,1\n".getBytes(StandardCharsets.UTF_8), null),
				422, "MISSING_COLUMNS");
		byte[] huge = new byte[20 * 1024 * 1024 + 512 * 1024];
		java.util.Arrays.fill(huge, (byte) 'a');
		HttpResponse<String> tooLarge = strategieInEnglish().upload("huge.csv", huge, null);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> notMultipart = strategie().http()
			.send("POST", "/api/v1/statistics/imports", "text/csv", "Year,Value\n2019,1\n");
		assertThat(notMultipart.statusCode()).isBetween(400, 415);
		assertThat(this.jdbc.sql("SELECT count(*) FROM statistics_series WHERE code = 'x-missing'")
			.query(Long.class)
			.single()).isZero();
	}

	private static void assertProblem(HttpResponse<String> response, int status, String kind) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		Map<String, Object> problem = StatisticsHttp.map(response.body());
		assertThat(problem).containsEntry("kind", kind).containsEntry("status", status);
		assertThat((String) problem.get("detail")).contains("Nothing was stored");
	}

	@Test
	void anUnknownImportIsNotFound() {
		HttpResponse<String> response = strategie().http()
			.get("/api/v1/statistics/imports/00000000-0000-0000-0000-000000000001");
		assertThat(response.statusCode()).isEqualTo(404);
	}

}
