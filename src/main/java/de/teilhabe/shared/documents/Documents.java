package de.teilhabe.shared.documents;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Makes PDF documents: tagged PDF/UA-1 and PDF/A-2a (document language and title,
 * headings, tables with their headers, alternative texts of images), the fonts embedded
 * (Noto Sans, Noto Sans Arabic and Noto Sans Ethiopic, shipped with the platform), a
 * running header with the tenant's name and logo, and page numbers. Modules render their
 * own templates:
 *
 * <pre>
 * byte[] pdf = documents.render(DocumentRequest.ofTemplate("privacy/subject-report", model, title, locale,
 * 		tenants.letterhead(tenantId)));
 * return Documents.download(pdf, "auskunft.pdf");
 * </pre>
 */
public interface Documents {

	/**
	 * The PDF of a document.
	 * @throws DocumentException when the document cannot be made (e.g. XHTML that is not
	 * well-formed)
	 */
	byte[] render(DocumentRequest request);

	/**
	 * A PDF as a download, kept by no cache (documents usually hold personal data).
	 */
	static ResponseEntity<byte[]> download(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(pdf);
	}

	/** A document that could not be made. */
	class DocumentException extends RuntimeException {

		DocumentException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
