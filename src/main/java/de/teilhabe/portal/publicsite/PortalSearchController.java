package de.teilhabe.portal.publicsite;

import java.util.List;

import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages.PublicPage;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The portal's search page {@code /p/{slug}/{language}/suche?q=…}: server-rendered, a GET
 * form (works without JavaScript), 20 hits a page, in the visitor's language (German
 * pages as a fallback, said so). Stateless like every public page: no cookie, no session.
 * An empty or too long query is answered 400 with the form and what is wrong.
 */
@Controller
class PortalSearchController {

	static final int PAGE_SIZE = 20;

	private final PublicPages pages;

	private final SiteSearch search;

	PortalSearchController(PublicPages pages, SiteSearch search) {
		this.pages = pages;
		this.search = search;
	}

	@GetMapping("/p/{slug}/{language}/suche")
	String search(@PathVariable String slug, @PathVariable String language, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		PublicPage shownPage = this.pages.open(slug, language, "suche", request, model);
		Tenant tenant = shownPage.tenant();
		Language lang = shownPage.language();
		model.addAttribute("maxLength", SiteSearch.MAX_LENGTH);
		String query = (q != null) ? q.strip() : "";
		model.addAttribute("query", (query.length() <= SiteSearch.MAX_LENGTH) ? query : "");
		if (q == null) {
			return "portal/public/search";
		}
		if (query.isEmpty() || query.length() > SiteSearch.MAX_LENGTH) {
			model.addAttribute("problem", query.isEmpty() ? "portal.search.error.empty" : "portal.search.error.long");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "portal/public/search";
		}
		SiteSearch.Result result = this.search.search(tenant, lang, query);
		int shown = (page != null && page > 0) ? page : 0;
		int first = Math.min(shown * PAGE_SIZE, result.hits().size());
		List<SiteSearch.Hit> hits = result.hits().subList(first, Math.min(first + PAGE_SIZE, result.hits().size()));
		model.addAttribute("result", result);
		model.addAttribute("hits", hits);
		model.addAttribute("first", first);
		model.addAttribute("previous", (shown > 0 && first > 0) ? shown - 1 : null);
		model.addAttribute("next", (first + PAGE_SIZE < result.hits().size()) ? shown + 1 : null);
		return "portal/public/search";
	}

	/** Unknown tenant or a language it does not offer: the friendly 404 page. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

}
