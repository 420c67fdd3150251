package de.teilhabe.monitoring.statistics.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static de.teilhabe.monitoring.StatisticsHttp.list;
import static de.teilhabe.monitoring.StatisticsHttp.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-imports go through the set-based merge (previous content saved in the same
 * statement, no trigger): each rollback, newest first, gives back exactly the values the
 * import before it left, and the counts the series list shows follow.
 */
@IntegrationTest
class ReimportRollbackTest {

	@LocalServerPort
	int port;

	private StatisticsHttp strategie() {
		return StatisticsHttp.withToken(this.port, "strategie");
	}

	@Test
	void rollingBackReimportsNewestFirstRestoresEachEarlierStateExactly() {
		String code = StatisticsHttp.uniqueCode("reimport");
		String name = "indicator_" + code + ".csv";
		Map<String, Object> first = upload(name, "2018,K03459,1.5\n2019,K03459,100\n2020,K03459,110\n");
		assertThat(first).containsEntry("observationsStored", 3).containsEntry("observationsUpdated", 0);

		// every cell changed, one new
		Map<String, Object> second = upload(name,
				"2018,K03459,1.25\n2019,K03459,101\n2020,K03459,111\n2021,K03459,120\n");
		assertThat(second).containsEntry("observationsStored", 1).containsEntry("observationsUpdated", 3);
		assertThat(values(code)).containsExactly("2018=1.25", "2019=101", "2020=111", "2021=120");

		// the same file again: every cell is overwritten by this import (counted as
		// updated)
		Map<String, Object> third = upload(name,
				"2018,K03459,1.25\n2019,K03459,101\n2020,K03459,111\n2021,K03459,120\n");
		assertThat(third).containsEntry("observationsStored", 0).containsEntry("observationsUpdated", 4);
		assertThat(shownCount(code)).isEqualTo(4);

		// undoing the third gives back what the second left (the same values)
		assertThat(rollback(third.get("importId"))).isEqualTo(200);
		assertThat(values(code)).containsExactly("2018=1.25", "2019=101", "2020=111", "2021=120");
		assertThat(shownCount(code)).isEqualTo(4);

		assertThat(rollback(second.get("importId"))).isEqualTo(200);
		assertThat(values(code)).containsExactly("2018=1.5", "2019=100", "2020=110");
		assertThat(shownCount(code)).isEqualTo(3);

		assertThat(rollback(first.get("importId"))).isEqualTo(200);
		assertThat(strategie().http().get("/api/v1/statistics/series/" + code).statusCode()).isEqualTo(404);
	}

	@Test
	void aReimportThatGivesAnExistingCellTwiceIsMergedOnceAndRollsBack() {
		String code = StatisticsHttp.uniqueCode("reimport-twice");
		String name = "indicator_" + code + ".csv";
		upload(name, "2019,K03459,100\n2020,K03459,110\n");
		// 2019 twice with the same value, 2020 twice with different values
		Map<String, Object> again = upload(name,
				"2019,K03459,101\n2019,K03459,101\n2020,K03459,111\n2020,K03459,112\n2021,K03459,120\n");
		assertThat(again).containsEntry("observationsStored", 1)
			.containsEntry("observationsUpdated", 1)
			.containsEntry("rowsRejected", 3);
		assertThat(values(code)).containsExactly("2019=101", "2020=110", "2021=120");
		assertThat(rollback(again.get("importId"))).isEqualTo(200);
		assertThat(values(code)).containsExactly("2019=100", "2020=110");
		assertThat(shownCount(code)).isEqualTo(2);
	}

	private Map<String, Object> upload(String name, String rows) {
		return strategie().uploadOk(name, ("Year,GeoCode,Value\n" + rows).getBytes(StandardCharsets.UTF_8), null, 201);
	}

	private int rollback(Object importId) {
		return strategie().http()
			.send("POST", "/api/v1/statistics/imports/" + importId + "/rollback", null, null)
			.statusCode();
	}

	private List<String> values(String code) {
		return list(strategie().getJson("/api/v1/statistics/series/" + code + "/observations").get("observations"))
			.stream()
			.map((o) -> o.get("period") + "=" + o.get("value"))
			.sorted()
			.toList();
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

}
