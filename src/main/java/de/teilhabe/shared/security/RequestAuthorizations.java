package de.teilhabe.shared.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL access rules. Every module declares a bean of this type for its own
 * paths; whatever no module permits is denied.
 */
public interface RequestAuthorizations {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

}
