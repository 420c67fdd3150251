package de.teilhabe.access.home;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.web.KeptHtml;
import de.teilhabe.shared.web.NavigationItem;
import de.teilhabe.shared.web.WorkQueue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The login page, the start page (the work waiting for the user from every module's
 * {@link WorkQueue}, then tiles from the navigation of the user's roles) and who-am-I for
 * the API.
 */
@Controller
class HomeController {

	/**
	 * Roles whose own module is not built yet: their start page says plainly what they
	 * can do today ({@code start.today.<ROLE>}).
	 */
	static final Set<Role> ROLES_WITHOUT_MODULE = EnumSet.of(Role.GUIDE, Role.GUIDE_COORDINATOR, Role.COUNSELLOR,
			Role.COUNCIL_OFFICE);

	private final ObjectProvider<ClientRegistrationRepository> oidcRegistrations;

	private final List<WorkQueue> workQueues;

	private final FragmentRenderer fragments;

	private final KeptHtml kept;

	private final List<NavigationItem> navigation;

	HomeController(ObjectProvider<ClientRegistrationRepository> oidcRegistrations, List<WorkQueue> workQueues,
			FragmentRenderer fragments, KeptHtml kept, List<NavigationItem> navigation) {
		this.oidcRegistrations = oidcRegistrations;
		this.workQueues = workQueues;
		this.fragments = fragments;
		this.kept = kept;
		this.navigation = navigation;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("oidcLogins", oidcLogins());
		return "access/login";
	}

	/** A button per configured identity provider (none without OIDC configuration). */
	List<OidcLogin> oidcLogins() {
		List<OidcLogin> logins = new ArrayList<>();
		if (this.oidcRegistrations.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				ClientRegistration client = (ClientRegistration) registration;
				logins.add(new OidcLogin(client.getClientName(),
						OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
								+ client.getRegistrationId()));
			}
		}
		return logins;
	}

	/**
	 * A sign-in button for an identity provider.
	 *
	 * @param name the provider's name shown
	 * @param url where the sign-in starts
	 */
	record OidcLogin(String name, String url) {
	}

	/**
	 * The start page: work waiting for this user, then the areas the user may use (their
	 * tiles depend only on the roles and the language: rendered once per both and kept).
	 */
	@GetMapping("/")
	String start(Model model, HttpServletRequest request, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("tiles",
				this.kept.get(new Tiles(locale, actor.roles()),
						() -> this.fragments.render("access/start-tiles :: tiles",
								Map.of("navigation", NavigationItem.visibleTo(this.navigation, actor)), locale, request,
								response)));
		model.addAttribute("work",
				this.workQueues.stream().flatMap((queue) -> queue.itemsFor(actor).stream()).toList());
		model.addAttribute("rolesWithoutModule",
				Arrays.stream(Role.values())
					.filter((role) -> actor.has(role) && ROLES_WITHOUT_MODULE.contains(role))
					.toList());
		return "access/start";
	}

	/** What the start page's tiles depend on. */
	private record Tiles(Locale locale, Set<Role> roles) {
	}

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> me() {
		Actor actor = CurrentActor.get();
		Map<String, Object> me = new TreeMap<>();
		me.put("id", actor.userId());
		me.put("tenantId", actor.tenantId());
		me.put("username", actor.username());
		me.put("displayName", actor.displayName());
		me.put("roles", actor.roles().stream().map(Role::name).sorted().toList());
		return me;
	}

}
