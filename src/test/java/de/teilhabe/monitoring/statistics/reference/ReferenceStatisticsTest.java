package de.teilhabe.monitoring.statistics.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.monitoring.StatisticsHttp.list;
import static de.teilhabe.monitoring.StatisticsHttp.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Integrationsmonitoring Niedersachsen: shipped and imported at start as shared
 * reference data, and uploaded through the API: every row stored or rejected with a
 * reason.
 */
@IntegrationTest
class ReferenceStatisticsTest {

	/** Data rows per file (the parser's report). */
	private static final Map<String, Integer> ROWS = Map.ofEntries(Map.entry("1-1-1", 1040), Map.entry("1-2-1", 1040),
			Map.entry("1-2-3", 19655), Map.entry("1-2-4", 7800), Map.entry("1-2-6", 5408), Map.entry("1-2-8", 2184),
			Map.entry("1-3-4", 645), Map.entry("1-4-5", 11700), Map.entry("2-1-1", 13500), Map.entry("2-3-1", 1040),
			Map.entry("3-1-3", 2704), Map.entry("4-1-1", 20381), Map.entry("4-1-2", 336), Map.entry("4-1-4", 3120),
			Map.entry("5-1-1", 462), Map.entry("5-2-1", 4368), Map.entry("5-3-2", 227), Map.entry("6-2-1", 3450),
			Map.entry("6-2-2", 3120), Map.entry("6-3-2", 1344));

	/**
	 * Rejected rows per file: 24 of Landkreis Osterode (merged into Göttingen in 2016,
	 * not in the Gebietsstand 2020); cells the file holds twice (1-2-8: 104 rows repeat a
	 * cell with the same value, 4-1-1: 51); 6-2-2: three cells given twice with different
	 * values (a GeoCode that contradicts the region name, a #BEZUG! row next to its K030
	 * row): none of them stored.
	 */
	private static final Map<String, Integer> REJECTED = Map.of("6-2-1", 24, "1-2-8", 104, "4-1-1", 51, "6-2-2", 6);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceStatistics reference;

	@Test
	void theShippedFolderIsSharedReferenceDataWithCatalogueTitles() {
		List<Map<String, Object>> reports = this.jdbc
			.sql("SELECT file_name, rows_read, stored, updated, rejected FROM statistics_import "
					+ "WHERE tenant_id IS NULL AND status = 'COMPLETED'")
			.query()
			.listOfRows();
		assertThat(reports).hasSize(20);
		long rows = 0;
		for (Map<String, Object> report : reports) {
			String code = report.get("file_name").toString().replace("indicator_", "").replace(".csv", "");
			long read = number(report.get("rows_read"));
			assertThat(read).as(code).isEqualTo((long) ROWS.get(code));
			assertThat(number(report.get("rejected"))).as(code).isEqualTo((long) REJECTED.getOrDefault(code, 0));
			assertThat(number(report.get("stored")) + number(report.get("updated")) + number(report.get("rejected")))
				.as(code)
				.isEqualTo(read);
			rows += read;
		}
		assertThat(rows).isEqualTo(103_524);

		for (String user : List.of("strategie", "beratung", "stadt-admin")) {
			List<Map<String, Object>> series = StatisticsHttp.withToken(this.port, user)
				.getList("/api/v1/statistics/series");
			assertThat(series).anySatisfy((s) -> assertThat(s).containsEntry("code", "1-2-1")
				.containsEntry("label", "Ausländerinnen und Ausländer in Niedersachsen")
				.containsEntry("shared", true)
				.containsEntry("source", "Integrationsmonitoring Niedersachsen (Ausländerzentralregister)"));
		}
		Map<String, Object> oneSeries = StatisticsHttp.withToken(this.port, "beratung")
			.getJson("/api/v1/statistics/series/6-2-1");
		assertThat(oneSeries.get("dimensions").toString()).contains("Nationalität");
		assertThat(oneSeries.get("coverage").toString()).contains("03241999");
	}

	@Test
	void aSecondStartSkipsFilesAlreadyImported() {
		long before = sharedImports();
		this.reference.run();
		assertThat(sharedImports()).isEqualTo(before);
	}

	@Test
	void blockedValuesAreNullNeverZero() {
		List<Map<String, Object>> cells = list(StatisticsHttp.withToken(this.port, "strategie")
			.getJson("/api/v1/statistics/series/5-1-1/observations")
			.get("observations"));
		assertThat(cells).anySatisfy((o) -> assertThat(o).containsEntry("value", null)
			.containsEntry("symbol", "SECRET")
			.containsEntry("note", "Gesperrt"));
		assertThat(cells)
			.filteredOn((o) -> o.get("symbol") != null && !"NOTHING".equals(o.get("symbol"))
					&& !"LESS_THAN_HALF".equals(o.get("symbol")) && !"LIMITED_RELIABILITY".equals(o.get("symbol")))
			.isNotEmpty()
			.allSatisfy((o) -> assertThat(o.get("value")).isNull());
	}

	@Test
	void theWholeFolderImportsThroughTheApi() throws IOException {
		StatisticsHttp strategie = StatisticsHttp.withToken(this.port, "strategie");
		Path folder = StatisticsHttp.referencePath("integrationsmonitoring-ni/data");
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter((p) -> p.toString().endsWith(".csv")).sorted().toList();
		}
		assertThat(files).hasSize(20);
		String prefix = StatisticsHttp.uniqueCode("ni");
		long rows = 0;
		long rejected = 0;
		for (Path file : files) {
			String code = file.getFileName().toString().replace("indicator_", "").replace(".csv", "");
			Map<String, Object> report = strategie.uploadOk("indicator_" + prefix + "-" + code + ".csv",
					Files.readAllBytes(file), null, 201);
			long read = number(report.get("rowsRead"));
			assertThat(read).as(code).isEqualTo((long) ROWS.get(code));
			List<Map<String, Object>> rejectedRows = list(report.get("rejectedRows"));
			assertThat(rejectedRows).as(code).hasSize(REJECTED.getOrDefault(code, 0));
			assertThat(rejectedRows).allSatisfy((r) -> assertThat((String) r.get("reason")).isNotBlank());
			assertThat(number(report.get("observationsStored")) + rejectedRows.size()).as(code).isEqualTo(read);
			rows += read;
			rejected += rejectedRows.size();
		}
		assertThat(rows).isEqualTo(103_524);
		assertThat(rejected).isEqualTo(24 + 104 + 51 + 6);
	}

	private long sharedImports() {
		return this.jdbc.sql("SELECT count(*) FROM statistics_import WHERE tenant_id IS NULL")
			.query(Long.class)
			.single();
	}

}
