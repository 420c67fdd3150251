package de.teilhabe.monitoring.statistics.series;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.monitoring.StatisticsHttp.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of cells the series list shows comes from the imports (stored per series),
 * not from counting the observation table on every request: it stays right through
 * imports, re-imports, dry runs, refusals, cells a file repeats and rollbacks.
 */
@IntegrationTest
class SeriesCountTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private StatisticsHttp strategie() {
		return StatisticsHttp.withToken(this.port, "strategie");
	}

	@Test
	void theCountFollowsImportsAndRollbacks() {
		String code = StatisticsHttp.uniqueCode("count");
		String name = "indicator_" + code + ".csv";
		strategie().uploadOk(name, csv("2019,K03459,100\n2020,K03459,110\n"), null, 201);
		assertThat(shownCount(code)).isEqualTo(2);

		// one cell overwritten, one new
		Map<String, Object> second = strategie().uploadOk(name, csv("2020,K03459,111\n2021,K03459,120\n"), null, 201);
		assertThat(shownCount(code)).isEqualTo(3);

		// neither a dry run nor a refused strict import changes it
		assertThat(strategie().upload(name, csv("2022,K03459,130\n"), "?dryRun=true").statusCode()).isLessThan(300);
		strategie().upload(name, csv("2023,K03459,140\n2024,K99999,1\n"), "?strict=true");
		assertThat(shownCount(code)).isEqualTo(3);

		// the rollback deletes the new cell and restores the overwritten one
		assertThat(strategie().http()
			.send("POST", "/api/v1/statistics/imports/" + second.get("importId") + "/rollback", null, null)
			.statusCode()).isEqualTo(200);
		assertThat(shownCount(code)).isEqualTo(2);
		Map<String, Object> series = StatisticsHttp.map(StatisticsHttp.JSON
			.writeValueAsString(strategie().getJson("/api/v1/statistics/series/" + code).get("series")));
		assertThat(number(series.get("observations"))).isEqualTo(2);
		assertThat(storedCountsDifferFromCells()).isZero();
	}

	@Test
	void aNewSeriesWithARepeatedConflictingCellCountsOnlyWhatIsStored() {
		String code = StatisticsHttp.uniqueCode("count-repeated");
		// 2019 twice with different values: neither is stored
		strategie().uploadOk("indicator_" + code + ".csv", csv("2019,K03459,1\n2019,K03459,2\n2020,K03459,5\n"), null,
				201);
		assertThat(shownCount(code)).isEqualTo(1);
		assertThat(storedCountsDifferFromCells()).isZero();
	}

	/** The number of cells of the series in the series list. */
	private long shownCount(String code) {
		return number(strategie().getList("/api/v1/statistics/series")
			.stream()
			.filter((series) -> code.equals(series.get("code")))
			.findFirst()
			.orElseThrow()
			.get("observations"));
	}

	/** Series (shared reference data included) whose stored count is not their cells. */
	private long storedCountsDifferFromCells() {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM statistics_series se
					WHERE se.observations <> (SELECT count(*) FROM statistics_observation o
					                          WHERE o.tenant_id IS NOT DISTINCT FROM se.tenant_id AND o.series_id = se.id)""")
			.query(Long.class)
			.single();
	}

	private static byte[] csv(String rows) {
		return ("Year,GeoCode,Value\n" + rows).getBytes(StandardCharsets.UTF_8);
	}

}
