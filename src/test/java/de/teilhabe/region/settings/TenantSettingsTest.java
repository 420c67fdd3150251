package de.teilhabe.region.settings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant settings page: save and see it on the public page, every bad input, logo,
 * stale forms, tenant isolation and the audit entry. Works on the demo tenants and
 * restores their settings after each test.
 */
@IntegrationTest
class TenantSettingsTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final String LANDKREIS = "landkreis-osnabrueck";

	private static final String STADT = "stadt-osnabrueck";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	private TenantSettings landkreisBefore;

	private TenantSettings stadtBefore;

	@BeforeEach
	void remember() {
		this.landkreisBefore = settings(LANDKREIS);
		this.stadtBefore = settings(STADT);
	}

	@AfterEach
	void restore() {
		restore("admin", LANDKREIS, this.landkreisBefore);
		restore("stadt-admin", STADT, this.stadtBefore);
	}

	@Test
	void savedSettingsShowOnThePublicPage() {
		String unique = unique();
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Map<String, String> form = form(this.landkreisBefore);
		form.put("officeName", "Koordinierungsstelle Integration " + unique);
		form.put("street", "Am Schölerberg 1");
		form.put("postcode", "49082");
		form.put("city", "Osnabrück");
		form.put("officeHours", "Mo–Do 8–12 Uhr\r\nDo 14–17 Uhr " + unique);
		form.put("phone", "+49 541 501-0");
		form.put("email", "integration-" + unique + "@example.org");
		form.put("website", "https://www.example.org/integration");
		form.put("imprintText", "Impressum " + unique + "\n<script>alert(1)</script>\n\nZweiter Absatz");
		form.put("privacyText", "Datenschutz " + unique);
		HttpResponse<String> saved = post(admin, form, null);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(admin.get("/admin/settings").body()).contains("Die Einstellungen sind gespeichert.")
			.contains("Koordinierungsstelle Integration " + unique);

		Http anonymous = new Http(this.port);
		String start = anonymous.get("/p/" + LANDKREIS + "/de/").body();
		assertThat(start).contains("<h1 class=\"kern-heading\">Koordinierungsstelle Integration " + unique + "</h1>")
			.contains("Am Schölerberg 1")
			.contains("49082 Osnabrück")
			.contains("Do 14–17 Uhr " + unique)
			.contains("href=\"tel:+49541501-0\"")
			.contains("mailto:integration-" + unique + "@example.org")
			.contains("https://www.example.org/integration");
		String imprint = anonymous.get("/p/" + LANDKREIS + "/de/impressum").body();
		assertThat(imprint).contains("Impressum " + unique)
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("<p class=\"public-paragraph\">Zweiter Absatz</p>");
		assertThat(anonymous.get("/p/" + LANDKREIS + "/en/datenschutz").body()).contains("Datenschutz " + unique)
			.contains("<h1 class=\"kern-heading\">Privacy</h1>");
		// the other tenant never shows it
		assertThat(anonymous.get("/p/" + STADT + "/de/").body()).doesNotContain(unique);
		assertThat(anonymous.get("/p/" + STADT + "/de/impressum").body()).doesNotContain(unique);
	}

	@Test
	void theNameChangesTheTenant() {
		String name = "Landkreis Osnabrück " + unique();
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Map<String, String> form = form(this.landkreisBefore);
		form.put("name", name);
		assertThat(post(admin, form, null).statusCode()).isEqualTo(302);
		assertThat(this.tenants.findBySlug(LANDKREIS).orElseThrow().name()).isEqualTo(name);
		assertThat(new Http(this.port).get("/p/" + LANDKREIS + "/de/").body()).contains(name);
		assertThat(admin.get("/").body()).contains(name);
	}

	@Test
	void theChangeIsAudited() {
		String unique = unique();
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Map<String, String> form = form(this.landkreisBefore);
		form.put("officeName", "Amt " + unique);
		form.put("city", "Bramsche " + unique);
		assertThat(post(admin, form, null).statusCode()).isEqualTo(302);
		UUID tenant = this.tenants.findBySlug(LANDKREIS).orElseThrow().id();
		List<String> details = this.jdbc
			.sql("SELECT details FROM audit_event WHERE tenant_id = ? AND action = 'tenant.settings.changed' "
					+ "AND actor_name = 'admin' ORDER BY id DESC LIMIT 1")
			.param(tenant)
			.query(String.class)
			.list();
		assertThat(details).containsExactly("officeName,city");
	}

	@Test
	void everyBadInputIsNamedAtItsFieldAndNothingIsStored() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Map<String, Map<String, String>> cases = new LinkedHashMap<>();
		cases.put("name", Map.of("name", "  "));
		cases.put("postcode", Map.of("postcode", "4908"));
		cases.put("postcode ", Map.of("postcode", "49O82"));
		cases.put("email", Map.of("email", "integration.example.org"));
		cases.put("email ", Map.of("email", "a@b"));
		cases.put("website", Map.of("website", "ftp://example.org"));
		cases.put("website ", Map.of("website", "javascript:alert(1)"));
		cases.put("website  ", Map.of("website", "www.example.org"));
		cases.put("phone", Map.of("phone", "ruf mich an"));
		cases.put("officeName", Map.of("officeName", "x".repeat(201)));
		cases.put("city", Map.of("city", "x".repeat(101)));
		cases.put("imprintText", Map.of("imprintText", "x".repeat(20_001)));
		String unique = unique();
		cases.forEach((field, values) -> {
			Map<String, String> form = form(this.landkreisBefore);
			form.put("street", "Straße " + unique); // valid, must not be stored either
			form.putAll(values);
			HttpResponse<String> response = post(admin, form, null);
			String id = field.strip();
			assertThat(response.statusCode()).as(field + " " + values).isEqualTo(400);
			assertThat(response.body()).as(field + " " + values)
				.contains("id=\"" + id + "-error\"")
				.contains("aria-describedby=\"" + id + "-error\"")
				.contains("Es wurde nichts gespeichert.");
		});
		assertThat(settings(LANDKREIS)).isEqualTo(this.landkreisBefore);
		assertThat(new Http(this.port).get("/p/" + LANDKREIS + "/de/").body()).doesNotContain(unique);
	}

	@Test
	void messagesAreInTheUsersLanguage() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		admin.get("/admin/settings?lang=en");
		Map<String, String> form = form(this.landkreisBefore);
		form.put("postcode", "123");
		HttpResponse<String> response = post(admin, form, null);
		assertThat(response.body()).contains("A postcode has exactly 5 digits.");
		admin.get("/admin/settings?lang=de");
	}

	@Test
	void anInvalidFormListsEveryErrorWithItsFieldInGermanAndEnglishAndStoresNothing() {
		String unique = unique();
		Map<String, String> form = form(this.landkreisBefore);
		form.put("officeName", "Stelle " + unique); // valid, must not be stored either
		form.put("postcode", "4908");
		form.put("email", "integration.example.org");
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		HttpResponse<String> german = post(admin, form, null);
		assertThat(german.statusCode()).isEqualTo(400);
		assertThat(german.body()).contains("Bitte korrigieren Sie 2 Fehler. Es wurde nichts gespeichert.")
			.contains("href=\"#postcode\">Postleitzahl: Eine Postleitzahl hat genau 5 Ziffern.</a>")
			.contains(
					"href=\"#email\">E-Mail: Bitte eine gültige E-Mail-Adresse angeben, z. B. integration@beispiel.de.</a>")
			.containsPattern("id=\"postcode\" name=\"postcode\" value=\"4908\"[^>]*autocomplete=\"postal-code\"")
			.contains("value=\"Stelle " + unique + "\"");
		Http english = Http.loggedIn(this.port, "admin", "demo");
		english.get("/admin/settings?lang=en");
		assertThat(post(english, form, null).body()).contains("Please correct 2 errors. Nothing was saved.")
			.contains("href=\"#postcode\">Postcode: A postcode has exactly 5 digits.</a>")
			.contains("href=\"#email\">E-mail: Please enter a valid e-mail address, e.g. integration@example.org.</a>");
		english.get("/admin/settings?lang=de");
		assertThat(settings(LANDKREIS)).isEqualTo(this.landkreisBefore);
		assertThat(new Http(this.port).get("/p/" + LANDKREIS + "/de/").body()).doesNotContain(unique);
	}

	@Test
	void logoUploadReplaceAndRemove() throws IOException {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Http anonymous = new Http(this.port);
		byte[] png = image("png");
		assertThat(post(admin, form(this.landkreisBefore), new Upload("logo.png", "image/png", png)).statusCode())
			.isEqualTo(302);
		HttpResponse<byte[]> logo = bytes(anonymous, "/p/" + LANDKREIS + "/logo");
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.body()).isEqualTo(png);
		assertThat(anonymous.get("/p/" + LANDKREIS + "/de/").body()).contains("/p/" + LANDKREIS + "/logo");

		// a JPEG sent as "image/png" is stored as what it is
		byte[] jpeg = image("jpg");
		assertThat(post(admin, form(settings(LANDKREIS)), new Upload("logo.png", "image/png", jpeg)).statusCode())
			.isEqualTo(302);
		assertThat(bytes(anonymous, "/p/" + LANDKREIS + "/logo").headers().firstValue("Content-Type"))
			.hasValue("image/jpeg");

		Map<String, String> remove = form(settings(LANDKREIS));
		remove.put("removeLogo", "true");
		assertThat(post(admin, remove, null).statusCode()).isEqualTo(302);
		assertThat(anonymous.get("/p/" + LANDKREIS + "/logo").statusCode()).isEqualTo(404);
		assertThat(settings(LANDKREIS).hasLogo()).isFalse();
	}

	@Test
	void badLogosAreRefused() throws IOException {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		byte[] gif = "GIF89a-not-allowed".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> wrongType = post(admin, form(this.landkreisBefore),
				new Upload("logo.png", "image/png", gif));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("Das Logo muss eine PNG- oder JPEG-Datei sein.");
		byte[] html = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
		assertThat(post(admin, form(this.landkreisBefore), new Upload("logo.svg", "image/svg+xml", html)).body())
			.contains("Das Logo muss eine PNG- oder JPEG-Datei sein.");
		byte[] large = Arrays.copyOf(image("png"), 512 * 1024 + 1);
		HttpResponse<String> tooLarge = post(admin, form(this.landkreisBefore),
				new Upload("logo.png", "image/png", large));
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("Das Logo darf höchstens 512 KB groß sein.")
			.contains("aria-describedby=\"logo-hint logo-error\"");
		assertThat(settings(LANDKREIS)).isEqualTo(this.landkreisBefore);
	}

	@Test
	void aStaleFormSaysSoAndStoresNothing() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Map<String, String> first = form(this.landkreisBefore);
		first.put("officeName", "Erste " + unique());
		assertThat(post(admin, first, null).statusCode()).isEqualTo(302);
		Map<String, String> second = form(this.landkreisBefore); // the old version
		second.put("officeName", "Zweite " + unique());
		HttpResponse<String> stale = post(admin, second, null);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Die Einstellungen wurden inzwischen geändert")
			.contains(second.get("officeName"));
		assertThat(settings(LANDKREIS).officeName()).isEqualTo(first.get("officeName"));
	}

	@Test
	void eachAdminEditsOnlyItsOwnTenant() {
		String unique = unique();
		Http stadtAdmin = Http.loggedIn(this.port, "stadt-admin", "demo");
		assertThat(stadtAdmin.get("/admin/settings").body()).contains("value=\"Stadt Osnabrück")
			.doesNotContain("value=\"Landkreis Osnabrück");
		Map<String, String> form = form(this.stadtBefore);
		form.put("officeName", "Integrationsbüro Stadt " + unique);
		assertThat(post(stadtAdmin, form, null).statusCode()).isEqualTo(302);
		assertThat(settings(STADT).officeName()).isEqualTo("Integrationsbüro Stadt " + unique);
		assertThat(settings(LANDKREIS)).isEqualTo(this.landkreisBefore);

		Http admin = Http.loggedIn(this.port, "admin", "demo");
		Map<String, String> landkreis = form(this.landkreisBefore);
		landkreis.put("officeName", "Integration Landkreis " + unique);
		assertThat(post(admin, landkreis, null).statusCode()).isEqualTo(302);
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/p/" + STADT + "/de/").body()).contains("Integrationsbüro Stadt " + unique)
			.doesNotContain("Integration Landkreis " + unique);
		assertThat(anonymous.get("/p/" + LANDKREIS + "/de/").body()).contains("Integration Landkreis " + unique)
			.doesNotContain("Integrationsbüro Stadt " + unique);
	}

	@Test
	void onlyAdminsMaySeeTheSettings() {
		Http strategy = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(strategy.get("/admin/settings").statusCode()).isEqualTo(403);
		assertThat(new Http(this.port).get("/admin/settings").statusCode()).isEqualTo(302);
	}

	@Test
	void anEmptyPostStoresNothing() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		HttpResponse<String> empty = admin.submit("/admin/settings", "/admin/settings", Map.of());
		assertThat(empty.statusCode()).isEqualTo(409);
		assertThat(settings(LANDKREIS)).isEqualTo(this.landkreisBefore);
	}

	// --- helpers

	record Upload(String filename, String contentType, byte[] content) {
	}

	private TenantSettings settings(String slug) {
		return this.tenants.settings(this.tenants.findBySlug(slug).orElseThrow().id()).orElseThrow();
	}

	private void restore(String username, String slug, TenantSettings before) {
		TenantSettings now = settings(slug);
		if (now.equals(before)) {
			return;
		}
		Http admin = Http.loggedIn(this.port, username, "demo");
		Map<String, String> form = form(before);
		form.put("version", String.valueOf(now.version()));
		if (!before.hasLogo()) {
			form.put("removeLogo", "true");
		}
		assertThat(post(admin, form, null).statusCode()).isEqualTo(302);
	}

	static Map<String, String> form(TenantSettings settings) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(settings.version()));
		form.put("name", settings.name());
		put(form, "officeName", settings.officeName());
		put(form, "street", settings.street());
		put(form, "postcode", settings.postcode());
		put(form, "city", settings.city());
		put(form, "officeHours", settings.officeHours());
		put(form, "phone", settings.phone());
		put(form, "email", settings.email());
		put(form, "website", settings.website());
		put(form, "imprintText", settings.imprintText());
		put(form, "privacyText", settings.privacyText());
		return form;
	}

	private static void put(Map<String, String> form, String field, String value) {
		form.put(field, (value != null) ? value : "");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** Posts the settings form as multipart/form-data, as a browser does. */
	static HttpResponse<String> post(Http http, Map<String, String> fields, Upload upload) {
		return post(http, List.copyOf(fields.entrySet()), upload);
	}

	/**
	 * Posts the settings form with fields that may repeat (ticked checkboxes), as a
	 * browser does.
	 */
	static HttpResponse<String> post(Http http, List<Map.Entry<String, String>> fields, Upload upload) {
		String page = http.get("/admin/settings").body();
		Matcher version = VERSION.matcher(page);
		assertThat(version.find()).as("the form has a version field").isTrue();
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		all.add(Map.entry("_csrf", csrf(page)));
		String boundary = "----teilhabe" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		all.forEach((field) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n")
			.getBytes(StandardCharsets.UTF_8)));
		if (upload != null) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\""
					+ upload.filename() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			parts.add(upload.content());
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		else {
			parts.add(("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(http.request("/admin/settings")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build());
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static HttpResponse<byte[]> bytes(Http http, String path) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x0b2a63);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
