package de.teilhabe.network.map;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.network.NetworkOfficeTests;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map: without tiles (the default) a list of organisations and offers by Gemeinde
 * with counts, links and filters; the markers endpoint for the interactive map.
 */
@IntegrationTest
class MapTest extends NetworkOfficeTests {

	@Test
	void withoutTilesTheMapIsAListByGemeindeWithCountsLinksAndFilters() {
		String placed = unique("Kartenverein");
		UUID organisation = createOrganisation(this.office, placed, "kind", "CLUB", "languages", "de, gsg", "regions",
				"03459014, 03459024", "latitude", "52.2031", "longitude", "8.3386");
		String unplaced = unique("Ortloser Verein");
		createOrganisation(this.office, unplaced, "kind", "CLUB", "languages", "gsg");
		String offer = unique("Kartenangebot");
		createOffer(this.office, organisation, offer);

		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		HttpResponse<String> page = counsellor.get("/network/map?kind=CLUB&language=gsg");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).doesNotContain("leaflet").doesNotContain("id=\"network-map\"");
		assertThat(section(body, "03459024")).contains(">Melle")
			.contains(">1 Organisation<")
			.contains(placed)
			.contains("/network/organisations?region=03459024&amp;kind=CLUB&amp;language=gsg")
			.contains("0 Angebote");
		assertThat(section(body, "03459014")).contains(">Bramsche").contains("2 Organisationen").contains(unplaced);
		// the offer (in Bramsche, languages de and uk) counts where its languages match
		assertThat(section(counsellor.get("/network/map?language=uk&kind=CLUB").body(), "03459014")).contains(offer);
		assertThat(counsellor.get("/network/map?kind=SCHOOL&language=gsg").body())
			.contains("Keine Organisationen oder Angebote für diese Auswahl.");

		assertThat(counsellor.get("/network/map?kind=RAUMSCHIFF").statusCode()).isEqualTo(400);
		assertThat(counsellor.get("/network/map/markers?language=klingonisch").statusCode()).isEqualTo(400);
		assertThat(this.fixtures.user(LANDKREIS, Role.PARTNER).get("/network/map").statusCode()).isEqualTo(403);
		// what the interactive map loads when tiles are configured is served from here
		assertThat(counsellor.get("/webjars/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
		assertThat(counsellor.get("/js/network-map.js").body()).contains("L.tileLayer");
	}

	@Test
	void markersAreTheOrganisationsWithAPositionOfTheTenant() {
		String placed = unique("Markerverein");
		createOrganisation(this.office, placed, "languages", "de, prs", "latitude", "52.2799", "longitude", "8.0472");
		String unplaced = unique("Markerlos");
		createOrganisation(this.office, unplaced, "languages", "prs");
		HttpResponse<String> markers = this.office.get("/network/map/markers?language=prs");
		assertThat(markers.statusCode()).isEqualTo(200);
		assertThat(markers.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(markers.body()).contains("\"name\":\"" + placed + "\"")
			.contains("\"latitude\":52.279900")
			.contains("\"longitude\":8.047200")
			.contains("\"kindLabel\":\"Migrantenselbstorganisation (MSO)\"")
			.contains("\"url\":\"/network/organisations/")
			.doesNotContain(unplaced);
		// the demo organisations have positions in the Landkreis Osnabrück
		assertThat(this.office.get("/network/map/markers").body()).contains("Brückenschlag")
			.contains("\"latitude\":52.408900");
		assertThat(this.fixtures.user(STADT, Role.STRATEGY).get("/network/map/markers?language=prs").body())
			.doesNotContain(placed);
	}

	/** The section of a Gemeinde on the map page. */
	private static String section(String body, String key) {
		int start = body.indexOf("id=\"gemeinde-" + key + "\"");
		assertThat(start).as("section of " + key).isGreaterThan(0);
		int end = body.indexOf("</section>", start);
		return body.substring(start - 100, end);
	}

}
