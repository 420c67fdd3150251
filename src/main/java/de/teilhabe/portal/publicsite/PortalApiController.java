package de.teilhabe.portal.publicsite;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.TranslationStatus;
import de.teilhabe.portal.page.Version;
import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's public JSON API, anonymous (no token): the pages of a tenant in a
 * language, paged, with {@code modified_since}, and one page with its text as HTML. The
 * answers are the same for every caller: kept in the {@link PublicContentCache} with a
 * strong ETag ({@code If-None-Match} answers 304), made again when the portal changes.
 */
@RestController
@Tag(name = "Portal (public)",
		description = "The public multilingual portal (Wegweiser) of a tenant: its pages "
				+ "in a language with their translation status. Anonymous, no token; answers carry an ETag "
				+ "(If-None-Match answers 304 Not Modified).")
class PortalApiController {

	private final Tenants tenants;

	private final PageStore store;

	private final PortalPages pages;

	private final PublicContentCache cache;

	private final JsonMapper json;

	PortalApiController(Tenants tenants, PageStore store, PortalPages pages, PublicContentCache cache,
			JsonMapper json) {
		this.tenants = tenants;
		this.store = store;
		this.pages = pages;
		this.cache = cache;
		this.json = json;
	}

	/**
	 * A page in the list.
	 *
	 * @param id the page's ID
	 * @param path its address below {@code /p/{slug}/{language}/}
	 * @param title its title in the language asked, or in German where it has none
	 * @param language the language of the title (the one asked, or {@code de})
	 * @param translationStatus the status of the page in the language asked
	 * @param modified when the page, its German text or its text in the language last
	 * changed
	 */
	record PageItem(UUID id, String path, String title, String language, TranslationStatus translationStatus,
			Instant modified) {
	}

	/** The list as answered (the API's paged list). */
	record PageList(List<PageItem> items, int page, int size, long totalItems, int totalPages) {
	}

	/**
	 * A page with its content.
	 *
	 * @param language the language of title, summary and html: the one asked, or
	 * {@code de} when the page has no version in it ({@code translationStatus} MISSING)
	 * or one still being translated (IN_TRANSLATION)
	 * @param html the text as HTML (headings, paragraphs, lists, links, strong/em,
	 * tables)
	 * @param languages the languages the page exists in (of those the tenant offers)
	 * @param url the page's public address
	 */
	record PageContent(UUID id, String path, UUID parentId, String title, String summary, String language, String dir,
			TranslationStatus translationStatus, Instant modified, String html, List<String> languages, String url) {
	}

	@GetMapping("/api/v1/public/{slug}/{language}/pages")
	@Operation(summary = "The portal's pages in a language",
			description = "Every page of the tenant's portal, by path, with its title in the language (German where "
					+ "it has none: language de, translationStatus MISSING). Paged (page from 0, size 1 to 100, "
					+ "default 20); modified_since (ISO 8601, e.g. 2026-12-01T00:00:00Z) lists only the pages changed "
					+ "after it. 404 problem+json for an unknown tenant or a language it does not offer.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageList.class)))
	void list(@PathVariable String slug, @PathVariable String language, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "only pages changed after this moment (ISO 8601)") @RequestParam(
					name = "modified_since", required = false) String modifiedSince,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language lang = this.pages.language(tenant, language, request);
		ApiPaging paging = ApiPaging.of(page, size);
		Instant since = since(modifiedSince);
		PublicContentCache.Key key = new PublicContentCache.Key(tenant.id(), "api portal " + lang.code() + " pages "
				+ paging.page() + " " + paging.size() + " " + ((since != null) ? since.toString() : ""));
		send(this.cache.get(key, () -> {
			List<PageItem> items = this.store.list(tenant.id(), lang.code(), since, paging)
				.stream()
				.map((listed) -> new PageItem(listed.id(), listed.path(), listed.title(), listed.language(),
						lang.code().equals(PageStore.SOURCE) ? TranslationStatus.CURRENT : listed.status(),
						listed.modified()))
				.toList();
			ApiPage<PageItem> answer = ApiPage.of(items, paging, this.store.count(tenant.id(), lang.code(), since));
			return json(answer);
		}), request, response);
	}

	@GetMapping("/api/v1/public/{slug}/{language}/pages/{id}")
	@Operation(summary = "A portal page with its content",
			description = "The page in the language (German where it has none: language de, translationStatus "
					+ "MISSING) with its text as HTML in html. 404 problem+json for an unknown page.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageContent.class)))
	void page(@PathVariable String slug, @PathVariable String language, @PathVariable UUID id,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language lang = this.pages.language(tenant, language, request);
		PublicContentCache.Key key = new PublicContentCache.Key(tenant.id(),
				"api portal " + lang.code() + " page " + id);
		send(this.cache.get(key, () -> {
			Page found = this.store.find(tenant.id(), id)
				.orElseThrow(() -> new NotFoundException("portal.error.notFound.page"));
			PageStore.Listed listed = this.store.listed(tenant.id(), lang.code(), id)
				.orElseThrow(() -> new NotFoundException("portal.error.notFound.page"));
			Map<String, Version> versions = this.store.versions(tenant.id(), id);
			Version shown = versions.get(listed.language());
			List<String> languages = this.tenants.publicLanguages(tenant.id())
				.stream()
				.map(Language::code)
				.filter((code) -> versions.containsKey(code)
						&& versions.get(code).state() != TranslationState.IN_TRANSLATION)
				.toList();
			String dir = PortalPages.directionOf(shown.language());
			return json(new PageContent(id, found.path(), found.parentId(), shown.title(), shown.summary(),
					shown.language(), dir,
					lang.code().equals(PageStore.SOURCE) ? TranslationStatus.CURRENT : listed.status(),
					listed.modified(), shown.body(), languages,
					"/p/" + tenant.slug() + "/" + lang.code() + "/" + found.path()));
		}), request, response);
	}

	private PublicContentCache.Content json(Object answer) {
		return PublicContentCache.Content.of(this.json.writeValueAsBytes(answer), "application/json");
	}

	private static void send(PublicContentCache.Content content, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		PublicContentCache.send(content, request, response);
	}

	/**
	 * {@code modified_since}: an ISO 8601 moment with its offset; 400 naming it
	 * otherwise.
	 */
	static Instant since(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("portal.api.error.modifiedSince", value);
		}
	}

}
