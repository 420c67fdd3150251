package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations: create, validation (all or nothing), duplicates, detail, search and
 * filters, edit, readers, tenant isolation.
 */
@IntegrationTest
class OrganisationTest {

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
	void theOfficeCreatesAnOrganisationAndFindsItWithFilters() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String name = unique("Kulturverein Hasetal");
		UUID id = createOrganisation(office, name, "website", "https://hasetal.example.org", "targetGroups",
				"Familien, Senioren", "tags", "Chor", "description", "Chor und Elterncafé");
		String detail = office.get("/network/organisations/" + id).body();
		assertThat(detail).contains("<h1 class=\"kern-heading\">" + name + "</h1>")
			.contains("Migrantenselbstorganisation (MSO)")
			.contains("49565 Bramsche")
			.contains("Bramsche, Stadt")
			.contains("Deutsch, Arabisch – العربية")
			.contains("Familie")
			.contains("https://hasetal.example.org");

		String uniquePart = name.substring(name.indexOf('-') + 1);
		assertThat(office.get("/network/organisations?q=" + uniquePart).body()).contains(name);
		assertThat(office
			.get("/network/organisations?q=" + uniquePart + "&language=ar&region=03459014&kind=MSO" + "&field=FAMILY")
			.body()).contains(name);
		assertThat(office.get("/network/organisations?q=" + uniquePart + "&language=tr").body()).doesNotContain(name);
		assertThat(office.get("/network/organisations?q=" + uniquePart + "&kind=SCHOOL").body()).doesNotContain(name);
		assertThat(office.get("/network/organisations?q=" + uniquePart + "&region=03459024").body())
			.doesNotContain(name);
		assertThat(office.get("/network/organisations?q=" + uniquePart + "&field=SPORTS").body()).doesNotContain(name);
		assertThat(office.get("/network/organisations?q=chor+und+eltern").body()).contains(name);

		// readers see it, but cannot edit
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/network/organisations/" + id).body()).contains(name)
			.doesNotContain("/network/organisations/" + id + "/edit");
		assertThat(counsellor.get("/network/organisations/" + id + "/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void badInputIsNamedAtEachFieldAndNothingIsStored() {
		Http office = this.fixtures.user(LANDKREIS, Role.ADMIN);
		String name = unique("Fehlerverein");
		HttpResponse<String> response = post(office, "/network/organisations/new", "/network/organisations", "kind",
				"UFO", "name", name, "postcode", "4956", "latitude", "95", "longitude", "8", "regions", "03459999",
				"languages", "de, xx", "website", "javascript:alert(1)", "email", "keine-adresse", "phone", "abc",
				"fieldsOfWork", "NOPE");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Bitte korrigieren Sie 9 Fehler")
			.contains("id=\"kind-error\"")
			.contains("Eine Postleitzahl hat fünf Ziffern.")
			.contains("Bitte eine Zahl von -90 bis 90 angeben.")
			.contains("„03459999“ ist keine Gemeinde")
			.contains("„xx“ ist kein ISO-639-Sprachcode")
			.contains("„NOPE“ ist kein angebotener Wert.")
			.contains("Bitte eine vollständige Adresse mit http:// oder https:// angeben.")
			.contains("Bitte eine gültige E-Mail-Adresse angeben")
			.contains("aria-describedby=\"postcode-error\"")
			.contains("value=\"" + name + "\"");
		assertThat(office.get("/network/organisations?q=" + name).body()).contains("0 Organisationen gefunden");

		HttpResponse<String> empty = post(office, "/network/organisations/new", "/network/organisations", "name", "",
				"latitude", "52.1");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("id=\"name-error\"")
			.contains("Breiten- und Längengrad bitte beide angeben oder beide leer lassen.");
	}

	@Test
	void aSimilarNameInTheSamePlaceWarnsOfADuplicate() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String base = unique("Deutsch Tamilischer Elternverein");
		UUID first = createOrganisation(office, base + " e.V.");
		// similar name (legal form, case, hyphen), same place: warned, nothing stored
		HttpResponse<String> warned = post(office, "/network/organisations/new", "/network/organisations", "kind",
				"MSO", "name", base.toLowerCase().replace("tamilischer", "tamilischer-") + " eV", "city", "Bramsche",
				"postcode", "49565");
		assertThat(warned.statusCode()).isEqualTo(409);
		assertThat(warned.body()).contains("Mögliche Dublette")
			.contains("/network/organisations/" + first)
			.contains("name=\"ignoreDuplicates\"");
		// the same name elsewhere is no duplicate
		HttpResponse<String> elsewhere = post(office, "/network/organisations/new", "/network/organisations", "kind",
				"MSO", "name", base + " e.V.", "city", "Melle", "postcode", "49324");
		assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(302);
		// confirmed as no duplicate: stored
		HttpResponse<String> confirmed = post(office, "/network/organisations/new", "/network/organisations", "kind",
				"MSO", "name", base + " Bramsche", "city", "Bramsche", "postcode", "49565", "ignoreDuplicates", "true");
		assertThat(confirmed.statusCode()).isEqualTo(302);
	}

	@Test
	void theOfficeEditsDirectly() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String name = unique("Editierverein");
		UUID id = createOrganisation(office, name);
		String edit = office.get("/network/organisations/" + id + "/edit").body();
		assertThat(edit).contains("value=\"" + name + "\"").contains("checked=\"checked\"");
		HttpResponse<String> saved = post(office, "/network/organisations/" + id + "/edit",
				"/network/organisations/" + id, "kind", "CLUB", "name", name + " neu", "city", "Bramsche");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(office.get("/network/organisations/" + id).body()).contains(name + " neu")
			.contains("Die Angaben sind gespeichert.")
			.contains("Verein");
	}

	@Test
	void anotherTenantsOrganisationIsNotFound() {
		Http landkreis = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String name = unique("Landkreisverein");
		UUID id = createOrganisation(landkreis, name);
		Http stadt = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/network/organisations/" + id).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/organisations/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(post(stadt, "/network/organisations", "/network/organisations/" + id, "kind", "MSO", "name", "x")
			.statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/organisations/" + id + "/offers/new").statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/organisations?q=" + name).body()).doesNotContain("/network/organisations/" + id);
		assertThat(Http.withToken(this.port, "demo-token-stadt-admin").get("/api/v1/organisations?q=" + name).body())
			.contains("\"totalItems\":0");
		assertThat(new Http(this.port).get("/api/v1/organisations?tenant=stadt-osnabrueck&q=" + name).body())
			.contains("\"totalItems\":0");
		assertThat(Http.withToken(this.port, "demo-token-strategie").get("/api/v1/organisations?q=" + name).body())
			.contains(name);
	}

}
