package de.teilhabe.portal.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * The Wegweiser as an installable app that reads visited pages offline: a web app
 * manifest per tenant and language, a service worker per tenant (scope
 * {@code /p/{slug}/}, registered by the static {@code /js/portal-app.js} that the public
 * layout loads) and the offline page in each language that the worker keeps and fills
 * with the pages kept on the device. The pages work as before without JavaScript; no
 * cookie is set.
 */
@Controller
class PortalAppController {

	/** The offline page's segment below the language (reserved for portal pages). */
	static final String OFFLINE = "offline";

	static final String MANIFEST_TYPE = "application/manifest+json";

	/** The public layout's colours (teilhabe.css): links and the brand's blue, white. */
	static final String THEME_COLOUR = "#0b2a63";

	static final String BACKGROUND_COLOUR = "#ffffff";

	/** What every public page loads, kept by the worker when it is installed. */
	static final List<String> ASSETS = List.of("/kern/kern.min.css", "/kern/fonts/fira-sans.css", "/css/teilhabe.css",
			"/favicon.svg", "/icons/wegweiser.svg");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PortalPages pages;

	private final PublicPages publicPages;

	private final Tenants tenants;

	private final MessageSource messages;

	private final String worker;

	private final String workerVersion;

	PortalAppController(PortalPages pages, PublicPages publicPages, Tenants tenants, MessageSource messages) {
		this.pages = pages;
		this.publicPages = publicPages;
		this.tenants = tenants;
		this.messages = messages;
		try (InputStream in = new ClassPathResource("portal/app/service-worker.js").getInputStream()) {
			this.worker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.workerVersion = sha256(this.worker).substring(0, 12);
	}

	@GetMapping("/p/{slug}/{language}/manifest.webmanifest")
	void manifest(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language lang = this.pages.language(tenant, language, request);
		String base = request.getContextPath();
		String scope = base + "/p/" + tenant.slug() + "/";
		String start = scope + lang.code() + "/";
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("id", start);
		manifest.put("name", text("portal.app.name", lang, tenant.name()));
		manifest.put("short_name", text("portal.app.shortName", lang));
		manifest.put("description", text("portal.app.description", lang));
		manifest.put("lang", lang.code());
		manifest.put("dir", lang.dir());
		manifest.put("start_url", start);
		manifest.put("scope", scope);
		manifest.put("display", "standalone");
		manifest.put("theme_color", THEME_COLOUR);
		manifest.put("background_color", BACKGROUND_COLOUR);
		manifest.put("icons",
				List.of(icon(base + "/icons/wegweiser.svg", "any", "image/svg+xml", "any"),
						icon(base + "/icons/wegweiser-192.png", "192x192", "image/png", "any"),
						icon(base + "/icons/wegweiser-512.png", "512x512", "image/png", "any"),
						icon(base + "/icons/wegweiser-maskable-512.png", "512x512", "image/png", "maskable")));
		PublicContentCache.send(PublicContentCache.Content.of(JSON.writeValueAsBytes(manifest), MANIFEST_TYPE), request,
				response);
	}

	/**
	 * The service worker of a tenant: served from within its scope (and with
	 * {@code Service-Worker-Allowed} naming it), with the tenant's scope, languages and
	 * the assets to keep written into it. Its cache is named after the tenant and the
	 * worker's own version (a hash of its code), so a changed worker drops the old cache.
	 */
	@GetMapping("/p/{slug}/sw.js")
	void worker(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		String base = request.getContextPath();
		String scope = base + "/p/" + tenant.slug() + "/";
		String languages = this.tenants.publicLanguages(tenant.id())
			.stream()
			.map((language) -> JSON.writeValueAsString(language.code()))
			.collect(Collectors.joining(", ", "[", "]"));
		String assets = ASSETS.stream()
			.map((asset) -> JSON.writeValueAsString(base + asset))
			.collect(Collectors.joining(", ", "[", "]"));
		String code = this.worker.replace("__SCOPE__", JSON.writeValueAsString(scope))
			.replace("__VERSION__", JSON.writeValueAsString(this.workerVersion))
			.replace("__LANGUAGES__", languages)
			.replace("__ASSETS__", assets)
			.replace("__BASE__", JSON.writeValueAsString(base));
		response.setHeader("Service-Worker-Allowed", scope);
		PublicContentCache.send(
				PublicContentCache.Content.of(code.getBytes(StandardCharsets.UTF_8), "text/javascript;charset=UTF-8"),
				request, response);
	}

	/**
	 * The page the worker shows for a page never visited while offline: kept by the
	 * worker when it is installed, its list of kept pages filled in by the worker
	 * (without it: „no pages kept yet“).
	 */
	@GetMapping("/p/{slug}/{language}/" + OFFLINE)
	void offline(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		this.publicPages.serve(slug, language, OFFLINE, request, response, model,
				(tenant, lang, settings) -> "portal/public/offline");
	}

	/** Unknown tenant or language: the public pages' friendly 404 page. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.publicPages.notFound(request, model);
	}

	private String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

	private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
		Map<String, String> icon = new LinkedHashMap<>();
		icon.put("src", src);
		icon.put("sizes", sizes);
		icon.put("type", type);
		icon.put("purpose", purpose);
		return icon;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
