package de.teilhabe.portal.publicsite;

import java.util.ArrayList;
import java.util.List;

import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's search in the public JSON API, anonymous: the same hits as the search
 * page, paged per the API rules, with {@code fallback} when they are the German pages
 * because nothing was found in the language asked.
 */
@RestController
@Tag(name = "Portal (public)")
class PortalSearchApiController {

	private final PortalPages pages;

	private final SiteSearch search;

	PortalSearchApiController(PortalPages pages, SiteSearch search) {
		this.pages = pages;
		this.search = search;
	}

	/**
	 * Where a snippet matched: characters {@code start} (inclusive) to {@code end}
	 * (exclusive).
	 */
	record Highlight(int start, int end) {
	}

	/**
	 * A hit.
	 *
	 * @param type PAGE, ORGANISATION or OFFER
	 * @param id the page's, organisation's or offer's id
	 * @param title its title
	 * @param language the language of title and snippet (the one asked, or de)
	 * @param organisation an offer's organisation
	 * @param snippet the text around the hit (plain text)
	 * @param highlights where the snippet matched the query
	 * @param url the public address of a page, or of an organisation's or offer's page
	 */
	record SearchItem(SiteSearch.Type type, String id, String title, String language, String organisation,
			String snippet, List<Highlight> highlights, String url) {
	}

	/**
	 * The paged hits; {@code fallback}: the German pages, nothing found in the language.
	 */
	record SearchAnswer(List<SearchItem> items, int page, int size, long totalItems, int totalPages, boolean fallback) {
	}

	@GetMapping("/api/v1/public/{slug}/{language}/search")
	@Operation(summary = "Search the portal",
			description = "The portal's pages in the language (public versions only) and the network's approved "
					+ "organisations and offers matching q (full text in the language's dictionary; umlauts, accents "
					+ "and Latin spellings of names tolerated), ranked, at most 200. Nothing in the language: the "
					+ "German pages with fallback true. Paged (page from 0, size 1 to 100, default 20). 400 "
					+ "problem+json for an empty q or one longer than 200 characters; 404 for an unknown tenant or a "
					+ "language it does not offer.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SearchAnswer.class)))
	SearchAnswer search(@PathVariable String slug, @PathVariable String language,
			@Parameter(description = "what to search for (1 to 200 characters)") @RequestParam(
					required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request) {
		Tenant tenant = this.pages.tenant(slug);
		Language lang = this.pages.language(tenant, language, request);
		ApiPaging paging = ApiPaging.of(page, size);
		String query = (q != null) ? q.strip() : "";
		if (query.isEmpty()) {
			throw new BadRequestException("portal.search.api.error.empty");
		}
		if (query.length() > SiteSearch.MAX_LENGTH) {
			throw new BadRequestException("portal.search.api.error.long", SiteSearch.MAX_LENGTH);
		}
		SiteSearch.Result result = this.search.search(tenant, lang, query);
		List<SearchItem> items = result.hits().stream().map((hit) -> item(tenant, lang, hit)).toList();
		ApiPage<SearchItem> shown = ApiPage.slice(items, paging);
		return new SearchAnswer(shown.items(), shown.page(), shown.size(), shown.totalItems(), shown.totalPages(),
				result.fallback());
	}

	private static SearchItem item(Tenant tenant, Language language, SiteSearch.Hit hit) {
		StringBuilder text = new StringBuilder();
		List<Highlight> highlights = new ArrayList<>();
		for (SiteSearch.Part part : hit.snippet()) {
			if (part.marked()) {
				highlights.add(new Highlight(text.length(), text.length() + part.text().length()));
			}
			text.append(part.text());
		}
		// a page's or the directory's page of an organisation or offer, below the
		// language
		String url = "/p/" + tenant.slug() + "/" + language.code() + "/" + hit.link();
		return new SearchItem(hit.type(), hit.id(), hit.title(), hit.language(), hit.organisation(), text.toString(),
				highlights, url);
	}

}
