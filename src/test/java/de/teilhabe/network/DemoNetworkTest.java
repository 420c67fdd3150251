package de.teilhabe.network;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode fills the network lists of both demo tenants, so that whoever signs in to the
 * Stadt Osnabrück sees the product working, not empty lists.
 */
@IntegrationTest
class DemoNetworkTest {

	@LocalServerPort
	int port;

	@Test
	void theCityTenantHasItsOwnOrganisationsOffersAndEventsInThePublicApi() {
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/api/v1/organisations?tenant=stadt-osnabrueck").body())
			.contains("Haus der Kulturen Osnabrück e.V. (Beispiel)")
			.contains("Jugendmigrationsdienst Osnabrück (Beispiel)")
			.doesNotContain("Brückenschlag");
		assertThat(anonymous.get("/api/v1/offers?tenant=stadt-osnabrueck").body()).contains("Sprachcafé für alle");
		assertThat(anonymous.get("/api/v1/events?tenant=stadt-osnabrueck").body())
			.contains("Fest der Kulturen auf dem Marktplatz");
	}

	@Test
	void theCityAdminSeesProjectsSupportAndCommitteesOfTheCity() {
		Http admin = Http.loggedIn(this.port, "stadt-admin", "demo");
		assertThat(admin.get("/network/organisations").body()).contains("Nachbarschaftszentrum Schinkel (Beispiel)")
			.doesNotContain("Sprachschule am Dörenberg");
		assertThat(admin.get("/network/projects").body()).contains("Stadtteilmütter Osnabrück")
			.doesNotContain("Sprachbrücke Kita");
		assertThat(admin.get("/network/support").body()).contains("Förderanträge schreiben für Vereine")
			.contains("Sprachenzentrum Westerberg (Beispiel)");
		assertThat(admin.get("/network/committees").body()).contains("Runder Tisch Integration Osnabrück")
			.doesNotContain("AK Integration");
	}

}
