package de.teilhabe.network.project;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static de.teilhabe.network.project.ProjectFixtures.createProject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects: create with partners, funding and milestones, search and filters, edit,
 * validation (all or nothing), roles, tenant isolation, audit.
 */
@IntegrationTest
class ProjectTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	NetworkFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
	}

	@Test
	void theOfficeCreatesAProjectWithPartnersFundingAndMilestones() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String lead = unique("Projektträger");
		String partner = unique("Partnerverein");
		UUID leadId = createOrganisation(office, lead);
		UUID partnerId = createOrganisation(office, partner);
		String title = unique("Elterncafé plus");
		UUID id = createProject(office, title, "goal", "Eltern erreichen", "fieldsOfWork", "FAMILY", "fieldsOfWork",
				"LANGUAGE", "leadOrganisation", leadId.toString(), "startDate", "2026-01-01", "endDate", "2027-06-30",
				"budget", "30000,50", "partners[0].organisation", partnerId.toString(), "partners[0].role",
				"Räume und Ansprache", "funding[0].source", "Landesprogramm", "funding[0].amount", "20000",
				"funding[2].source", "Eigenmittel", "funding[2].amount", "10000.50", "milestones[0].date", "2026-03-01",
				"milestones[0].title", "Auftakt", "milestones[0].done", "true", "milestones[1].date", "2026-12-01",
				"milestones[1].title", "Zwischenbericht");

		String detail = office.get("/network/projects/" + id).body();
		assertThat(detail).contains("<h1 class=\"kern-heading\">" + title + "</h1>")
			.contains("Die Angaben sind gespeichert.")
			.contains("läuft")
			.contains(lead)
			.contains(partner)
			.contains("Räume und Ansprache")
			.contains("Familie")
			.contains("Sprache")
			.contains("30.000,50 €")
			.contains("20.000,00 €")
			.contains("10.000,50 €")
			.contains("Auftakt")
			.contains("Zwischenbericht")
			.contains("01.01.2026 – 30.06.2027");
		assertThat(this.fixtures.access().auditDetails("network.project.created", id)).hasSize(1);

		// search and filters
		String part = title.substring(title.indexOf('-') + 1);
		assertThat(office.get("/network/projects?q=" + part).body()).contains(title);
		assertThat(office.get("/network/projects?q=" + part + "&status=RUNNING&field=FAMILY&organisation=" + partnerId)
			.body()).contains(title);
		assertThat(office.get("/network/projects?q=" + part + "&status=PLANNED").body()).doesNotContain(title);
		assertThat(office.get("/network/projects?q=" + part + "&field=SPORTS").body()).doesNotContain(title);
		assertThat(office.get("/network/projects?organisation=" + leadId).body()).contains(title);
		assertThat(office.get("/network/projects?q=landesprogramm+" + part.toLowerCase()).body())
			.contains("0 Projekte gefunden");
		assertThat(office.get("/network/projects?status=UNKNOWN").statusCode()).isEqualTo(400);

		// the organisations show the project in their history
		assertThat(office.get("/network/organisations/" + partnerId).body())
			.contains("Unterstützung durch die Integrationsstelle")
			.contains("/network/projects/" + id)
			.contains("Räume und Ansprache");
		assertThat(office.get("/network/organisations/" + leadId).body()).contains(title).contains("Träger");
	}

	@Test
	void editingReplacesTheRows() {
		Http office = this.fixtures.user(LANDKREIS, Role.ADMIN);
		UUID first = createOrganisation(office, unique("Erster Partner"));
		UUID second = createOrganisation(office, unique("Zweiter Partner"));
		String title = unique("Wandelprojekt");
		UUID id = createProject(office, title, "partners[0].organisation", first.toString(), "partners[0].role", "alt",
				"funding[0].source", "Alte Quelle", "funding[0].amount", "100");
		String edit = office.get("/network/projects/" + id + "/edit").body();
		assertThat(edit).contains("value=\"" + title + "\"").contains("value=\"alt\"").contains("Alte Quelle");

		HttpResponse<String> saved = post(office, "/network/projects/" + id + "/edit", "/network/projects/" + id,
				"title", title + " neu", "status", "COMPLETED", "partners[0].organisation", second.toString(),
				"partners[0].role", "neu", "evaluation", "Ziel erreicht");
		assertThat(saved.statusCode()).isEqualTo(302);
		String detail = office.get("/network/projects/" + id).body();
		assertThat(detail).contains(title + " neu")
			.contains("abgeschlossen")
			.contains("/network/organisations/" + second)
			.doesNotContain("/network/organisations/" + first)
			.doesNotContain("Alte Quelle")
			.contains("Ziel erreicht")
			.contains("Integrationsstelle");
		assertThat(this.fixtures.access().auditDetails("network.project.updated", id)).hasSize(1);
	}

	@Test
	void badInputIsNamedAtEachFieldAndNothingIsStored() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID partner = createOrganisation(office, unique("Doppelpartner"));
		String title = unique("Fehlerprojekt");
		HttpResponse<String> response = post(office, "/network/projects/new", "/network/projects", "title", title,
				"status", "SOMETIME", "fieldsOfWork", "NOPE", "startDate", "2026-05-01", "endDate", "2026-04-01",
				"budget", "1000", "conceptRefs", "ok-1, nicht gültig!", "leadOrganisation",
				UUID.randomUUID().toString(), "partners[0].organisation", partner.toString(),
				"partners[1].organisation", partner.toString(), "partners[2].role", "Rolle ohne Organisation",
				"funding[0].source", "Land", "funding[0].amount", "900", "funding[1].amount", "200,123",
				"milestones[0].title", "ohne Datum");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Bitte korrigieren Sie 10 Fehler")
			.contains("id=\"status-error\"")
			.contains("„NOPE“ ist kein angebotener Wert.")
			.contains("Das Ende muss nach dem Beginn liegen.")
			.contains("„nicht gültig!“ ist keine gültige Kennung")
			.contains("id=\"leadOrganisation-error\"")
			.contains("Diese Organisation ist schon als Partnerin eingetragen.")
			.contains("aria-describedby=\"partners-1-organisation-error\"")
			.contains("Partnerorganisation 3: Bitte ausfüllen.")
			.contains("Finanzierungsquelle 2: Bitte ausfüllen.")
			.contains("Bitte höchstens zwei Nachkommastellen angeben.")
			.contains("Datum (Meilenstein 1): Bitte ausfüllen.")
			.contains("value=\"" + title + "\"")
			.contains("value=\"Rolle ohne Organisation\"");
		assertThat(office.get("/network/projects?q=" + title).body()).contains("0 Projekte gefunden");

		HttpResponse<String> overBudget = post(office, "/network/projects/new", "/network/projects", "title", title,
				"status", "PLANNED", "budget", "1000", "funding[0].source", "Land", "funding[0].amount", "800",
				"funding[1].source", "Stiftung", "funding[1].amount", "300");
		assertThat(overBudget.statusCode()).isEqualTo(400);
		assertThat(overBudget.body())
			.contains("Die Finanzierungsquellen ergeben zusammen 1100 Euro, mehr als das Budget.")
			.contains("id=\"budget-error\"");
		HttpResponse<String> empty = post(office, "/network/projects/new", "/network/projects", "title", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("id=\"title-error\"").contains("id=\"status-error\"");
		assertThat(office.get("/network/projects?q=" + title).body()).contains("0 Projekte gefunden");
	}

	@Test
	void readersReadTheOfficeMaintainsPartnersSeeNothing() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID organisation = createOrganisation(office, unique("Rollenverein"));
		String title = unique("Rollenprojekt");
		UUID id = createProject(office, title, "partners[0].organisation", organisation.toString(), "evaluation",
				"interne Auswertung");
		for (Role reader : new Role[] { Role.COUNSELLOR, Role.GUIDE_COORDINATOR }) {
			Http http = this.fixtures.user(LANDKREIS, reader);
			assertThat(http.get("/network/projects/" + id).body()).contains(title)
				.doesNotContain("/network/projects/" + id + "/edit");
			assertThat(http.get("/network/projects/" + id + "/edit").statusCode()).isEqualTo(403);
			assertThat(post(http, "/network/projects", "/network/projects/" + id, "title", "x", "status", "PLANNED")
				.statusCode()).isEqualTo(403);
		}
		// a partner of the organisation: no project pages, but its own history names the
		// project (without a link and without the evaluation)
		Http partner = this.fixtures.login(this.fixtures.partner(LANDKREIS, organisation));
		assertThat(partner.get("/network/projects/" + id).statusCode()).isEqualTo(403);
		assertThat(partner.get("/network/projects").statusCode()).isEqualTo(403);
		String own = partner.get("/network/organisations/" + organisation).body();
		assertThat(own).contains(title).doesNotContain("/network/projects/" + id).doesNotContain("interne Auswertung");
	}

	@Test
	void anotherTenantsProjectIsNotFound() {
		Http landkreis = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID organisation = createOrganisation(landkreis, unique("Landkreispartner"));
		String title = unique("Landkreisprojekt");
		UUID id = createProject(landkreis, title);
		Http stadt = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/network/projects/" + id).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/projects/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(post(stadt, "/network/projects", "/network/projects/" + id, "title", "x", "status", "PLANNED")
			.statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/projects?q=" + title).body()).contains("0 Projekte gefunden");
		// another tenant's organisation is no choice
		HttpResponse<String> foreign = post(stadt, "/network/projects/new", "/network/projects", "title",
				unique("Stadtprojekt"), "status", "PLANNED", "partners[0].organisation", organisation.toString());
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("id=\"partners-0-organisation-error\"");
		assertThat(landkreis.get("/network/projects/" + id).body()).contains(title);
	}

}
