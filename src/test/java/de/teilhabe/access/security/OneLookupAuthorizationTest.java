package de.teilhabe.access.security;

import java.util.List;

import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.RequestPath;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter chain checks its access rules through {@link OneLookupAuthorization},
 * whose request keeps method and parsed path but gives up a path that is set anew.
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
