package de.teilhabe.shared.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * {@link Documents} with openhtmltopdf: the template is rendered by the platform's
 * Thymeleaf into the layout {@code documents/document}, then laid out as a tagged PDF.
 * The fonts are read on the first document, not at start-up.
 */
@Component
class PdfDocuments implements Documents {

	static final String LAYOUT = "documents/document";

	/** The font families the layout's style sheet names. */
	static final String LATIN = "Noto Sans";

	static final String ARABIC = "Noto Sans Arabic";

	static final String ETHIOPIC = "Noto Sans Ethiopic";

	private final ITemplateEngine templates;

	/** Font metrics and parsed fonts, kept across documents (thread-safe maps). */
	private final FSDefaultCacheStore fontCache = new FSDefaultCacheStore();

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public byte[] render(DocumentRequest request) {
		String xhtml = this.templates.process(LAYOUT, layoutContext(request));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			// PDF/A-2a for archiving (files of the office are kept for years): needs the
			// output intent's colour profile
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
			builder.useColorProfile(Fonts.SRGB);
			builder.withProducer("Teilhabe");
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontCache);
			Fonts.register(builder);
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			// right-to-left scripts: ICU splits and reorders the runs; Arabic script
			// (Farsi's letters too) is shaped into joined forms
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ArabicScriptShaper());
			builder.defaultTextDirection(request.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
			// a document loads nothing from outside: images come as data: addresses
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("the document „" + request.title() + "“ could not be made", ex);
		}
		return pdf.toByteArray();
	}

	private static Context layoutContext(DocumentRequest request) {
		Map<String, Object> variables = new HashMap<>(request.variables());
		variables.put("pdf", true);
		variables.put("documentTemplate", request.template());
		variables.put("documentHtml", request.html());
		variables.put("documentTitle", request.title());
		variables.put("documentLanguage", request.language().toLanguageTag());
		variables.put("documentDirection", request.rightToLeft() ? "rtl" : "ltr");
		Letterhead letterhead = request.letterhead();
		variables.put("letterhead", letterhead);
		variables.put("letterheadLogo",
				(letterhead != null && letterhead.hasLogo()) ? "data:" + letterhead.logoMediaType() + ";base64,"
						+ Base64.getEncoder().encodeToString(letterhead.logo()) : null);
		return new Context(request.language(), variables);
	}

	/**
	 * The embedded fonts (SIL Open Font License 1.1, licences beside them in
	 * {@code documents/fonts}) and the colour profile, read when the first document is
	 * made.
	 */
	private static final class Fonts {

		private static final byte[] LATIN_REGULAR = read("noto-sans/400Regular/NotoSans_400Regular.ttf");

		private static final byte[] LATIN_BOLD = read("noto-sans/700Bold/NotoSans_700Bold.ttf");

		private static final byte[] ARABIC_REGULAR = read("noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf");

		private static final byte[] ARABIC_BOLD = read("noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf");

		/** Tigrinya (and Amharic): Ethiopic script. */
		private static final byte[] ETHIOPIC_REGULAR = read(
				"noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf");

		private static final byte[] ETHIOPIC_BOLD = read("noto-sans-ethiopic/700Bold/NotoSansEthiopic_700Bold.ttf");

		/** The colour profile of the output intent (PDF/A). */
		static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

		static void register(PdfRendererBuilder builder) {
			builder.useFont(supplier(LATIN_REGULAR), LATIN, 400, FontStyle.NORMAL, true);
			builder.useFont(supplier(LATIN_BOLD), LATIN, 700, FontStyle.NORMAL, true);
			builder.useFont(supplier(ARABIC_REGULAR), ARABIC, 400, FontStyle.NORMAL, true);
			builder.useFont(supplier(ARABIC_BOLD), ARABIC, 700, FontStyle.NORMAL, true);
			builder.useFont(supplier(ETHIOPIC_REGULAR), ETHIOPIC, 400, FontStyle.NORMAL, true);
			builder.useFont(supplier(ETHIOPIC_BOLD), ETHIOPIC, 700, FontStyle.NORMAL, true);
		}

		private static FSSupplier<InputStream> supplier(byte[] font) {
			return () -> new ByteArrayInputStream(font);
		}

		private static byte[] read(String name) {
			try (InputStream in = PdfDocuments.class.getResourceAsStream("/documents/fonts/" + name)) {
				if (in == null) {
					throw new IllegalStateException("font " + name + " is missing (built by npm ci, see pom.xml)");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
