package de.teilhabe.strategy.dialog;

import java.net.http.HttpResponse;
import java.util.UUID;

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
 * The heatmap's table and the priorities API's JSON are kept per priorities version
 * (DialogController.heatmapTable, DialogApiController): every write that changes what
 * they show (a statement sent, moved or merged, a workshop's group changed, a workshop
 * deleted, a Handlungsfeld added, renamed or removed in the concept) shows on the very
 * next view and API answer, each read right before the change so that a kept answer
 * exists.
 */
@IntegrationTest
class PrioritiesVersionTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	DialogFixtures fixtures;

	Http office;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new DialogFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		this.api = Http.withToken(this.port, "demo-token-strategie");
	}

	@Test
	void everyChangeOfTheCountsShowsOnTheNextViewAndApiAnswer() {
		UUID dialog = dialog(this.office, unique("Dialog"));
		UUID workshop = workshop(this.office, dialog, unique("Werkstatt"), "Bürger");
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + code);
		String heatmap = "/strategy/dialogs/" + dialog + "/priorities";
		String apiPath = "/api/v1/strategy/dialogs/" + dialog + "/priorities";
		assertThat(this.api.get(apiPath).body()).isEqualTo("{\"cells\":[]}");
		assertThat(this.office.get(heatmap).body()).doesNotContain("-mal ");

		// a new statement
		send(phone, code, csrf, "WEAKNESS", "Zu wenig Wohnraum.", "Wohnen");
		assertThat(this.office.get(heatmap).body()).contains("1-mal Schwäche: Wohnen, Bürger");
		assertThat(this.api.get(apiPath).body())
			.isEqualTo("{\"cells\":[{\"field\":\"Wohnen\",\"type\":\"WEAKNESS\",\"group\":\"Bürger\",\"count\":1}]}");

		// the facilitator moves it to another field
		UUID first = statement(workshop, "Zu wenig Wohnraum.");
		String edit = "/strategy/workshops/" + workshop + "/statements/";
		assertThat(AccessFixtures
			.post(this.office, edit + first, edit + first, "field", "Arbeit und Ausbildung", "mergedInto", "")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get(heatmap).body()).contains("1-mal Schwäche: Arbeit und Ausbildung, Bürger")
			.doesNotContain("1-mal Schwäche: Wohnen, Bürger");
		assertThat(this.api.get(apiPath).body()).isEqualTo(
				"{\"cells\":[{\"field\":\"Arbeit und Ausbildung\",\"type\":\"WEAKNESS\",\"group\":\"Bürger\",\"count\":1}]}");

		// a second statement, then merged into the first as its duplicate
		send(phone, code, csrf, "WEAKNESS", "Wohnungen fehlen.", "Wohnen");
		assertThat(this.office.get(heatmap).body()).contains("1-mal Schwäche: Wohnen, Bürger");
		assertThat(this.api.get(apiPath).body()).contains("\"field\":\"Wohnen\"");
		UUID second = statement(workshop, "Wohnungen fehlen.");
		assertThat(AccessFixtures
			.post(this.office, edit + second, edit + second, "field", "Arbeit und Ausbildung", "mergedInto",
					first.toString())
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get(heatmap).body()).contains("1-mal Schwäche: Arbeit und Ausbildung, Bürger")
			.doesNotContain("Schwäche: Wohnen, Bürger");
		assertThat(this.api.get(apiPath).body()).isEqualTo(
				"{\"cells\":[{\"field\":\"Arbeit und Ausbildung\",\"type\":\"WEAKNESS\",\"group\":\"Bürger\",\"count\":1}]}");

		// the workshop was held with another group
		String title = unique("Werkstatt");
		assertThat(AccessFixtures
			.post(this.office, "/strategy/workshops/" + workshop + "/edit", "/strategy/workshops/" + workshop, "title",
					title, "date", "2017-05-16", "time", "18:00", "place", "Kreishaus Osnabrück", "group",
					"Unternehmen", "capacity", "60", "facilitators", "Team Integration", "participantCount", "40")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get(heatmap).body()).contains("1-mal Schwäche: Arbeit und Ausbildung, Unternehmen")
			.doesNotContain("Schwäche: Arbeit und Ausbildung, Bürger");
		assertThat(this.api.get(apiPath).body()).contains("\"group\":\"Unternehmen\"").doesNotContain("Bürger");

		// the workshop is deleted with its statements
		assertThat(AccessFixtures
			.post(this.office, "/strategy/workshops/" + workshop + "/delete",
					"/strategy/workshops/" + workshop + "/delete")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get(heatmap).body()).doesNotContain("-mal ");
		assertThat(this.api.get(apiPath).body()).isEqualTo("{\"cells\":[]}");
	}

	@Test
	void aHandlungsfeldAddedRenamedOrRemovedInTheConceptShowsAtOnce() {
		Http stadt = this.fixtures.user(STADT, Role.STRATEGY);
		String conceptTitle = "Vielfalt gemeinsam gestalten – Integrationskonzept der Stadt";
		HttpResponse<String> created = AccessFixtures.post(stadt, "/strategy/dialogs/new", "/strategy/dialogs", "title",
				unique("Dialog"), "startedOn", "2026-04-03", "concept", conceptTitle, "description", "Test");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		UUID dialog = DialogFixtures.id(created, "/strategy/dialogs/");
		UUID concept = this.fixtures.access()
			.jdbc()
			.sql("SELECT concept_id FROM strategy_dialog WHERE id = ?")
			.param(dialog)
			.query(UUID.class)
			.single();
		String heatmap = "/strategy/dialogs/" + dialog + "/priorities";
		String name = unique("Digitale Teilhabe");
		assertThat(stadt.get(heatmap).body()).doesNotContain(name);

		String fields = "/strategy/concepts/" + concept + "/fields";
		assertThat(
				AccessFixtures.post(stadt, fields + "/new", fields, "name", name, "description", "Test").statusCode())
			.isEqualTo(302);
		assertThat(stadt.get(heatmap).body()).contains("<th scope=\"row\">" + name + "</th>");
		UUID field = this.fixtures.access()
			.jdbc()
			.sql("SELECT id FROM strategy_field WHERE concept_id = ? AND name = ?")
			.params(concept, name)
			.query(UUID.class)
			.single();

		String renamed = name + " und Medien";
		assertThat(AccessFixtures
			.post(stadt, fields + "/" + field, fields + "/" + field, "name", renamed, "description", "Test")
			.statusCode()).isEqualTo(302);
		assertThat(stadt.get(heatmap).body()).contains("<th scope=\"row\">" + renamed + "</th>")
			.doesNotContain("<th scope=\"row\">" + name + "</th>");

		assertThat(AccessFixtures.post(stadt, fields + "/" + field, fields + "/" + field + "/removal").statusCode())
			.isEqualTo(302);
		assertThat(stadt.get(heatmap).body()).doesNotContain(renamed);
	}

	private UUID statement(UUID workshop, String text) {
		return this.fixtures.access()
			.jdbc()
			.sql("SELECT id FROM strategy_statement WHERE workshop_id = ? AND text = ?")
			.params(workshop, text)
			.query(UUID.class)
			.single();
	}

}
