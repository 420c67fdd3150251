package de.teilhabe.portal.publicsite;

import java.io.IOException;

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

/**
 * The portal's pages at {@code /p/{slug}/{language}/{path}} (e.g.
 * {@code /p/landkreis-osnabrueck/ar/ankommen/erste-schritte}). The pattern catches every
 * path there, but Spring MVC prefers every more specific one: the start page, Impressum
 * and Datenschutz ({@code region.publicsite}), the discrimination report and the guides'
 * sign-up keep their addresses (and the portal refuses their segments for its pages).
 */
@Controller
class PortalPagesController {

	private final PortalPages pages;

	PortalPagesController(PortalPages pages) {
		this.pages = pages;
	}

	@GetMapping("/p/{slug}/{language}/{*path}")
	void page(@PathVariable String slug, @PathVariable String language, @PathVariable String path,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.pages.send(slug, language, path, request, response);
	}

	/**
	 * Unknown tenant, language or page: the public pages' friendly 404 page, in the
	 * page's language if the tenant offers it, else in German.
	 */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

}
