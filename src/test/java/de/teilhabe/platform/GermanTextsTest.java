package de.teilhabe.platform;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German as people read it: counts with the right plural, and a favicon so that no
 * browser tab asks in vain.
 */
@IntegrationTest
class GermanTextsTest {

	@LocalServerPort
	int port;

	@Test
	void oneOrganisationIsSingular() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		String one = strategie
			.get("/network/organisations?q=" + URLEncoder.encode("Sprachschule am Dörenberg", StandardCharsets.UTF_8))
			.body();
		assertThat(one).contains("1 Organisation gefunden").doesNotContain("1 Organisationen");
		String none = strategie.get("/network/organisations?q=Xyzzyqwv").body();
		assertThat(none).contains("0 Organisationen gefunden");
	}

	@Test
	void thereIsAFaviconAndEveryPageLinksIt() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> ico = anonymous.get("/favicon.ico");
		assertThat(ico.statusCode()).isEqualTo(200);
		HttpResponse<String> svg = anonymous.get("/favicon.svg");
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.body()).contains("<svg");
		assertThat(anonymous.get("/login").body()).contains("<link rel=\"icon\" href=\"/favicon.svg\"");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/de/").body())
			.contains("<link rel=\"icon\" href=\"/favicon.svg\"");
	}

}
