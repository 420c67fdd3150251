package de.teilhabe.counselling.discrimination;

import de.teilhabe.shared.security.ActorPrincipal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The discrimination complaints are walled off: their pages and endpoints only for a
 * COUNSELLOR who holds the permission {@code DISCRIMINATION_COMPLAINTS} (checked in the
 * database on every request; every other counsellor, ADMIN and every other role 403).
 * Ordered before the module's {@code /counselling/**} rule, which would let every
 * counsellor in; {@link Complaints} checks the permission once more. The public report
 * form is anonymous.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DiscriminationRequestAuthorizations implements de.teilhabe.shared.security.RequestAuthorizations {

	private final Complaints complaints;

	DiscriminationRequestAuthorizations(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(ComplaintController.PATH, ComplaintController.PATH + "/**", ComplaintApiController.PATH,
					ComplaintApiController.PATH + "/**")
			.access((authentication, context) -> new AuthorizationDecision(permitted(authentication.get())));
		requests.requestMatchers(HttpMethod.POST, "/p/*/*/" + PublicReportController.PAGE).permitAll();
	}

	private boolean permitted(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof ActorPrincipal principal
				&& this.complaints.permitted(principal.actor());
	}

}
