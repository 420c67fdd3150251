package de.teilhabe.platform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input answers 400 in words, never 500: control characters in the query, form fields
 * and file names; multipart bodies without a boundary or cut off; {@code /error}
 * requested directly.
 */
@IntegrationTest
class BadInputTest {

	static final String UPLOAD_HEAD = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
			+ "Content-Type: text/csv\r\n\r\nName;Ort\r\nVerein;Melle\r\n";

	@LocalServerPort
	int port;

	@Test
	void aNulInTheQueryOfThePublicApiIsAProblemInGerman() {
		HttpResponse<String> answer = new Http(this.port)
			.get("/api/v1/organisations?tenant=landkreis-osnabrueck&q=%00");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("unsichtbares Steuerzeichen").doesNotContain("Exception");
	}

	@Test
	void aControlCharacterInTheQueryIsAProblemInEnglishForAnEnglishClient() {
		HttpResponse<String> answer = Http.withToken(this.port, "demo-token-beratung")
			.get("/api/v1/regions?q=Mel%1Ble", Map.of("Accept-Language", "en"));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("invisible control character");
	}

	@Test
	void tabsAndLineBreaksAreNoControlCharactersToRefuse() {
		HttpResponse<String> answer = new Http(this.port)
			.get("/api/v1/organisations?tenant=landkreis-osnabrueck&q=Mel%09le%0D%0A");
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void aNulInAFormFieldIsAGermanPageWithALinkBackToTheForm() {
		Http http = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> page = http.submit("/network/organisations/new", "/network/organisations",
				Map.of("name", "Verein\u0000"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Die Anfrage ist fehlerhaft")
			.contains("Eine Eingabe enthält ein unsichtbares Steuerzeichen")
			.contains("href=\"/network/organisations\"")
			.contains("Zurück zum Formular")
			.contains("Landkreis Osnabrück")
			.doesNotContain("Exception");
	}

	@Test
	void aNulInTheLoginFormIsRefusedBeforeTheDatabaseSeesIt() {
		Http http = new Http(this.port);
		HttpResponse<String> page = http.postForm("/login", Map.of("username", "admin\u0000", "password", "demo"),
				http.csrfFrom("/login"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("unsichtbares Steuerzeichen");
	}

	@Test
	void aControlCharacterInAnUploadsFileNameIsAGermanPage() {
		Http http = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> page = multipart(http, "/network/import", "multipart/form-data; boundary=XyZ",
				UPLOAD_HEAD.formatted("liste\u0007.csv") + "--XyZ--\r\n");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Der Name der hochgeladenen Datei enthält ein unsichtbares Steuerzeichen")
			.contains("Zurück zum Formular");
	}

	@Test
	void aMultipartUploadWithoutABoundaryIsAGermanPage() {
		Http http = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> page = multipart(http, "/network/import", "multipart/form-data",
				UPLOAD_HEAD.formatted("liste.csv") + "--XyZ--\r\n");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Die hochgeladenen Daten sind unvollständig oder nicht lesbar");
	}

	@Test
	void aCutOffMultipartUploadToTheApiIsAProblem() {
		Http http = Http.withToken(this.port, "demo-token-strategie");
		HttpResponse<String> answer = http.send(http.request("/api/v1/statistics/imports")
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofString(UPLOAD_HEAD.formatted("werte.csv").substring(0, 90)))
			.build());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("Die hochgeladenen Daten sind unvollständig oder nicht lesbar");
	}

	@Test
	void aNulInsideAJsonBodyIsABadRequestNotAServerError() {
		HttpResponse<String> answer = Http.withToken(this.port, "demo-token-strategie")
			.send("POST", "/api/v1/indicators", "application/json", """
					{"code":"nul-%d","titleDe":"Anteil\\u0000","themeCode":"1","definition":"Probe","unit":"Prozent",
					 "precision":1,"polarity":"NEUTRAL","computation":{"kind":"RATIO","first":{"numerator":
					 {"series":"1-2-1"},"denominator":{"series":"1-1-1"},"scale":100}}}"""
				.formatted(System.nanoTime()));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("unsichtbares Steuerzeichen");
	}

	@Test
	void theErrorAddressRequestedDirectlyIsAFriendlyNotFoundPage() {
		HttpResponse<String> page = Http.loggedIn(this.port, "admin", "demo").get("/error");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Seite nicht gefunden").contains("Landkreis Osnabrück");
		assertThat(new Http(this.port).send("POST", "/error", null, null).statusCode()).isLessThan(500);
	}

	private static HttpResponse<String> multipart(Http http, String path, String contentType, String body) {
		String csrf = http.csrfFrom(path);
		return http.send(http.request(path)
			.header("Content-Type", contentType)
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
