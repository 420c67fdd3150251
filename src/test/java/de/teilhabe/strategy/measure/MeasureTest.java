package de.teilhabe.strategy.measure;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.ControllingDashboards;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.unique;
import static de.teilhabe.strategy.measure.MeasureFixtures.createMeasure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures through the real HTTP layer: planning with goals and organisations, the list
 * filters, bad input (all or nothing), a partner that sees and reports on only the
 * measures its organisation carries (404 for the others, page and API), the API (paged,
 * 201, 422), the removal of an organisation, and tenant isolation.
 */
@IntegrationTest
class MeasureTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	MeasureFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new MeasureFixtures(this.context, this.port);
		this.office = this.fixtures.network().user(LANDKREIS, Role.STRATEGY);
	}

	@Test
	void theOfficePlansAMeasureForGoalsCarriedByOrganisations() {
		String lead = unique("Träger Wohnen");
		String partner = unique("Partner Wohnen");
		UUID leadId = createOrganisation(this.office, lead);
		UUID partnerId = createOrganisation(this.office, partner);
		String goalTitle = unique("Mehr Wohnungen für Familien");
		UUID goal = this.fixtures.goal(LANDKREIS, "Wohnen", goalTitle, null);
		String title = unique("Mietführerschein");
		assertThat(this.office.get("/strategy/measures/new").body()).contains(goalTitle + " (Wohnen)").contains(lead);
		// the dashboard is kept once shown; a new measure must show on it at once
		assertThat(dashboardRow(goalTitle)).contains("keine").doesNotContain("geplant");
		UUID id = createMeasure(this.office, title, "description", "Kurs für Wohnungssuchende", "goals",
				goal.toString(), "leadOrganisation", leadId.toString(), "partners[1].organisation",
				partnerId.toString(), "startDate", "2021-03-01", "endDate", "2022-12-31", "budget", "15000,50",
				"funding", "Land Niedersachsen, Richtlinie Migration und Teilhabe", "status", "PLANNED");

		String page = this.office.get("/strategy/measures/" + id).body();
		assertThat(page).contains("<h1 class=\"kern-heading\">" + title + "</h1>")
			.contains("Die Maßnahme ist gespeichert.")
			.contains("geplant")
			.contains(lead)
			.contains(partner)
			.contains(goalTitle)
			.contains("15.000,50 €")
			.contains("01.03.2021 – 31.12.2022")
			.contains("Richtlinie Migration und Teilhabe");
		assertThat(this.fixtures.network().access().auditDetails("strategy.measure.created", id)).hasSize(1);
		assertThat(dashboardRow(goalTitle)).contains("1 geplant");

		// filters: Handlungsfeld via the goals, status, organisation
		UUID wohnen = this.fixtures.field(LANDKREIS, "Wohnen");
		UUID arbeit = this.fixtures.field(LANDKREIS, "Arbeit und Ausbildung");
		assertThat(this.office.get("/strategy/measures?field=" + wohnen + "&status=PLANNED&organisation=" + partnerId)
			.body()).contains(title);
		assertThat(this.office.get("/strategy/measures?field=" + arbeit).body()).doesNotContain(title);
		assertThat(this.office.get("/strategy/measures?status=DONE&organisation=" + leadId).body())
			.doesNotContain(title);
		assertThat(this.office.get("/strategy/measures?organisation=" + leadId).body()).contains(title);
		assertThat(this.office.get("/strategy/measures?status=UNKNOWN").statusCode()).isEqualTo(400);

		// edit replaces organisations; staff of other roles read but do not edit
		HttpResponse<String> edited = AccessFixtures.post(this.office, "/strategy/measures/" + id + "/edit",
				"/strategy/measures/" + id, "title", title, "status", "RUNNING", "goals", goal.toString());
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
		assertThat(dashboardRow(goalTitle)).contains("1 läuft").doesNotContain("geplant");
		assertThat(this.office.get("/strategy/measures/" + id).body()).contains("Integrationsstelle selbst")
			.doesNotContain(partner);
		Http counsellor = this.fixtures.network().user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/strategy/measures/" + id).body()).contains(title).doesNotContain("Bearbeiten");
		assertThat(counsellor.get("/strategy/measures/" + id + "/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void badInputNamesEveryFieldAndStoresNothing() {
		UUID organisation = createOrganisation(this.office, unique("Verein"));
		String title = unique("Fehlerhafte Maßnahme");
		HttpResponse<String> response = AccessFixtures.post(this.office, "/strategy/measures/new", "/strategy/measures",
				"title", title, "status", "RUNNING", "startDate", "2022-05-01", "endDate", "2022-01-01", "budget",
				"12,345", "leadOrganisation", organisation.toString(), "partners[0].organisation",
				organisation.toString(), "partners[1].organisation", UUID.randomUUID().toString(), "goals",
				UUID.randomUUID().toString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Das Ende liegt vor dem Beginn.")
			.contains("Bitte höchstens zwei Nachkommastellen angeben.")
			.contains("Diese Organisation ist schon federführend.")
			.contains("Bitte eine Organisation des Netzwerks wählen.")
			.contains("Bitte nur Ziele dieser Fassung des Konzepts wählen.")
			.contains("href=\"#partners-1-organisation\"")
			.contains("value=\"" + title + "\"");
		HttpResponse<String> empty = AccessFixtures.post(this.office, "/strategy/measures/new", "/strategy/measures",
				"title", " ");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Titel: Bitte ausfüllen.");
		assertThat(this.office.get("/strategy/measures").body()).doesNotContain(title);
	}

	@Test
	void aPartnerSeesAndReportsOnlyOnTheMeasuresItsOrganisationCarries() throws Exception {
		UUID own = createOrganisation(this.office, unique("Eigener Verein"));
		UUID other = createOrganisation(this.office, unique("Anderer Verein"));
		String ledTitle = unique("Geführt vom Partner");
		String partneredTitle = unique("Mitgetragen vom Partner");
		String foreignTitle = unique("Fremde Maßnahme");
		UUID led = createMeasure(this.office, ledTitle, "leadOrganisation", own.toString());
		UUID partnered = createMeasure(this.office, partneredTitle, "leadOrganisation", other.toString(),
				"partners[0].organisation", own.toString());
		UUID foreign = createMeasure(this.office, foreignTitle, "leadOrganisation", other.toString());
		TestUser partnerUser = this.fixtures.network().partner(LANDKREIS, own);
		Http partner = this.fixtures.network().login(partnerUser);

		assertThat(partner.get("/").body()).contains("Maßnahmen Ihrer Organisation sind geplant oder laufen");
		String list = partner.get("/strategy/measures").body();
		assertThat(list).contains(ledTitle).contains(partneredTitle).doesNotContain(foreignTitle);
		assertThat(partner.get("/strategy/measures/" + partnered).body()).contains("Fortschritt eintragen")
			.doesNotContain("Bearbeiten");
		assertThat(partner.get("/strategy/measures/" + foreign).statusCode()).isEqualTo(404);
		assertThat(partner.get("/strategy/measures/" + led + "/edit").statusCode()).isEqualTo(403);
		assertThat(partner.get("/strategy/conference").statusCode()).isEqualTo(403);

		// reports on its own: status and a dated note with its display name
		HttpResponse<String> status = AccessFixtures.post(partner, "/strategy/measures/" + led,
				"/strategy/measures/" + led + "/status", "status", "DONE");
		assertThat(status.statusCode()).as(status.body()).isEqualTo(302);
		HttpResponse<String> note = AccessFixtures.post(partner, "/strategy/measures/" + led,
				"/strategy/measures/" + led + "/notes", "notedOn", "2022-03-04", "text", "Zwölf Familien erreicht.");
		assertThat(note.statusCode()).as(note.body()).isEqualTo(302);
		String page = partner.get("/strategy/measures/" + led).body();
		assertThat(page).contains("abgeschlossen").contains("04.03.2022").contains("Zwölf Familien erreicht.");
		assertThat(this.office.get("/strategy/measures/" + led).body()).contains("Zwölf Familien erreicht.");
		HttpResponse<String> emptyNote = AccessFixtures.post(partner, "/strategy/measures/" + led,
				"/strategy/measures/" + led + "/notes", "text", "");
		assertThat(emptyNote.statusCode()).isEqualTo(400);
		assertThat(emptyNote.body()).contains("Bitte ausfüllen.");
		// but not on another organisation's measure, nor may it reassign
		String csrf = partner.csrfFrom("/strategy/measures/" + led);
		assertThat(partner.postForm("/strategy/measures/" + foreign + "/status", Map.of("status", "DROPPED"), csrf)
			.statusCode()).isEqualTo(404);
		assertThat(partner.postForm("/strategy/measures/" + foreign + "/notes", Map.of("text", "x"), csrf).statusCode())
			.isEqualTo(404);
		assertThat(partner.postForm("/strategy/measures/" + led, Map.of("title", "x", "status", "DONE"), csrf)
			.statusCode()).isEqualTo(403);

		// the API alike
		Http partnerApi = Http.withToken(this.port, this.fixtures.token(partnerUser));
		List<Map<String, Object>> items = ApiLists.all(partnerApi, "/api/v1/strategy/measures");
		assertThat(items).extracting((item) -> item.get("title"))
			.contains(ledTitle, partneredTitle)
			.doesNotContain(foreignTitle);
		assertThat(partnerApi.get("/api/v1/strategy/measures/" + foreign).statusCode()).isEqualTo(404);
		Map<String, Object> one = JSON.readValue(partnerApi.get("/api/v1/strategy/measures/" + led).body(),
				new TypeReference<Map<String, Object>>() {
				});
		assertThat(one).containsEntry("status", "DONE");
		assertThat(one.get("notes").toString()).contains("Zwölf Familien erreicht.").contains("2022-03-04");
		assertThat(partnerApi.send("PUT", "/api/v1/strategy/measures/" + led, "application/json", "{}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aPartnerAddsNotesAndChangesTheStatusThroughTheApiOnlyForItsOrganisationsMeasures() throws Exception {
		UUID own = createOrganisation(this.office, unique("API-Partnerverein"));
		UUID other = createOrganisation(this.office, unique("API-Fremdverein"));
		UUID partnered = createMeasure(this.office, unique("Mitgetragen über die API"), "leadOrganisation",
				other.toString(), "partners[0].organisation", own.toString());
		UUID foreign = createMeasure(this.office, unique("Fremd über die API"), "leadOrganisation", other.toString());
		TestUser partnerUser = this.fixtures.network().partner(LANDKREIS, own);
		Http api = Http.withToken(this.port, this.fixtures.token(partnerUser));

		HttpResponse<String> noted = api.send("POST", "/api/v1/strategy/measures/" + partnered + "/notes",
				"application/json", """
						{"notedOn": "2023-05-06", "text": "Zwanzig Familien über die API erreicht."}""");
		assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);
		assertThat(noted.headers().firstValue("Location").orElseThrow())
			.isEqualTo("/api/v1/strategy/measures/" + partnered);
		assertThat(noted.body()).contains("Zwanzig Familien über die API erreicht.")
			.contains("2023-05-06")
			.contains("\"author\":\"");
		HttpResponse<String> status = api.send("PUT", "/api/v1/strategy/measures/" + partnered + "/status",
				"application/json", "{\"status\": \"RUNNING\"}");
		assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
		assertThat(JSON.readValue(status.body(), new TypeReference<Map<String, Object>>() {
		})).containsEntry("status", "RUNNING");
		assertThat(this.office.get("/strategy/measures/" + partnered).body())
			.contains("Zwanzig Familien über die API erreicht.")
			.contains("06.05.2023");

		// bad bodies: 422 naming the field, nothing stored
		HttpResponse<String> empty = api.send("POST", "/api/v1/strategy/measures/" + partnered + "/notes",
				"application/json", "{\"text\": \"\"}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("\"field\":\"text\"");
		HttpResponse<String> unknownStatus = api.send("PUT", "/api/v1/strategy/measures/" + partnered + "/status",
				"application/json", "{\"status\": \"FINISHED\"}");
		assertThat(unknownStatus.statusCode()).isEqualTo(422);
		assertThat(unknownStatus.body()).contains("\"field\":\"status\"");

		// another organisation's measure is not found for it, and nothing changes there
		assertThat(api
			.send("POST", "/api/v1/strategy/measures/" + foreign + "/notes", "application/json", "{\"text\": \"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(api
			.send("PUT", "/api/v1/strategy/measures/" + foreign + "/status", "application/json",
					"{\"status\": \"DROPPED\"}")
			.statusCode()).isEqualTo(404);
		Map<String, Object> untouched = JSON.readValue(this.api().get("/api/v1/strategy/measures/" + foreign).body(),
				new TypeReference<Map<String, Object>>() {
				});
		assertThat(untouched.get("status")).isNotEqualTo("DROPPED");
		assertThat((List<?>) untouched.get("notes")).isEmpty();
		// a reader of the staff may not write notes through the API
		TestUser counsellor = this.fixtures.network().access().create(LANDKREIS, "api", Role.COUNSELLOR);
		assertThat(Http.withToken(this.port, this.fixtures.token(counsellor))
			.send("POST", "/api/v1/strategy/measures/" + partnered + "/notes", "application/json", "{\"text\": \"x\"}")
			.statusCode()).isEqualTo(403);
	}

	private Http api() {
		TestUser strategist = this.fixtures.network().access().create(LANDKREIS, "api", Role.STRATEGY);
		return Http.withToken(this.port, this.fixtures.token(strategist));
	}

	@Test
	void theApiListsCreatesAndRefusesWithFieldErrors() throws Exception {
		UUID lead = createOrganisation(this.office, unique("API-Träger"));
		UUID goal = this.fixtures.goal(LANDKREIS, "Gesundheit", unique("Vorsorge"), null);
		TestUser strategist = this.fixtures.network().access().create(LANDKREIS, "api", Role.STRATEGY);
		Http api = Http.withToken(this.port, this.fixtures.token(strategist));
		String title = unique("Gesundheitslotsinnen");
		HttpResponse<String> created = api.send("POST", "/api/v1/strategy/measures", "application/json", """
				{"title": "%s", "goals": ["%s"], "leadOrganisation": "%s", "budget": 21600,
				 "funding": "BAMF", "status": "RUNNING", "startDate": "2022-01-01"}""".formatted(title, goal, lead));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Map<String, Object> body = JSON.readValue(created.body(), new TypeReference<Map<String, Object>>() {
		});
		assertThat(body).containsEntry("title", title).containsEntry("status", "RUNNING");
		assertThat(body.get("leadOrganisation").toString()).contains("API-Träger");
		assertThat(body.get("goals").toString()).contains("Vorsorge").contains("Gesundheit");
		String id = body.get("id").toString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/strategy/measures/" + id);

		HttpResponse<String> invalid = api.send("POST", "/api/v1/strategy/measures", "application/json", """
				{"title": "", "status": "SOMETIME", "budget": -5,
				 "partners": [{"organisation": "%s"}]}""".formatted(UUID.randomUUID()));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(invalid.body()).contains("\"field\":\"title\"")
			.contains("\"field\":\"status\"")
			.contains("\"field\":\"budget\"")
			.contains("\"field\":\"partners[0].organisation\"");

		HttpResponse<String> updated = api.send("PUT", "/api/v1/strategy/measures/" + id, "application/json",
				"{\"title\": \"%s\", \"status\": \"DONE\"}".formatted(title));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(updated.body()).contains("\"status\":\"DONE\"").contains("\"leadOrganisation\":null");

		List<Map<String, Object>> all = ApiLists.all(api, "/api/v1/strategy/measures?status=DONE");
		assertThat(all).extracting((item) -> item.get("title")).contains(title);
		assertThat(api.get("/api/v1/strategy/measures?size=101").statusCode()).isEqualTo(400);
		Http guide = Http.withToken(this.port,
				this.fixtures.token(this.fixtures.network().access().create(LANDKREIS, "guide", Role.GUIDE)));
		assertThat(guide.get("/api/v1/strategy/measures").statusCode()).isEqualTo(403);
	}

	@Test
	void aRemovedOrganisationLeavesTheMeasures() {
		String leadName = unique("Aufgelöster Träger");
		UUID lead = createOrganisation(this.office, leadName);
		String partnerName = unique("Aufgelöster Partner");
		UUID partner = createOrganisation(this.office, partnerName);
		UUID stays = createOrganisation(this.office, unique("Bleibender Partner"));
		String title = unique("Verwaiste Maßnahme");
		UUID id = createMeasure(this.office, title, "leadOrganisation", lead.toString(), "partners[0].organisation",
				partner.toString(), "partners[1].organisation", stays.toString());
		UUID other = createMeasure(this.office, unique("Andere Maßnahme"), "leadOrganisation", partner.toString());
		for (UUID removed : List.of(lead, partner)) {
			HttpResponse<String> response = AccessFixtures.post(this.office,
					"/network/organisations/" + removed + "/remove", "/network/organisations/" + removed + "/remove");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		}
		String page = this.office.get("/strategy/measures/" + id).body();
		assertThat(page).contains("Integrationsstelle selbst")
			.doesNotContain(leadName)
			.doesNotContain(partnerName)
			.contains("Bleibender Partner");
		assertThat(this.office.get("/strategy/measures/" + other).body()).contains("Integrationsstelle selbst");
		assertThat(this.office.get("/strategy/measures?organisation=" + stays).body()).contains(title);
	}

	@Test
	void aRenamedOrganisationShowsItsNewNameAtOnce() {
		String name = unique("Umbenannter Träger");
		UUID lead = createOrganisation(this.office, name);
		UUID id = createMeasure(this.office, unique("Maßnahme mit neuem Träger"), "leadOrganisation", lead.toString());
		HttpResponse<String> renamed = Http.withToken(this.port, "demo-token-strategie")
			.send("PUT", "/api/v1/organisations/" + lead, "application/json",
					"{\"kind\": \"MSO\", \"name\": \"%s neu\"}".formatted(name));
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		assertThat(this.office.get("/strategy/measures/" + id).body()).contains(name + " neu");
	}

	@Test
	void anotherTenantNeverSeesTheMeasures() {
		String title = unique("Nur im Landkreis");
		UUID id = createMeasure(this.office, title);
		Http stadt = this.fixtures.network().user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/strategy/measures/" + id).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/measures").body()).doesNotContain(title);
		assertThat(
				AccessFixtures.post(stadt, "/strategy/measures", "/strategy/measures/" + id + "/notes", "text", "Fremd")
					.statusCode())
			.isEqualTo(404);
		Http stadtApi = Http.withToken(this.port,
				this.fixtures.token(this.fixtures.network().access().create(STADT, "api", Role.STRATEGY)));
		assertThat(stadtApi.get("/api/v1/strategy/measures/" + id).statusCode()).isEqualTo(404);
		assertThat(stadtApi.send("PUT", "/api/v1/strategy/measures/" + id, "application/json", "{\"title\": \"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(ApiLists.all(stadtApi, "/api/v1/strategy/measures")).extracting((item) -> item.get("title"))
			.doesNotContain(title);
		// an organisation of the Landkreis cannot be chosen by the Stadt
		UUID landkreisOrganisation = createOrganisation(this.office, unique("Landkreis-Verein"));
		HttpResponse<String> refused = AccessFixtures.post(stadt, "/strategy/measures/new", "/strategy/measures",
				"title", unique("Stadtmaßnahme"), "status", "PLANNED", "leadOrganisation",
				landkreisOrganisation.toString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte eine Organisation des Netzwerks wählen.");
	}

	/**
	 * The goal's row on the controlling dashboard of its Handlungsfeld (Wohnen), reached
	 * from the overview as the office does.
	 */
	private String dashboardRow(String goalTitle) {
		return ControllingDashboards.goalRow(ControllingDashboards.field(this.office, "Wohnen"), goalTitle);
	}

}
