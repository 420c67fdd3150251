package de.teilhabe.portal;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's editing of the Wegweiser (STRATEGY) through its pages: the tree with the
 * status per language and the translation queue; a new page, a translation and the
 * transitions (a German edit makes the translations outdated, a translation from the
 * current German text is current, a state set, "unchanged in all languages" makes them
 * current again, a translation made from an older revision is outdated at once); bad
 * input names every field and stores nothing (NUL, huge strings, a wrong segment, a
 * reserved one, a taken one), script tags are removed; other roles are refused, another
 * tenant's page is not found.
 */
@IntegrationTest
class PortalOfficeTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	PortalEditing editing;

	Http office;

	UUID tenantId;

	@BeforeEach
	void signIn() {
		this.office = Http.loggedIn(this.port, "strategie", "demo");
		this.tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	private static Map<String, String> page(String segment, String title, String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("parent", "");
		fields.put("segment", segment);
		fields.put("position", "5");
		fields.put("topic", "");
		fields.put("title", title);
		fields.put("summary", "Kurz");
		fields.put("body", body);
		return fields;
	}

	private UUID create(String segment) {
		HttpResponse<String> created = this.office.submit("/portal/pages/new", "/portal/pages",
				page(segment, "Testseite", "<p>Erster Text</p><script>alert(1)</script>"));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private String status(UUID id, String language) {
		String page = this.office.get("/portal/pages/" + id).body();
		int row = page.indexOf(">" + language + "<");
		return page.substring(row, page.indexOf("</tr>", row));
	}

	private HttpResponse<String> translate(UUID id, String language, String title, String state, String revision) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", "");
		fields.put("body", "<p>Text " + title + "</p>");
		fields.put("state", state);
		fields.put("revision", revision);
		String form = "/portal/pages/" + id + "/translations/" + language;
		return this.office.submit(form, form, fields);
	}

	@Test
	void theTreeShowsTheStatusPerLanguageAndTheQueue() {
		HttpResponse<String> tree = this.office.get("/portal");
		assertThat(tree.statusCode()).isEqualTo(200);
		assertThat(tree.body()).contains("Wegweiser", "Seitenbaum", "Erste Schritte", "/ankommen/erste-schritte",
				"! veraltet", "– fehlt", "? maschinell", "… in Arbeit", "✓ aktuell", "Übersetzungen: was zu tun ist",
				"Arabisch – العربية");
		String queue = this.office.get("/portal?language=ar").body();
		assertThat(queue).contains("Wartet auf Arbeit: Arabisch – العربية", "Wohnsitz anmelden", "Müll trennen")
			.doesNotContain("/translations/ar\">Erste Schritte<");
		assertThat(this.office.get("/portal?language=zz").statusCode()).isEqualTo(400);
		assertThat(this.office.get("/portal?lang=en").body()).contains("Page tree", "Translations: what needs doing");
	}

	@Test
	void theTranslationsFollowTheGermanText() {
		UUID id = create("transitions-" + UUID.randomUUID().toString().substring(0, 8));
		String body = this.jdbc.sql("SELECT body FROM portal_version WHERE page_id = ? AND language = 'de'")
			.param(id)
			.query(String.class)
			.single();
		assertThat(body).isEqualTo("<p>Erster Text</p>");
		assertThat(status(id, "Englisch – English")).contains("fehlt");

		// a translation from the current German text (revision 1)
		assertThat(translate(id, "en", "Test page", "CURRENT", "1").statusCode()).isEqualTo(302);
		assertThat(translate(id, "uk", "Тест", "MACHINE_TRANSLATED", "1").statusCode()).isEqualTo(302);
		assertThat(translate(id, "ar", "اختبار", "IN_TRANSLATION", "1").statusCode()).isEqualTo(302);
		assertThat(status(id, "Englisch – English")).contains(">aktuell<");
		assertThat(status(id, "Ukrainisch – Українська")).contains("maschinell übersetzt, ungeprüft");

		// the German text changes: the translations are outdated (the one in translation
		// stays so)
		Map<String, String> changed = page(
				this.jdbc.sql("SELECT segment FROM portal_page WHERE id = ?").param(id).query(String.class).single(),
				"Testseite geändert", "<p>Zweiter Text</p>");
		assertThat(this.office.submit("/portal/pages/" + id + "/edit", "/portal/pages/" + id, changed).statusCode())
			.isEqualTo(302);
		assertThat(status(id, "Englisch – English")).contains(">veraltet<");
		assertThat(status(id, "Ukrainisch – Українська")).contains(">veraltet<");
		assertThat(status(id, "Arabisch – العربية")).contains(">in Übersetzung<");
		assertThat(this.office.get("/portal/pages/" + id).body()).contains("Unverändert in allen Sprachen bestätigen",
				"Fassung 2");

		// a save without a change of the text keeps the revision
		assertThat(this.office.submit("/portal/pages/" + id + "/edit", "/portal/pages/" + id, changed).statusCode())
			.isEqualTo(302);
		assertThat(this.office.get("/portal/pages/" + id).body()).contains("Fassung 2");

		// a state set to current: reviewed against the current German text
		String page = "/portal/pages/" + id;
		assertThat(this.office.submit(page, page + "/translations/en/state", Map.of("state", "CURRENT")).statusCode())
			.isEqualTo(302);
		assertThat(status(id, "Englisch – English")).contains(">aktuell<");
		assertThat(this.office.submit(page, page + "/translations/en/state", Map.of("state", "BOGUS")).statusCode())
			.isEqualTo(400);
		assertThat(this.office.submit(page, page + "/translations/tr/state", Map.of("state", "CURRENT")).statusCode())
			.isEqualTo(404);

		// confirm unchanged: the machine translation counts as made from revision 2
		// (still awaiting review)
		assertThat(this.office.submit(page, page + "/confirm", Map.of()).statusCode()).isEqualTo(302);
		assertThat(status(id, "Ukrainisch – Українська")).contains("maschinell übersetzt, ungeprüft");
		assertThat(status(id, "Arabisch – العربية")).contains(">in Übersetzung<");
		assertThat(this.office.get(page).body()).doesNotContain("Unverändert in allen Sprachen bestätigen");

		// a translation written against revision 1 while the German text is at 2:
		// outdated at once
		assertThat(translate(id, "fa", "آزمایش", "CURRENT", "1").statusCode()).isEqualTo(302);
		assertThat(status(id, "Persisch (Farsi) – فارسی")).contains(">veraltet<");
		// the translation form shows the German text beside it
		assertThat(this.office.get(page + "/translations/fa").body()).contains("Deutscher Text (Fassung 2)",
				"Zweiter Text", "dir=\"rtl\"");
		this.jdbc.sql("DELETE FROM portal_page WHERE id = ?").param(id).update();
	}

	@Test
	void badInputIsNamedAndNothingIsStored() {
		int before = count();
		HttpResponse<String> empty = this.office.submit("/portal/pages/new", "/portal/pages", page("", "", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("error-summary", "Adresse (Teil): Bitte ausfüllen.",
				"Titel: Bitte ausfüllen.", "Text: Bitte ausfüllen.");
		HttpResponse<String> wrong = this.office.submit("/portal/pages/new", "/portal/pages",
				page("Erste Schritte!", "x".repeat(300), "<script>alert(1)</script>"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte nur Kleinbuchstaben", "Höchstens 200 Zeichen.",
				"Der Text enthält nichts, was die Seite zeigen kann.");
		HttpResponse<String> huge = this.office.submit("/portal/pages/new", "/portal/pages",
				page("riesig", "Riesig", "<p>" + "x".repeat(100_000) + "</p>"));
		assertThat(huge.statusCode()).isBetween(400, 413);
		assertThat(this.office.submit("/portal/pages/new", "/portal/pages", page("impressum", "Impressum", "<p>x</p>"))
			.body()).contains("Diese Adresse gehört schon zu einer anderen öffentlichen Seite.");
		assertThat(this.office.submit("/portal/pages/new", "/portal/pages", page("ankommen", "Doppelt", "<p>x</p>"))
			.body()).contains("Unter dieser Seite gibt es schon eine Seite mit dieser Adresse.");
		Map<String, String> nul = page("nul-zeichen", "Mit\u0000Null", "<p>x</p>");
		assertThat(this.office.submit("/portal/pages/new", "/portal/pages", nul).statusCode()).isEqualTo(400);
		Map<String, String> wrongParent = page("waise", "Waise", "<p>x</p>");
		wrongParent.put("parent", UUID.randomUUID().toString());
		assertThat(this.office.submit("/portal/pages/new", "/portal/pages", wrongParent).body())
			.contains("Diese Seite gibt es bei Ihrer Stelle nicht.");
		wrongParent.put("parent", "keine-uuid");
		assertThat(this.office.submit("/portal/pages/new", "/portal/pages", wrongParent).statusCode()).isEqualTo(400);
		assertThat(count()).isEqualTo(before);

		// a translation without a title and a state that is none
		UUID ankommen = this.jdbc.sql("SELECT id FROM portal_page WHERE tenant_id = ? AND path = 'ankommen'")
			.param(this.tenantId)
			.query(UUID.class)
			.single();
		HttpResponse<String> translation = translate(ankommen, "tr", "", "BOGUS", "1");
		assertThat(translation.statusCode()).isEqualTo(400);
		assertThat(translation.body()).contains("Titel: Bitte ausfüllen.",
				"Stand: Bitte einen der angebotenen Werte wählen.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_version WHERE page_id = ? AND language = 'tr'")
			.param(ankommen)
			.query(Integer.class)
			.single()).isZero();
		// a language the tenant does not offer
		assertThat(this.office.get("/portal/pages/" + ankommen + "/translations/xx").statusCode()).isEqualTo(404);
		assertThat(this.office.get("/portal/pages/" + ankommen + "/translations/de").statusCode()).isEqualTo(404);
	}

	@Test
	void aPageCannotMoveBelowItself() {
		UUID top = create("oben-" + UUID.randomUUID().toString().substring(0, 8));
		Map<String, String> child = page("unten", "Unten", "<p>Unten</p>");
		child.put("parent", top.toString());
		HttpResponse<String> created = this.office.submit("/portal/pages/new", "/portal/pages", child);
		assertThat(created.statusCode()).isEqualTo(302);
		String path = this.jdbc.sql("SELECT path FROM portal_page WHERE id = ?")
			.param(top)
			.query(String.class)
			.single();
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_page WHERE path = ?")
			.param(path + "/unten")
			.query(Integer.class)
			.single()).isEqualTo(1);
		UUID below = this.jdbc.sql("SELECT id FROM portal_page WHERE path = ?")
			.param(path + "/unten")
			.query(UUID.class)
			.single();
		Map<String, String> loop = page(path, "Testseite", "<p>Erster Text</p>");
		loop.put("parent", below.toString());
		assertThat(this.office.submit("/portal/pages/" + top + "/edit", "/portal/pages/" + top, loop).body())
			.contains("Eine Seite kann nicht unter sich selbst oder ihren Unterseiten stehen.");
		// renaming the top page moves its child's address
		Map<String, String> renamed = page(path + "-neu", "Testseite", "<p>Erster Text</p>");
		assertThat(this.office.submit("/portal/pages/" + top + "/edit", "/portal/pages/" + top, renamed).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT path FROM portal_page WHERE id = ?").param(below).query(String.class).single())
			.isEqualTo(path + "-neu/unten");
		this.jdbc.sql("DELETE FROM portal_page WHERE id = ?").param(below).update();
		this.jdbc.sql("DELETE FROM portal_page WHERE id = ?").param(top).update();
	}

	@Test
	void otherRolesAreRefusedAndAnotherTenantsPageIsNotFound() {
		for (String user : new String[] { "admin", "beratung", "beirat", "partner" }) {
			Http other = Http.loggedIn(this.port, user, "demo");
			assertThat(other.get("/portal").statusCode()).as(user).isEqualTo(403);
		}
		assertThat(new Http(this.port).get("/portal").statusCode()).isEqualTo(302);
		UUID ankommen = this.jdbc.sql("SELECT id FROM portal_page WHERE tenant_id = ? AND path = 'ankommen'")
			.param(this.tenantId)
			.query(UUID.class)
			.single();
		UUID stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("segment", "fremd");
		form.add("title", "Fremd");
		form.add("body", "<p>Fremd</p>");
		assertThatThrownBy(() -> this.editing.update(stadt, ankommen, form)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.editing.confirmUnchanged(stadt, ankommen)).isInstanceOf(NotFoundException.class);
		assertThat(this.office.get("/portal/pages/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	private int count() {
		return this.jdbc.sql("SELECT count(*) FROM portal_page WHERE tenant_id = ?")
			.param(this.tenantId)
			.query(Integer.class)
			.single();
	}

}
