package de.teilhabe.monitoring.statistics.pages;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics pages through real HTTP with a signed-in session: upload form to report,
 * history, rollback button, series browser, statistical areas.
 */
@IntegrationTest
class StatisticsPagesTest {

	@LocalServerPort
	int port;

	private Http strategie() {
		return Http.loggedIn(this.port, "strategie", "demo");
	}

	/** Posts the upload form (multipart) with the CSRF token of the form page. */
	static HttpResponse<String> submitUpload(Http http, String fileName, byte[] content, Map<String, String> fields) {
		String csrf = http.csrfFrom("/statistics/upload");
		String boundary = "----teilhabe" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: text/csv\r\n\r\n");
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = http
			.request("/statistics/upload?_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers
				.ofByteArrays(List.of(head.toString().getBytes(StandardCharsets.UTF_8), content, tail)))
			.build();
		return http.send(request);
	}

	@Test
	void uploadShowsTheReportWithRejectedRowsAndTheHistoryOffersRollback() {
		Http http = strategie();
		assertThat(http.get("/statistics/upload").body()).contains("type=\"file\"").contains("name=\"dryRun\"");
		String code = StatisticsHttp.uniqueCode("page");
		String csv = "Year,Gebietseinheit,GeoCode,Value\n2019,Melle,K03459024,12\n2019,Nirgendwo,K03999,13\n";
		HttpResponse<String> posted = submitUpload(http, "indicator_" + code + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		String location = posted.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/statistics/imports/");
		String report = http.get(location.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(report).contains("Abgeschlossen")
			.contains("id=\"stored\">1<")
			.contains("id=\"rejected\">1<")
			.contains("Die Region 03999 (aus „K03999“) ist kein bekannter Regionsschlüssel.")
			.contains("Import zurücknehmen");
		String history = http.get("/statistics/imports").body();
		assertThat(history).contains("indicator_" + code + ".csv");
	}

	@Test
	void theReportLinksTheSeriesAndTheIndicatorsItChangedAndASharedSeriesIsRefused() throws InterruptedException {
		Http http = strategie();
		StatisticsHttp api = StatisticsHttp.withToken(this.port, "strategie");
		String code = StatisticsHttp.uniqueCode("links");
		byte[] first = "Year,GeoCode,Value\n2023,K03459,10\n".getBytes(StandardCharsets.UTF_8);
		api.uploadOk("indicator_" + code + ".csv", first, null, 201);
		String indicator = "own-" + code;
		assertThat(api.http()
			.send("POST", "/api/v1/indicators", "application/json",
					"""
							{"code":"%s","titleDe":"Verlinkt im Bericht","themeCode":"1","definition":"d","unit":"Anzahl",
							 "precision":0,"polarity":"NEUTRAL","computation":{"kind":"DIRECT","first":{"numerator":{"series":"%s"}}}}"""
						.formatted(indicator, code))
			.statusCode()).isEqualTo(201);
		byte[] second = "Year,GeoCode,Value\n2024,K03459,12\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> posted = submitUpload(http, "indicator_" + code + ".csv", second, Map.of());
		String report = http
			.get(posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body();
		assertThat(report).containsPattern("<a class=\"kern-link\" href=\"/statistics/series/\\d+\">" + code + "</a>")
			.contains("Geänderte Indikatoren")
			.contains("<a class=\"kern-link\" href=\"/indicators/" + indicator + "\">Verlinkt im Bericht</a>");

		// a shipped file again: refused with the reason, the form offers the confirmation
		assertThat(http.get("/statistics/upload").body()).contains("name=\"sharedCopy\"");
		HttpResponse<String> shipped = submitUpload(http, "indicator_2-3-1.csv",
				StatisticsHttp.reference("integrationsmonitoring-ni/data/indicator_2-3-1.csv"), Map.of());
		String refusedPath = shipped.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String refused = http.get(refusedPath).body();
		for (int i = 0; i < 100 && !refused.contains("gemeinsame Referenzreihe"); i++) {
			Thread.sleep(100);
			refused = http.get(refusedPath).body();
		}
		assertThat(refused).contains("gemeinsame Referenzreihe").contains("„Als eigene Kopie importieren“");
	}

	@Test
	void aTooLargeUploadSaysHowLargeAFileMayBeAndLeadsBackToTheForm() {
		Http http = strategie();
		byte[] content = new byte[21 * 1024 * 1024];
		java.util.Arrays.fill(content, (byte) 'x');
		HttpResponse<String> response = submitUpload(http, "too-large.csv", content, Map.of());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Die Datei ist zu groß: erlaubt sind höchstens 20 MB.")
			.contains("href=\"/statistics/upload\"");
	}

	@Test
	void anEmptyUploadIsAnErrorAtTheField() {
		Http http = strategie();
		HttpResponse<String> response = submitUpload(http, "", new byte[0], Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"file-error\"")
			.contains("Bitte wählen Sie eine Datei aus.")
			.contains("aria-describedby=\"file-hint file-error\"");
	}

	@Test
	void aDryRunFromThePageStoresNothing() {
		Http http = strategie();
		String code = StatisticsHttp.uniqueCode("pagedry");
		HttpResponse<String> posted = submitUpload(http, "indicator_" + code + ".csv",
				"Year,GeoCode,Value\n2019,K03459,5\n".getBytes(StandardCharsets.UTF_8), Map.of("dryRun", "true"));
		String report = http
			.get(posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body();
		assertThat(report).contains("Probelauf").doesNotContain("Import zurücknehmen");
		assertThat(StatisticsHttp.withToken(this.port, "strategie")
			.http()
			.get("/api/v1/statistics/series/" + code)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void seriesBrowserShowsSourcesCoverageAndHistory() {
		Http http = Http.loggedIn(this.port, "beratung", "demo");
		String list = http.get("/statistics").body();
		assertThat(list).contains("Ausländerinnen und Ausländer in Niedersachsen")
			.contains("Landesamt für Statistik Niedersachsen")
			.contains("Referenzdaten");
		long id = StatisticsHttp.number(StatisticsHttp.withToken(this.port, "beratung")
			.getJson("/api/v1/statistics/series/1-2-1")
			.get("series") instanceof Map<?, ?> series ? series.get("id") : null);
		String page = http.get("/statistics/series/" + id).body();
		assertThat(page).contains("<h1 class=\"kern-heading\">Ausländerinnen und Ausländer in Niedersachsen</h1>")
			.contains("Region Hannover ohne Landeshauptstadt")
			.contains("Abdeckung")
			.contains("indicator_1-2-1.csv")
			.contains("Quelle: Landesamt für Statistik Niedersachsen");
		assertThat(http.get("/statistics/upload").statusCode()).isEqualTo(403);
	}

	@Test
	void aTenantDefinesAStatisticalAreaAndImportsDataForIt() {
		Http http = strategie();
		String local = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		HttpResponse<String> invalid = http.submit("/statistics/areas", "/statistics/areas",
				Map.of("parentKey", "03404", "code", "a b", "name", ""));
		assertThat(invalid.body()).contains("id=\"parentKey-error\"")
			.contains("id=\"code-error\"")
			.contains("id=\"name-error\"");
		HttpResponse<String> created = http.submit("/statistics/areas", "/statistics/areas",
				Map.of("parentKey", "03459024", "code", local, "name", "Melle-Mitte " + local));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(http.get("/statistics/areas").body()).contains("03459024-" + local);

		String code = StatisticsHttp.uniqueCode("area");
		Map<String, Object> report = StatisticsHttp.withToken(this.port, "strategie")
			.uploadOk("indicator_" + code + ".csv",
					("Year,GeoCode,Value\n2023,03459024-" + local + ",321\n").getBytes(StandardCharsets.UTF_8), null,
					201);
		assertThat(report).containsEntry("observationsStored", 1);
		// another tenant does not know the area
		assertThat(StatisticsHttp.withToken(this.port, "stadt-admin")
			.http()
			.get("/api/v1/statistics/series/" + code)
			.statusCode()).isEqualTo(404);
	}

}
