package de.teilhabe.guides;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.teilhabe.guides.report.GuideSeries;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's twelve months of history: every month of the default report has requests,
 * unmet requests and approved hours; Tigrinya leads the unmet demand, Somali and Kurmanji
 * follow; the operational series of those months are in the monitoring's series API with
 * cells of 5 and more.
 */
@IntegrationTest
class DemoGuideHistoryTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyMonthOfTheDefaultReportHasFiguresAndTheSeriesArePublished() {
		Http coordinator = new GuidesFixtures(this.context, this.port).api(LANDKREIS, Role.GUIDE_COORDINATOR);
		Map<String, Object> report = json(coordinator.get("/api/v1/guide-reports"));
		assertThat(((Number) report.get("requests")).intValue()).isGreaterThan(300);
		assertThat(list(report, "months")).hasSize(12).allSatisfy((month) -> {
			assertThat(((Number) month.get("requests")).intValue()).as(month.toString()).isGreaterThan(20);
			assertThat(((Number) month.get("unmet")).intValue()).as(month.toString()).isGreaterThanOrEqualTo(5);
			assertThat(Double.parseDouble(month.get("hours").toString())).as(month.toString()).isGreaterThan(20);
		});
		assertThat(list(report, "byTopic")).allSatisfy(
				(topic) -> assertThat(((Number) topic.get("requests")).intValue()).as(topic.toString()).isPositive());
		assertThat(list(report, "unmetByLanguage")).extracting((c) -> c.get("code"))
			.startsWith("ti")
			.contains("so", "kmr");
		assertThat(list(report, "byGemeinde").size()).isGreaterThan(10);

		Map<String, Object> observations = json(
				coordinator.get("/api/v1/statistics/series/guides.requests/observations?region=03459"));
		List<Map<String, Object>> cells = list(observations, "observations");
		Set<Object> periods = cells.stream().map((o) -> o.get("period")).collect(Collectors.toSet());
		assertThat(periods).contains(report.get("from"), report.get("to")).hasSizeGreaterThanOrEqualTo(12);
		assertThat(cells)
			.filteredOn((o) -> o.get("value") != null && Double.parseDouble(o.get("value").toString()) >= 5)
			.hasSizeGreaterThan(24);
		// the monthly job publishes the month before again (replacing it)
		this.context.getBean(GuideSeries.class).publishLastMonth();
		assertThat(list(json(coordinator.get("/api/v1/statistics/series/guides.requests/observations?region=03459")),
				"observations"))
			.filteredOn((o) -> report.get("to").equals(o.get("period")))
			.hasSize((int) cells.stream().filter((o) -> report.get("to").equals(o.get("period"))).count());
		Map<String, Object> unmet = json(
				coordinator.get("/api/v1/statistics/series/guides.unmet_requests/observations?region=03459"));
		assertThat(list(unmet, "observations")).anySatisfy((o) -> {
			assertThat(o.get("dimensions").toString()).contains("language=ti");
			assertThat(o.get("value")).isNotNull();
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

}
