package de.teilhabe.guides;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.teilhabe.guides.report.GuideSeries;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.json;
import static de.teilhabe.guides.GuidesFixtures.jsonList;
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

	/**
	 * The shipped indicators over the two series: in the catalogue (the monitoring's list
	 * and overview), with the demo's months as values equal to the guide report's counts,
	 * small Gemeinde counts kept secret (null with their symbol, never 0).
	 */
	@Test
	void theShippedIndicatorsShowTheMonthsBesideTheOfficialFigures() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		Http coordinator = fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		Map<String, Object> report = json(coordinator.get("/api/v1/guide-reports"));
		List<Map<String, Object>> catalogue = ApiLists.all(coordinator, "/api/v1/indicators");
		assertThat(catalogue).filteredOn((i) -> "ilos-anfragen".equals(i.get("code")))
			.singleElement()
			.satisfies((i) -> {
				assertThat(i.get("titleDe")).isEqualTo("Begleitanfragen an Integrationslotsinnen und -lotsen je Monat");
				assertThat(i.get("shipped")).isEqualTo(true);
				assertThat(i.get("theme").toString()).contains("Integrationslotsinnen und -lotsen");
			});
		assertThat(catalogue).extracting((i) -> i.get("code")).contains("ilos-ohne-lotsin");
		List<Map<String, Object>> requests = jsonList(
				coordinator.get("/api/v1/indicators/ilos-anfragen/values?region=03459&from=" + report.get("from")));
		List<Map<String, Object>> unmet = jsonList(
				coordinator.get("/api/v1/indicators/ilos-ohne-lotsin/values?region=03459&from=" + report.get("from")));
		for (Map<String, Object> month : list(report, "months")) {
			assertThat(requests).as("requests in " + month.get("month"))
				.filteredOn((v) -> month.get("month").equals(v.get("period")))
				.singleElement()
				.satisfies((v) -> assertThat(((Number) v.get("value")).intValue())
					.isEqualTo(((Number) month.get("requests")).intValue()));
			assertThat(unmet).as("unmet in " + month.get("month"))
				.filteredOn((v) -> month.get("month").equals(v.get("period")))
				.singleElement()
				.satisfies((v) -> assertThat(((Number) v.get("value")).intValue())
					.isEqualTo(((Number) month.get("unmet")).intValue()));
		}
		// a Gemeinde with a few unmet requests a month: secret, never 0
		boolean secretSomewhere = false;
		for (String gemeinde : List.of("03459014", "03459024", "03459019", "03459017", "03459030")) {
			secretSomewhere |= jsonList(
					coordinator.get("/api/v1/indicators/ilos-ohne-lotsin/values?region=" + gemeinde))
				.stream()
				.anyMatch((v) -> v.get("value") == null && "SECRET".equals(v.get("symbol")));
		}
		assertThat(secretSomewhere).as("a secret Gemeinde value").isTrue();

		Http staff = fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		String page = staff.get("/indicators/ilos-anfragen?region=03459").body();
		assertThat(page).contains("Begleitanfragen an Integrationslotsinnen und -lotsen je Monat")
			.contains(report.get("to").toString());
		// the overview lists the guides' theme and keeps the latest year of the yearly
		// figures, not the year of the guides' months (with no official figure in it);
		// which year that is depends on the yearly figures other tests add (one database)
		String overview = staff.get("/indicators?region=03459").body();
		assertThat(overview).contains("Integrationslotsinnen und -lotsen");
		String year = report.get("to").toString().substring(0, 4);
		Matcher selected = Pattern.compile("<option value=\"([^\"]+)\" selected=\"selected\"")
			.matcher(overview.substring(overview.indexOf("id=\"year\"")));
		assertThat(selected.find()).as("a year chosen").isTrue();
		assertThat(selected.group(1)).matches("\\d{4}").isNotEqualTo(year);
		// the year of the months shows their latest month
		assertThat(section(staff.get("/indicators?region=03459&year=" + year).body(), "indicator-ilos-anfragen"))
			.contains("Stand " + report.get("to"));
	}

	/** The table row of an indicator in the overview. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

}
