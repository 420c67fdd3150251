package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case pages of a counsellor: opening a case from the client's page (every wrong
 * field named, nothing stored), the case's page with the next step, the Förderplan, the
 * handover by name and closing, the client's page and the case list showing it, the
 * short-contact form, a colleague without access sent to the break-glass page; the demo
 * cases.
 */
@IntegrationTest
class CasePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http pages;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.pages = this.fixtures.session(this.counsellor);
	}

	@Test
	void aCounsellorOpensACaseFromTheClientPageAndWorksThroughIt() {
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		String last = uniqueName("Rahimi");
		UUID client = create(this.fixtures.api(this.counsellor), body("Parwana", last, 1992));
		String clientPage = this.pages.get("/counselling/clients/" + client).body();
		assertThat(clientPage).contains("Noch kein Fall.").contains("/counselling/clients/" + client + "/cases/new");
		assertThat(clientPage).contains("href=\"/counselling/cases\"");

		String form = "/counselling/clients/" + client + "/cases/new";
		assertThat(this.pages.get(form).body()).contains("Fall anlegen für Parwana " + last)
			.contains("Fallmanagement")
			.contains("Arbeit und Anerkennung von Abschlüssen")
			.contains("Familie, Kita und Schule");
		HttpResponse<String> wrong = AccessFixtures.post(this.pages, form, "/counselling/clients/" + client + "/cases",
				"kind", "CASE_MANAGEMENT", "openedOn", "2999-01-01");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte korrigieren Sie 2 Fehler")
			.contains("Themen: Bitte mindestens ein Thema wählen.")
			.contains("Eröffnet am: Das Datum darf nicht in der Zukunft liegen.");
		assertThat(this.pages.get("/counselling/clients/" + client).body()).contains("Noch kein Fall.");

		HttpResponse<String> opened = AccessFixtures.post(this.pages, form, "/counselling/clients/" + client + "/cases",
				"kind", "CASE_MANAGEMENT", "topics", "HOUSING", "topics", "LANGUAGE_COURSE", "title",
				"Wohnung und Sprachkurs");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String casePath = path(opened);
		assertThat(casePath).startsWith("/counselling/cases/");
		String page = this.pages.get(casePath).body();
		assertThat(page).contains("Fallmanagement: Wohnung und Sprachkurs")
			.contains("Parwana " + last)
			.contains("Erstgespräch – nächster Schritt: Klärung der Lage (Assessment)")
			.contains("Sprache und Integrationskurs, Wohnen")
			.contains(casePath + "/contacts")
			.contains(casePath + "/notes")
			.contains(casePath + "/tasks")
			.contains("Noch keine Ziele im Förderplan.")
			.contains("Test " + colleague.username());

		assertThat(AccessFixtures.post(this.pages, casePath, casePath + "/phase", "phase", "ASSESSMENT").statusCode())
			.isEqualTo(302);
		assertThat(AccessFixtures.post(this.pages, casePath, casePath + "/goals", "text", "").statusCode())
			.isEqualTo(400);
		assertThat(AccessFixtures
			.post(this.pages, casePath, casePath + "/goals", "text", "Integrationskurs begonnen", "dueOn", "2027-03-31",
					"state", "OPEN")
			.statusCode()).isEqualTo(302);
		assertThat(this.pages.get(casePath).body()).contains("Das Ziel ist im Förderplan.")
			.contains("Integrationskurs begonnen")
			.contains("offen, bis 31.03.2027")
			.contains("Klärung der Lage (Assessment) – nächster Schritt: Förderplan");

		assertThat(AccessFixtures.post(this.pages, casePath, casePath + "/handover", "to", colleague.id().toString())
			.statusCode()).isEqualTo(302);
		assertThat(this.pages.get(casePath).body()).contains("von Test " + this.counsellor.username() + " an Test "
				+ colleague.username() + " (als Vertretung der Person eingetragen)");

		assertThat(AccessFixtures.post(this.pages, casePath, casePath + "/close", "closedOn", "2001-01-01").body())
			.contains("Der Abschluss kann nicht vor der Eröffnung liegen.");
		assertThat(AccessFixtures.post(this.pages, casePath, casePath + "/close").statusCode()).isEqualTo(302);
		String closed = this.pages.get(casePath).body();
		assertThat(closed).contains("Der Fall ist abgeschlossen.")
			.contains("Fall wieder eröffnen")
			.doesNotContain("Ziel hinzufügen");

		assertThat(this.pages.get("/counselling/clients/" + client).body()).contains(casePath)
			.contains("Fallmanagement: Wohnung und Sprachkurs");
		assertThat(this.pages.get("/counselling/cases?status=CLOSED").body()).contains("Parwana")
			.contains(last)
			.contains(casePath);
		assertThat(this.pages.get("/counselling/cases?status=OPEN").body()).doesNotContain(casePath);
		assertThat(this.pages.language("en").get(casePath).body()).contains("Case management")
			.contains("Reopen the case");
	}

	@Test
	void aShortContactIsCountedInAFewClicks() {
		String form = "/counselling/short-contacts/new";
		assertThat(this.pages.get(form).body()).contains("Kurzkontakt zählen")
			.contains("aufsuchend")
			.contains("15 Minuten")
			.contains("Arabisch");
		HttpResponse<String> wrong = AccessFixtures.post(this.pages, form, "/counselling/short-contacts", "channel",
				"PHONE", "durationMinutes", "15");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte mindestens ein Thema wählen.");
		HttpResponse<String> counted = AccessFixtures.post(this.pages, form, "/counselling/short-contacts", "topics",
				"DISCRIMINATION", "channel", "IN_PERSON", "durationMinutes", "20", "language", "ti");
		assertThat(counted.statusCode()).isEqualTo(302);
		assertThat(path(counted)).isEqualTo(form);
		assertThat(this.pages.get(form).body()).contains("Der Kurzkontakt ist gezählt.");
		String list = this.pages.get("/counselling/cases?kind=SHORT_CONTACT").body();
		assertThat(list).contains("Ein Fall").contains("anonym (Kurzkontakt)").contains("Diskriminierung");
	}

	@Test
	void aColleagueWithoutAccessIsSentToTheBreakGlassPage() {
		UUID client = create(this.fixtures.api(this.counsellor), body("Khaled", uniqueName("Darwish"), 1970));
		String caseForm = "/counselling/clients/" + client + "/cases/new";
		HttpResponse<String> opened = AccessFixtures.post(this.pages, caseForm,
				"/counselling/clients/" + client + "/cases", "kind", "COUNSELLING", "topics", "HEALTH");
		String casePath = path(opened);
		Http colleague = this.fixtures.session(this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR));
		HttpResponse<String> refused = colleague.get(casePath);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(path(refused)).isEqualTo("/counselling/clients/" + client + "/break-glass");
		assertThat(colleague.get(caseForm).statusCode()).isEqualTo(302);
		assertThat(colleague.get("/counselling/cases/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(colleague.get("/counselling/cases").body()).doesNotContain(casePath);
	}

	@Test
	void theDemoCounsellorHasCasesOfEveryKindAndState() {
		Http berna = Http.loggedIn(this.port, "beratung", "demo");
		String open = berna.get("/counselling/cases?status=OPEN&kind=CASE_MANAGEMENT").body();
		assertThat(open).contains("Förderplan").contains("Erstgespräch");
		assertThat(berna.get("/counselling/cases?status=CLOSED").body()).contains("abgeschlossen am");
		assertThat(berna.get("/counselling/cases?kind=SHORT_CONTACT").body()).contains("anonym (Kurzkontakt)");
		assertThat(this.fixtures.jdbc().sql("""
				SELECT count(*) FROM counselling_case c JOIN app_user u ON u.id = c.responsible_id
				WHERE u.username IN ('beratung', 'beratung2') AND c.created_at < now() - interval '1 day'
				  AND NOT EXISTS (SELECT 1 FROM counselling_contact k
				                  WHERE k.tenant_id = c.tenant_id AND k.case_id = c.id)""").query(Long.class).single())
			.isZero();
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM counselling_case WHERE closed_on < current_date - interval '3 years'")
			.query(Long.class)
			.single()).isPositive();
	}

	/** The path a redirect leads to. */
	private static String path(HttpResponse<?> response) {
		return java.net.URI.create(AccessFixtures.location(response)).getPath();
	}

}
