package de.teilhabe.council.paper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks an uploaded file by its content, never by its name or the browser's type: it
 * must begin with the PDF signature {@code %PDF-}, be readable by PDFBox without a
 * password, and hold no active content: no JavaScript ({@code /JS}, {@code /JavaScript}),
 * no launch action ({@code /Launch}), no embedded files ({@code /EmbeddedFiles},
 * {@code /EmbeddedFile}, {@code /Filespec} with {@code /EF}), no forms that submit or
 * import data ({@code /SubmitForm}, {@code /ImportData}). Every object of the file is
 * visited (those in object streams too), so a reference hidden in a compressed object is
 * found as well. This is no virus scanner: a PDF that exploits a reader's bug without
 * such content passes (see docs/council-members.md).
 */
final class PdfCheck {

	/** The PDF signature at the start of the file. */
	private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.getPDFName("JavaScript"),
			COSName.EMBEDDED_FILES, COSName.EF);

	private static final Set<COSName> ACTIVE_TYPES = Set.of(COSName.getPDFName("JavaScript"),
			COSName.getPDFName("Launch"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
			COSName.EMBEDDED_FILE, COSName.getPDFName("RichMedia"));

	private PdfCheck() {
	}

	/** What the check found. */
	enum Finding {

		/** A readable PDF without active content. */
		PDF,
		/** Not a PDF (the content does not begin with {@code %PDF-}). */
		NOT_PDF,
		/** Begins like a PDF but cannot be read, or needs a password. */
		UNREADABLE,
		/** Holds JavaScript, a launch action or embedded files. */
		ACTIVE

	}

	static Finding check(byte[] content) {
		if (content.length < SIGNATURE.length) {
			return Finding.NOT_PDF;
		}
		for (int i = 0; i < SIGNATURE.length; i++) {
			if (content[i] != SIGNATURE[i]) {
				return Finding.NOT_PDF;
			}
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				return Finding.UNREADABLE;
			}
			return active(document) ? Finding.ACTIVE : Finding.PDF;
		}
		catch (IOException | RuntimeException ex) {
			return Finding.UNREADABLE;
		}
	}

	/** Whether any object of the document is active content. */
	private static boolean active(PDDocument document) throws IOException {
		Deque<COSBase> open = new ArrayDeque<>();
		Map<COSBase, Boolean> seen = new IdentityHashMap<>();
		open.add(document.getDocument().getTrailer());
		for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
			COSObject object = document.getDocument().getObjectFromPool(key);
			if (object != null) {
				open.add(object);
			}
		}
		int visited = 0;
		while (!open.isEmpty()) {
			COSBase base = open.pop();
			if (base instanceof COSObject object) {
				base = object.getObject();
			}
			if (base == null || seen.put(base, Boolean.TRUE) != null) {
				continue;
			}
			if (++visited > 2_000_000) {
				// a file built to make the walk endless is refused as unreadable
				throw new IOException("too many objects");
			}
			if (base instanceof COSDictionary dictionary) {
				for (COSName key : dictionary.keySet()) {
					if (ACTIVE_KEYS.contains(key)) {
						return true;
					}
				}
				if (isActiveType(dictionary.getCOSName(COSName.S))
						|| isActiveType(dictionary.getCOSName(COSName.TYPE))) {
					return true;
				}
				for (COSBase value : dictionary.getValues()) {
					open.push(value);
				}
			}
			else if (base instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					open.push(array.get(i));
				}
			}
		}
		return false;
	}

	private static boolean isActiveType(COSName name) {
		return name != null && ACTIVE_TYPES.contains(name);
	}

}
