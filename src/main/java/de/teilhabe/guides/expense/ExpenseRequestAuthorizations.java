package de.teilhabe.guides.expense;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A GUIDE reads its own expense statements ({@code /guides/me/expenses…},
 * {@code /api/v1/me/expenses}). Ordered before the module's rules, whose
 * {@code /guides/**} is the coordinator's; the coordinator's expense pages and
 * {@code /api/v1/guides/{id}/expenses} fall under those.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ExpenseRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/guides/me/expenses", "/guides/me/expenses/statement.pdf",
					"/api/v1/me/expenses")
			.hasRole(Role.GUIDE.name());
	}

}
