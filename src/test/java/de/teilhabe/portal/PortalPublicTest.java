package de.teilhabe.portal;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's public pages with the demo data of the Landkreis: a page in German,
 * Arabic (right to left) and Ukrainian with {@code lang} and {@code dir}, breadcrumbs,
 * children and a language switcher of the languages the page exists in; the note on an
 * outdated translation in the reader's language; the German text with a note where a
 * translation is missing (or still being translated); the topics on the start page; no
 * cookie; the other public pages are not shadowed; an unknown page, another tenant's page
 * and a language not offered answer the friendly 404 page; an edit shows at once.
 */
@IntegrationTest
class PortalPublicTest {

	private static final String BASE = "/p/landkreis-osnabrueck/";

	@LocalServerPort
	int port;

	@Autowired
	PortalEditing editing;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageInGermanArabicAndUkrainian() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> german = anonymous.get(BASE + "de/ankommen/erste-schritte");
		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.headers().allValues("Set-Cookie")).as("no cookie for the anonymous visitor").isEmpty();
		assertThat(german.headers().firstValue("ETag")).isPresent();
		assertThat(german.body()).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"")
			.contains("<h1 class=\"kern-heading\">Erste Schritte</h1>", "<strong>Wohnsitz anmelden</strong>",
					"Ankommen im Landkreis Osnabrück")
			// breadcrumbs: start, the page above (a link), this page
			.contains("href=\"/p/landkreis-osnabrueck/de/ankommen\"", "aria-current=\"page\"")
			// the switcher: the page exists in de, en, ar, uk, fa (but not in tr)
			.contains("href=\"/p/landkreis-osnabrueck/ar/ankommen/erste-schritte\"",
					"href=\"/p/landkreis-osnabrueck/uk/ankommen/erste-schritte\"",
					"href=\"/p/landkreis-osnabrueck/fa/ankommen/erste-schritte\"")
			.doesNotContain("/p/landkreis-osnabrueck/tr/ankommen/erste-schritte");

		HttpResponse<String> arabic = anonymous.get(BASE + "ar/ankommen/erste-schritte");
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("lang=\"ar\" dir=\"rtl\"", "الخطوات الأولى", "أنت هنا")
			.doesNotContain("Diese Übersetzung ist älter");

		HttpResponse<String> ukrainian = anonymous.get(BASE + "uk/ankommen/erste-schritte");
		assertThat(ukrainian.body()).containsPattern("<html lang=\"uk\"\\s+dir=\"ltr\"").contains("Перші кроки");

		// a top-level page lists its children in the reader's language
		assertThat(anonymous.get(BASE + "ar/ankommen").body()).contains("المزيد حول هذا الموضوع", "الخطوات الأولى",
				"href=\"/p/landkreis-osnabrueck/ar/ankommen/wohnsitz-anmelden\"");
	}

	@Test
	void anOutdatedTranslationSaysSoInTheReadersLanguage() {
		Http anonymous = new Http(this.port);
		String arabic = anonymous.get(BASE + "ar/ankommen/wohnsitz-anmelden").body();
		assertThat(arabic).contains("هذه الترجمة أقدم من النص الألماني", "تسجيل السكن",
				"href=\"/p/landkreis-osnabrueck/de/ankommen/wohnsitz-anmelden\"");
		String english = anonymous.get(BASE + "en/ankommen/wohnsitz-anmelden").body();
		assertThat(english).contains("This translation is older than the German text.");
		// a machine translation says so
		assertThat(anonymous.get(BASE + "en/ankommen/bankkonto").body())
			.contains("This translation was made by a machine and has not been reviewed yet.");
	}

	@Test
	void aMissingTranslationShowsTheGermanTextWithANote() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> page = anonymous.get(BASE + "ar/wohnen/muell-trennen");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("هذه الصفحة غير متوفرة بلغتك بعد", "lang=\"de\" dir=\"ltr\"", "Müll trennen", "Gelbe Tonne")
			// the switcher offers German only
			.contains("href=\"/p/landkreis-osnabrueck/de/wohnen/muell-trennen\"")
			.doesNotContain("href=\"/p/landkreis-osnabrueck/en/wohnen/muell-trennen\"");
		// a Farsi translation still being translated is not shown yet
		assertThat(anonymous.get(BASE + "fa/deutsch-lernen/integrationskurs").body())
			.contains("این صفحه هنوز به زبان شما موجود نیست", "Der Integrationskurs")
			.doesNotContain("دورهٔ ادغام");
	}

	@Test
	void theStartPageShowsTheTopicsAndTheOtherPublicPagesStay() {
		Http anonymous = new Http(this.port);
		String start = anonymous.get(BASE + "ar/").body();
		assertThat(start).contains("دليل: المواضيع", "href=\"/p/landkreis-osnabrueck/ar/ankommen\"",
				"الوصول إلى مقاطعة أوسنابروك",
				// a topic without an Arabic version: its German title
				"href=\"/p/landkreis-osnabrueck/ar/wohnen\"", "Wohnen");
		assertThat(anonymous.get(BASE + "de/impressum").body()).contains("Impressum");
		assertThat(anonymous.get(BASE + "de/diskriminierung-melden").body()).contains("Diskriminierung melden");
		assertThat(anonymous.get(BASE + "de/lotsen").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPagesOtherTenantsAndLanguagesNotOfferedAnswerNotFound() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> unknown = anonymous.get(BASE + "de/ankommen/gibt-es-nicht");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Seite nicht gefunden");
		assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
		// the Landkreis' page under the Stadt's address
		assertThat(anonymous.get("/p/stadt-osnabrueck/de/ankommen/erste-schritte").statusCode()).isEqualTo(404);
		assertThat(anonymous.get(BASE + "xx/ankommen").statusCode()).isEqualTo(404);
		assertThat(anonymous.get(BASE + "AR/ankommen").statusCode()).isEqualTo(404);
		assertThat(anonymous.get(BASE + "de/Ankommen").statusCode()).isEqualTo(404);
		assertThat(anonymous.get(BASE + "de/ankommen/%00").statusCode()).isBetween(400, 404);
	}

	@Test
	void anEditShowsAtOnceAndTheETagAnswers304() {
		Http anonymous = new Http(this.port);
		UUID tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		String segment = "cache-" + UUID.randomUUID().toString().substring(0, 8);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("segment", segment);
		form.add("title", "Vorher");
		form.add("body", "<p>Erster Text</p>");
		UUID id = this.editing.create(tenantId, form).pageId();
		HttpResponse<String> first = anonymous.get(BASE + "de/" + segment);
		assertThat(first.body()).contains("Vorher", "Erster Text");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(anonymous.get(BASE + "de/" + segment, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

		form.set("title", "Nachher");
		assertThat(this.editing.update(tenantId, id, form).valid()).isTrue();
		HttpResponse<String> after = anonymous.get(BASE + "de/" + segment, Map.of("If-None-Match", etag));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Nachher").doesNotContain("Vorher");
		this.jdbc.sql("DELETE FROM portal_page WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
	}

}
