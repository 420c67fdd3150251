package de.teilhabe.strategy.dialog;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import de.teilhabe.access.AccessFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.strategy.dialog.DialogFixtures.LANDKREIS;
import static de.teilhabe.strategy.dialog.DialogFixtures.STADT;
import static de.teilhabe.strategy.dialog.DialogFixtures.dialog;
import static de.teilhabe.strategy.dialog.DialogFixtures.openCapture;
import static de.teilhabe.strategy.dialog.DialogFixtures.send;
import static de.teilhabe.strategy.dialog.DialogFixtures.unique;
import static de.teilhabe.strategy.dialog.DialogFixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Integrationsdialog's pages and API through the real HTTP layer: stakeholder groups,
 * dialogs and workshops with their checks, named participants only with consent, the
 * priorities heatmap with merged duplicates and its API, the figures handout and the
 * protocol (HTML and PDF), who may write, and tenant isolation.
 */
@IntegrationTest
class DialogTest {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	DialogFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new DialogFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
	}

	@Test
	void theStakeholderGroupsStartWithTheEightOfTheIssueAndCanBeEdited() {
		String page = this.office.get("/strategy/stakeholder-groups").body();
		for (String group : DialogStore.DEFAULT_GROUPS) {
			assertThat(page).contains(">" + group + "<");
		}
		String name = unique("Jugendliche");
		HttpResponse<String> added = AccessFixtures.post(this.office, "/strategy/stakeholder-groups",
				"/strategy/stakeholder-groups", "name", name);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/strategy/stakeholder-groups").body()).contains(">" + name + "<");
		HttpResponse<String> twice = AccessFixtures.post(this.office, "/strategy/stakeholder-groups",
				"/strategy/stakeholder-groups", "name", name.toUpperCase());
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("Eine Zielgruppe dieses Namens gibt es schon.");
		HttpResponse<String> blank = AccessFixtures.post(this.office, "/strategy/stakeholder-groups",
				"/strategy/stakeholder-groups", "name", " ");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Name der Zielgruppe: Bitte ausfüllen.");

		UUID id = this.fixtures.access()
			.jdbc()
			.sql("SELECT id FROM strategy_stakeholder_group WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		String renamed = name + " und junge Erwachsene";
		assertThat(AccessFixtures
			.post(this.office, "/strategy/stakeholder-groups", "/strategy/stakeholder-groups/" + id, "name", renamed)
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/strategy/stakeholder-groups").body()).contains(">" + renamed + "<");
		assertThat(AccessFixtures
			.post(this.office, "/strategy/stakeholder-groups", "/strategy/stakeholder-groups/" + id + "/delete")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/strategy/stakeholder-groups").body()).doesNotContain(">" + renamed + "<");

		// staff read, only STRATEGY writes
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		String read = counsellor.get("/strategy/stakeholder-groups").body();
		assertThat(read).contains(">Bürgermeister<").doesNotContain("Zielgruppe hinzufügen");
		assertThat(counsellor
			.postForm("/strategy/stakeholder-groups", Map.of("name", "X"),
					counsellor.csrfFrom("/strategy/stakeholder-groups"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void workshopsAreCheckedAndNameParticipantsOnlyWithConsent() {
		UUID dialog = dialog(this.office, unique("Dialog"));
		String form = "/strategy/dialogs/" + dialog + "/workshops/new";
		HttpResponse<String> tooMany = AccessFixtures.post(this.office, form,
				"/strategy/dialogs/" + dialog + "/workshops", "title", "Zu groß", "date", "2017-05-16", "time", "18:00",
				"place", "Bramsche", "group", "Bürger", "capacity", "61", "participantCount", "0");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("Bitte eine Zahl von 1 bis 60 angeben.");
		HttpResponse<String> unknownGroup = AccessFixtures.post(this.office, form,
				"/strategy/dialogs/" + dialog + "/workshops", "title", "Gruppe", "date", "2017-05-16", "time", "18:00",
				"place", "Bramsche", "group", "Marsianer", "capacity", "20", "participantCount", "30");
		assertThat(unknownGroup.statusCode()).isEqualTo(400);
		assertThat(unknownGroup.body()).contains("„Marsianer“ ist kein angebotener Wert.")
			.contains("Mehr Teilnehmende als Plätze.");

		UUID workshop = workshop(this.office, dialog, unique("Bürgerwerkstatt"), "Bürger");
		String page = this.office.get("/strategy/workshops/" + workshop).body();
		assertThat(page).contains("16.05.2017 18:00").contains("Kreishaus Osnabrück").contains(">Bürger<");

		String participantForm = "/strategy/workshops/" + workshop + "/participants/new";
		String action = "/strategy/workshops/" + workshop + "/participants";
		HttpResponse<String> withoutConsent = AccessFixtures.post(this.office, participantForm, action, "name",
				"Erika Beispiel", "consentHow", "", "consentDate", "");
		assertThat(withoutConsent.statusCode()).isEqualTo(400);
		assertThat(withoutConsent.body()).contains("Ohne Einwilligung wird kein Name gespeichert");
		assertThat(this.office.get("/strategy/workshops/" + workshop).body()).doesNotContain("Erika Beispiel");

		HttpResponse<String> withConsent = AccessFixtures.post(this.office, participantForm, action, "name",
				"Erika Beispiel", "consentHow", "WRITTEN", "consentDate", "2017-05-16");
		assertThat(withConsent.statusCode()).as(withConsent.body()).isEqualTo(302);
		assertThat(this.office.get("/strategy/workshops/" + workshop).body()).contains("Erika Beispiel");
		assertThat(this.fixtures.access()
			.jdbc()
			.sql("""
					SELECT count(*) FROM consent_record c JOIN strategy_workshop_participant p ON p.consent_id = c.id
					WHERE p.workshop_id = ? AND c.purpose = 'strategy.workshop.participant'""")
			.param(workshop)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.office.get("/strategy/workshops/" + workshop + "/protocol").body()).contains("Erika Beispiel")
			.contains("40");
	}

	@Test
	void thePrioritiesCountStatementsNotMergedPerFieldTypeAndGroup() throws Exception {
		UUID dialog = dialog(this.office, unique("Dialog"));
		UUID citizens = workshop(this.office, dialog, unique("Bürger"), "Bürger");
		UUID companies = workshop(this.office, dialog, unique("Unternehmen"), "Unternehmen");
		String citizensCode = openCapture(this.office, citizens);
		String companiesCode = openCapture(this.office, companies);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + citizensCode);
		send(phone, citizensCode, csrf, "WEAKNESS", "Zu wenig Wohnraum.", "Wohnen");
		send(phone, citizensCode, csrf, "WEAKNESS", "Wohnungen fehlen.", "Wohnen");
		send(phone, citizensCode, csrf, "STRENGTH", "Gute Sprachcafés.", "Sprache und Bildung");
		Http other = this.fixtures.anonymous();
		String otherCsrf = other.csrfFrom("/w/" + companiesCode);
		send(other, companiesCode, otherCsrf, "CHALLENGE", "Fachkräfte halten.", "Arbeit und Ausbildung");

		// the facilitator merges the duplicate and moves a statement to another field
		List<Map<String, Object>> statements = this.fixtures.access()
			.jdbc()
			.sql("SELECT id, text FROM strategy_statement WHERE workshop_id = ? ORDER BY text")
			.param(citizens)
			.query()
			.listOfRows();
		UUID duplicate = statementId(statements, "Wohnungen fehlen.");
		UUID kept = statementId(statements, "Zu wenig Wohnraum.");
		UUID moved = statementId(statements, "Gute Sprachcafés.");
		String edit = "/strategy/workshops/" + citizens + "/statements/";
		assertThat(AccessFixtures
			.post(this.office, edit + duplicate, edit + duplicate, "field", "Wohnen", "mergedInto", kept.toString())
			.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures
			.post(this.office, edit + moved, edit + moved, "field", "Gesellschaftliche Teilhabe und Ehrenamt",
					"mergedInto", "")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> wrongMerge = AccessFixtures.post(this.office, edit + moved, edit + moved, "field",
				"Wohnen", "mergedInto", kept.toString());
		assertThat(wrongMerge.statusCode()).as("a strength cannot duplicate a weakness").isEqualTo(400);

		Http api = Http.withToken(this.port, "demo-token-strategie");
		HttpResponse<String> answer = api.get("/api/v1/strategy/dialogs/" + dialog + "/priorities");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode json = JSON.readTree(answer.body());
		assertThat(json.size()).isEqualTo(1);
		assertThat(json.get("cells").toString()).isEqualTo("""
				[{"field":"Arbeit und Ausbildung","type":"CHALLENGE","group":"Unternehmen","count":1},\
				{"field":"Wohnen","type":"WEAKNESS","group":"Bürger","count":1},\
				{"field":"Gesellschaftliche Teilhabe und Ehrenamt","type":"STRENGTH","group":"Bürger","count":1}]""");

		String heatmap = this.office.get("/strategy/dialogs/" + dialog + "/priorities").body();
		assertThat(heatmap)
			.contains("<caption>Aussagen je Handlungsfeld (Zeilen), Zielgruppe und Art (Spalten)</caption>")
			.contains("<th scope=\"colgroup\" colspan=\"3\">Bürger</th>")
			.contains("<th scope=\"row\">Wohnen</th>")
			.contains("1-mal Schwäche: Wohnen, Bürger");
		String cell = this.office
			.get("/strategy/dialogs/" + dialog + "/priorities?field=Wohnen&type=WEAKNESS&group="
					+ DialogFixtures.enc("Bürger"))
			.body();
		assertThat(cell).contains("Schwäche: Wohnen, Bürger").contains("Zu wenig Wohnraum.");
		assertThat(cell.substring(cell.indexOf("id=\"cell\""))).doesNotContain("Wohnungen fehlen.");
		String protocol = this.office.get("/strategy/workshops/" + citizens + "/protocol").body();
		assertThat(protocol).contains("Zu wenig Wohnraum.").contains("dazu 1 gleiche Aussage");
		assertThat(
				this.office.get("/strategy/dialogs/" + dialog + "/priorities?field=Wohnen&type=WEAKNESS&group=Niemand")
					.statusCode())
			.isEqualTo(404);
	}

	/**
	 * The heatmap's table is kept per dialog and language while its content is the same
	 * (DialogController.heatmapTable): a new statement, also many sent at once while the
	 * page is read, and a renamed group show on the next view and in the API.
	 */
	@Test
	void aNewStatementShowsAtOnceOnTheHeatmapAndInTheApi() throws Exception {
		String groupName = unique("Nachbarn");
		assertThat(AccessFixtures
			.post(this.office, "/strategy/stakeholder-groups", "/strategy/stakeholder-groups", "name", groupName)
			.statusCode()).isEqualTo(302);
		UUID dialog = dialog(this.office, unique("Dialog"));
		UUID workshop = workshop(this.office, dialog, unique("Werkstatt"), groupName);
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		send(phone, code, phone.csrfFrom("/w/" + code), "WEAKNESS", "Zu laut.", "Wohnen");
		String heatmapPath = "/strategy/dialogs/" + dialog + "/priorities";
		Http api = Http.withToken(this.port, "demo-token-strategie");
		String apiPath = "/api/v1/strategy/dialogs/" + dialog + "/priorities";
		assertThat(this.office.get(heatmapPath).body()).contains("1-mal Schwäche: Wohnen, " + groupName);
		assertThat(api.get(apiPath).body()).contains("\"count\":1");

		send(phone, code, phone.csrfFrom("/w/" + code), "WEAKNESS", "Zu eng.", "Wohnen");
		assertThat(this.office.get(heatmapPath).body()).contains("2-mal Schwäche: Wohnen, " + groupName)
			.doesNotContain("1-mal Schwäche: Wohnen, " + groupName);
		assertThat(api.get(apiPath).body()).contains("\"count\":2");

		// four phones send five statements each while the page is read again and again
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
		try {
			List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
			for (int p = 0; p < 4; p++) {
				int phoneNumber = p;
				sent.add(pool.submit(() -> {
					Http another = this.fixtures.anonymous();
					String csrf = another.csrfFrom("/w/" + code);
					for (int i = 0; i < 5; i++) {
						assertThat(send(another, code, csrf, "WEAKNESS", "Aussage " + phoneNumber + "-" + i, "Wohnen")
							.statusCode()).isEqualTo(302);
					}
					return null;
				}));
			}
			sent.add(pool.submit(() -> {
				for (int i = 0; i < 10; i++) {
					assertThat(this.office.get(heatmapPath).statusCode()).isEqualTo(200);
				}
				return null;
			}));
			for (java.util.concurrent.Future<?> done : sent) {
				done.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.office.get(heatmapPath).body()).contains("22-mal Schwäche: Wohnen, " + groupName);
		assertThat(api.get(apiPath).body()).contains("\"count\":22");

		UUID groupId = this.fixtures.access()
			.jdbc()
			.sql("SELECT id FROM strategy_stakeholder_group WHERE name = ?")
			.param(groupName)
			.query(UUID.class)
			.single();
		String renamed = groupName + " und Freunde";
		assertThat(AccessFixtures
			.post(this.office, "/strategy/stakeholder-groups", "/strategy/stakeholder-groups/" + groupId, "name",
					renamed)
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get(heatmapPath).body())
			.contains("<th scope=\"colgroup\" colspan=\"3\">" + renamed + "</th>")
			.contains("22-mal Schwäche: Wohnen, " + renamed);
	}

	@Test
	void theHandoutAndTheProtocolAreDocuments() {
		UUID dialog = dialog(this.office, unique("Dialog"));
		UUID workshop = workshop(this.office, dialog, unique("Werkstatt"), "Ehrenamtliche");
		String handout = this.office.get("/strategy/workshops/" + workshop + "/handout").body();
		assertThat(handout).contains("Zahlen, Daten, Fakten")
			.contains("<h2 class=\"kern-heading\">Sprache und Bildung</h2>")
			.contains("<h2 class=\"kern-heading\">Antidiskriminierung</h2>")
			.contains("Diesem Handlungsfeld sind keine Indikatoren zugeordnet.");
		HttpResponse<byte[]> pdf = this.office.getBytes("/strategy/workshops/" + workshop + "/handout.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		HttpResponse<byte[]> protocol = this.office.getBytes("/strategy/workshops/" + workshop + "/protocol.pdf");
		assertThat(protocol.statusCode()).isEqualTo(200);
		assertThat(new String(protocol.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void anotherTenantSeesNothing() {
		UUID dialog = dialog(this.office, unique("Dialog"));
		UUID workshop = workshop(this.office, dialog, unique("Werkstatt"), "Bürger");
		Http stadt = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/strategy/dialogs/" + dialog).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/workshops/" + workshop).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/dialogs/" + dialog + "/priorities").statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/dialogs").body()).doesNotContain(dialog.toString());
		assertThat(stadt
			.postForm("/strategy/workshops/" + workshop + "/capture/open", Map.of(),
					stadt.csrfFrom("/strategy/dialogs"))
			.statusCode()).isEqualTo(404);
		assertThat(Http.withToken(this.port, "demo-token-strategie")
			.get("/api/v1/strategy/dialogs/" + dialog + "/priorities")
			.statusCode()).isEqualTo(200);
		Http stadtApi = Http.withToken(this.port, "demo-token-stadt-admin");
		assertThat(stadtApi.get("/api/v1/strategy/dialogs/" + dialog + "/priorities").statusCode()).isEqualTo(404);
		// the Stadt's own groups were seeded apart from the Landkreis'
		assertThat(stadt.get("/strategy/stakeholder-groups").body()).contains(">Unternehmen<");
	}

	@Test
	void theDemoLandkreisHasTheIntegrationsdialog2017() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		String dialogs = strategie.get("/strategy/dialogs").body();
		Matcher link = Pattern.compile("href=\"/strategy/dialogs/([0-9a-f-]{36})\">Integrationsdialog 2017<")
			.matcher(dialogs);
		assertThat(link.find()).as(dialogs).isTrue();
		String dialog = strategie.get("/strategy/dialogs/" + link.group(1)).body();
		for (String group : DialogStore.DEFAULT_GROUPS) {
			assertThat(dialog).contains(">" + group + "<");
		}
		assertThat(dialog).contains(".2017").contains("beendet").doesNotContain(">läuft<");
		String heatmap = strategie.get("/strategy/dialogs/" + link.group(1) + "/priorities").body();
		assertThat(heatmap).contains("Schwäche: Wohnen, Bürger");
		Integer open = this.fixtures.access()
			.jdbc()
			.sql("""
					SELECT count(*) FROM strategy_workshop w JOIN tenant t ON t.id = w.tenant_id
					WHERE t.slug = 'stadt-osnabrueck' AND w.capture_opened_at IS NOT NULL AND w.capture_closed_at IS NULL""")
			.query(Integer.class)
			.single();
		assertThat(open).as("a workshop of a current dialog with capture open").isEqualTo(1);
	}

	private static UUID statementId(List<Map<String, Object>> rows, String text) {
		return rows.stream()
			.filter((row) -> text.equals(row.get("text")))
			.map((row) -> (UUID) row.get("id"))
			.findFirst()
			.orElseThrow();
	}

}
