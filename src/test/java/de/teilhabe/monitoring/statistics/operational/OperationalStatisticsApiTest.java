package de.teilhabe.monitoring.statistics.operational;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.monitoring.InvalidPublicationException;
import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.monitoring.Published;
import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static de.teilhabe.monitoring.StatisticsHttp.list;
import static de.teilhabe.monitoring.StatisticsHttp.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A module publishes its counts through {@link OperationalStatistics}; the series API
 * shows them as an operational series of the tenant (small counts and their complements
 * secret), a new publication of a period replaces it, another tenant does not see it, an
 * indicator computes on it without summing regions, and a statistics file may not use a
 * module's code.
 */
@IntegrationTest
class OperationalStatisticsApiTest {

	private static final String LANDKREIS = "03459";

	@LocalServerPort
	int port;

	@Autowired
	OperationalStatistics statistics;

	@Autowired
	Regions regions;

	@Autowired
	Tenants tenants;

	@Autowired
	UserStore users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	PlatformTransactionManager transactions;

	private UUID landkreis() {
		return this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	private StatisticsHttp user(String tenant, Role role) {
		return new StatisticsHttp(Http.withToken(this.port,
				StatisticsUsers.create(this.users, this.tokens, this.tenants, this.passwords, tenant, role)));
	}

	private List<String> gemeinden() {
		return this.regions.gemeinden(LANDKREIS).stream().map(Region::key).sorted().limit(3).toList();
	}

	private static Publication.Cell cell(String region, String topic, long count) {
		return new Publication.Cell(region, Map.of("topic", topic), count);
	}

	/**
	 * Three Gemeinden and the Landkreis, per topic and in total. Gemeinde 1 has 3 housing
	 * cases: secret, and so, that no row or column gives them away, every Gemeinde's
	 * topic cells; the totals stay published.
	 */
	private Publication cases(String code, String period) {
		List<String> g = gemeinden();
		return new Publication(landkreis(), "counselling", code, "Beratungsfälle", "Counselling cases", "Fälle",
				List.of("topic"), period,
				List.of(cell(g.get(0), "work", 12), cell(g.get(0), "housing", 3), cell(g.get(0), Publication.TOTAL, 15),
						cell(g.get(1), "work", 7), cell(g.get(1), "housing", 9), cell(g.get(1), Publication.TOTAL, 16),
						cell(g.get(2), "work", 20), cell(g.get(2), "housing", 6), cell(g.get(2), Publication.TOTAL, 26),
						cell(LANDKREIS, "work", 39), cell(LANDKREIS, "housing", 18),
						cell(LANDKREIS, Publication.TOTAL, 57)));
	}

	@Test
	void publishedCountsAreAnOperationalSeriesWithSmallCountsSecretAndAPeriodIsReplacedWhole() {
		String code = "counselling.cases-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.statistics.publish(cases(code, "2024"))).isEqualTo(new Published(code, "2024", 12, 6));
		assertThat(this.statistics.publish(cases(code, "2025"))).isEqualTo(new Published(code, "2025", 12, 6));
		StatisticsHttp strategy = user("landkreis-osnabrueck", Role.STRATEGY);

		Map<String, Object> listed = strategy.getList("/api/v1/statistics/series")
			.stream()
			.filter((s) -> code.equals(s.get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(listed).containsEntry("format", "OPERATIONAL")
			.containsEntry("label", "Beratungsfälle")
			.containsEntry("unit", "Fälle")
			.containsEntry("shared", false)
			.containsEntry("dimensionNames", List.of("topic"));
		assertThat(number(listed.get("observations"))).isEqualTo(24);
		Map<String, Object> english = StatisticsHttp
			.map(strategy.http().language("en").get("/api/v1/statistics/series/" + code).body());
		assertThat(english.get("series").toString()).contains("label=Counselling cases");

		Map<String, Object> detail = strategy.getJson("/api/v1/statistics/series/" + code);
		assertThat(detail.get("series").toString()).contains("format=OPERATIONAL").contains("observations=24");
		assertThat(detail.get("dimensions").toString()).contains("values=[_T, housing, work]");

		// the series browser shows it as the module's own figures
		Http page = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(page.get("/statistics").body()).contains(code);
		HttpResponse<String> seriesPage = page.get("/statistics/series/" + number(listed.get("id")));
		assertThat(seriesPage.statusCode()).isEqualTo(200);
		assertThat(seriesPage.body()).contains("Eigene Zahlen eines Teilhabe-Moduls").contains("Beratungsfälle");

		String g1 = gemeinden().get(0);
		Map<String, Map<String, Object>> first = byTopic(
				strategy.getJson("/api/v1/statistics/series/" + code + "/observations?region=" + g1 + "&from=2025"));
		assertThat(first.get("housing")).containsEntry("value", null)
			.containsEntry("symbol", "SECRET")
			.containsEntry("sign", ".");
		assertThat(first.get("work")).containsEntry("value", null).containsEntry("symbol", "SECRET");
		assertThat(first.get(Publication.TOTAL).get("value").toString()).isEqualTo("15");
		Map<String, Map<String, Object>> kreis = byTopic(strategy
			.getJson("/api/v1/statistics/series/" + code + "/observations?region=" + LANDKREIS + "&from=2025"));
		assertThat(kreis.get("housing").get("value").toString()).isEqualTo("18");

		// 2025 again, with fewer cells: exactly that period is replaced, 2024 stays
		Published again = this.statistics.publish(new Publication(landkreis(), "counselling", code, "Beratungsfälle",
				"Counselling cases", "Fälle", List.of("topic"), "2025", List.of(cell(LANDKREIS, "work", 40),
						cell(LANDKREIS, "housing", 20), cell(LANDKREIS, Publication.TOTAL, 60))));
		assertThat(again).isEqualTo(new Published(code, "2025", 3, 0));
		List<Map<String, Object>> y2025 = list(
				strategy.getJson("/api/v1/statistics/series/" + code + "/observations?from=2025&to=2025")
					.get("observations"));
		assertThat(y2025).extracting((o) -> o.get("region") + " " + o.get("value"))
			.containsExactlyInAnyOrder(LANDKREIS + " 40", LANDKREIS + " 20", LANDKREIS + " 60");
		assertThat(list(strategy.getJson("/api/v1/statistics/series/" + code + "/observations?from=2024&to=2024")
			.get("observations"))).hasSize(12);
		assertThat(number(
				((Map<?, ?>) strategy.getJson("/api/v1/statistics/series/" + code).get("series")).get("observations")))
			.isEqualTo(15);

		// another tenant sees nothing of it
		StatisticsHttp stadt = user("stadt-osnabrueck", Role.STRATEGY);
		assertThat(stadt.http().get("/api/v1/statistics/series/" + code).statusCode()).isEqualTo(404);
		assertThat(stadt.getList("/api/v1/statistics/series")).noneMatch((s) -> code.equals(s.get("code")));
	}

	@Test
	void anIndicatorComputesOnAnOperationalSeriesWithoutSummingRegions() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String code = "counselling.cases-" + suffix;
		this.statistics.publish(cases(code, "2025"));
		// every Gemeinde of the Landkreis, but not the Landkreis: it gets no sum of them
		// (an official series would; here it would be a number the module did not
		// publish, possibly of secret cells)
		String parts = "counselling.parts-" + suffix;
		List<String> g = this.regions.gemeinden(LANDKREIS).stream().map(Region::key).sorted().toList();
		List<Publication.Cell> cells = new ArrayList<>();
		g.forEach((key) -> cells.add(Publication.Cell.of(key, 10)));
		this.statistics.publish(
				new Publication(landkreis(), "counselling", parts, "Teile", "Parts", null, List.of(), "2025", cells));
		StatisticsHttp strategy = user("landkreis-osnabrueck", Role.STRATEGY);
		created(strategy, "oc-" + suffix, code, ",\"filter\":{\"topic\":\"_T\"}");
		created(strategy, "op-" + suffix, parts, "");

		List<Map<String, Object>> kreis = strategy
			.getList("/api/v1/indicators/oc-" + suffix + "/values?region=" + LANDKREIS);
		assertThat(kreis).singleElement().satisfies((v) -> {
			assertThat(v).containsEntry("period", "2025");
			assertThat(v.get("value").toString()).isEqualTo("57");
		});
		assertThat(strategy.getList("/api/v1/indicators/op-" + suffix + "/values?region=" + g.get(0))).singleElement()
			.satisfies((v) -> assertThat(v.get("value").toString()).isEqualTo("10"));
		assertThat(strategy.getList("/api/v1/indicators/op-" + suffix + "/values?region=" + LANDKREIS)).isEmpty();

		// a new publication recomputes the indicator
		this.statistics.publish(new Publication(landkreis(), "counselling", code, "Beratungsfälle", "Counselling cases",
				"Fälle", List.of("topic"), "2025", List.of(cell(LANDKREIS, "work", 40), cell(LANDKREIS, "housing", 20),
						cell(LANDKREIS, Publication.TOTAL, 60))));
		assertThat(strategy.getList("/api/v1/indicators/oc-" + suffix + "/values?region=" + LANDKREIS)).singleElement()
			.satisfies((v) -> assertThat(v.get("value").toString()).isEqualTo("60"));
	}

	@Test
	void aStatisticsFileMayNotUseAModulesCode() {
		String code = "guides.assignments" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> refused = user("landkreis-osnabrueck", Role.STRATEGY).upload("indicator_" + code + ".csv",
				"Year,GeoCode,Value\n2024,K03459,5\n".getBytes(StandardCharsets.UTF_8), null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("RESERVED_SERIES").contains(code);
		assertThat(user("landkreis-osnabrueck", Role.STRATEGY).http()
			.get("/api/v1/statistics/series/" + code)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aWrongPublicationIsRefusedNamingEveryWrongFieldAndStoresNothing() {
		String code = "counselling.wrong-" + UUID.randomUUID().toString().substring(0, 8);
		String g1 = gemeinden().get(0);
		assertThatThrownBy(() -> this.statistics.publish(new Publication(landkreis(), "counselling", "guides.cases",
				"Fälle", "Cases", null, List.of(), "2025", List.of(Publication.Cell.of(g1, 5)))))
			.isInstanceOf(InvalidPublicationException.class)
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("code"));
		assertThatThrownBy(() -> this.statistics
			.publish(new Publication(landkreis(), "counselling", code, "Fälle", " ", null, List.of(), "x2025",
					List.of(Publication.Cell.of("99999", 5), Publication.Cell.of(g1, -1),
							Publication.Cell.of(LANDKREIS, 7), Publication.Cell.of(LANDKREIS, 8)))))
			.isInstanceOf(InvalidPublicationException.class)
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("labelEn", "period", "cells[0].regionKey",
					"cells[1].count", "cells[3]"));
		assertThatThrownBy(
				() -> this.statistics.publish(new Publication(landkreis(), "counselling", code, "Fälle", "Cases", null,
						List.of("topic"), "2025", List.of(new Publication.Cell(g1, Map.of("subject", "work"), 5)))))
			.isInstanceOf(InvalidPublicationException.class)
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("cells[0].dimensions"));
		assertThat(user("landkreis-osnabrueck", Role.STRATEGY).http()
			.get("/api/v1/statistics/series/" + code)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aModuleThatCatchesARefusalKeepsItsTransaction() {
		String code = "counselling.kept-" + UUID.randomUUID().toString().substring(0, 8);
		String g1 = gemeinden().get(0);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			assertThatThrownBy(() -> this.statistics.publish(new Publication(landkreis(), "counselling", code, "Fälle",
					"Cases", null, List.of(), "2025", List.of(Publication.Cell.of(g1, -5)))))
				.isInstanceOf(InvalidPublicationException.class);
			this.statistics.publish(new Publication(landkreis(), "counselling", code, "Fälle", "Cases", null, List.of(),
					"2025", List.of(Publication.Cell.of(g1, 5))));
		});
		assertThat(user("landkreis-osnabrueck", Role.STRATEGY).http()
			.get("/api/v1/statistics/series/" + code)
			.statusCode()).isEqualTo(200);
	}

	private static List<String> fields(Throwable ex) {
		return ((InvalidPublicationException) ex).problems()
			.stream()
			.map(InvalidPublicationException.Problem::field)
			.toList();
	}

	private static void created(StatisticsHttp http, String indicator, String series, String filter) {
		String json = """
				{"code":"%s","titleDe":"Beratung","themeCode":"1","definition":"d","unit":"Fälle","precision":0,
				 "polarity":"NEUTRAL","computation":{"kind":"DIRECT","first":{"numerator":{"series":"%s"%s}}}}"""
			.formatted(indicator, series, filter);
		HttpResponse<String> response = http.http().send("POST", "/api/v1/indicators", "application/json", json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static Map<String, Map<String, Object>> byTopic(Map<String, Object> body) {
		Map<String, Map<String, Object>> byTopic = new HashMap<>();
		for (Map<String, Object> observation : list(body.get("observations"))) {
			byTopic.put(((Map<?, ?>) observation.get("dimensions")).get("topic").toString(), observation);
		}
		return byTopic;
	}

}
