package de.teilhabe.privacy;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DataSubjectRequestsTest {

	@LocalServerPort
	int port;

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	PrivacyFixtures fixtures;

	UUID landkreis;

	String purpose;

	String client;

	@BeforeEach
	void fixtures() {
		this.fixtures = PrivacyFixtures.of(this.context);
		this.landkreis = this.fixtures.tenant(PrivacyFixtures.LANDKREIS);
		this.purpose = this.fixtures.purpose(this.landkreis);
		this.client = "c-" + UUID.randomUUID();
		this.fixtures.consent(this.landkreis, "client", this.client, this.purpose);
	}

	@Test
	void apiExportsTheSubjectsConsentsAndAuditsTheReason() {
		HttpResponse<String> export = Http.withToken(this.port, "demo-token-datenschutz")
			.get("/api/v1/privacy/subjects/client/" + this.client + "/export?reason=" + encode("Antrag AZ-4711"));
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("\"consents\"")
			.contains("\"purpose\":\"" + this.purpose + "\"")
			.contains("Ich willige ein")
			.contains("\"givenHow\":\"WRITTEN\"")
			.contains("\"id\":\"" + this.client + "\"");
		assertThat(auditReasons("subject.exported")).contains("Antrag AZ-4711");
	}

	@Test
	void apiRefusesBadInputWithTheFieldNamed() {
		Http api = Http.withToken(this.port, "demo-token-datenschutz");
		HttpResponse<String> noReason = api.get("/api/v1/privacy/subjects/client/" + this.client + "/export");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("\"field\":\"reason\"");
		assertThat(api.get("/api/v1/privacy/subjects/Client!/x/export?reason=a").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/privacy/subjects/client/unknown-" + UUID.randomUUID() + "/export?reason=a")
			.statusCode()).isEqualTo(404);

		String erasure = "/api/v1/privacy/subjects/client/" + this.client + "/erasure";
		HttpResponse<String> unconfirmed = api.send("POST", erasure, "application/json", "{\"reason\":\"Antrag\"}");
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("\"field\":\"confirm\"");
		assertThat(api.send("POST", erasure, "application/json", "{\"confirm\":true}").body())
			.contains("\"field\":\"reason\"");
		assertThat(api.send("POST", erasure, "application/json", "{not json").statusCode()).isEqualTo(400);
		assertThat(api.send("POST", erasure, null, null).statusCode()).isEqualTo(400);
		assertThat(this.consents.isGiven(this.landkreis, "client", this.client, this.purpose)).isTrue();

		assertThat(Http.withToken(this.port, "demo-token-admin")
			.get("/api/v1/privacy/subjects/client/" + this.client + "/export?reason=x")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void apiErasureAnonymisesTheConsentsAndAuditsTheReason() {
		HttpResponse<String> erased = Http.withToken(this.port, "demo-token-datenschutz")
			.send("POST", "/api/v1/privacy/subjects/client/" + this.client + "/erasure", "application/json",
					"{\"reason\":\"Löschantrag AZ-99\",\"confirm\":true}");
		assertThat(erased.statusCode()).isEqualTo(200);
		assertThat(erased.body()).contains("\"section\":\"consents\"").contains("\"affected\":1");
		assertThat(this.consents.isGiven(this.landkreis, "client", this.client, this.purpose)).isFalse();
		assertThat(this.consents.history(this.landkreis, "client", this.client)).isEmpty();
		assertThat(auditReasons("subject.erased")).contains("Löschantrag AZ-99");
		assertThat(Http.withToken(this.port, "demo-token-datenschutz")
			.get("/api/v1/privacy/subjects/client/" + this.client + "/export?reason=x")
			.statusCode()).as("nothing left to export").isEqualTo(404);
	}

	@Test
	void anotherTenantsPrivacyOfficerFindsNothing() {
		PrivacyFixtures.TestUser stadtOfficer = this.fixtures.user(PrivacyFixtures.STADT, "PRIVACY_OFFICER");
		Http api = Http.withToken(this.port, stadtOfficer.token());
		assertThat(api.get("/api/v1/privacy/subjects/client/" + this.client + "/export?reason=x").statusCode())
			.isEqualTo(404);
		assertThat(api
			.send("POST", "/api/v1/privacy/subjects/client/" + this.client + "/erasure", "application/json",
					"{\"reason\":\"x\",\"confirm\":true}")
			.statusCode()).isEqualTo(404);
		Http web = Http.loggedIn(this.port, stadtOfficer.username(), PrivacyFixtures.PASSWORD);
		assertThat(web.get("/privacy/subjects?type=client&id=" + this.client).body())
			.contains("keine Daten gespeichert");
		assertThat(web.get("/privacy/subjects/client/" + this.client + "/export?reason=x").statusCode()).isEqualTo(404);
		assertThat(this.consents.isGiven(this.landkreis, "client", this.client, this.purpose)).isTrue();
	}

	@Test
	void pageFindsTheSubjectDownloadsTheExportAndErasesWithReasonAndConfirmation() {
		Http web = Http.loggedIn(this.port, "datenschutz", "demo");
		String page = "/privacy/subjects?type=client&id=" + this.client;
		HttpResponse<String> found = web.get(page);
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("Daten gespeichert in: Einwilligungen").contains("id=\"export-form\"");

		HttpResponse<String> download = web
			.get("/privacy/subjects/client/" + this.client + "/export?reason=" + encode("Auskunft AZ-1"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("attachment"));
		assertThat(download.body()).contains(this.purpose);

		HttpResponse<String> noReason = web.get("/privacy/subjects/client/" + this.client + "/export?reason=");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Bitte geben Sie den Anlass an.")
			.contains("aria-describedby=\"export-reason-error\"");

		String erase = "/privacy/subjects/client/" + this.client + "/erase";
		HttpResponse<String> unconfirmed = web.submit(page, erase, Map.of("reason", "Antrag"));
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("Bitte bestätigen Sie die Löschung.");
		HttpResponse<String> withoutReason = web.submit(page, erase, Map.of("confirm", "true"));
		assertThat(withoutReason.body()).contains("Bitte geben Sie den Anlass an.");
		assertThat(this.consents.isGiven(this.landkreis, "client", this.client, this.purpose)).isTrue();

		HttpResponse<String> erased = web.submit(page, erase, Map.of("reason", "Löschantrag AZ-2", "confirm", "true"));
		assertThat(erased.statusCode()).isEqualTo(302);
		String after = web.get(erased.headers().firstValue("Location").orElseThrow().replace(web.base(), "")).body();
		assertThat(after).contains("Die Daten wurden gelöscht oder anonymisiert")
			.contains("Einwilligungen: 1 Datensatz –");
		assertThat(this.consents.isGiven(this.landkreis, "client", this.client, this.purpose)).isFalse();
		assertThat(auditReasons("subject.erased")).contains("Löschantrag AZ-2");
	}

	@Test
	void pageNamesMalformedFields() {
		Http web = Http.loggedIn(this.port, "datenschutz", "demo");
		String body = web.get("/privacy/subjects?type=Bad+Type&id=").body();
		assertThat(body).contains("Die Art darf nur Kleinbuchstaben")
			.contains("Bitte geben Sie die Kennung der Person an.")
			.contains("aria-describedby=\"id-error\"");
		assertThat(Http.loggedIn(this.port, "admin", "demo").get("/privacy/subjects").statusCode()).isEqualTo(403);
	}

	private java.util.List<String> auditReasons(String action) {
		return this.jdbc.sql("SELECT reason FROM audit_event WHERE tenant_id = ? AND action = ? AND record_id = ?")
			.params(this.landkreis, action, "client:" + this.client)
			.query(String.class)
			.list();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
