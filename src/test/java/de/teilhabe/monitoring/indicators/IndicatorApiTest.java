package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator catalogue and values through the real HTTP API, on the shipped
 * Integrationsmonitoring Niedersachsen and on small files of the tests' own with
 * hand-computed values.
 */
@IntegrationTest
class IndicatorApiTest {

	@LocalServerPort
	int port;

	@Autowired
	UserStore users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Regions regions;

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	private StatisticsHttp strategy() {
		return new StatisticsHttp(Http.withToken(this.port, StatisticsUsers.create(this.users, this.tokens,
				this.tenants, this.passwords, "landkreis-osnabrueck", Role.STRATEGY)));
	}

	private StatisticsHttp user(String tenant, Role role) {
		return new StatisticsHttp(Http.withToken(this.port,
				StatisticsUsers.create(this.users, this.tokens, this.tenants, this.passwords, tenant, role)));
	}

	@Test
	void catalogueHoldsTheNiedersachsenSetWithThemesAndIsReadOnly() {
		StatisticsHttp counsellor = user("landkreis-osnabrueck", Role.COUNSELLOR);
		List<Map<String, Object>> catalogue = counsellor.getList("/api/v1/indicators");
		List<Object> codes = catalogue.stream().map((i) -> i.get("code")).toList();
		assertThat(codes).contains("1-1-1", "1-2-1", "1-2-2", "1-2-3", "2-3-1", "2-3-3", "3-1-2", "4-1-4", "5-3-2",
				"6-2-1", "6-2-2", "6-3-2");
		assertThat(catalogue.stream().filter((i) -> Boolean.TRUE.equals(i.get("shipped"))).count()).isEqualTo(28);
		Map<String, Object> share = counsellor.getJson("/api/v1/indicators/1-2-2");
		assertThat(share)
			.containsEntry("titleDe", "Anteil der Ausländerinnen und Ausländer in Niedersachsen in Prozent")
			.containsEntry("unit", "Prozent")
			.containsEntry("precision", 1)
			.containsEntry("shipped", true);
		assertThat(share.get("theme").toString()).contains("Bevölkerung & Demografie");
		assertThat(share.get("definition").toString()).contains("Ausländeranteil");
		assertThat(share.get("attribution").toString()).contains("Landesamt für Statistik Niedersachsen");
		assertThat(share.get("description").toString()).contains("Reihe „1-2-1“").contains("Reihe „1-1-1“");
		assertThat(counsellor.http().get("/api/v1/indicators/9-9-9").statusCode()).isEqualTo(404);
		// shipped codes cannot be taken by a tenant's own indicator
		HttpResponse<String> taken = strategy().http()
			.send("POST", "/api/v1/indicators", "application/json", ownRatio("1-2-2", "1-2-1", "1-1-1", 100));
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(taken.body()).contains("\"field\":\"code\"");
		// a counsellor reads but does not define
		assertThat(counsellor.http()
			.send("POST", "/api/v1/indicators", "application/json", ownRatio("x-1", "1-2-1", "1-1-1", 100))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void valuesComeAtFullPrecisionAndThePrecisionIsDisplayMetadata() {
		StatisticsHttp http = user("landkreis-osnabrueck", Role.COUNCIL_OFFICE);
		// 2-3-3 of Braunschweig 2005: 441 naturalisations ÷ 20 275 foreigners × 100 =
		// 2.175092478…; the indicator's precision is 1 decimal, which once made it 2.2
		Map<String, Object> braunschweig = http
			.getList("/api/v1/indicators/2-3-3/values?region=03101&from=2005&to=2005")
			.get(0);
		assertThat(braunschweig.get("numerator").toString()).isEqualTo("441");
		assertThat(braunschweig.get("denominator").toString()).isEqualTo("20275");
		assertThat(braunschweig.get("value").toString()).isEqualTo("2.1750924784").startsWith("2.175092");
		assertThat(http.getJson("/api/v1/indicators/2-3-3")).containsEntry("precision", 1);
	}

	private static String rounded(Map<String, Object> value, int precision) {
		return new BigDecimal(value.get("value").toString()).setScale(precision, RoundingMode.HALF_UP).toPlainString();
	}

	@Test
	void ratioIndicatorsNotPublishedAreComputedFromTheCounts() {
		StatisticsHttp http = user("landkreis-osnabrueck", Role.COUNCIL_OFFICE);
		// 1-2-2 Ausländeranteil, Landkreis Osnabrück 2024: 1-2-1 ÷ 1-1-1 × 100
		List<Map<String, Object>> values = http.getList("/api/v1/indicators/1-2-2/values?region=03459&from=2020");
		assertThat(values).extracting((v) -> v.get("period")).containsExactly("2020", "2021", "2022", "2023", "2024");
		Map<String, Object> latest = values.get(values.size() - 1);
		assertThat(latest.keySet()).containsExactly("region", "period", "value", "numerator", "denominator", "symbol",
				"reason", "dimensions");
		BigDecimal numerator = new BigDecimal(latest.get("numerator").toString());
		BigDecimal denominator = new BigDecimal(latest.get("denominator").toString());
		// full precision (quotients to 10 places); the pages show the precision of 1
		// decimal
		assertThat(new BigDecimal(latest.get("value").toString())).isEqualByComparingTo(
				numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 10, RoundingMode.HALF_UP));
		assertThat(rounded(latest, 1)).isEqualTo("11.9");
		assertThat(latest).containsEntry("region", "03459").containsEntry("symbol", null);
		// the Land from its published counts (1 093 110 foreigners, not the sum of the
		// Kreise)
		Map<String, Object> land = http.getList("/api/v1/indicators/1-2-2/values?region=03&from=2024&to=2024").get(0);
		assertThat(land.get("numerator").toString()).isEqualTo("1093110");
		assertThat(rounded(land, 1)).isEqualTo("13.6");
		// 2-3-3 Einbürgerungen je 100 Ausländer/innen, same reporting year
		Map<String, Object> naturalisations = http
			.getList("/api/v1/indicators/2-3-3/values?region=03459&from=2024&to=2024")
			.get(0);
		BigDecimal expected = new BigDecimal(naturalisations.get("numerator").toString())
			.multiply(BigDecimal.valueOf(100))
			.divide(new BigDecimal(naturalisations.get("denominator").toString()), 10, RoundingMode.HALF_UP);
		assertThat(new BigDecimal(naturalisations.get("value").toString())).isEqualByComparingTo(expected);
		assertThat(naturalisations.get("denominator").toString()).isEqualTo(latest.get("numerator").toString());
	}

	@Test
	void publishedFiguresAreReproducedByOwnIndicatorsOfEachKind() {
		StatisticsHttp http = strategy();
		String suffix = Long.toString(System.nanoTime(), 36);
		// RATIO: Mindestsicherungsquote = recipients ÷ population × 1 000, published in
		// 6-2-1 (Quote)
		created(http, """
				{"code":"quote-%s","titleDe":"Quote","themeCode":"6","definition":"d","unit":"je 1 000","precision":0,
				 "polarity":"LOWER_IS_BETTER","computation":{"kind":"RATIO","first":{
				 "numerator":{"series":"6-2-1","filter":{"Units":"Anzahl","Nationalität":"Insgesamt"}},
				 "denominator":{"series":"1-1-1"},"scale":1000}}}""".formatted(suffix));
		Map<String, BigDecimal> computed = ranking("quote-" + suffix, "2024", "03", Map.of());
		Map<String, BigDecimal> published = ranking("6-2-1", "2024", "03", Map.of("Nationalität", "Insgesamt"));
		assertThat(computed).hasSizeGreaterThan(40);
		// the publisher rounds to whole numbers from its own population figures: within 1
		computed.forEach((region, value) -> assertThat(value).as(region)
			.isCloseTo(published.get(region), org.assertj.core.data.Offset.offset(BigDecimal.ONE)));
		// at the indicator's precision (0 decimals): the API gives full precision
		assertThat(computed.entrySet()
			.stream()
			.filter((e) -> e.getValue().setScale(0, RoundingMode.HALF_UP).compareTo(published.get(e.getKey())) == 0))
			.as("exactly equal for most Kreise")
			.hasSizeGreaterThan(computed.size() * 3 / 4);

		// GAP: Zuzüge − Fortzüge = the published Saldo (1-4-5)
		created(http, """
				{"code":"saldo-%s","titleDe":"Saldo","themeCode":"1","definition":"d","unit":"Anzahl","precision":0,
				 "polarity":"NEUTRAL","computation":{"kind":"GAP",
				 "first":{"numerator":{"series":"1-4-5","filter":{"Wanderung":"Zuzüge","Units":"Anzahl"},
				   "by":["Nationalität / Geschlecht"]}},
				 "second":{"numerator":{"series":"1-4-5","filter":{"Wanderung":"Fortzüge","Units":"Anzahl"},
				   "by":["Nationalität / Geschlecht"]}}},
				 "defaultDimensions":{"Nationalität / Geschlecht":"Ausländerinnen und Ausländer"}}"""
			.formatted(suffix));
		Map<String, BigDecimal> saldo = ranking("saldo-" + suffix, "2024", "03", Map.of());
		Map<String, BigDecimal> publishedSaldo = ranking("1-4-5", "2024", "03",
				Map.of("Nationalität / Geschlecht", "Ausländerinnen und Ausländer"));
		assertThat(saldo).hasSizeGreaterThan(40).isEqualTo(publishedSaldo);

		// CHANGE: per cent against 2005 (19 years back) = the published "Veränderung
		// gegenüber 2005 in Prozent"
		created(http,
				"""
						{"code":"change-%s","titleDe":"Veränderung","themeCode":"1","definition":"d","unit":"Prozent",
						 "precision":0,"polarity":"NEUTRAL","computation":{"kind":"CHANGE","periodsBack":19,"change":"PERCENT",
						 "first":{"numerator":{"series":"1-2-4","filter":{"Units":"Anzahl"},"by":["Land der Staatsangehörigkeit"]}}},
						 "defaultDimensions":{"Land der Staatsangehörigkeit":"Syrien"}}"""
					.formatted(suffix));
		Map<String, Object> syria = http
			.getList("/api/v1/indicators/change-" + suffix + "/values?region=03459&from=2024")
			.get(0);
		assertThat(syria.get("value").toString()).isEqualTo("1150");
		assertThat(syria.get("numerator").toString()).isEqualTo("2150");
		assertThat(syria.get("denominator").toString()).isEqualTo("172");
		// 2011 has no value 19 years back: empty with the reason, never 0
		Map<String, Object> early = http.getList("/api/v1/indicators/change-" + suffix + "/values?region=03459&to=2011")
			.get(0);
		assertThat(early).containsEntry("value", null).containsEntry("symbol", "MISSING");
		assertThat(early.get("reason").toString()).contains("früherer Wert");
	}

	@Test
	void higherRegionsComeFromSummedCountsAndMissingOrSecretPartsLeaveTheValueEmpty() {
		StatisticsHttp http = strategy();
		String suffix = Long.toString(System.nanoTime(), 36);
		List<Region> gemeinden = this.regions.gemeinden("03459");
		assertThat(gemeinden).hasSizeGreaterThan(10);
		StringBuilder counts = new StringBuilder("Year,GeoCode,COMMENT_OBS,Value\n");
		StringBuilder bases = new StringBuilder("Year,GeoCode,Value\n");
		long sumCount2022 = 0;
		long sumBase2021 = 0;
		for (int i = 0; i < gemeinden.size(); i++) {
			String geo = "K" + gemeinden.get(i).key();
			long count = i + 1;
			long base = 10L * (i + 1) * (i + 1) + 7;
			counts.append("2022,").append(geo).append(",,").append(count).append('\n');
			// 2023: the first Gemeinde's count is secret
			counts.append("2023,").append(geo).append(i == 0 ? ",Gesperrt,\n" : ",," + count + "\n");
			counts.append("2024,").append(geo).append(",,").append(count).append('\n');
			bases.append("2021,").append(geo).append(',').append(base).append('\n');
			bases.append("2022,").append(geo).append(',').append(base).append('\n');
			sumCount2022 += count;
			sumBase2021 += base;
		}
		String countCode = "cnt-" + suffix;
		String baseCode = "base-" + suffix;
		http.uploadOk("indicator_" + countCode + ".csv", counts.toString().getBytes(StandardCharsets.UTF_8), null, 201);
		http.uploadOk("indicator_" + baseCode + ".csv", bases.toString().getBytes(StandardCharsets.UTF_8), null, 201);
		// ratio with the denominator of the previous year
		created(http, """
				{"code":"r-%s","titleDe":"Test","themeCode":"1","definition":"d","unit":"Prozent","precision":3,
				 "polarity":"NEUTRAL","computation":{"kind":"RATIO","first":{"numerator":{"series":"%s"},
				 "denominator":{"series":"%s","periodOffset":-1},"scale":100}}}""".formatted(suffix, countCode,
				baseCode));
		List<Map<String, Object>> kreis = http.getList("/api/v1/indicators/r-" + suffix + "/values?region=03459");
		assertThat(kreis).extracting((v) -> v.get("period")).containsExactly("2022", "2023", "2024");
		// 2022: sum of counts 2022 ÷ sum of bases 2021 × 100, not the mean of the
		// Gemeinde ratios
		BigDecimal expected = BigDecimal.valueOf(sumCount2022 * 100)
			.divide(BigDecimal.valueOf(sumBase2021), 10, RoundingMode.HALF_UP);
		assertThat(new BigDecimal(kreis.get(0).get("value").toString())).isEqualByComparingTo(expected);
		assertThat(kreis.get(0).get("numerator").toString()).isEqualTo(Long.toString(sumCount2022));
		assertThat(kreis.get(0).get("denominator").toString()).isEqualTo(Long.toString(sumBase2021));
		// 2023: one Gemeinde secret → the Kreis is secret too, never a smaller sum
		assertThat(kreis.get(1)).containsEntry("value", null).containsEntry("symbol", "SECRET");
		assertThat(kreis.get(1).get("reason").toString()).isEqualTo("Zähler: geheim (.)");
		// 2024: the denominator of 2023 is missing
		assertThat(kreis.get(2)).containsEntry("value", null).containsEntry("symbol", "MISSING");
		assertThat(kreis.get(2).get("reason").toString()).startsWith("Nenner");
		// the Gemeinde itself, and the ranking of the Gemeinden of the Kreis
		Region second = gemeinden.get(1);
		Map<String, Object> gemeinde = http
			.getList("/api/v1/indicators/r-" + suffix + "/values?region=" + second.key() + "&from=2022&to=2022")
			.get(0);
		assertThat(new BigDecimal(gemeinde.get("value").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(200).divide(BigDecimal.valueOf(47), 10, RoundingMode.HALF_UP));
		// the Land is not summed from one Kreis
		assertThat(http.getList("/api/v1/indicators/r-" + suffix + "/values?region=03")).isEmpty();
	}

	@Test
	void higherRegionsAreSummedStepByStepFromTheLowestLevelThatHasEveryPart() {
		StatisticsHttp http = strategy();
		String suffix = Long.toString(System.nanoTime(), 36);
		// Nordrhein-Westfalen by Gemeinde only: Kreise, then Regierungsbezirke, then the
		// Land are each summed from the sums of the level below; in 2023 the first
		// Gemeinde is missing, and with it its Kreis, its Regierungsbezirk and the Land
		List<Region> gemeinden = this.regions.gemeinden("05");
		Region first = gemeinden.get(0);
		StringBuilder file = new StringBuilder("Year,GeoCode,Value\n");
		for (Region gemeinde : gemeinden) {
			file.append("2022,K").append(gemeinde.key()).append(",1\n");
			if (gemeinde != first) {
				file.append("2023,K").append(gemeinde.key()).append(",1\n");
			}
		}
		// Bremen: Bremen by its Gemeinde only, Bremerhaven with a Kreis value of its own,
		// which wins over its Gemeinde's (Kreis and Gemeinde can come from different
		// sources)
		file.append("2022,K04011000,30\n2022,K04012,20\n2022,K04012000,999\n");
		String code = "gem-" + suffix;
		http.uploadOk("indicator_" + code + ".csv", file.toString().getBytes(StandardCharsets.UTF_8), null, 201);
		created(http, """
				{"code":"s-%s","titleDe":"Summe","themeCode":"1","definition":"d","unit":"Anzahl","precision":0,
				 "polarity":"NEUTRAL","computation":{"kind":"DIRECT","first":{"numerator":{"series":"%s"}}}}"""
			.formatted(suffix, code));
		String values = "/api/v1/indicators/s-" + suffix + "/values?region=";
		assertThat(http.getList(values + "05")).singleElement().satisfies((v) -> {
			assertThat(v).containsEntry("period", "2022");
			assertThat(v.get("value").toString()).isEqualTo(Integer.toString(gemeinden.size()));
		});
		String bezirkOfFirst = this.regions.ancestors(first.key())
			.stream()
			.filter((r) -> r.key().length() == 3)
			.findFirst()
			.orElseThrow()
			.key();
		for (Region bezirk : this.regions.children("05")) {
			int size = this.regions.gemeinden(bezirk.key()).size();
			List<Map<String, Object>> sums = http.getList(values + bezirk.key());
			assertThat(sums).extracting((v) -> v.get("period"))
				.as(bezirk.key())
				.containsExactlyElementsOf(
						bezirk.key().equals(bezirkOfFirst) ? List.of("2022") : List.of("2022", "2023"));
			assertThat(sums).extracting((v) -> v.get("value").toString()).first().isEqualTo(Integer.toString(size));
		}
		assertThat(http.getList(values + first.key().substring(0, 5))).extracting((v) -> v.get("period"))
			.containsExactly("2022");
		assertThat(http.getList(values + "04012")).singleElement()
			.satisfies((v) -> assertThat(v.get("value").toString()).isEqualTo("20"));
		assertThat(http.getList(values + "04")).singleElement()
			.satisfies((v) -> assertThat(v.get("value").toString()).isEqualTo("50"));
	}

	@Test
	void valuesFollowImportsAndRollbacksAutomatically() {
		StatisticsHttp http = strategy();
		String suffix = Long.toString(System.nanoTime(), 36);
		String code = "auto-" + suffix;
		http.uploadOk("indicator_" + code + ".csv",
				"Year,GeoCode,Value\n2023,K03459,10\n".getBytes(StandardCharsets.UTF_8), null, 201);
		created(http, """
				{"code":"d-%s","titleDe":"Direkt","themeCode":"1","definition":"d","unit":"Anzahl","precision":0,
				 "polarity":"NEUTRAL","computation":{"kind":"DIRECT","first":{"numerator":{"series":"%s"}}}}"""
			.formatted(suffix, code));
		assertThat(http.getList("/api/v1/indicators/d-" + suffix + "/values?region=03459")).singleElement()
			.satisfies((v) -> assertThat(v.get("value").toString()).isEqualTo("10"));
		Map<String, Object> second = http.uploadOk("indicator_" + code + ".csv",
				"Year,GeoCode,Value\n2023,K03459,12\n2024,K03459,.\n".getBytes(StandardCharsets.UTF_8), null, 201);
		List<Map<String, Object>> after = http.getList("/api/v1/indicators/d-" + suffix + "/values?region=03459");
		assertThat(after).extracting((v) -> String.valueOf(v.get("value"))).containsExactly("12", "null");
		assertThat(after.get(1)).containsEntry("symbol", "SECRET");
		assertThat(http.http()
			.send("POST", "/api/v1/statistics/imports/" + second.get("importId") + "/rollback", null, null)
			.statusCode()).isEqualTo(200);
		assertThat(http.getList("/api/v1/indicators/d-" + suffix + "/values?region=03459")).singleElement()
			.satisfies((v) -> assertThat(v.get("value").toString()).isEqualTo("10"));
	}

	@Test
	void badInputIsRefusedNamingWhatIsWrong() {
		StatisticsHttp http = strategy();
		Http api = http.http();
		assertThat(api.get("/api/v1/indicators/1-2-2/values").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/indicators/1-2-2/values?region=abc").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/indicators/1-2-2/values?region=99999").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/indicators/1-2-2/values?region=03459&Farbe=rot").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/indicators/nope/values?region=03459").statusCode()).isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/indicators", "application/json", "{").statusCode()).isEqualTo(400);
		HttpResponse<String> noTitle = api.send("POST", "/api/v1/indicators", "application/json",
				ownRatio("t-1", "1-2-1", "1-1-1", 100).replace("\"titleDe\":\"Eigener Anteil\",", ""));
		// readable but not acceptable: 422 naming the field, with the form's German text
		assertThat(noTitle.statusCode()).isEqualTo(422);
		assertThat(noTitle.body()).contains(
				"\"errors\":[{\"field\":\"titleDe\",\"message\":\"Bitte einen deutschen Titel angeben (höchstens 200 Zeichen).\"}]");
		assertThat(noTitle.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		HttpResponse<String> noSeries = api.send("POST", "/api/v1/indicators", "application/json",
				ownRatio("t-" + System.nanoTime(), "gibt-es-nicht", "1-1-1", 100));
		assertThat(noSeries.statusCode()).isEqualTo(422);
		assertThat(noSeries.body()).contains("\"field\":\"computation.first.numerator.series\"");
		HttpResponse<String> noDenominator = api.send("POST", "/api/v1/indicators", "application/json",
				ownRatio("t-2", "1-2-1", "1-1-1", 100).replace(",\"denominator\":{\"series\":\"1-1-1\"}", ""));
		assertThat(noDenominator.statusCode()).isEqualTo(422);
		assertThat(noDenominator.body()).contains("\"field\":\"computation.first.denominator\"");
	}

	@Test
	void ownIndicatorsStayWithTheirTenant() {
		StatisticsHttp landkreis = strategy();
		String code = "own-" + Long.toString(System.nanoTime(), 36);
		created(landkreis, ownRatio(code, "1-2-1", "1-1-1", 100));
		assertThat(landkreis.getList("/api/v1/indicators/" + code + "/values?region=03459")).isNotEmpty();
		StatisticsHttp stadt = user("stadt-osnabrueck", Role.STRATEGY);
		assertThat(stadt.http().get("/api/v1/indicators/" + code).statusCode()).isEqualTo(404);
		assertThat(stadt.http().get("/api/v1/indicators/" + code + "/values?region=03459").statusCode()).isEqualTo(404);
		assertThat(stadt.getList("/api/v1/indicators")).noneMatch((i) -> code.equals(i.get("code")));
		// the other tenant may use the same code for its own
		created(stadt, ownRatio(code, "1-2-1", "1-1-1", 1000));
		assertThat(stadt.getJson("/api/v1/indicators/" + code).get("computation").toString()).contains("1000");
		assertThat(landkreis.getJson("/api/v1/indicators/" + code).get("computation").toString())
			.doesNotContain("1000");
	}

	@Test
	void ownIndicatorsAreChangedAndDeletedWithTheirValues() {
		StatisticsHttp http = strategy();
		Http api = http.http();
		String suffix = Long.toString(System.nanoTime(), 36);
		// own counts and bases for Osnabrück, 2023 and 2024
		String counts = "cnt-" + suffix;
		String bases = "base-" + suffix;
		for (String[] series : new String[][] { { counts, "10", "20" }, { bases, "200", "500" } }) {
			String file = "Year,GeoCode,Value\n2023,K03459," + series[1] + "\n2024,K03459," + series[2] + "\n";
			http.uploadOk("indicator_" + series[0] + ".csv", file.getBytes(StandardCharsets.UTF_8), null, 201);
		}
		String code = "edit-" + suffix;
		String path = "/api/v1/indicators/" + code;
		created(http, ownRatio(code, counts, bases, 100));
		// 10 ÷ 200 × 100 = 5, 20 ÷ 500 × 100 = 4
		assertThat(http.getList(path + "/values?region=03459")).extracting((v) -> v.get("value").toString())
			.containsExactly("5", "4");

		// a new scale, title and precision; the code may be left out of the body
		HttpResponse<String> changed = api.send("PUT", path, "application/json",
				ownRatio(code, counts, bases, 1000).replace("\"code\":\"" + code + "\",", "")
					.replace("Eigener Anteil", "Eigene Quote je 1 000")
					.replace("\"precision\":1", "\"precision\":2"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		Map<String, Object> definition = StatisticsHttp.map(changed.body());
		assertThat(definition).containsEntry("code", code).containsEntry("titleDe", "Eigene Quote je 1 000");
		assertThat(definition.get("computation").toString()).contains("scale=1000");
		assertThat(http.getJson(path)).containsEntry("titleDe", "Eigene Quote je 1 000").containsEntry("precision", 2);
		// 10 ÷ 200 × 1 000 = 50, 20 ÷ 500 × 1 000 = 40
		assertThat(http.getList(path + "/values?region=03459")).extracting((v) -> v.get("value").toString())
			.containsExactly("50", "40");

		// bad input names the field; nothing changes
		HttpResponse<String> noTitle = api.send("PUT", path, "application/json",
				ownRatio(code, counts, bases, 10).replace("\"titleDe\":\"Eigener Anteil\",", ""));
		assertThat(noTitle.statusCode()).isEqualTo(422);
		assertThat(noTitle.body()).contains("\"field\":\"titleDe\"");
		assertThat(noTitle.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(api.send("PUT", path, "application/json", "{").statusCode()).isEqualTo(400);
		HttpResponse<String> noSeries = api.send("PUT", path, "application/json",
				ownRatio(code, "gibt-es-nicht", bases, 10));
		assertThat(noSeries.statusCode()).isEqualTo(422);
		assertThat(noSeries.body()).contains("\"field\":\"computation.first.numerator.series\"");
		HttpResponse<String> noDimension = api.send("PUT", path, "application/json", ownRatio(code, counts, bases, 10)
			.replace("{\"series\":\"" + counts + "\"}", "{\"series\":\"" + counts + "\",\"by\":[\"Farbe\"]}"));
		assertThat(noDimension.statusCode()).isEqualTo(422);
		assertThat(noDimension.body()).contains("\"field\":\"computation.first.numerator.by\"")
			.contains("Die gewählte Reihe hat dieses Merkmal nicht: „Farbe“");
		// the code cannot change
		HttpResponse<String> otherCode = api.send("PUT", path, "application/json",
				ownRatio("anders-" + suffix, counts, bases, 10));
		assertThat(otherCode.statusCode()).isEqualTo(422);
		assertThat(otherCode.body()).contains("\"field\":\"code\"")
			.contains("Der Code eines Indikators kann nicht geändert werden.");
		assertThat(api.get("/api/v1/indicators/anders-" + suffix).statusCode()).isEqualTo(404);
		assertThat(http.getList(path + "/values?region=03459")).extracting((v) -> v.get("value").toString())
			.containsExactly("50", "40");

		// the shipped catalogue is read-only
		HttpResponse<String> shipped = api.language("en")
			.send("PUT", "/api/v1/indicators/1-2-2", "application/json", ownRatio("1-2-2", "1-2-1", "1-1-1", 1000));
		assertThat(shipped.statusCode()).isEqualTo(409);
		assertThat(shipped.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(shipped.body()).contains("read-only");
		assertThat(api.send("DELETE", "/api/v1/indicators/1-2-2", null, null).statusCode()).isEqualTo(409);
		assertThat(http.getJson("/api/v1/indicators/1-2-2").get("computation").toString()).contains("scale=100")
			.doesNotContain("scale=1000");
		// another tenant's own indicator is not there for it; roles that read may not
		// change
		Http stadt = user("stadt-osnabrueck", Role.STRATEGY).http();
		assertThat(stadt.send("PUT", path, "application/json", ownRatio(code, "1-2-1", "1-1-1", 10)).statusCode())
			.isEqualTo(404);
		assertThat(stadt.send("DELETE", path, null, null).statusCode()).isEqualTo(404);
		Http counsellor = user("landkreis-osnabrueck", Role.COUNSELLOR).http();
		assertThat(counsellor.get(path).statusCode()).isEqualTo(200);
		assertThat(counsellor.send("PUT", path, "application/json", ownRatio(code, counts, bases, 10)).statusCode())
			.isEqualTo(403);
		assertThat(counsellor.send("DELETE", path, null, null).statusCode()).isEqualTo(403);

		// delete: 204, then gone with its values
		long id = this.jdbc.sql("SELECT id FROM indicator_definition WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single();
		assertThat(api.send("DELETE", path, null, null).statusCode()).isEqualTo(204);
		assertThat(api.get(path).statusCode()).isEqualTo(404);
		assertThat(api.get(path + "/values?region=03459").statusCode()).isEqualTo(404);
		assertThat(api.send("DELETE", path, null, null).statusCode()).isEqualTo(404);
		assertThat(http.getList("/api/v1/indicators")).noneMatch((i) -> code.equals(i.get("code")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM indicator_value WHERE indicator_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		// each step is in the audit log
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_event WHERE record_type = 'indicator' AND record_id = ? " + "ORDER BY id")
			.param(code)
			.query(String.class)
			.list()).containsExactly("indicator.defined", "indicator.changed", "indicator.deleted");
	}

	private static String ownRatio(String code, String numerator, String denominator, int scale) {
		return """
				{"code":"%s","titleDe":"Eigener Anteil","themeCode":"1","definition":"Eigene Definition","unit":"Prozent",
				 "precision":1,"polarity":"NEUTRAL","computation":{"kind":"RATIO","first":{"numerator":{"series":"%s"},"denominator":{"series":"%s"},"scale":%d}}}"""
			.formatted(code, numerator, denominator, scale);
	}

	private static void created(StatisticsHttp http, String json) {
		HttpResponse<String> response = http.http().send("POST", "/api/v1/indicators", "application/json", json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/** Region → value of the ranking of the Kreise of a Land (regions with a value). */
	private Map<String, BigDecimal> ranking(String code, String period, String parent, Map<String, String> dimensions) {
		UUID tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		Map<String, BigDecimal> values = new HashMap<>();
		for (IndicatorValue value : this.indicators.ranking(tenantId, code, period, parent, dimensions)) {
			if (value.value() != null) {
				values.put(value.region(), value.value());
			}
		}
		return values;
	}

}
