package de.teilhabe.region.settings;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant's ADMIN picks the languages of the public pages by name on the settings
 * page; the pages, their cache and the languages API follow at once. Works on the Stadt
 * Osnabrück and gives it back the default set afterwards.
 */
@IntegrationTest
class PublicLanguageSettingsTest {

	private static final String SLUG = "stadt-osnabrueck";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToTheDefault() {
		this.jdbc.sql("UPDATE tenant_settings SET public_languages = NULL WHERE tenant_id = ?")
			.param(this.tenants.findBySlug(SLUG).orElseThrow().id())
			.update();
	}

	@Test
	void theAdminPicksTheLanguagesByNameAndThePagesFollowAtOnce() {
		Http anonymous = new Http(this.port);
		// kept in the page cache before the change
		assertThat(anonymous.get("/p/" + SLUG + "/fr/").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/p/" + SLUG + "/it/").statusCode()).isEqualTo(404);

		Http admin = Http.loggedIn(this.port, "stadt-admin", "demo");
		String page = admin.get("/admin/settings").body();
		assertThat(page).contains("Sprachen der öffentlichen Seiten", "Arabisch – العربية", ">Leichte Sprache<",
				"Italienisch – Italiano");
		assertThat(checkbox(page, "Italienisch – Italiano")).doesNotContain("checked");
		assertThat(checkbox(page, "Arabisch – العربية")).contains("checked");

		HttpResponse<String> saved = save(admin, List.of(value(page, "Deutsch"), value(page, "Englisch – English"),
				value(page, "Italienisch – Italiano")));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		assertThat(ApiLists.all(anonymous, "/api/v1/languages?tenant=" + SLUG)).extracting((l) -> l.get("code"))
			.containsExactly("de", "en", "it");
		HttpResponse<String> italian = anonymous.get("/p/" + SLUG + "/it/");
		assertThat(italian.statusCode()).isEqualTo(200);
		assertThat(italian.body()).contains("lang=\"it\"", ">Italiano<").doesNotContain(">Français<");
		HttpResponse<String> french = anonymous.get("/p/" + SLUG + "/fr/");
		assertThat(french.statusCode()).as("no longer offered, though its page was kept").isEqualTo(404);
		// in the language of the old link, with the way to the start page in the tenant's
		// first language
		assertThat(french.body()).contains("Page introuvable", "lang=\"fr\"", "href=\"/p/" + SLUG + "/\"");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/fr/").statusCode()).as("the other tenant's set")
			.isEqualTo(200);
		assertThat(this.jdbc
			.sql("SELECT details FROM audit_event WHERE action = 'tenant.settings.changed' "
					+ "AND record_id = ? ORDER BY id DESC LIMIT 1")
			.param(this.tenants.findBySlug(SLUG).orElseThrow().id().toString())
			.query(String.class)
			.single()).contains("publicLanguages");
	}

	@Test
	void atLeastOneLanguageIsNeeded() {
		Http admin = Http.loggedIn(this.port, "stadt-admin", "demo");
		HttpResponse<String> none = save(admin, List.of());
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("Bitte mindestens eine Sprache wählen.");
		assertThat(ApiLists.all(new Http(this.port), "/api/v1/languages?tenant=" + SLUG)).hasSize(16);
	}

	private HttpResponse<String> save(Http admin, List<String> codes) {
		TenantSettings settings = this.tenants.settings(this.tenants.findBySlug(SLUG).orElseThrow().id()).orElseThrow();
		List<Map.Entry<String, String>> fields = new ArrayList<>(TenantSettingsTest.form(settings).entrySet());
		fields.add(Map.entry("_publicLanguages", "on"));
		codes.forEach((code) -> fields.add(Map.entry("publicLanguages", code)));
		return TenantSettingsTest.post(admin, fields, null);
	}

	/** The checkbox a person ticks by the label they read. */
	private static String checkbox(String page, String label) {
		Matcher matcher = Pattern
			.compile("(<input[^>]*name=\"publicLanguages\"[^>]*>)\\s*<label[^>]*>" + Pattern.quote(label) + "</label>")
			.matcher(page);
		assertThat(matcher.find()).as("a checkbox labelled " + label).isTrue();
		return matcher.group(1);
	}

	private static String value(String page, String label) {
		Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(checkbox(page, label));
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

}
