package de.teilhabe.shared.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A German and an Arabic document through {@link Documents}: veraPDF's PDF/UA-1 check
 * finds no failed rule; pdfbox reads back the language, the title, the tags (headings, a
 * table with header cells, a figure with its alternative text), embedded Noto fonts only,
 * the letterhead and page numbers, and the text: German as written, Arabic shaped
 * (presentation forms in the PDF) and in logical order (after NFKC folds the presentation
 * forms back into letters, the extracted text equals the sentence as typed).
 */
@IntegrationTest
class DocumentsTest {

	static final String ARABIC_SENTENCE = "مرحبا بكم في مكتب الاندماج";

	@Autowired
	Documents documents;

	@Test
	void germanDocumentIsTaggedPdfUaWithEmbeddedFontsLetterheadAndPageNumbers() throws IOException {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("heading", "Übersicht für Gäste");
		variables.put("rows", Map.of("Bramsche", 12));
		variables.put("picture", "data:image/png;base64," + Base64.getEncoder().encodeToString(png(Color.BLUE)));
		byte[] pdf = this.documents
			.render(DocumentRequest.ofTemplate("documents-test/sample", variables, "Beratungen 2026", Locale.GERMAN,
					new Letterhead("Landkreis Dokumententest", png(Color.RED), "image/png")));

		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Files.write(Path.of("target", "documents-test-de.pdf"), pdf); // to look at
		assertThat(Pdfs.pdfUaFailures(pdf)).isEmpty();
		assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
		String text = Pdfs.text(pdf);
		assertThat(text).contains("Landkreis Dokumententest")
			.contains("Übersicht für Gäste")
			.contains("„montags bis freitags“, Straße 1.")
			.contains("Bramsche")
			.contains("1 / 1")
			.doesNotContain("Nur auf der Seite");
		try (PDDocument document = Pdfs.open(pdf)) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Beratungen 2026");
			assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(Pdfs.structure(document)).contains("H1", "H2", "Table", "TH", "TD",
					"Figure[Karte des Landkreises]");
			assertFontsAreEmbeddedNoto(document, "NotoSans-");
		}
	}

	@Test
	void arabicDocumentIsRightToLeftShapedAndReadsBackInLogicalOrder() throws IOException {
		String html = "<h1>تقرير المكتب</h1><p>" + ARABIC_SENTENCE + "</p>"
				+ "<table><thead><tr><th scope=\"col\">البلدية</th><th scope=\"col\">العدد</th></tr></thead>"
				+ "<tbody><tr><td>أوسنابروك</td><td>12</td></tr></tbody></table>";
		byte[] pdf = this.documents.render(
				DocumentRequest.ofHtml(html, "تقرير", Locale.forLanguageTag("ar"), Letterhead.named("مدينة أوسنابروك"))
					.withRightToLeft(true));

		Files.write(Path.of("target", "documents-test-ar.pdf"), pdf); // to look at
		assertThat(Pdfs.pdfUaFailures(pdf)).isEmpty();
		assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
		// shaped: the glyphs in the PDF are Arabic presentation forms (each letter in its
		// joined form: initial, medial, final or a lam-alef ligature), not the letters as
		// typed
		String glyphs = Pdfs.glyphText(pdf);
		assertThat(glyphs.codePoints().filter(DocumentsTest::isArabicPresentationForm).count())
			.isGreaterThan(ARABIC_SENTENCE.length() / 2);
		assertThat(glyphs).doesNotContain(ARABIC_SENTENCE);
		// logical order: the extracted text, presentation forms folded into letters
		// (NFKC),
		// has each line exactly as typed. One fold more: Noto Sans Arabic draws the
		// initial
		// and medial forms of Arabic Yeh and Farsi Yeh with one glyph, and pdfbox's
		// ToUnicode map names that glyph by the lower code point, Farsi Yeh's; a reader
		// copying the text gets ی for ي there (see docs/architecture.md)
		String letters = Normalizer.normalize(Pdfs.text(pdf), Normalizer.Form.NFKC).replace('\u06CC', '\u064A');
		assertThat(letters.lines().map(String::strip)).contains(ARABIC_SENTENCE, "تقرير المكتب", "مدينة أوسنابروك");
		try (PDDocument document = Pdfs.open(pdf)) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("تقرير");
			assertThat(Pdfs.structure(document)).contains("H1", "Table", "TH");
			assertFontsAreEmbeddedNoto(document, "NotoSansArabic-");
		}
	}

	@Test
	void refusesXhtmlThatIsNotWellFormed() {
		assertThatThrownBy(
				() -> this.documents.render(DocumentRequest.ofHtml("<p>offen", "Kaputt", Locale.GERMAN, null)))
			.isInstanceOf(Documents.DocumentException.class);
	}

	private static void assertFontsAreEmbeddedNoto(PDDocument document, String expected) throws IOException {
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				names.add(font.getName().substring(font.getName().indexOf('+') + 1));
			}
		}
		assertThat(names).allMatch((name) -> name.startsWith("NotoSans")).anyMatch((name) -> name.startsWith(expected));
	}

	private static boolean isArabicPresentationForm(int codePoint) {
		return (codePoint >= 0xFB50 && codePoint <= 0xFDFF) || (codePoint >= 0xFE70 && codePoint <= 0xFEFF);
	}

	private static byte[] png(Color color) throws IOException {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 40, 20);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
