package de.teilhabe.region.publicsite;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages are kept rendered and revalidated by their ETag, yet show an edit at
 * once; an anonymous visit leaves no session behind and gets the security headers of
 * every page.
 */
@IntegrationTest
class PublicPageCacheTest {

	private static final String START = "/p/stadt-osnabrueck/de/";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Test
	void aPageHasAStrongETagAndAnswers304WithoutABodyWhenTheBrowserHasIt() {
		Http anonymous = new Http(this.port);
		for (String path : new String[] { START, "/p/stadt-osnabrueck/de/impressum",
				"/p/landkreis-osnabrueck/en/datenschutz" }) {
			HttpResponse<String> page = anonymous.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			String etag = page.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
			assertThat(etag).as("a strong ETag").matches("\"[0-9a-f]{32}\"");
			assertThat(page.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((cache) -> assertThat(cache).contains("no-cache").doesNotContain("no-store"));
			assertThat(anonymous.get(path).headers().firstValue("ETag")).as("the same bytes again").hasValue(etag);

			HttpResponse<String> unchanged = anonymous.get(path, Map.of("If-None-Match", etag));
			assertThat(unchanged.statusCode()).as(path).isEqualTo(304);
			assertThat(unchanged.body()).isEmpty();
			assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
			assertThat(anonymous.get(path, Map.of("If-None-Match", "\"0123\"")).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void germanAndEnglishAreDifferentPages() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> german = anonymous.get(START);
		HttpResponse<String> english = anonymous.get("/p/stadt-osnabrueck/en/");
		assertThat(german.body()).contains("lang=\"de\"", "Sprechzeiten");
		assertThat(english.body()).contains("lang=\"en\"", "Office hours");
		assertThat(english.headers().firstValue("ETag")).isPresent().isNotEqualTo(german.headers().firstValue("ETag"));
		String germanTag = german.headers().firstValue("ETag").orElseThrow();
		assertThat(anonymous.get("/p/stadt-osnabrueck/en/", Map.of("If-None-Match", germanTag)).statusCode())
			.as("the German page's ETag does not stand for the English one")
			.isEqualTo(200);
	}

	@Test
	void anEditShowsOnTheNextViewWithANewETag() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> before = anonymous.get("/p/landkreis-osnabrueck/de/");
		String etag = before.headers().firstValue("ETag").orElseThrow();

		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http office = fixtures.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		UUID organisation = NetworkFixtures.createOrganisation(office,
				NetworkFixtures.unique("Zwischenspeicher-Verein"));
		// offers are listed by title: a leading "000" puts this one among the first shown
		String offer = NetworkFixtures.unique("000 Frisch eingetragen");
		NetworkFixtures.createOffer(office, organisation, offer);

		HttpResponse<String> after = anonymous.get("/p/landkreis-osnabrueck/de/", Map.of("If-None-Match", etag));
		assertThat(after.statusCode()).as("changed: the whole page again").isEqualTo(200);
		assertThat(after.body()).contains(offer);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
	}

	@Test
	void aChangeMadeOutsideThisInstancesRequestsShowsWithinASecond() throws InterruptedException {
		// another instance, a job or an operator writes to the database directly
		UUID stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
		String hours = this.jdbc.sql("SELECT office_hours FROM tenant_settings WHERE tenant_id = ?")
			.param(stadt)
			.query(String.class)
			.optional()
			.orElse(null);
		String changed = NetworkFixtures.unique("Sa 10–12 Uhr");
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get(START).body()).doesNotContain(changed);
		try {
			this.jdbc.sql("UPDATE tenant_settings SET office_hours = ? WHERE tenant_id = ?")
				.params(changed, stadt)
				.update();
			long deadline = System.nanoTime() + PublicContentCache.VERSION_CHECK.plus(Duration.ofSeconds(2)).toNanos();
			String page = anonymous.get(START).body();
			while (!page.contains(changed) && System.nanoTime() < deadline) {
				Thread.sleep(100);
				page = anonymous.get(START).body();
			}
			assertThat(page).contains(changed);
		}
		finally {
			this.jdbc.sql("UPDATE tenant_settings SET office_hours = ? WHERE tenant_id = ?")
				.params(hours, stadt)
				.update();
		}
	}

	@Test
	void anAnonymousVisitSetsNoCookieStoresNoSessionAndGetsTheSecurityHeaders() {
		long sessions = sessions();
		Http anonymous = new Http(this.port);
		HttpResponse<String> page = anonymous.get(START);
		HttpResponse<String> unchanged = anonymous.get(START,
				Map.of("If-None-Match", page.headers().firstValue("ETag").orElseThrow()));
		for (HttpResponse<String> response : new HttpResponse[] { page, unchanged, anonymous.get(START + "impressum"),
				anonymous.get("/p/gibt-es-nicht/de/") }) {
			String what = response.uri().getPath() + " " + response.statusCode();
			assertThat(response.headers().allValues("Set-Cookie")).as(what).isEmpty();
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(what)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Permissions-Policy")).as(what)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
		}
		assertThat(sessions()).as("no session row for anonymous visitors").isEqualTo(sessions);
	}

	private long sessions() {
		return this.jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}

}
