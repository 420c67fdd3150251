package de.teilhabe.region.publicsite;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.TenantLogo;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.shared.web.PublicPageLocale;
import de.teilhabe.shared.web.PublicSection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The public (anonymous) pages of a tenant under {@code /p/{slug}/{language}/}: start
 * page with the office's address, hours and contact and the sections other modules
 * contribute ({@link PublicSection}: the network's offers and events), Impressum and
 * Datenschutz, and the logo. The language comes from the path, never from the staff UI's
 * language cookie.
 */
@Controller
class PublicPagesController implements PublicPages {

	private static final Language GERMAN = Languages.find("de").orElseThrow();

	private static final String LANGUAGE_ATTRIBUTE = PublicPagesController.class.getName() + ".language";

	private final Tenants tenants;

	private final List<PublicSection> sections;

	private final PublicContentCache cache;

	private final ThymeleafViewResolver views;

	private final PlatformMode mode;

	private final PublicErrorLayout errorLayout;

	PublicPagesController(Tenants tenants, List<PublicSection> sections, PublicContentCache cache,
			ThymeleafViewResolver views, PlatformMode mode, PublicErrorLayout errorLayout) {
		this.tenants = tenants;
		this.errorLayout = errorLayout;
		this.mode = mode;
		this.cache = cache;
		this.views = views;
		this.sections = sections.stream().sorted(Comparator.comparingInt(PublicSection::order)).toList();
	}

	/**
	 * A section other modules contribute to the start page, as shown.
	 *
	 * @param section what it is
	 * @param entries its entries
	 * @param more a link below it, or null
	 */
	record ShownSection(PublicSection section, List<PublicSection.PublicEntry> entries,
			PublicSection.PublicEntry more) {
	}

	@GetMapping("/p/{slug}")
	String tenantRoot(@PathVariable String slug) {
		Tenant tenant = tenant(slug);
		List<Language> offered = this.tenants.publicLanguages(tenant.id());
		String first = offered.isEmpty() ? GERMAN.code() : offered.get(0).code();
		return "redirect:/p/" + tenant.slug() + "/" + first + "/";
	}

	@GetMapping("/p/{slug}/{language}")
	String languageRoot(@PathVariable String slug, @PathVariable String language, HttpServletRequest request) {
		Tenant tenant = tenant(slug);
		Language lang = language(tenant, language, request);
		return "redirect:/p/" + tenant.slug() + "/" + lang.code() + "/";
	}

	@GetMapping("/p/{slug}/{language}/")
	void start(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		serve(slug, language, "", request, response, model, (tenant, lang, settings) -> {
			model.addAttribute("officeHours", lines(settings.officeHours()));
			model.addAttribute("sections",
					this.sections.stream()
						.map((section) -> new ShownSection(section, section.entries(tenant.id(), lang.locale()),
								section.more(tenant.slug(), lang.code())))
						.toList());
			return "public/start";
		});
	}

	@GetMapping("/p/{slug}/{language}/impressum")
	void imprint(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		serve(slug, language, "impressum", request, response, model, (tenant, lang, settings) -> {
			model.addAttribute("titleKey", "region.public.imprint");
			model.addAttribute("paragraphs", paragraphs(settings.imprintText()));
			return "public/text";
		});
	}

	@GetMapping("/p/{slug}/{language}/datenschutz")
	void privacy(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		serve(slug, language, "datenschutz", request, response, model, (tenant, lang, settings) -> {
			model.addAttribute("titleKey", "region.public.privacy");
			model.addAttribute("paragraphs", paragraphs(settings.privacyText()));
			return "public/text";
		});
	}

	/**
	 * A public page from the cache, or rendered now: the same bytes for every visitor
	 * (nothing personal, no CSRF token, a fixed CSP), so the browser may keep it and ask
	 * again with its ETag ({@code 304 Not Modified} then). A page that is still current
	 * is answered before this controller ({@link CachedPublicPages}).
	 */
	@Override
	public void serve(String slug, String language, String page, HttpServletRequest request,
			HttpServletResponse response, Model model, PageContent content) throws IOException {
		Tenant tenant = tenant(slug);
		Language lang = language(tenant, language, request);
		PublicContentCache.Content shown = this.cache.get(key(tenant, lang, page), () -> {
			TenantSettings settings = prepare(tenant, lang, page, request, model);
			return PublicContentCache.Content.of(
					render(content.prepare(tenant, lang, settings), lang, model, request, response),
					"text/html;charset=UTF-8");
		});
		PublicContentCache.send(shown, request, response);
	}

	/** A public page of a tenant in a language ({@code ""}: the start page). */
	static PublicContentCache.Key key(Tenant tenant, Language language, String page) {
		return new PublicContentCache.Key(tenant.id(), "page " + language.code() + "/" + page);
	}

	/** Renders a template into bytes (to be kept) rather than into the response. */
	private byte[] render(String template, Language language, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = this.views.resolveViewName(template, language.locale());
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			view.render(model.asMap(), request, rendered);
			return rendered.getContentAsByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The public page " + template + " could not be rendered", ex);
		}
	}

	@GetMapping("/p/{slug}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String slug) {
		TenantLogo logo = this.tenants.logo(tenant(slug).id())
			.orElseThrow(() -> new NotFoundException("public.error.notFound.logo"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.mediaType()))
			.cacheControl(CacheControl.noCache())
			.eTag(String.valueOf(logo.version()))
			.body(logo.content());
	}

	/**
	 * Unknown tenant, language or logo: the public error page (as for any error on a
	 * public path, {@link PublicErrorLayout}) with a link to the start page, in the
	 * language the path named (German when it named none), in the tenant's layout when
	 * the slug names one.
	 */
	@Override
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public String notFound(HttpServletRequest request, Model model) {
		Language known = (Language) request.getAttribute(LANGUAGE_ATTRIBUTE);
		// "", "p", slug, language, the rest
		String[] segments = request.getRequestURI().split("/", 5);
		String slug = (segments.length > 2) ? segments[2] : null;
		String code = (known != null) ? known.code() : (segments.length > 3) ? segments[3] : null;
		Map<String, Object> layout = this.errorLayout.errorLayout(slug, code);
		PublicPageLocale.use(request, ((Language) layout.get("language")).locale());
		model.addAllAttributes(layout);
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return "public/error";
	}

	private TenantSettings prepare(Tenant tenant, Language lang, String page, HttpServletRequest request, Model model) {
		TenantSettings settings = this.tenants.settings(tenant.id())
			.orElseThrow(() -> new NotFoundException("public.error.notFound.pages"));
		List<Language> offered = this.tenants.publicLanguages(tenant.id());
		// rendered here into bytes to be kept: the layout's attributes (shared.web) are
		// added only to the pages Spring MVC renders
		model.addAllAttributes(attributes(tenant, lang, offered, settings, page));
		PublicPageLocale.use(request, lang.locale());
		return settings;
	}

	@Override
	public PublicPage open(String slug, String code, String page, HttpServletRequest request, Model model) {
		Tenant tenant = tenant(slug);
		List<Language> offered = this.tenants.publicLanguages(tenant.id());
		Language language = language(code, offered, request);
		PublicPageLocale.use(request, language.locale());
		model.addAllAttributes(
				attributes(tenant, language, offered, this.tenants.settings(tenant.id()).orElse(null), page));
		return new PublicPage(tenant, language, offered);
	}

	@Override
	public Map<String, Object> layout(Tenant tenant, Language language, String page) {
		return attributes(tenant, language, this.tenants.publicLanguages(tenant.id()),
				this.tenants.settings(tenant.id()).orElse(null), page);
	}

	private Map<String, Object> attributes(Tenant tenant, Language language, List<Language> offered,
			TenantSettings settings, String page) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("tenant", tenant);
		attributes.put("settings", settings);
		attributes.put("demo", this.mode.isDemo());
		attributes.put("language", language);
		attributes.put("languages", offered);
		attributes.put("page", page);
		return attributes;
	}

	@Override
	public Tenant tenant(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.notFound.tenant"));
	}

	@Override
	public Language language(Tenant tenant, String code, HttpServletRequest request) {
		return language(code, this.tenants.publicLanguages(tenant.id()), request);
	}

	/** The language of a path the tenant offers; 404 for any other. */
	private static Language language(String code, List<Language> offered, HttpServletRequest request) {
		Language language = knownLanguage(code);
		if (language == null || !offered.contains(language)) {
			throw new NotFoundException("public.error.notFound.language", code);
		}
		request.setAttribute(LANGUAGE_ATTRIBUTE, language);
		return language;
	}

	/**
	 * The language of a code as written in a path: only its own code, never another
	 * spelling ({@code AR}, {@code ara}), so a page has one address.
	 */
	static Language knownLanguage(String code) {
		return Languages.find(code).filter((language) -> language.code().equals(code)).orElse(null);
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** Paragraphs are separated by blank lines; single line breaks stay inside one. */
	static List<String> paragraphs(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

}
