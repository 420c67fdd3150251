package de.teilhabe.platform;

import java.net.http.HttpResponse;
import java.util.Map;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error page on a public path ({@code /p/{slug}/{language}/…}), also those of the
 * filters and the servlet container that answer before any controller, is in the public
 * layout of the tenant and in the language of the path, without the staff navigation, a
 * login link or a cookie; the staff paths keep the staff error page.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PublicErrorPagesTest {

	static final String SITE = "/p/landkreis-osnabrueck/";

	static final String BOUNDARY = "----perror";

	@LocalServerPort
	int port;

	@Test
	void aNulInAnArabicPublicAddressIsAnArabicPublicPageWithoutACookie() {
		Http http = new Http(this.port);
		// in the query: refused by the ControlCharacterFilter; in the path itself: by
		// Tomcat's connector before any filter
		Map<String, String> explanations = Map.of(SITE + "ar/beratung-anfragen?q=%00",
				"يحتوي أحد المدخلات على رمز تحكم غير مرئي", SITE + "ar/beratung-anfragen%00x",
				"العنوان أو البيانات المرسلة غير صحيحة");
		explanations.forEach((address, explanation) -> {
			HttpResponse<String> page = http.get(address);
			assertThat(page.statusCode()).as(address).isEqualTo(400);
			assertPublic(page, "ar", "rtl");
			assertThat(page.body()).as(address)
				.contains("الطلب غير صحيح")
				.contains(explanation)
				.contains("Landkreis Osnabrück")
				.contains("href=\"/p/landkreis-osnabrueck/ar/\"")
				.contains("إلى الصفحة الرئيسية")
				.doesNotContain("Die Anfrage ist fehlerhaft")
				.doesNotContain("HTTP Status");
		});
	}

	@Test
	void aBrokenMultipartFormInUkrainianIsAUkrainianPublicPage(CapturedOutput output) {
		Http http = new Http(this.port);
		String address = SITE + "uk/diskriminierung-melden";
		HttpResponse<String> cutOff = http.send("POST", address, "multipart/form-data; boundary=" + BOUNDARY,
				"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nabc");
		assertThat(cutOff.statusCode()).isEqualTo(400);
		assertPublic(cutOff, "uk", "ltr");
		assertThat(cutOff.body()).contains("Надіслані дані неповні або їх неможливо прочитати")
			.contains("href=\"" + address + "\"")
			.contains("Назад до форми")
			.doesNotContain("hochgeladenen Daten");
		// a NUL in an upload's file name: Tomcat's parser refuses it with an exception
		// that was logged as an ERROR of the servlet; now a 400 about the file name
		HttpResponse<String> nulInFileName = http.send("POST", address, "multipart/form-data; boundary=" + BOUNDARY,
				"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.txt\"\r\n"
						+ "Content-Type: text/plain\r\n\r\nabc\r\n--" + BOUNDARY + "--\r\n");
		assertThat(nulInFileName.statusCode()).isEqualTo(400);
		assertPublic(nulInFileName, "uk", "ltr");
		assertThat(nulInFileName.body()).contains("Назва завантаженого файлу містить невидимий керівний символ");
		assertThat(output.getAll()).doesNotContain("InvalidFileNameException");
	}

	@Test
	void aWrongMethodOnAFarsiPublicPageIsAFarsiPublicPage() {
		HttpResponse<String> page = new Http(this.port).send("DELETE", SITE + "fa/beratung-anfragen", null, null);
		// refused by the access rules before Spring MVC (403), or by Spring MVC (405)
		assertThat(page.statusCode()).isIn(403, 405);
		assertPublic(page, "fa", "rtl");
		assertThat(page.body()).contains("این صفحه را نمی‌توان به این شکل باز کرد")
			.doesNotContain("Ihre Rolle")
			.doesNotContain("Kein Zugriff");
	}

	@Test
	void anUnknownSlugIsANeutralPublicPage() {
		Http http = new Http(this.port);
		for (String address : new String[] { "/p/gibt-es-nicht/ar/", "/p/gibt-es-nicht/ar/a/b/c/d/e" }) {
			HttpResponse<String> page = http.get(address);
			assertThat(page.statusCode()).as(address).isEqualTo(404);
			assertThat(page.headers().allValues("Set-Cookie")).as(address).isEmpty();
			assertPublic(page, "ar", "rtl");
			assertThat(page.body()).as(address)
				.contains("الصفحة غير موجودة")
				.contains("<span class=\"site-header__name\">Teilhabe</span>")
				.doesNotContain("Landkreis Osnabrück")
				.doesNotContain("/login")
				.doesNotContain("?lang=");
		}
	}

	@Test
	void anUnknownPageOfATenantIsInTheLanguageOfThePath() {
		HttpResponse<String> page = new Http(this.port).get(SITE + "ar/a/b/c/d/e");
		assertThat(page.statusCode()).isEqualTo(404);
		assertPublic(page, "ar", "rtl");
		assertThat(page.body()).contains("الصفحة غير موجودة");
	}

	/**
	 * A 404 a public page's controller answers (an unknown event, an unknown language):
	 * the same public error page, with the way back to the tenant's start page.
	 */
	@Test
	void anUnknownRecordOfAPublicPageLeadsBackToTheStartPage() {
		Http http = new Http(this.port);
		HttpResponse<String> event = http.get(SITE + "uk/veranstaltungen/00000000-0000-0000-0000-000000000000");
		assertThat(event.statusCode()).isEqualTo(404);
		assertPublic(event, "uk", "ltr");
		assertThat(event.body()).contains("Landkreis Osnabrück").contains("href=\"/p/landkreis-osnabrueck/uk/\"");
		// a language the public pages do not have: German
		HttpResponse<String> language = http.get(SITE + "xx/");
		assertThat(language.statusCode()).isEqualTo(404);
		assertPublic(language, "de", "ltr");
		assertThat(language.body()).contains("Diese Seite gibt es nicht")
			.contains("href=\"/p/landkreis-osnabrueck/de/\"");
	}

	@Test
	void theStaffLanguageChoiceSetsNoCookieOnAPublicPage() {
		Http http = new Http(this.port);
		HttpResponse<String> page = http.get(SITE + "ar/beratung-anfragen?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		// and a staff language cookie does not change an error page of a public path
		HttpResponse<String> error = http.language("en").get(SITE + "ar/beratung-anfragen?q=%00");
		assertPublic(error, "ar", "rtl");
	}

	@Test
	void aStaffPathWithANulKeepsTheStaffErrorPage() {
		HttpResponse<String> page = new Http(this.port).get("/network/organisations?q=%00");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"de\"")
			.contains("Die Anfrage ist fehlerhaft")
			.contains("Eine Eingabe enthält ein unsichtbares Steuerzeichen")
			.contains("lang=en\"")
			.doesNotContain("class=\"public-site\"");
	}

	/**
	 * The public layout in the language, without staff navigation, login link or cookie.
	 */
	private static void assertPublic(HttpResponse<String> page, String language, String direction) {
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(page.body()).containsPattern("<html lang=\"" + language + "\"\\s+dir=\"" + direction + "\"")
			.contains("class=\"public-site\"")
			.doesNotContain("/login")
			.doesNotContain("?lang=")
			.doesNotContain("Abmelden")
			.doesNotContain("Exception");
	}

}
