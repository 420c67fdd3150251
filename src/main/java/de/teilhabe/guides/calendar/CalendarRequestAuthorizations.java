package de.teilhabe.guides.calendar;

import de.teilhabe.shared.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A guide's calendar feed needs no login (calendar programs fetch it): its secret address
 * is the key. The page to make and revoke it is the guide's own ({@code /guides/me/**}).
 */
@Component
class CalendarRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/ical/guides/*").permitAll();
	}

}
