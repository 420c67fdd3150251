package de.teilhabe.portal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.PlatformAddress;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print, PDF and posters of the Wegweiser's pages, with a page of its own in German,
 * Arabic, Farsi and Ukrainian: each page links its PDF in the reader's language; the PDF
 * (through the shared document service) holds the title, summary and text, the addresses
 * of its links and of the page; Arabic and Farsi are shaped (presentation forms in the
 * PDF) and come back in logical order (Farsi's own letters پ چ ژ گ among them); the print
 * style sheet hides navigation and forms; the office's poster in A4 and A3 has the
 * titles, the tenant's name, the address as text and a QR code that decodes to the page's
 * address in the language; bad input answers 400 or 404, other roles 403.
 */
@IntegrationTest
class PortalPrintTest {

	private static final String BASE = "/p/landkreis-osnabrueck/";

	static final String ARABIC_TITLE = "تسجيل السكن في المدينة";

	static final String ARABIC_TEXT = "سجل سكنك في مكتب المواطنين خلال أسبوعين";

	/** پ چ ژ گ (Farsi's own letters) and ی ک (Farsi Yeh and Keheh). */
	static final String FARSI_TITLE = "ثبت محل سکونت";

	static final String FARSI_TEXT = "پیش از ژانویه چند گواهی سکونت بگیرید";

	/** Tigrinya, in Ethiopic script. */
	static final String TIGRINYA_TITLE = "ምዝገባ መንበሪ";

	static final String TIGRINYA_TEXT = "ኣብ ቤት ጽሕፈት ተቐማጦ መንበሪኹም ኣመዝግቡ";

	static final String UKRAINIAN_TITLE = "Реєстрація місця проживання";

	static final String UKRAINIAN_TEXT = "Зареєструйте своє місце проживання в бюро громадян.";

	@LocalServerPort
	int port;

	@Autowired
	PortalEditing editing;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformAddress address;

	UUID tenantId;

	UUID pageId;

	String segment;

	@BeforeEach
	void aPageInFourLanguages() {
		this.tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		this.segment = "druckprobe-" + UUID.randomUUID().toString().substring(0, 8);
		MultiValueMap<String, String> german = new LinkedMultiValueMap<>();
		german.add("segment", this.segment);
		german.add("title", "Wohnsitz anmelden zum Drucken");
		german.add("summary", "Kurz erklärt für Neuankömmlinge");
		german.add("body",
				"<p>Melden Sie Ihren Wohnsitz im Bürgerbüro an.</p>"
						+ "<p>Mehr unter <a href=\"/p/landkreis-osnabrueck/de/ankommen\">Ankommen</a>.</p>"
						+ "<p><a href=\"https://www.example.org/meldewesen\">Meldewesen</a></p>");
		this.pageId = this.editing.create(this.tenantId, german).pageId();
		translate("ar", ARABIC_TITLE, ARABIC_TEXT);
		translate("fa", FARSI_TITLE, FARSI_TEXT);
		translate("uk", UKRAINIAN_TITLE, UKRAINIAN_TEXT);
		translate("ti", TIGRINYA_TITLE, TIGRINYA_TEXT);
	}

	private void translate(String language, String title, String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("body", "<p>" + text + "</p>");
		form.add("state", "CURRENT");
		form.add("revision", "1");
		assertThat(this.editing.translate(this.tenantId, this.pageId, Languages.find(language).orElseThrow(), form)
			.valid()).as(language).isTrue();
	}

	@AfterEach
	void removeThePage() {
		this.jdbc.sql("DELETE FROM portal_page WHERE tenant_id = ? AND id = ?")
			.params(this.tenantId, this.pageId)
			.update();
	}

	@Test
	void everyPageLinksItsPdfInTheReadersLanguageAndPrintsWithoutNavigation() {
		Http anonymous = new Http(this.port);
		String german = anonymous.get(BASE + "de/" + this.segment).body();
		assertThat(german).contains("href=\"/p/landkreis-osnabrueck/de/drucken/" + this.segment + "\"",
				">Diese Seite als PDF herunterladen<");
		String farsi = anonymous.get(BASE + "fa/" + this.segment).body();
		assertThat(farsi).contains("href=\"/p/landkreis-osnabrueck/fa/drucken/" + this.segment + "\"",
				">دانلود این صفحه به صورت PDF<");
		assertThat(anonymous.get(BASE + "en/" + this.segment).body()).contains(">Download this page as PDF<");
		// the print style sheet: navigation, forms and the PDF link hidden, addresses of
		// links written out
		String css = anonymous.get("/css/teilhabe.css").body();
		assertThat(css).contains("@media print", ".public-site nav", ".public-site form",
				".portal-body a[href]::after { content: \" (\" attr(href) \")\"");
	}

	@Test
	void germanAndUkrainianPdfsHoldTheTitleTextAndTheAddressesOfLinks() throws IOException {
		Http anonymous = new Http(this.port);
		HttpResponse<byte[]> german = anonymous.getBytes(BASE + "de/drucken/" + this.segment);
		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(german.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains(this.segment + "-de.pdf");
		assertThat(german.headers().allValues("Set-Cookie")).isEmpty();
		Files.write(Path.of("target", "portal-print-de.pdf"), german.body()); // to look
																				// at
		String text = Pdfs.text(german.body()).replaceAll("\\s+", " ");
		assertThat(text).contains("Landkreis Osnabrück", "Wohnsitz anmelden zum Drucken",
				"Kurz erklärt für Neuankömmlinge", "Melden Sie Ihren Wohnsitz im Bürgerbüro an.",
				// links with their addresses, this site's made absolute
				"Ankommen", "(" + this.address.base() + "/p/landkreis-osnabrueck/de/ankommen)",
				"Meldewesen (https://www.example.org/meldewesen)",
				// the page's own address
				this.address.base() + "/p/landkreis-osnabrueck/de/" + this.segment);
		try (PDDocument document = Pdfs.open(german.body())) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wohnsitz anmelden zum Drucken");
			assertThat(Pdfs.structure(document)).contains("H1");
		}
		assertThat(Pdfs.pdfUaFailures(german.body())).isEmpty();
		// kept: the ETag answers 304
		String etag = german.headers().firstValue("ETag").orElseThrow();
		assertThat(anonymous.get(BASE + "de/drucken/" + this.segment, Map.of("If-None-Match", etag)).statusCode())
			.isEqualTo(304);

		HttpResponse<byte[]> ukrainian = anonymous.getBytes(BASE + "uk/drucken/" + this.segment);
		assertThat(ukrainian.statusCode()).isEqualTo(200);
		String cyrillic = Pdfs.text(ukrainian.body()).replaceAll("\\s+", " ");
		assertThat(cyrillic).contains(UKRAINIAN_TITLE, UKRAINIAN_TEXT);
		try (PDDocument document = Pdfs.open(ukrainian.body())) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("uk");
		}

		// Tigrinya: Ethiopic script in its own embedded font
		HttpResponse<byte[]> tigrinya = anonymous.getBytes(BASE + "ti/drucken/" + this.segment);
		assertThat(tigrinya.statusCode()).isEqualTo(200);
		assertThat(Pdfs.text(tigrinya.body()).replaceAll("\\s+", " ")).contains(TIGRINYA_TITLE, TIGRINYA_TEXT);
		try (PDDocument document = Pdfs.open(tigrinya.body())) {
			java.util.Set<String> fonts = new java.util.TreeSet<>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				var font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
			}
			assertThat(fonts).anyMatch((font) -> font.startsWith("NotoSansEthiopic"));
		}
	}

	@Test
	void arabicAndFarsiPdfsAreShapedRightToLeftAndReadBackInLogicalOrder() throws IOException {
		Http anonymous = new Http(this.port);
		for (String[] language : new String[][] { { "ar", ARABIC_TITLE, ARABIC_TEXT },
				{ "fa", FARSI_TITLE, FARSI_TEXT } }) {
			HttpResponse<byte[]> pdf = anonymous.getBytes(BASE + language[0] + "/drucken/" + this.segment);
			assertThat(pdf.statusCode()).as(language[0]).isEqualTo(200);
			Files.write(Path.of("target", "portal-print-" + language[0] + ".pdf"), pdf.body()); // to
																								// look
																								// at
			// shaped: the glyphs are presentation forms (joined letters), not the letters
			// as typed
			String glyphs = Pdfs.glyphText(pdf.body());
			assertThat(glyphs.codePoints().filter(PortalPrintTest::isArabicPresentationForm).count()).as(language[0])
				.isGreaterThan(language[2].length() / 2);
			assertThat(glyphs).doesNotContain(language[2]);
			if (language[0].equals("fa")) {
				// Farsi's own letters joined too: initial Peh, Tcheh and Gaf
				assertThat(glyphs).contains("\uFB58", "\uFB7C", "\uFB94");
			}
			// logical order: each line as typed once the presentation forms are folded
			// back (NFKC). Noto Sans Arabic draws some joined forms of Arabic and Farsi
			// letters with one glyph (Yeh ي/ی, Kaf ك/ک), which the PDF's text map names
			// by
			// one of them: both are compared in their Farsi form
			String letters = farsiForms(Normalizer.normalize(Pdfs.text(pdf.body()), Normalizer.Form.NFKC));
			assertThat(letters.lines().map(String::strip)).as(language[0])
				.contains(farsiForms(language[1]), farsiForms(language[2]));
			try (PDDocument document = Pdfs.open(pdf.body())) {
				assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language[0]);
				assertThat(document.getDocumentInformation().getTitle()).isEqualTo(language[1]);
			}
		}
		// Farsi's own letters, which Arabic has not, come back as they are
		String farsi = Normalizer.normalize(Pdfs.text(anonymous.getBytes(BASE + "fa/drucken/" + this.segment).body()),
				Normalizer.Form.NFKC);
		assertThat(farsi).contains("پیش", "ژانویه", "چند", "گواهی");
	}

	@Test
	void thePosterHasBothTitlesTheAddressAndAQrCodeOfThePageInItsLanguage() throws Exception {
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		// the page's view offers the poster with the languages by name
		String view = office.get("/portal/pages/" + this.pageId).body();
		assertThat(view).contains("Aushang mit QR-Code", "action=\"/portal/pages/" + this.pageId + "/poster\"",
				"<option value=\"fa\">Persisch (Farsi) – فارسی</option>", "<option value=\"A3\">");

		HttpResponse<byte[]> poster = office.getBytes("/portal/pages/" + this.pageId + "/poster?language=fa&size=A4");
		assertThat(poster.statusCode()).isEqualTo(200);
		assertThat(poster.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Files.write(Path.of("target", "portal-poster-fa.pdf"), poster.body()); // to look
																				// at
		String url = this.address.base() + "/p/landkreis-osnabrueck/fa/" + this.segment;
		String text = farsiForms(Normalizer.normalize(Pdfs.text(poster.body()), Normalizer.Form.NFKC));
		assertThat(text).contains("Landkreis Osnabrück", farsiForms(FARSI_TITLE), "Wohnsitz anmelden zum Drucken",
				url.replaceFirst("^https?://", ""), "فارسی", "Persisch (Farsi)");
		try (PDDocument document = Pdfs.open(poster.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertSize(document, PDRectangle.A4);
			assertThat(decodeQrCode(document)).isEqualTo(url);
		}

		HttpResponse<byte[]> a3 = office.getBytes("/portal/pages/" + this.pageId + "/poster?language=de&size=A3");
		assertThat(a3.statusCode()).isEqualTo(200);
		try (PDDocument document = Pdfs.open(a3.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertSize(document, PDRectangle.A3);
			assertThat(decodeQrCode(document))
				.isEqualTo(this.address.base() + "/p/landkreis-osnabrueck/de/" + this.segment);
		}
	}

	@Test
	void badInputAnswers400Or404AndOtherRolesAre403() {
		Http anonymous = new Http(this.port);
		assertThat(anonymous.getBytes(BASE + "de/drucken/gibt-es-nicht-" + this.segment).statusCode()).isEqualTo(404);
		assertThat(anonymous.getBytes(BASE + "xx/drucken/" + this.segment).statusCode()).isEqualTo(404);
		assertThat(anonymous.getBytes(BASE + "tr/drucken/gibt-es-nicht").statusCode()).isEqualTo(404);
		assertThat(anonymous.getBytes("/p/keine-gemeinde/de/drucken/" + this.segment).statusCode()).isEqualTo(404);
		assertThat(anonymous.getBytes("/p/stadt-osnabrueck/de/drucken/" + this.segment).statusCode()).isEqualTo(404);
		assertThat(anonymous.getBytes(BASE + "de/drucken/").statusCode()).isEqualTo(404);
		assertThat(anonymous.getBytes(BASE + "de/drucken/%00").statusCode()).isBetween(400, 404);
		assertThat(anonymous.getBytes(BASE + "de/drucken/" + this.segment + "%00").statusCode()).isBetween(400, 404);
		assertThat(anonymous.getBytes(BASE + "de/drucken/" + "a".repeat(5000)).statusCode()).isBetween(400, 404);
		// a page cannot take the segment
		MultiValueMap<String, String> reserved = new LinkedMultiValueMap<>();
		reserved.add("segment", "drucken");
		reserved.add("title", "Drucken");
		reserved.add("body", "<p>Text</p>");
		assertThat(this.editing.create(this.tenantId, reserved).valid()).isFalse();

		Http office = Http.loggedIn(this.port, "strategie", "demo");
		String poster = "/portal/pages/" + this.pageId + "/poster";
		assertThat(office.getBytes(poster + "?language=xx").statusCode()).isEqualTo(400);
		assertThat(office.getBytes(poster + "?language=%00").statusCode()).isEqualTo(400);
		assertThat(office.getBytes(poster + "?size=A5").statusCode()).isEqualTo(400);
		assertThat(office.getBytes("/portal/pages/" + UUID.randomUUID() + "/poster").statusCode()).isEqualTo(404);
		assertThat(office.getBytes("/portal/pages/kein-uuid/poster").statusCode()).isEqualTo(400);
		assertThat(Http.loggedIn(this.port, "lotse", "demo").getBytes(poster).statusCode()).isEqualTo(403);
		assertThat(anonymous.getBytes(poster).statusCode()).isEqualTo(302);
	}

	private static void assertSize(PDDocument document, PDRectangle expected) {
		PDRectangle box = document.getPage(0).getMediaBox();
		assertThat(box.getWidth()).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(2f));
		assertThat(box.getHeight()).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(2f));
	}

	/** The QR code on the first page, rendered at 150 dpi as a printer would. */
	private static String decodeQrCode(PDDocument document)
			throws IOException, NotFoundException, ChecksumException, FormatException {
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new String(new QRCodeReader().decode(bitmap).getText().getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
	}

	/** Arabic Yeh and Kaf in their Farsi form (see the shaping test). */
	private static String farsiForms(String text) {
		return text.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
	}

	private static boolean isArabicPresentationForm(int codePoint) {
		return (codePoint >= 0xFB50 && codePoint <= 0xFDFF) || (codePoint >= 0xFE70 && codePoint <= 0xFEFF);
	}

}
