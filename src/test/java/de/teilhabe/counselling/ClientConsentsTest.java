package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's consent records: listed on the client's page with purpose, recipients, data
 * categories, text version and language, date, how given and withdrawal; recorded and
 * withdrawn on the page and through the API (all or nothing, every wrong field named);
 * only for counsellors who read the client, never another tenant's.
 */
@IntegrationTest
class ClientConsentsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aCounsellorRecordsAndWithdrawsAClientsConsents() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		Http pages = fixtures.session(counsellor);
		UUID client = create(api, body("Amira", uniqueName("Einwilligt"), 1988));
		String page = "/counselling/clients/" + client;
		assertThat(pages.get(page).body()).contains("Einwilligungen").contains("Noch keine Einwilligung erfasst.");

		LocalDate today = BerlinTime.today();
		HttpResponse<String> wrong = AccessFixtures.post(pages, page, page + "/consents", "purpose", "", "language",
				"de", "givenAt", today.plusDays(3).toString(), "how", "WRITTEN");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte wählen Sie den Zweck der Einwilligung.")
			.contains("Das Datum darf nicht in der Zukunft liegen.");
		assertThat(json(api.get("/api/v1/counselling/clients/" + client + "/consents"))).containsEntry("totalItems", 0);

		LocalDate given = today.minusDays(10);
		assertThat(AccessFixtures
			.post(pages, page, page + "/consents", "purpose", "COUNSELLING", "language", "de", "givenAt",
					given.toString(), "how", "WRITTEN")
			.statusCode()).isEqualTo(302);
		String shown = pages.get(page).body();
		assertThat(shown).contains("Beratung und Speicherung meiner Angaben")
			.contains("nur die Beraterinnen und Berater der Beratungsstelle")
			.contains("Name, Kontaktdaten, Geburtsjahr")
			.contains("Fassung 1, Deutsch")
			.contains(given.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
			.contains("schriftlich")
			.contains("nicht widerrufen")
			.contains("Widerruf erfassen: Beratung und Speicherung meiner Angaben");

		HttpResponse<String> invalid = api.send("POST", "/api/v1/counselling/clients/" + client + "/consents",
				"application/json", "{\"purpose\": \"weitergabe\", \"givenAt\": \"gestern\"}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"field\":\"purpose\"")
			.contains("\"field\":\"language\"")
			.contains("\"field\":\"givenAt\"")
			.contains("\"field\":\"how\"");
		HttpResponse<String> referral = api.send("POST", "/api/v1/counselling/clients/" + client + "/consents",
				"application/json",
				"{\"purpose\": \"counselling.referral\", \"language\": \"en\", \"givenAt\": \"%s\", \"how\": \"ORAL\"}"
					.formatted(today));
		assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
		Map<String, Object> recorded = json(referral);
		assertThat(recorded).containsEntry("purpose", "counselling.referral")
			.containsEntry("title", "Passing on my data for a referral")
			.containsEntry("language", "en")
			.containsEntry("textVersion", 1)
			.containsEntry("givenHow", "ORAL")
			.containsEntry("withdrawnAt", null);
		assertThat((String) recorded.get("recipients")).contains("Jobcenter");
		assertThat((String) recorded.get("dataCategories")).contains("Sprachen");

		Map<String, Object> list = json(api.get("/api/v1/counselling/clients/" + client + "/consents?size=10"));
		assertThat(list).containsEntry("totalItems", 2).containsEntry("size", 10).containsKeys("page", "totalPages");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("items");
		String counselling = items.stream()
			.filter((item) -> "counselling.counselling".equals(item.get("purpose")))
			.map((item) -> (String) item.get("id"))
			.findFirst()
			.orElseThrow();
		assertThat(fixtures.readReasons(client, counsellor.id())).contains("consents");

		// withdrawn on the page, today
		assertThat(AccessFixtures
			.post(pages, page, page + "/consents/" + counselling + "/withdrawal", "withdrawnAt", today.toString())
			.statusCode()).isEqualTo(302);
		assertThat(pages.get(page).body()).contains("Widerruf gespeichert.")
			.doesNotContain("Widerruf erfassen: Beratung und Speicherung meiner Angaben");

		// withdrawn through the API: not in the future, not twice
		String withdrawal = "/api/v1/counselling/clients/" + client + "/consents/" + recorded.get("id") + "/withdrawal";
		HttpResponse<String> future = api.send("POST", withdrawal, "application/json",
				"{\"withdrawnAt\": \"%s\"}".formatted(today.plusDays(1)));
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.body()).contains("\"field\":\"withdrawnAt\"");
		HttpResponse<String> withdrawn = api.send("POST", withdrawal, "application/json",
				"{\"note\": \"per Telefon\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(json(withdrawn).get("withdrawnAt")).isNotNull();
		assertThat(api.send("POST", withdrawal, "application/json", "{}").statusCode()).isEqualTo(422);

		// another client's consent is not found under this client
		UUID other = create(api, body("Nadia", uniqueName("Andere"), 1990));
		assertThat(api
			.send("POST", "/api/v1/counselling/clients/" + other + "/consents/" + counselling + "/withdrawal",
					"application/json", "{}")
			.statusCode()).isEqualTo(404);

		// only those who read the client; another tenant finds nothing
		Http colleague = fixtures.api(fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR));
		assertThat(colleague.get("/api/v1/counselling/clients/" + client + "/consents").statusCode()).isEqualTo(403);
		assertThat(colleague
			.send("POST", "/api/v1/counselling/clients/" + client + "/consents", "application/json",
					"{\"purpose\": \"COUNSELLING\", \"language\": \"de\", \"how\": \"ORAL\"}")
			.statusCode()).isEqualTo(403);
		Http stranger = fixtures.api(fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR));
		assertThat(stranger.get("/api/v1/counselling/clients/" + client + "/consents").statusCode()).isEqualTo(404);
	}

}
