package de.teilhabe.portal.publicsite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.Version;
import de.teilhabe.portal.statistics.PageViews;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.shared.web.PublicPageLocale;
import de.teilhabe.shared.web.form.FormTimeToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * A portal page as the public reads it: in the reader's language where the page has it,
 * else the German text with a note; with its breadcrumbs, its children and a language
 * switcher of the languages the page exists in. Kept as bytes in the
 * {@link PublicContentCache} (no cookie, nothing personal), made again when the tenant's
 * public content changes (triggers on the portal's tables).
 */
@Component
class PortalPages {

	/** A path below the language: segments of lower-case letters, digits and hyphens. */
	private static final Pattern PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

	static final Language GERMAN = Languages.find(PageStore.SOURCE).orElseThrow();

	private final PublicPages pages;

	private final Tenants tenants;

	private final PageStore store;

	private final PublicContentCache cache;

	private final FragmentRenderer renderer;

	private final PageViews views;

	private final FormTimeToken timeTokens;

	PortalPages(PublicPages pages, Tenants tenants, PageStore store, PublicContentCache cache,
			FragmentRenderer renderer, PageViews views, FormTimeToken timeTokens) {
		this.pages = pages;
		this.timeTokens = timeTokens;
		this.tenants = tenants;
		this.store = store;
		this.cache = cache;
		this.renderer = renderer;
		this.views = views;
	}

	/**
	 * A link to a page.
	 *
	 * @param title its title
	 * @param language the title's language (German where the page has none in the
	 * reader's)
	 * @param path its address below the language
	 */
	record Link(String title, String language, String path) {
	}

	/** The key of a page of a tenant in a language. */
	static PublicContentCache.Key key(Tenant tenant, Language language, String path) {
		return new PublicContentCache.Key(tenant.id(), "portal " + language.code() + "/" + path);
	}

	/**
	 * The path as asked ({@code /ankommen/erste-schritte}, trailing slash allowed), or
	 * null if it cannot be a page's.
	 */
	static String path(String asked) {
		String path = asked.startsWith("/") ? asked.substring(1) : asked;
		path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		return (path.length() <= 1000 && PATH.matcher(path).matches()) ? path : null;
	}

	/** The tenant of a public path, or 404 ({@link PublicPages#tenant}). */
	Tenant tenant(String slug) {
		return this.pages.tenant(slug);
	}

	/**
	 * The language of a path the tenant offers; 404 for any other
	 * ({@link PublicPages#language}).
	 */
	Language language(Tenant tenant, String code, HttpServletRequest request) {
		return this.pages.language(tenant, code, request);
	}

	/**
	 * The page from the cache or rendered now, sent with its ETag (304 when the client
	 * has it).
	 */
	void send(String slug, String code, String asked, HttpServletRequest request, HttpServletResponse response)
			throws java.io.IOException {
		Tenant tenant = tenant(slug);
		Language language = language(tenant, code, request);
		String path = path(asked);
		if (path == null) {
			throw new NotFoundException("portal.error.notFound.page");
		}
		PublicContentCache.Content shown = this.cache.get(key(tenant, language, path),
				() -> PublicContentCache.Content.of(
						render(tenant, language, path, request, response).getBytes(StandardCharsets.UTF_8),
						"text/html;charset=UTF-8"));
		this.views.count(tenant.id(), language.code(), path);
		PublicContentCache.send(shown, request, response);
	}

	private String render(Tenant tenant, Language language, String path, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> model = model(tenant, language, path);
		// the feedback form at the end of the page: its time token is as old as the kept
		// page
		model.put("feedbackToken", this.timeTokens.issue(tenant.id(), FeedbackController.FORM));
		PublicPageLocale.use(request, language.locale());
		return FragmentRenderer.withoutIndentation(
				this.renderer.render("portal/public/page", model, language.locale(), request, response));
	}

	/**
	 * What a page shows in a language (the page and its printed form,
	 * {@link PagePrints}): the version shown, its language, the notes, breadcrumbs,
	 * children and the languages the page exists in; 404 for a path that is no page.
	 */
	Map<String, Object> model(Tenant tenant, Language language, String path) {
		Page page = this.store.findByPath(tenant.id(), path)
			.orElseThrow(() -> new NotFoundException("portal.error.notFound.page"));
		Map<String, Version> versions = this.store.versions(tenant.id(), page.id());
		Version german = versions.get(PageStore.SOURCE);
		if (german == null) {
			throw new NotFoundException("portal.error.notFound.page");
		}
		// a version being translated is not shown yet: the German text is
		Version own = Optional.ofNullable(versions.get(language.code()))
			.filter((version) -> version.state() != TranslationState.IN_TRANSLATION)
			.orElse(null);
		Version shown = (own != null) ? own : german;
		Map<String, PageStore.Title> titles = new java.util.HashMap<>();
		this.store.titles(tenant.id(), language.code()).forEach((id, title) -> titles.put(id.toString(), title));
		List<Link> crumbs = new ArrayList<>();
		for (Page above : this.store.ancestry(tenant.id(), page)) {
			PageStore.Title title = titles.get(above.id().toString());
			crumbs.add(new Link(title.text(), title.language(), above.path()));
		}
		List<Link> children = this.store.children(tenant.id(), page.id())
			.stream()
			.filter((child) -> titles.containsKey(child.id().toString()))
			.map((child) -> {
				PageStore.Title title = titles.get(child.id().toString());
				return new Link(title.text(), title.language(), child.path());
			})
			.toList();
		Map<String, Object> model = this.pages.layout(tenant, language, path);
		// the switcher: the languages the page exists in (and the tenant offers)
		@SuppressWarnings("unchecked")
		List<Language> offered = (List<Language>) model.get("languages");
		model.put("languages", offered.stream().filter((offer) -> {
			Version version = versions.get(offer.code());
			return version != null && version.state() != TranslationState.IN_TRANSLATION;
		}).toList());
		model.put("version", shown);
		model.put("contentLanguage", Languages.find(shown.language()).orElse(GERMAN));
		model.put("missing", own == null);
		model.put("outdated",
				own != null && !own.language().equals(PageStore.SOURCE) && own.sourceRevision() < page.revision());
		model.put("machine", own != null && own.state() == TranslationState.MACHINE_TRANSLATED);
		model.put("crumbs", crumbs);
		model.put("children", children);
		return model;
	}

	/**
	 * The public pages' friendly 404 page, in the page's language if the tenant offers
	 * it, else in German ({@link PublicPages#notFound}).
	 */
	String notFound(HttpServletRequest request, org.springframework.ui.Model model) {
		return this.pages.notFound(request, model);
	}

	/** The writing direction of a language code ({@code rtl} for Arabic, Farsi, …). */
	static String directionOf(String code) {
		return Languages.find(code).orElse(GERMAN).dir();
	}

	/**
	 * The kept page for a path, if it is still current (counted as a view: a counter in
	 * memory, {@link PageViews}); null otherwise.
	 */
	PublicContentCache.Content current(String slug, String code, String asked) {
		Language language = Languages.find(code).filter((found) -> found.code().equals(code)).orElse(null);
		String path = path(asked);
		if (language == null || path == null) {
			return null;
		}
		Tenant tenant = this.tenants.findBySlug(slug).orElse(null);
		PublicContentCache.Content page = (tenant != null) ? this.cache.current(key(tenant, language, path)) : null;
		if (page != null) {
			this.views.count(tenant.id(), language.code(), path);
		}
		return page;
	}

}
