package de.teilhabe.monitoring.statistics.series;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.DatabaseSuperuser;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static de.teilhabe.monitoring.StatisticsHttp.list;
import static de.teilhabe.monitoring.StatisticsHttp.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 16: the detail of a series (cells, coverage, dimensions) comes from the
 * summary the import keeps, not from its cells. With 200 000 cells in one tenant's series
 * the detail answers while nobody can read the cells (the observation table locked), and
 * its figures equal a fresh count after the import, a re-import and rollbacks.
 */
@IntegrationTest
class SeriesSummaryTest {

	private static final int YEARS = 20;

	private static final int GROUPS = 10_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	private StatisticsHttp strategie() {
		return StatisticsHttp.withToken(this.port, "strategie");
	}

	@Test
	void theDetailOfALargeSeriesReadsOnlyItsSummaryAndFollowsImportsAndRollbacks() throws Exception {
		String code = StatisticsHttp.uniqueCode("summary");
		String name = "indicator_" + code + ".csv";
		// 20 years × 10 000 groups in one Kreis; every fourth cell without a value
		Map<String, Object> first = strategie().uploadOk(name, file(0, YEARS), null, 201);
		assertThat(number(first.get("observationsStored"))).isEqualTo((long) YEARS * GROUPS);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));
		assertThat(number(detailWithoutReadingCells(code).get("observations"))).isEqualTo((long) YEARS * GROUPS);

		// every cell updated (other values: more cells without a value), two years more
		Map<String, Object> second = strategie().uploadOk(name, file(1, YEARS + 2), null, 201);
		assertThat(number(second.get("observationsUpdated"))).isEqualTo((long) YEARS * GROUPS);
		Map<String, Object> afterReimport = detailWithoutReadingCells(code);
		assertThat(afterReimport).isEqualTo(freshCount(code));
		assertThat(number(afterReimport.get("observations"))).isEqualTo((long) (YEARS + 2) * GROUPS);

		// a small import of one more year and one more group
		Map<String, Object> third = strategie().uploadOk(name,
				("Year,GeoCode,Gruppe,Value\n2030,K03459,neu,1\n").getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));

		assertThat(rollback(third.get("importId"))).isEqualTo(200);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));
		assertThat(rollback(second.get("importId"))).isEqualTo(200);
		Map<String, Object> afterRollback = detailWithoutReadingCells(code);
		assertThat(afterRollback).isEqualTo(freshCount(code)).isEqualTo(detailAfterFirst(code, afterRollback));
		assertThat(number(afterRollback.get("observations"))).isEqualTo((long) YEARS * GROUPS);
	}

	/**
	 * A re-import that only overwrites cells keeps the summary unless a cell gains or
	 * loses its value: then the cells with a value per region and period follow.
	 */
	@Test
	void aReimportThatOnlyOverwritesCellsKeepsTheSummaryInStepWithTheCellsThatHaveAValue() throws Exception {
		String code = StatisticsHttp.uniqueCode("overwrite");
		String name = "indicator_" + code + ".csv";
		String header = "Year,GeoCode,Gruppe,Value\n";
		strategie().uploadOk(name,
				(header + "2020,K03459,a,1\n2020,K03459,b,2\n2021,K03459,a,3\n").getBytes(StandardCharsets.UTF_8), null,
				201);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));
		assertThat(cellsWithValue(code)).containsExactly("2020=2/2", "2021=1/1");

		// the same cells, other values, one of them now secret
		Map<String, Object> secret = strategie().uploadOk(name,
				(header + "2020,K03459,a,4\n2020,K03459,b,x\n2021,K03459,a,5\n").getBytes(StandardCharsets.UTF_8), null,
				201);
		assertThat(number(secret.get("observationsUpdated"))).isEqualTo(3L);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));
		assertThat(cellsWithValue(code)).containsExactly("2020=2/1", "2021=1/1");

		// other values again, the secret cell keeps having none
		strategie().uploadOk(name,
				(header + "2020,K03459,a,6\n2020,K03459,b,x\n2021,K03459,a,7\n").getBytes(StandardCharsets.UTF_8), null,
				201);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));

		// and it gets its value back
		strategie().uploadOk(name,
				(header + "2020,K03459,a,6\n2020,K03459,b,8\n2021,K03459,a,7\n").getBytes(StandardCharsets.UTF_8), null,
				201);
		assertThat(detailWithoutReadingCells(code)).isEqualTo(freshCount(code));
		assertThat(cellsWithValue(code)).containsExactly("2020=2/2", "2021=1/1");
	}

	/**
	 * A first import counts the summary as it writes the cells: a cell given twice with
	 * the same content counts once; cells whose repetitions disagree are not stored and
	 * not counted; dimension values with quotes and backslashes count as stored.
	 */
	@Test
	void aFirstImportWithRepeatedCellsSummarisesExactlyTheCellsStored() throws Exception {
		String header = "Year,GeoCode,Gruppe,Art,Value\n";
		String cells = "2020,K03459,a,\"x \"\"y\"\", z\",1\n2020,K03459,b,u\\v,x\n2021,K03459,a,w,3\n"
				+ "2020,K03459,a,\"x \"\"y\"\", z\",1\n";
		String same = StatisticsHttp.uniqueCode("repeated");
		Map<String, Object> first = strategie().uploadOk("indicator_" + same + ".csv",
				(header + cells).getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(number(first.get("observationsStored"))).isEqualTo(3L);
		assertThat(detailWithoutReadingCells(same)).isEqualTo(freshCount(same));
		assertThat(cellsWithValue(same)).containsExactly("2020=2/1", "2021=1/1");

		// the repetition disagrees: neither line is stored
		String conflicting = StatisticsHttp.uniqueCode("conflicting");
		Map<String, Object> second = strategie().uploadOk("indicator_" + conflicting + ".csv",
				(header + cells.replaceFirst(",1\n$", ",2\n")).getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(number(second.get("observationsStored"))).isEqualTo(2L);
		assertThat(detailWithoutReadingCells(conflicting)).isEqualTo(freshCount(conflicting));
		assertThat(cellsWithValue(conflicting)).containsExactly("2020=1/0", "2021=1/1");
	}

	/** Per period of the one region: cells / cells with a value, as the detail shows. */
	private List<String> cellsWithValue(String code) throws Exception {
		return ((List<?>) detailWithoutReadingCells(code).get("cells")).stream()
			.map((cell) -> ((String) cell).substring(((String) cell).indexOf('/') + 1))
			.toList();
	}

	/** The rollback gave back what the first import had: its coverage has 20 years. */
	private static Map<String, Object> detailAfterFirst(String code, Map<String, Object> shown) {
		assertThat(shown.get("periods")).asList().hasSize(YEARS);
		return shown;
	}

	/**
	 * The figures of the series' detail, asked while the observation table is locked
	 * against every reader: a request that read cells would wait (and fail).
	 */
	private Map<String, Object> detailWithoutReadingCells(String code) throws Exception {
		try (SingleConnectionDataSource superuser = DatabaseSuperuser.dataSource(this.environment);
				Connection connection = superuser.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET lock_timeout = '10s'");
				statement.execute("LOCK TABLE statistics_observation IN ACCESS EXCLUSIVE MODE");
				long started = System.nanoTime();
				Map<String, Object> detail = strategie().getJson("/api/v1/statistics/series/" + code);
				assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
				return figures(detail);
			}
			finally {
				connection.rollback();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> figures(Map<String, Object> detail) {
		Map<String, Object> figures = new TreeMap<>();
		figures.put("observations", number(((Map<String, Object>) detail.get("series")).get("observations")));
		Map<String, Object> coverage = (Map<String, Object>) detail.get("coverage");
		figures.put("periods", coverage.get("periods"));
		figures.put("regions", list(coverage.get("regions")).stream().map((r) -> (String) r.get("key")).toList());
		figures.put("cells",
				list(coverage.get("cells")).stream()
					.map((c) -> c.get("region") + "/" + c.get("period") + "=" + number(c.get("cells")) + "/"
							+ number(c.get("withValue")))
					.toList());
		figures.put("dimensions",
				list(detail.get("dimensions")).stream()
					.map((d) -> d.get("name") + "=" + ((List<?>) d.get("values")).size())
					.sorted() // as the fresh count: by name (the detail lists them in the
								// file's order)
					.toList());
		return figures;
	}

	/** The same figures counted from the series' cells. */
	private Map<String, Object> freshCount(String code) {
		String ofSeries = "FROM statistics_observation o JOIN statistics_series s ON s.id = o.series_id "
				+ "AND s.tenant_id IS NOT DISTINCT FROM o.tenant_id WHERE s.code = ? AND s.tenant_id IS NOT NULL";
		Map<String, Object> figures = new TreeMap<>();
		figures.put("observations",
				this.jdbc.sql("SELECT count(*) " + ofSeries).param(code).query(Long.class).single());
		figures.put("periods",
				this.jdbc.sql("SELECT DISTINCT period " + ofSeries + " ORDER BY period")
					.param(code)
					.query(String.class)
					.list());
		figures.put("regions",
				this.jdbc.sql("SELECT DISTINCT region_key " + ofSeries + " ORDER BY region_key")
					.param(code)
					.query(String.class)
					.list());
		figures.put("cells",
				this.jdbc
					.sql("SELECT region_key || '/' || period || '=' || count(*) || '/' || count(value) " + ofSeries
							+ " GROUP BY region_key, period ORDER BY region_key, period")
					.param(code)
					.query(String.class)
					.list());
		TreeMap<String, TreeSet<String>> dimensions = new TreeMap<>();
		this.jdbc
			.sql("SELECT DISTINCT d.key, d.value "
					+ ofSeries.replace("WHERE", ", jsonb_each_text(CAST(o.dimension_key AS " + "jsonb)) d WHERE"))
			.param(code)
			.query((rs, n) -> dimensions.computeIfAbsent(rs.getString(1), (k) -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		List<String> counted = new ArrayList<>();
		dimensions.forEach((dimension, values) -> counted.add(dimension + "=" + values.size()));
		figures.put("dimensions", counted);
		return figures;
	}

	/**
	 * Years 2000… of 10 000 groups; every fourth cell (shifted by the variant) is secret.
	 */
	private static byte[] file(int variant, int years) {
		StringBuilder csv = new StringBuilder(years * GROUPS * 30).append("Year,GeoCode,Gruppe,Value\n");
		for (int year = 0; year < years; year++) {
			for (int group = 0; group < GROUPS; group++) {
				csv.append(2000 + year).append(",K03459,g").append(group).append(',');
				if ((group + year + variant) % 4 == 0) {
					csv.append("x"); // x: secret, no value
				}
				else {
					csv.append(group + variant).append('.').append(year);
				}
				csv.append('\n');
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private int rollback(Object importId) {
		return strategie().http()
			.send("POST", "/api/v1/statistics/imports/" + importId + "/rollback", null, null)
			.statusCode();
	}

}
