package de.teilhabe.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Reading the PDFs the platform makes: veraPDF's PDF/UA-1 check, the text as pdfbox
 * extracts it, and the structure tree's element types with their alternative texts.
 */
public final class Pdfs {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private Pdfs() {
	}

	/**
	 * The rules of PDF/UA-1 (veraPDF's profile, every check run) the PDF fails, each as
	 * rule, message and where; empty when it complies.
	 */
	public static List<String> pdfUaFailures(byte[] pdf) {
		return failures(pdf, PDFAFlavour.PDFUA_1);
	}

	/**
	 * The rules of a veraPDF profile (e.g. PDF/A-2a) the PDF fails; empty when it
	 * complies.
	 */
	public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
			ValidationResult result = validator.validate(parser);
			List<String> failures = new ArrayList<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
							+ assertion.getMessage() + " at " + assertion.getLocation().getContext());
				}
			}
			if (!result.isCompliant() && failures.isEmpty()) {
				failures.add("not compliant: " + result.getFailedChecks());
			}
			return failures;
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read the PDF", ex);
		}
	}

	/**
	 * The text of all pages as pdfbox extracts it (right-to-left runs in reading order).
	 */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The characters of the glyphs as the PDF maps them (its ToUnicode maps), before
	 * pdfbox's text extraction folds Arabic presentation forms back into letters.
	 */
	public static String glyphText(byte[] pdf) {
		StringBuilder glyphs = new StringBuilder();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					positions.forEach((position) -> glyphs.append(position.getUnicode()));
				}
			};
			stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return glyphs.toString();
	}

	/** Opens the PDF with pdfbox (the caller closes it). */
	public static PDDocument open(byte[] pdf) {
		try {
			return Loader.loadPDF(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The structure elements of the tagged PDF in document order, each as its type (H1,
	 * Table, TH, Figure, …), a Figure with its alternative text as {@code Figure[alt]}.
	 */
	public static List<String> structure(PDDocument document) {
		List<String> types = new ArrayList<>();
		collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
		return types;
	}

	private static void collect(PDStructureNode node, List<String> types) {
		if (node == null) {
			return;
		}
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				String type = element.getStructureType();
				types.add((element.getAlternateDescription() != null)
						? type + "[" + element.getAlternateDescription() + "]" : type);
				collect(element, types);
			}
		}
	}

}
