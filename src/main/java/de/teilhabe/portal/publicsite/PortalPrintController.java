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
 * A portal page as a PDF at {@code /p/{slug}/{language}/drucken/{path}} (e.g.
 * {@code /p/landkreis-osnabrueck/fa/drucken/ankommen/erste-schritte}), linked from every
 * page. Spring MVC prefers this pattern to the pages' own; the portal refuses the segment
 * {@code drucken} for a top-level page.
 */
@Controller
class PortalPrintController {

	private final PagePrints prints;

	private final PortalPages pages;

	PortalPrintController(PagePrints prints, PortalPages pages) {
		this.prints = prints;
		this.pages = pages;
	}

	@GetMapping("/p/{slug}/{language}/drucken/{*path}")
	void pdf(@PathVariable String slug, @PathVariable String language, @PathVariable String path,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.prints.send(slug, language, path, request, response);
	}

	/** Unknown tenant, language or page: the public pages' friendly 404 page. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

}
