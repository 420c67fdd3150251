package de.teilhabe.platform;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages and API problem details speak the reader's language (German by default),
 * never show an exception, and keep the tenant's name in the header.
 */
@IntegrationTest
class LocalizedErrorsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMalformedIdInTheAddressIsAGermanPageWithTheTenantsName() {
		HttpResponse<String> page = Http.loggedIn(this.port, "admin", "demo").get("/network/organisations/not-a-uuid");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Die Anfrage ist fehlerhaft")
			.contains("Die Adresse enthält den ungültigen Wert „not-a-uuid“.")
			.contains("site-header__tenant\">Landkreis Osnabrück<")
			.doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("UUID");
	}

	@Test
	void anUnknownPageKeepsTheTenantsName() {
		HttpResponse<String> page = Http.loggedIn(this.port, "admin", "demo").get("/gibt-es-nicht");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Seite nicht gefunden").contains("site-header__tenant\">Landkreis Osnabrück<");
	}

	@Test
	void aBadNumberInTheQueryIsAGermanBadRequestPage() {
		HttpResponse<String> page = Http.loggedIn(this.port, "admin", "demo").get("/audit?page=viele");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Der Wert „viele“ passt nicht")
			.contains("Landkreis Osnabrück")
			.doesNotContain("Exception")
			.doesNotContain("java.");
	}

	@Test
	void monitoringErrorsAreGerman() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> series = strategie.get("/statistics/series/999999");
		assertThat(series.statusCode()).isEqualTo(404);
		assertThat(series.body()).contains("Eine Statistikreihe „999999“ gibt es nicht.")
			.doesNotContain("No statistics series");
		HttpResponse<String> year = strategie.get("/indicators?year=1800");
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(year.body()).contains("Für „1800“ gibt es keine Indikatorwerte.")
			.contains("Landkreis Osnabrück")
			.doesNotContain("There are no");
	}

	@Test
	void theApiDetailFollowsAcceptLanguageGermanByDefault() {
		Http api = Http.withToken(this.port, "demo-token-strategie");
		assertThat(api.get("/api/v1/regions/03999").body())
			.contains("Eine Region mit dem Schlüssel 03999 gibt es nicht");
		assertThat(api.get("/api/v1/regions/03999", Map.of("Accept-Language", "en-GB,en;q=0.9")).body())
			.contains("There is no region with the key 03999");
		assertThat(api.get("/api/v1/regions/03999", Map.of("Accept-Language", "fr")).body())
			.contains("Eine Region mit dem Schlüssel 03999 gibt es nicht");
	}

	@Test
	void theProblemTitleFollowsAcceptLanguageToo() {
		Http api = Http.withToken(this.port, "demo-token-strategie");
		assertThat(StatisticsHttp.map(api.get("/api/v1/regions/03999").body())).containsEntry("title", "Nicht gefunden")
			.containsEntry("status", 404);
		assertThat(StatisticsHttp.map(api.get("/api/v1/regions/03999", Map.of("Accept-Language", "en")).body())
			.get("title")).isEqualTo("Not Found");
		assertThat(StatisticsHttp.map(api.get("/api/v1/regions/03999", Map.of("Accept-Language", "de")).body())
			.get("detail")
			.toString()).startsWith("Eine Region mit dem Schlüssel 03999 gibt es nicht");
	}

	@Test
	void theSecurityFiltersAnswerInTheReadersLanguage() {
		HttpResponse<String> anonymous = new Http(this.port).get("/api/v1/statistics/series");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(StatisticsHttp.map(anonymous.body())).containsEntry("title", "Anmeldung erforderlich")
			.containsEntry("detail", "Anmeldung erforderlich: Senden Sie den Header Authorization: Bearer <Token>.");
		HttpResponse<String> unknownToken = Http.withToken(this.port, "kein-gueltiger-token")
			.get("/api/v1/statistics/series", Map.of("Accept-Language", "en"));
		assertThat(unknownToken.statusCode()).isEqualTo(401);
		assertThat(StatisticsHttp.map(unknownToken.body())).containsEntry("title", "Unauthorized")
			.containsEntry("detail", "The API token is unknown, expired or revoked.");
		HttpResponse<String> forbidden = Http.withToken(this.port, "demo-token-lotse").get("/api/v1/statistics/series");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(StatisticsHttp.map(forbidden.body())).containsEntry("title", "Kein Zugriff")
			.containsEntry("detail", "Ihre Rollen erlauben diese Anfrage nicht.");
	}

	@Test
	void statisticsFileErrorsAreGermanInTheApiAndOnTheImportPage() {
		StatisticsHttp strategie = StatisticsHttp.withToken(this.port, "strategie");
		String fileName = "brief-" + System.nanoTime() + ".csv";
		HttpResponse<String> answer = strategie.upload(fileName,
				"Sehr geehrte Damen und Herren,\nanbei die Zahlen.\n".getBytes(StandardCharsets.UTF_8), null);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(StatisticsHttp.map(answer.body()).get("detail"))
			.isEqualTo("Die Datei hat keines der bekannten Formate: Open-SDG-CSV (erste Spalte Year, letzte Spalte "
					+ "Value), GENESIS-Flatfile (ffcsv), GENESIS-Tabelle (datencsv) oder BA-Statistikexport. "
					+ "Es wurde nichts gespeichert.");
		String id = this.jdbc.sql("SELECT id::text FROM statistics_import WHERE file_name = ?")
			.param(fileName)
			.query(String.class)
			.single();
		String page = Http.loggedIn(this.port, "strategie", "demo").get("/statistics/imports/" + id).body();
		assertThat(page).contains("Die Datei hat keines der bekannten Formate").doesNotContain("none of the known");
	}

}
