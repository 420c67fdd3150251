package de.teilhabe.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.dao.DataAccessException;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the demo flag, the signed-in user and the navigation
 * that user may use. The navigation depends only on the user's roles, the language and
 * the entry the current page belongs to; it is rendered once per such combination
 * ({@code shared/navigation :: mainMenu}) and then kept: its links and labels were the
 * larger part of what the layout of every signed-in page rendered.
 * <p>
 * All of it is added after the controller, only to an answer that renders a page
 * ({@link #postHandle}: a {@link ModelAndView} that is no redirect), together with what
 * the modules' {@link LayoutContributor}s add. As {@code @ModelAttribute} methods of a
 * {@code @ControllerAdvice} it ran before every handler, also for every JSON answer of
 * the API, which uses none of it (about 11.5 % of an API request's CPU); an advice cannot
 * exclude {@code @RestController}s (they are {@code @Controller}s too). A controller that
 * needs one of these values while it prepares the model computes it itself.
 */
@Component
class LayoutAttributes implements HandlerInterceptor, WebMvcConfigurer {

	/** The staff UI languages, German first (the default). */
	static final List<String> LANGUAGES = List.of("de", "en");

	private final PlatformMode mode;

	private final List<NavigationItem> navigation;

	private final List<LayoutContributor> contributors;

	private final FragmentRenderer fragments;

	private final KeptHtml kept;

	/** The entries each combination of roles sees, in order. */
	private final Map<Set<Role>, List<NavigationItem>> navigationByRoles = new ConcurrentHashMap<>();

	LayoutAttributes(PlatformMode mode, List<NavigationItem> navigation, List<LayoutContributor> contributors,
			FragmentRenderer fragments, KeptHtml kept) {
		this.mode = mode;
		this.contributors = contributors;
		this.fragments = fragments;
		this.kept = kept;
		this.navigation = List.copyOf(navigation);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	/**
	 * The layout's attributes on every page a controller prepared (a full page or an htmx
	 * fragment): none for an answer the handler wrote itself ({@code @ResponseBody},
	 * {@code ResponseEntity}: no {@link ModelAndView}) and none for a redirect (its model
	 * would become the query of the redirect's address). Not called when the handler
	 * throws: the exception handlers' pages get them through {@link #addTo}.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || isRedirect(page)) {
			return;
		}
		ModelMap model = page.getModelMap();
		layout(model, request, response);
		for (LayoutContributor contributor : this.contributors) {
			contributor.addToPage(model);
		}
	}

	private static boolean isRedirect(ModelAndView page) {
		String name = page.getViewName();
		return (name != null) ? name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
				: page.getView() instanceof SmartView view && view.isRedirectView();
	}

	/**
	 * The layout's attributes, each only when the model does not hold it yet (e.g. beside
	 * a flash attribute of the same name).
	 */
	void layout(ModelMap model, HttpServletRequest request, HttpServletResponse response) {
		addIfAbsent(model, "demo", demo());
		addIfAbsent(model, "actor", actor());
		addIfAbsent(model, "currentPath", currentPath(request));
		addIfAbsent(model, "languageLinks", languageLinks(request));
		addIfAbsent(model, "navigation", navigation());
		addIfAbsent(model, "navigationSections", navigationSections(request));
		addIfAbsent(model, "currentNavigation", currentNavigation(request));
		if (!model.containsAttribute("navigationMenu")) {
			model.addAttribute("navigationMenu", navigationMenu(request, response));
		}
	}

	private static void addIfAbsent(ModelMap model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	boolean demo() {
		return this.mode.isDemo();
	}

	Actor actor() {
		return CurrentActor.find().orElse(null);
	}

	String currentPath(HttpServletRequest request) {
		String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		uri = (uri != null) ? uri : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		return path.isEmpty() ? "/" : path;
	}

	/**
	 * The current page in each staff language: the same path and query, with {@code lang}
	 * set (the choice is then remembered in a cookie).
	 */
	Map<String, String> languageLinks(HttpServletRequest request) {
		boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
		String query = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
				: request.getQueryString();
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(currentPath(request)).query(query);
		Map<String, String> links = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			links.put(language, page.cloneBuilder().replaceQueryParam("lang", language).build().toUriString());
		}
		return links;
	}

	List<NavigationItem> navigation() {
		return CurrentActor.find().map(this::navigationFor).orElse(List.of());
	}

	/**
	 * The navigation in its sections, and the entry the current page belongs to (marked
	 * with {@code aria-current}).
	 */
	List<NavigationSection> navigationSections(HttpServletRequest request) {
		return sections(navigation(), currentPath(request));
	}

	NavigationItem currentNavigation(HttpServletRequest request) {
		return current(navigation(), currentPath(request));
	}

	/**
	 * The main navigation as HTML for the layout, or null without a signed-in user or
	 * without entries: rendered from {@code shared/navigation :: mainMenu} once per
	 * roles, language, current entry and whether the current page is that entry's own
	 * page (or the start page), and then kept.
	 */
	String navigationMenu(HttpServletRequest request, HttpServletResponse response) {
		Actor actor = CurrentActor.find().orElse(null);
		if (actor == null) {
			return null;
		}
		List<NavigationItem> items = navigationFor(actor);
		if (items.isEmpty()) {
			return null;
		}
		String path = currentPath(request);
		NavigationItem current = current(items, path);
		Locale locale = LocaleContextHolder.getLocale();
		MenuKey key = new MenuKey(locale, actor.roles(), current, current != null && path.equals(current.path()),
				path.equals("/"));
		return this.kept.get(key, () -> {
			Map<String, Object> model = new HashMap<>();
			model.put("navigationSections", sections(items, path));
			model.put("currentNavigation", current);
			model.put("startIsCurrent", key.startIsCurrent());
			model.put("currentIsPage", key.currentIsPage());
			return this.fragments.render("shared/navigation :: mainMenu", model, locale, request, response);
		});
	}

	/** What a rendered menu depends on. */
	private record MenuKey(Locale locale, Set<Role> roles, NavigationItem current, boolean currentIsPage,
			boolean startIsCurrent) {
	}

	/**
	 * Adds what the layout needs to a page that no controller prepared (an exception
	 * handler's error page).
	 */
	void addTo(ModelAndView page, HttpServletRequest request, HttpServletResponse response) {
		page.addObject("demo", demo());
		page.addObject("actor", actor());
		page.addObject("currentPath", currentPath(request));
		page.addObject("languageLinks", languageLinks(request));
		page.addObject("navigation", navigation());
		page.addObject("navigationSections", navigationSections(request));
		page.addObject("currentNavigation", currentNavigation(request));
		page.addObject("navigationMenu", navigationMenu(request, response));
		for (LayoutContributor contributor : this.contributors) {
			try {
				page.addAllObjects(contributor.layoutAttributes());
			}
			catch (DataAccessException ex) {
				// the error page of an overloaded database shows without the tenant's
				// name
			}
		}
	}

	/** The entry with the longest path that leads to the current page, or null. */
	static NavigationItem current(List<NavigationItem> items, String currentPath) {
		return items.stream()
			.filter((item) -> item.leadsTo(currentPath))
			.max(Comparator.comparingInt((NavigationItem item) -> item.path().length()))
			.orElse(null);
	}

	static List<NavigationSection> sections(List<NavigationItem> items, String currentPath) {
		NavigationItem current = current(items, currentPath);
		Map<NavigationGroup, List<NavigationItem>> byGroup = new EnumMap<>(NavigationGroup.class);
		for (NavigationItem item : items) {
			byGroup.computeIfAbsent(item.group(), (group) -> new ArrayList<>()).add(item);
		}
		return byGroup.entrySet()
			.stream()
			.map((entry) -> new NavigationSection(entry.getKey(), List.copyOf(entry.getValue()),
					current != null && current.group() == entry.getKey()))
			.toList();
	}

	List<NavigationItem> navigationFor(Actor actor) {
		return this.navigationByRoles.computeIfAbsent(actor.roles(),
				(roles) -> NavigationItem.visibleTo(this.navigation, actor));
	}

}
