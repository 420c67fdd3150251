package de.teilhabe.network.support;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
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
import static de.teilhabe.network.project.ProjectFixtures.createOrganisationOfKind;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MSO support: trainings with organisations and materials, intercultural-opening support,
 * an organisation's history, validation, roles, tenant isolation.
 */
@IntegrationTest
class SupportTest {

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
	void aTrainingWithOrganisationsAndMaterialsShowsInTheirHistory() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String mso = unique("Kulturbrücke");
		UUID msoId = createOrganisation(office, mso);
		String title = unique("Fördermittel-Workshop");
		UUID id = createTraining(office, title, "organisations", msoId.toString(), "materials[0].title",
				"Folien Fördermittel", "materials[0].link", "https://www.example.org/folien.pdf", "materials[1].title",
				"Checkliste");
		String detail = office.get("/network/support/trainings/" + id).body();
		assertThat(detail).contains("<h1 class=\"kern-heading\">" + title + "</h1>")
			.contains("Migrantenselbstorganisationen")
			.contains("Vereinsrecht, Fördermittel")
			.contains("14")
			.contains(mso)
			.contains("href=\"https://www.example.org/folien.pdf\"")
			.contains("Checkliste");
		assertThat(this.fixtures.access().auditDetails("network.training.created", id)).hasSize(1);
		assertThat(office.get("/network/support?q=" + title.substring(title.indexOf('-') + 1)).body()).contains(title);
		assertThat(office.get("/network/support?organisation=" + msoId).body()).contains(title);
		assertThat(office.get("/network/organisations/" + msoId).body()).contains("Besuchte Schulungen")
			.contains("/network/support/trainings/" + id);

		// edit: materials replaced
		HttpResponse<String> edited = post(office, "/network/support/trainings/" + id + "/edit",
				"/network/support/trainings/" + id, "title", title, "audience", "PARENTS", "heldOn", "2026-02-03",
				"materials[0].title", "Neues Handout");
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(office.get("/network/support/trainings/" + id).body()).contains("Eltern")
			.contains("Neues Handout")
			.doesNotContain("Checkliste")
			.doesNotContain(mso);
	}

	@Test
	void openingSupportIsRecordedForAClub() {
		Http office = this.fixtures.user(LANDKREIS, Role.ADMIN);
		String club = unique("Turnverein");
		UUID clubId = createOrganisationOfKind(office, club, "CLUB");
		String what = unique("Workshop Willkommenskultur");
		assertThat(office.get("/network/support/opening/new?organisation=" + clubId).body())
			.contains("value=\"" + clubId + "\" selected=\"selected\"");
		HttpResponse<String> saved = post(office, "/network/support/opening/new", "/network/support/opening",
				"organisation", clubId.toString(), "what", what, "startedOn", "2026-03-01", "endedOn", "2026-04-30",
				"outcome", "Mehrsprachiger Aufnahmeantrag");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.location(saved)).contains("/network/organisations/" + clubId);
		assertThat(office.get("/network/organisations/" + clubId).body()).contains("Interkulturelle Öffnung")
			.contains(what)
			.contains("Mehrsprachiger Aufnahmeantrag");
		assertThat(office.get("/network/support?organisation=" + clubId).body()).contains(what).contains(club);
	}

	@Test
	void badInputIsNamedAtEachFieldAndNothingIsStored() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String title = unique("Fehlerschulung");
		HttpResponse<String> training = post(office, "/network/support/trainings/new", "/network/support/trainings",
				"title", title, "audience", "ALLE", "heldOn", "gestern", "participantCount", "-3", "organisations",
				UUID.randomUUID().toString(), "materials[0].link", "ftp://example.org/x", "materials[1].title", "ok",
				"materials[1].link", "https://example.org/ok");
		assertThat(training.statusCode()).isEqualTo(400);
		assertThat(training.body()).contains("Bitte korrigieren Sie 6 Fehler")
			.contains("Link (Material 1): Bitte eine vollständige Adresse mit http:// oder https:// angeben.")
			.contains("id=\"audience-error\"")
			.contains("Bitte ein Datum angeben (JJJJ-MM-TT).")
			.contains("Bitte eine Zahl von 0 bis 100.000 angeben.")
			.contains("id=\"organisations-error\"")
			.contains("Titel (Material 1): Bitte ausfüllen.")
			.contains("value=\"https://example.org/ok\"");
		assertThat(office.get("/network/support?q=" + title).body()).contains("0 Schulungen gefunden");

		HttpResponse<String> opening = post(office, "/network/support/opening/new", "/network/support/opening", "what",
				"", "startedOn", "2026-05-01", "endedOn", "2026-04-01");
		assertThat(opening.statusCode()).isEqualTo(400);
		assertThat(opening.body()).contains("id=\"organisation-error\"")
			.contains("id=\"what-error\"")
			.contains("Das Ende muss nach dem Beginn liegen.");
	}

	@Test
	void readersReadPartnersSeeOnlyTheirOwnHistoryOtherTenantsNothing() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID msoId = createOrganisation(office, unique("Eigenverein"));
		String title = unique("Elternabend Schule");
		UUID id = createTraining(office, title, "organisations", msoId.toString());
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/network/support/trainings/" + id).body()).contains(title)
			.doesNotContain("/network/support/trainings/" + id + "/edit");
		assertThat(counsellor.get("/network/support/trainings/new").statusCode()).isEqualTo(403);

		Http partner = this.fixtures.login(this.fixtures.partner(LANDKREIS, msoId));
		assertThat(partner.get("/network/support").statusCode()).isEqualTo(403);
		assertThat(partner.get("/network/support/trainings/" + id).statusCode()).isEqualTo(403);
		assertThat(partner.get("/network/organisations/" + msoId).body()).contains(title)
			.doesNotContain("/network/support/trainings/" + id);

		Http stadt = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/network/support/trainings/" + id).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/support/trainings/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(post(stadt, "/network/support", "/network/support/trainings/" + id, "title", "x").statusCode())
			.isEqualTo(404);
		assertThat(stadt.get("/network/support").body()).doesNotContain(title);
		assertThat(stadt.get("/network/organisations/" + msoId).statusCode()).isEqualTo(404);
		HttpResponse<String> foreign = post(stadt, "/network/support/opening/new", "/network/support/opening",
				"organisation", msoId.toString(), "what", "x", "startedOn", "2026-01-01");
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("id=\"organisation-error\"");
	}

	private static UUID createTraining(Http office, String title, String... more) {
		String[] pairs = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("title", title, "audience", "MSO", "heldOn", "2026-01-20", "topics",
					"Vereinsrecht, Fördermittel", "participantCount", "14"), java.util.stream.Stream.of(more))
			.toArray(String[]::new);
		HttpResponse<String> response = post(office, "/network/support/trainings/new", "/network/support/trainings",
				pairs);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(AccessFixtures.location(response), "/network/support/trainings/");
	}

}
