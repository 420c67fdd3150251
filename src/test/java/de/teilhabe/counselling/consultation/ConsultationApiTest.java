package de.teilhabe.counselling.consultation;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expert consultations through the real HTTP layer: entered for an organisation of the
 * network picked by id (its name kept) or for a service named in words, read, changed,
 * listed; bad bodies name every field (422), nothing stored; the pages with the note that
 * no client data belongs there, the organisations by name; another tenant 404, ADMIN 403;
 * the demo data.
 */
@IntegrationTest
class ConsultationApiTest {

	private static final String API = "/api/v1/counselling/expert-consultations";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
	}

	private Map<String, Object> organisation() {
		return this.jdbc
			.sql("SELECT o.id, o.name FROM network_organisation o JOIN tenant t ON t.id = o.tenant_id "
					+ "WHERE t.slug = 'landkreis-osnabrueck' AND o.name LIKE 'Beispiel-Wohlfahrtsverband%' LIMIT 1")
			.query()
			.singleRow();
	}

	@Test
	void aConsultationIsEnteredForAnOrganisationOrAServiceReadChangedAndListed() {
		Map<String, Object> organisation = organisation();
		HttpResponse<String> created = this.api.send("POST", API, "application/json", """
				{"organisationId": "%s", "consultedOn": "2026-11-03", "question": "Wie erreichen wir Familien?",
				 "answer": "Elterncafé empfohlen", "minutes": 45, "topics": ["FAMILY_SCHOOL"]}"""
			.formatted(organisation.get("id")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Map<String, Object> answer = json(created);
		UUID id = UUID.fromString((String) answer.get("id"));
		assertThat(created.headers().firstValue("Location")).hasValue(API + "/" + id);
		assertThat(answer).containsEntry("serviceName", organisation.get("name"))
			.containsEntry("minutes", 45)
			.containsEntry("topics", List.of(Map.of("code", "FAMILY_SCHOOL", "name", "Familie, Kita und Schule")));

		HttpResponse<String> changed = this.api.send("PUT", API + "/" + id, "application/json", """
				{"serviceName": "Jobcenter Landkreis Osnabrück", "consultedOn": "2026-11-04",
				 "question": "Anerkennung?", "minutes": 30, "topics": ["WORK_RECOGNITION", "LANGUAGE_COURSE"]}""");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("serviceName", "Jobcenter Landkreis Osnabrück")
			.containsEntry("organisationId", null)
			.containsEntry("answer", null);
		assertThat(json(this.api.get(API + "/" + id))).containsEntry("consultedOn", "2026-11-04");
		Map<String, Object> page = json(this.api.get(API + "?size=100"));
		assertThat(page).containsKeys("items", "page", "size", "totalItems", "totalPages");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE record_id = ? AND action LIKE "
					+ "'counselling.consultation.%'")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(2);

		// another tenant's counsellor does not find it; ADMIN and other roles are refused
		Http stadt = this.fixtures.api(this.fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR));
		assertThat(stadt.get(API + "/" + id).statusCode()).isEqualTo(404);
		assertThat(Http.withToken(this.port, "demo-token-admin").get(API).statusCode()).isEqualTo(403);
		assertThat(Http.withToken(this.port, "demo-token-strategie").get(API + "/" + id).statusCode()).isEqualTo(403);
	}

	@Test
	void badBodiesNameEveryFieldAndStoreNothing() {
		long before = count();
		HttpResponse<String> empty = this.api.send("POST", API, "application/json", "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("consultedOn", "question", "minutes", "topics");
		String tomorrow = BerlinTime.today().plusDays(1).toString();
		HttpResponse<String> wrong = this.api.send("POST", API, "application/json", """
				{"organisationId": "%s", "consultedOn": "%s", "question": "Frage", "minutes": 2000,
				 "topics": ["SPACE"]}""".formatted(UUID.randomUUID(), tomorrow));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("minutes", "topics");
		HttpResponse<String> neither = this.api.send("POST", API, "application/json", """
				{"consultedOn": "%s", "question": "Frage", "minutes": 20, "topics": ["OTHER"]}""".formatted(tomorrow));
		assertThat(neither.body()).contains("serviceName", "consultedOn", "Bitte eine Organisation wählen");
		HttpResponse<String> unknown = this.api.send("POST", API, "application/json", """
				{"organisationId": "%s", "consultedOn": "2026-11-01", "question": "Frage", "minutes": 20,
				 "topics": ["OTHER"]}""".formatted(UUID.randomUUID()));
		assertThat(unknown.body()).contains("organisationId");
		HttpResponse<String> nul = this.api.send("POST", API, "application/json", """
				{"serviceName": "Amt\\u0000", "consultedOn": "2026-11-01", "question": "%s", "minutes": 20,
				 "topics": ["OTHER"]}""".formatted("x".repeat(100_000)));
		assertThat(nul.statusCode()).isEqualTo(422);
		assertThat(nul.body()).contains("serviceName", "question");
		assertThat(count()).isEqualTo(before);
		assertThat(this.api.get(API + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void thePagesSayNoClientDataAndOfferTheOrganisationsByName() {
		Http pages = this.fixtures.session(this.counsellor);
		String form = pages.get("/counselling/expert-consultations/new").body();
		assertThat(form).contains("Bitte keine personenbezogenen Daten von Klientinnen und Klienten eintragen",
				(String) organisation().get("name"));
		HttpResponse<String> refused = AccessFixtures.post(pages, "/counselling/expert-consultations/new",
				"/counselling/expert-consultations", "question", "", "minutes", "abc");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Frage: Bitte ausfüllen.", "Zeitaufwand in Minuten: Bitte eine ganze Zahl");
		HttpResponse<String> saved = AccessFixtures.post(pages, "/counselling/expert-consultations/new",
				"/counselling/expert-consultations", "serviceName", "Sozialamt, Wohngeld", "consultedOn", "2026-11-02",
				"question", "Bescheide verständlich?", "minutes", "25", "topics", "MONEY_BENEFITS");
		assertThat(saved.statusCode()).isEqualTo(302);
		String list = pages.get("/counselling/expert-consultations").body();
		assertThat(list).contains("Sozialamt, Wohngeld", "Geld und Sozialleistungen",
				"Die Fachberatung ist gespeichert.");
		// the demo data: consultations of the Jobcenter and of demo organisations of the
		// network
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM counselling_expert_consultation c JOIN tenant t ON t.id = c.tenant_id "
					+ "WHERE t.slug = 'landkreis-osnabrueck' AND c.organisation_id IS NOT NULL")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM counselling_expert_consultation c JOIN tenant t ON t.id = c.tenant_id "
					+ "WHERE t.slug = 'landkreis-osnabrueck' AND c.service_name LIKE 'Jobcenter%'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM counselling_expert_consultation WHERE tenant_id = ?")
			.param(this.counsellor.tenantId())
			.query(Long.class)
			.single();
	}

}
