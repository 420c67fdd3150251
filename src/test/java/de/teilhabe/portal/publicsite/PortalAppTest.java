package de.teilhabe.portal.publicsite;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.region.Language;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser as an installable app: the manifest per tenant and language (its fields,
 * {@code dir="rtl"} for Arabic), the service worker with its scope and cache name, the
 * offline page in the reader's language, the links in the public layout; no cookie,
 * {@code no-cache} with an ETag (304), unknown tenants and languages not offered 404.
 */
@IntegrationTest
class PortalAppTest {

	private static final String SLUG = "landkreis-osnabrueck";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Test
	void theManifestDescribesTheTenantsPortalInEachLanguage() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> german = anonymous.get("/p/" + SLUG + "/de/manifest.webmanifest");
		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/manifest+json"));
		assertPublic(german);
		JsonNode manifest = JSON.readTree(german.body());
		assertThat(manifest.get("name").asString()).isEqualTo("Landkreis Osnabrück – Wegweiser");
		assertThat(manifest.get("short_name").asString()).isEqualTo("Wegweiser");
		assertThat(manifest.get("lang").asString()).isEqualTo("de");
		assertThat(manifest.get("dir").asString()).isEqualTo("ltr");
		assertThat(manifest.get("start_url").asString()).isEqualTo("/p/" + SLUG + "/de/");
		assertThat(manifest.get("scope").asString()).isEqualTo("/p/" + SLUG + "/");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		assertThat(manifest.get("theme_color").asString()).isEqualTo("#0b2a63");
		List<String> sizes = manifest.get("icons").valueStream().map((icon) -> icon.get("sizes").asString()).toList();
		assertThat(sizes).contains("192x192", "512x512", "any");
		assertThat(manifest.get("icons").valueStream().map((icon) -> icon.get("purpose").asString()))
			.contains("maskable");
		for (JsonNode icon : manifest.get("icons")) {
			HttpResponse<byte[]> image = anonymous.getBytes(icon.get("src").asString());
			assertThat(image.statusCode()).as(icon.toString()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(icon.get("type").asString()));
			assertThat(image.headers().allValues("Set-Cookie")).isEmpty();
		}
		// the browser asks again with its ETag: nothing changed
		HttpResponse<String> again = anonymous.get("/p/" + SLUG + "/de/manifest.webmanifest",
				Map.of("If-None-Match", german.headers().firstValue("ETag").orElseThrow()));
		assertThat(again.statusCode()).isEqualTo(304);

		JsonNode arabic = JSON.readTree(anonymous.get("/p/" + SLUG + "/ar/manifest.webmanifest").body());
		assertThat(arabic.get("lang").asString()).isEqualTo("ar");
		assertThat(arabic.get("dir").asString()).isEqualTo("rtl");
		assertThat(arabic.get("name").asString()).isEqualTo("Landkreis Osnabrück – دليل");
		assertThat(arabic.get("start_url").asString()).isEqualTo("/p/" + SLUG + "/ar/");
		assertThat(arabic.get("scope").asString()).isEqualTo("/p/" + SLUG + "/");
		JsonNode english = JSON.readTree(anonymous.get("/p/" + SLUG + "/en/manifest.webmanifest").body());
		assertThat(english.get("description").asString()).contains("even without internet");
		assertThat(english.get("dir").asString()).isEqualTo("ltr");
	}

	@Test
	void theServiceWorkerIsServedWithinItsScopeWithAVersionedCacheOfTheTenant() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> worker = anonymous.get("/p/" + SLUG + "/sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/javascript"));
		assertThat(worker.headers().firstValue("Service-Worker-Allowed")).hasValue("/p/" + SLUG + "/");
		assertPublic(worker);
		assertThat(worker.body()).contains("const SCOPE = \"/p/" + SLUG + "/\";", "\"ar\"", "\"/css/teilhabe.css\"")
			.containsPattern("const CACHE = PREFIX \\+ \"[0-9a-f]{12}\";")
			.contains("request.method !== 'GET'", "caches.delete(name)")
			.doesNotContain("__SCOPE__", "__VERSION__", "__LANGUAGES__", "__ASSETS__", "__BASE__");
		HttpResponse<String> again = anonymous.get("/p/" + SLUG + "/sw.js",
				Map.of("If-None-Match", worker.headers().firstValue("ETag").orElseThrow()));
		assertThat(again.statusCode()).isEqualTo(304);
		// the other tenant's worker: its own scope and cache names
		HttpResponse<String> other = anonymous.get("/p/stadt-osnabrueck/sw.js");
		assertThat(other.body()).contains("const SCOPE = \"/p/stadt-osnabrueck/\";").doesNotContain(SLUG);
		// GET only
		assertThat(anonymous.send("POST", "/p/" + SLUG + "/sw.js", "text/plain", "x").statusCode()).isBetween(400, 499);
		assertThat(anonymous.send("POST", "/p/" + SLUG + "/de/manifest.webmanifest", "text/plain", "x").statusCode())
			.isBetween(400, 499);
	}

	@Test
	void theOfflinePageIsInTheReadersLanguageAndEveryPublicPageLinksTheManifest() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> arabic = anonymous.get("/p/" + SLUG + "/ar/offline");
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(arabic.body()).contains("lang=\"ar\"", "dir=\"rtl\"",
				"<h1 class=\"kern-heading\">لا يوجد اتصال</h1>", "<!--kept-pages-->", "<!--/kept-pages-->",
				"لا توجد صفحات محفوظة على هذا الجهاز بعد.");
		assertThat(anonymous.get("/p/" + SLUG + "/de/offline").body()).contains("Keine Verbindung",
				"Auf diesem Gerät sind noch keine Seiten gespeichert.");
		assertThat(anonymous.get("/p/" + SLUG + "/tr/offline").body()).contains("Bağlantı yok");
		assertThat(PortalEditing.RESERVED).contains(PortalAppController.OFFLINE);

		for (String path : List.of("/p/" + SLUG + "/ar/", "/p/" + SLUG + "/ar/ankommen",
				"/p/" + SLUG + "/ar/veranstaltungen", "/p/" + SLUG + "/ar/barrierefreiheit")) {
			HttpResponse<String> page = anonymous.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path)
				.contains("<link rel=\"manifest\" href=\"/p/" + SLUG + "/ar/manifest.webmanifest\">",
						"src=\"/js/portal-app.js\" defer data-worker=\"/p/" + SLUG + "/sw.js\" data-scope=\"/p/" + SLUG
								+ "/\"></script>",
						"<meta name=\"theme-color\" content=\"#0b2a63\">");
			// the pages' script is a file of our own: the policy stays strict
			assertThat(page.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self';").doesNotContain("unsafe"));
			assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		HttpResponse<String> script = anonymous.get("/js/portal-app.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("navigator.serviceWorker.register");
		assertThat(script.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void anUnknownTenantOrALanguageTheTenantDoesNotOfferIsNotFound() {
		Http anonymous = new Http(this.port);
		for (String path : List.of("/p/unbekannt/sw.js", "/p/unbekannt/de/manifest.webmanifest",
				"/p/unbekannt/de/offline", "/p/" + SLUG + "/xx/manifest.webmanifest", "/p/" + SLUG + "/xx/offline",
				"/p/" + SLUG + "/AR/manifest.webmanifest")) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		// a language one tenant offers and the other does not
		UUID landkreis = this.tenants.findBySlug(SLUG).orElseThrow().id();
		UUID stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
		List<Language> offeredByStadt = this.tenants.publicLanguages(stadt);
		this.tenants.publicLanguages(landkreis)
			.stream()
			.filter((language) -> !offeredByStadt.contains(language))
			.findFirst()
			.ifPresent((language) -> assertThat(
					anonymous.get("/p/stadt-osnabrueck/" + language.code() + "/manifest.webmanifest").statusCode())
				.isEqualTo(404));
	}

	private static void assertPublic(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(response.headers().firstValue("ETag")).isPresent();
	}

}
