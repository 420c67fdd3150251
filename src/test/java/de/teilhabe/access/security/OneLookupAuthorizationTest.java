package de.teilhabe.access.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import de.teilhabe.shared.security.Role;

import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.RequestPath;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter chain checks its access rules through {@link OneLookupAuthorization},
 * whose request keeps method and parsed path but gives up a path that is set anew, and
 * whose index of the rules by their paths' leading literals decides as every rule in
 * order does.
 */
@IntegrationTest
class OneLookupAuthorizationTest {

	@Autowired
	List<SecurityFilterChain> chains;

	@Test
	void everyChainChecksItsRulesWithTheKeptRequest() {
		assertThat(this.chains).hasSizeGreaterThanOrEqualTo(3);
		for (SecurityFilterChain chain : this.chains) {
			AuthorizationFilter filter = chain.getFilters()
				.stream()
				.filter(AuthorizationFilter.class::isInstance)
				.map(AuthorizationFilter.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(filter.getAuthorizationManager()).as(chain.toString())
				.isInstanceOf(OneLookupAuthorization.class);
		}
	}

	/**
	 * Every rule's path pattern of every chain, filled in (and with a trailing slash, an
	 * unknown last segment, in upper case), plus paths no rule names, with each method,
	 * anonymous and signed in with several roles: the index decides as Spring Security's
	 * check of every rule in order.
	 */
	@Test
	void theIndexDecidesAsEveryRuleInOrder() {
		List<Supplier<Authentication>> users = new ArrayList<>();
		users.add(() -> new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		// which rule decides depends on the request only; a few users are enough to see
		// it
		for (Role role : List.of(Role.ADMIN, Role.STRATEGY, Role.GUIDE, Role.PARTNER)) {
			users.add(() -> UsernamePasswordAuthenticationToken.authenticated(role.name(), null, List.of(role)));
		}
		int decisions = 0;
		int granted = 0;
		List<String> differences = new ArrayList<>();
		for (SecurityFilterChain chain : this.chains) {
			OneLookupAuthorization rules = (OneLookupAuthorization) chain.getFilters()
				.stream()
				.filter(AuthorizationFilter.class::isInstance)
				.map(AuthorizationFilter.class::cast)
				.findFirst()
				.orElseThrow()
				.getAuthorizationManager();
			assertThat(rules.indexed()).as(chain.toString()).isTrue();
			Set<String> paths = new LinkedHashSet<>();
			for (String pattern : rules.patterns()) {
				String path = pattern.replaceAll("\\{\\*[^}]*}", "a/b")
					.replaceAll("\\{[^}]*}", "00000000-0000-0000-0000-000000000042")
					.replace("**", "a/b")
					.replace("*", "x");
				paths.add(path);
				paths.add(path + "/");
				paths.add(path + "/unknown");
				paths.add(path.toUpperCase(Locale.ROOT));
			}
			paths.addAll(List.of("/", "/nowhere/42", "/api/v1/nowhere/42", "//api/v1/strategy/goals",
					"/strategy/dialogs/42;x=1/priorities"));
			for (String path : paths) {
				for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS")) {
					for (Supplier<Authentication> user : users) {
						String indexed = decision(rules, method, path, user, false);
						String everyRule = decision(rules, method, path, user, true);
						decisions++;
						if (indexed.equals("granted")) {
							granted++;
						}
						if (!indexed.equals(everyRule)) {
							differences.add(method + " " + path + " as " + user.get().getName() + ": " + indexed
									+ " <> " + everyRule);
						}
					}
				}
			}
		}
		assertThat(differences).isEmpty();
		assertThat(decisions).isGreaterThan(10_000);
		assertThat(granted).as("some granted, some denied").isBetween(1, decisions - 1);
	}

	private static String decision(OneLookupAuthorization rules, String method, String path,
			Supplier<Authentication> user, boolean everyRule) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			AuthorizationResult result = everyRule ? rules.authorizeByEveryRule(user, request)
					: rules.authorize(user, request);
			return (result == null) ? "abstain" : result.isGranted() ? "granted" : "denied";
		}
		catch (RuntimeException ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	@Test
	void theKeptRequestAnswersMethodAndPathAndForgetsAPathSetAnew() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/strategy/dialogs/1/priorities");
		OneLookupAuthorization.KeptMethodAndPath kept = new OneLookupAuthorization.KeptMethodAndPath(request);
		assertThat(kept.getMethod()).isEqualTo("GET");
		RequestPath parsed = ServletRequestPathUtils.parseAndCache(kept);
		assertThat(kept.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isSameAs(parsed);
		assertThat(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isSameAs(parsed);

		RequestPath other = ServletRequestPathUtils.parseAndCache(new MockHttpServletRequest("GET", "/x"));
		kept.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, other);
		assertThat(kept.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isSameAs(other);
		kept.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		assertThat(kept.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isNull();
	}

}
