package de.teilhabe.portal.directory;

import java.io.IOException;
import java.util.UUID;

import de.teilhabe.region.PublicPages;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The directory of organisations and offers on the public portal (anonymous, GET only, no
 * cookie): {@code /p/{slug}/{language}/angebote} with its filters in the query string,
 * {@code …/angebote/{id}} an offer, {@code …/organisationen/{id}} an organisation,
 * {@code …/angebote/gemeinden} the Gemeinden with their counts. The segments
 * {@code angebote} and {@code organisationen} are reserved for the portal's pages.
 */
@Controller
class DirectoryController {

	private final DirectoryPages pages;

	private final PublicPages publicPages;

	DirectoryController(DirectoryPages pages, PublicPages publicPages) {
		this.pages = pages;
		this.publicPages = publicPages;
	}

	@GetMapping({ "/p/{slug}/{language}/angebote", "/p/{slug}/{language}/angebote/" })
	void list(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.pages.list(slug, language, request, response);
	}

	@GetMapping("/p/{slug}/{language}/angebote/gemeinden")
	void gemeinden(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.pages.gemeinden(slug, language, request, response);
	}

	@GetMapping("/p/{slug}/{language}/angebote/{id}")
	void offer(@PathVariable String slug, @PathVariable String language, @PathVariable UUID id,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.pages.offer(slug, language, id, request, response);
	}

	@GetMapping("/p/{slug}/{language}/organisationen/{id}")
	void organisation(@PathVariable String slug, @PathVariable String language, @PathVariable UUID id,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.pages.organisation(slug, language, id, request, response);
	}

	/**
	 * Unknown tenant, language, entry (or another tenant's), or an address that is no
	 * entry's: the public pages' friendly 404 page, in the path's language once it was
	 * read.
	 */
	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.publicPages.notFound(request, model);
	}

}
