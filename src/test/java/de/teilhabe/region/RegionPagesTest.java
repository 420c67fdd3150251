package de.teilhabe.region;

import java.net.http.HttpResponse;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region pages.
 */
@IntegrationTest
class RegionPagesTest {

	@LocalServerPort
	int port;

	@Test
	void kreisPageShowsFactsParentsChildrenAndSource() {
		Http http = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> page = http.get("/regions/03459");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1 class=\"kern-heading\">Osnabrück</h1>")
			.contains("href=\"/regions/03\">Niedersachsen</a>")
			.contains("href=\"/regions/034\">Statistische Region Weser-Ems</a>")
			.contains("358.080")
			.contains("href=\"/regions/03459024\">Melle, Stadt</a>")
			.contains("href=\"/regions/034595401\">Artland</a>")
			.contains("<caption>Regionen in Osnabrück</caption>")
			.contains("© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys")
			.contains("Gebietsstand 31.12.2020");
	}

	@Test
	void gemeindeverbandPageListsItsMembers() {
		Http http = Http.loggedIn(this.port, "beratung", "demo");
		String page = http.get("/regions/034595401?lang=en").body();
		assertThat(page).contains("Artland")
			.contains("Samtgemeinde")
			.contains("Quakenbrück, Stadt")
			.contains("Municipalities (Gemeinden)");
		http.get("/regions?lang=de");
	}

	@Test
	void searchFindsMelle() {
		Http http = Http.loggedIn(this.port, "strategie", "demo");
		String page = http.get("/regions?q=Melle&level=GEMEINDE").body();
		assertThat(page).contains("href=\"/regions/03459024\">Melle, Stadt</a>").contains("Ergebnisse");
		assertThat(http.get("/regions").body()).contains("href=\"/regions/03\">Niedersachsen</a>");
		assertThat(http.get("/regions?q=M").body()).contains("id=\"q-error\"").contains("aria-describedby=\"q-error\"");
	}

	@Test
	void badAndUnknownKeys() {
		Http http = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> bad = http.get("/regions/0345x");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("ist kein Regionalschlüssel");
		HttpResponse<String> unknown = http.get("/regions/03999");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Eine Region mit dem Schlüssel 03999 gibt es nicht.");
	}

	@Test
	void anonymousIsSentToLogin() {
		HttpResponse<String> response = new Http(this.port).get("/regions/03459");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

}
