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

import static de.teilhabe.counselling.CounsellingFixtures.QUAKENBRUECK;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client pages of a counsellor: the start page, entering a client (every wrong field
 * named, nothing stored; a possible duplicate shown by name and confirmed), the client's
 * page, changing it, the list and the search by another transliteration; the demo data.
 */
@IntegrationTest
class ClientPagesTest {

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
	void aCounsellorEntersFindsAndChangesAClient() {
		assertThat(this.pages.get("/").body()).contains("Keine Personen in Ihrer Zuständigkeit");
		String form = "/counselling/clients/new";
		String formPage = this.pages.get(form).body();
		assertThat(formPage).contains("Vorname").contains("Arabisch").contains("Quakenbrück").contains("Duldung");

		HttpResponse<String> wrong = AccessFixtures.post(this.pages, form, "/counselling/clients", "firstName", "",
				"lastName", "X", "birthYear", "1850", "email", "kein-at", "languages", "xx");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte korrigieren Sie 4 Fehler")
			.contains("Vorname: Bitte ausfüllen.")
			.contains("Bitte ein Jahr von 1900 bis")
			.contains("„xx“ ist keine Sprache der Liste.");

		String last = uniqueName("Abdallah");
		HttpResponse<String> created = AccessFixtures.post(this.pages, form, "/counselling/clients", "firstName",
				"Muhammad", "lastName", last, "birthYear", "1987", "languages", "ar", "languages", "de", "gemeinde",
				QUAKENBRUECK, "residenceStatus", "PROTECTION", "note", "Erstgespräch");
		assertThat(created.statusCode()).isEqualTo(302);
		String detail = java.net.URI.create(AccessFixtures.location(created)).getPath();
		String page = this.pages.get(detail).body();
		assertThat(page).contains("Muhammad " + last)
			.contains("Die Person wurde angelegt.")
			.contains("Arabisch")
			.contains("Quakenbrück")
			.contains("anerkannter Schutz");
		assertThat(this.pages.get("/").body()).contains("1 Person in Ihrer Zuständigkeit");

		// the same person again, written otherwise: shown by name, stored only when
		// confirmed
		HttpResponse<String> again = AccessFixtures.post(this.pages, form, "/counselling/clients", "firstName",
				"Mohammed", "lastName", last, "birthYear", "1987");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Mögliche Doppelungen")
			.contains("Muhammad " + last)
			.contains("Ich habe geprüft: Es ist eine andere Person.");
		HttpResponse<String> confirmed = AccessFixtures.post(this.pages, form, "/counselling/clients", "firstName",
				"Mohammed", "lastName", last, "birthYear", "1987", "confirmDuplicate", "true");
		assertThat(confirmed.statusCode()).isEqualTo(302);

		String list = this.pages.get("/counselling/clients").body();
		assertThat(list).contains(last + ", Muhammad").contains(last + ", Mohammed");
		assertThat(this.pages.get("/counselling/clients?q=Mohamad%20" + last).body()).contains("2 Treffer")
			.contains(last + ", Muhammad");

		String edit = detail + "/edit";
		assertThat(this.pages.get(edit).body()).contains("value=\"" + last + "\"");
		HttpResponse<String> changed = AccessFixtures.post(this.pages, edit, detail, "firstName", "Muhammad",
				"lastName", last, "birthYear", "1987", "germanLevel", "B2", "phone", "030 23125 999");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(this.pages.get(detail).body()).contains("Die Angaben wurden gespeichert.").contains("030 23125 999");
		UUID id = UUID.fromString(detail.substring(detail.lastIndexOf('/') + 1));
		assertThat(this.fixtures.readReasons(id, this.counsellor.id())).contains("detail", "edit", "list");
	}

	@Test
	void theDemoCounsellorHasAbout200ClientsWithOneDeputyCase() {
		Http berna = Http.loggedIn(this.port, "beratung", "demo");
		assertThat(berna.get("/").body()).containsPattern("1[0-9]{2} Personen in Ihrer Zuständigkeit");
		Http bilal = Http.loggedIn(this.port, "beratung2", "demo");
		assertThat(bilal.get("/counselling/clients").body()).contains("(Vertretung)");
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM counselling_client c JOIN tenant t ON t.id = c.tenant_id "
					+ "WHERE t.slug = 'landkreis-osnabrueck' AND c.created_at < now() - interval '1 minute'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(150);
		// the search finds the demo's transliterations of one name
		assertThat(berna.get("/counselling/clients?q=Mohamed").body()).contains("Mohammed").contains("Muhammad");
	}

}
