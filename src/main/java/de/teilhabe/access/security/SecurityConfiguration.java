package de.teilhabe.access.security;

import java.util.List;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.web.ControlCharacterFilter;
import de.teilhabe.shared.web.OversizedUploads;
import de.teilhabe.shared.web.ProblemAnswers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Three filter chains: the tenants' public pages (anonymous, stateless), the API (bearer
 * tokens, stateless, no CSRF, problem+json, never a redirect) and the web pages (form
 * login with throttling, OIDC login when a client registration is configured, sessions in
 * the database, CSRF). All deny whatever no module's {@link RequestAuthorizations}
 * permits. A request that is secure (directly or through a trusted proxy, see
 * {@code TrustedProxies}) gets HSTS and a {@code Secure} session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SecurityConfiguration {

	/** No page uses these browser features; an injected script cannot either. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * No Micrometer observation of each security filter, authentication and authorization
	 * decision: it cost about a tenth of the CPU of every anonymous read (issue 11, read
	 * mix profile). Each request as a whole is still observed
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, UserStore users,
			AccountUserDetailsService accounts, List<RequestAuthorizations> rules,
			ControlCharacterFilter controlCharacters, ProblemAnswers problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.anonymous(Customizer.withDefaults())
			.addFilterBefore(new BearerTokenFilter(tokens, users, accounts, problems), BasicAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "error.401.api"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"error.403.api")))
			.authorizeHttpRequests((requests) -> authorize(requests, rules))
			// after the access decision: no body is read before the caller is known
			.addFilterAfter(controlCharacters, AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, List<RequestAuthorizations> rules,
			LoginFailureHandler failureHandler, LoginSuccessHandler successHandler, LoginThrottle throttle,
			ObjectProvider<ClientRegistrationRepository> oidcRegistrations, OidcAccountMapper oidcAccounts,
			OversizedUploads oversizedUploads, ControlCharacterFilter controlCharacters,
			@Value("${teilhabe.security.csp.img-src:}") String extraImageSources) throws Exception {
		ClientRegistrationRepository registrations = oidcRegistrations.getIfAvailable();
		if (registrations != null) {
			if (registrations instanceof Iterable<?> all) {
				@SuppressWarnings("unchecked")
				Iterable<ClientRegistration> each = (Iterable<ClientRegistration>) all;
				oidcAccounts.requireTenants(each);
			}
			// OIDC beside local logins: the identity provider's user must exist here
			http.oauth2Login((oidc) -> oidc.loginPage("/login")
				.failureUrl("/login?error")
				.successHandler(successHandler)
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(new LocalOidcUserService(oidcAccounts))));
		}
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new OversizedUploadFilter(oversizedUploads), CsrfFilter.class)
			// before the CSRF check and the login form read fields (inside the oversize
			// filter)
			.addFilterBefore(controlCharacters, CsrfFilter.class)
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(failureHandler)
				.successHandler(successHandler)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> pageHeaders(headers, extraImageSources))
			.authorizeHttpRequests((requests) -> {
				requests
					.requestMatchers("/login", "/error", "/kern/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
							"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
							"/swagger-ui.html", "/swagger-ui/**")
					.permitAll();
				authorize(requests, rules);
			});
		return http.build();
	}

	/**
	 * The tenants' public pages ({@code /p/**}) and the council's OParl API
	 * ({@code /oparl/**}): the same for every visitor, so anonymous and lean: no session
	 * is read or created (a signed-in user's cookie is ignored here), no CSRF token, no
	 * saved request; the same security headers as every page.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicPagesChain(HttpSecurity http, List<RequestAuthorizations> rules,
			ControlCharacterFilter controlCharacters,
			@Value("${teilhabe.security.csp.img-src:}") String extraImageSources) throws Exception {
		http.securityMatcher("/p/**", "/oparl/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			// no request wrapper: the pages ask nothing of the (anonymous) user
			.servletApi((servletApi) -> servletApi.disable())
			.anonymous(Customizer.withDefaults())
			.headers((headers) -> pageHeaders(headers, extraImageSources))
			.authorizeHttpRequests((requests) -> authorize(requests, rules))
			.addFilterAfter(controlCharacters, AuthorizationFilter.class);
		return http.build();
	}

	private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, String extraImageSources) {
		headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:"
					+ (extraImageSources.isBlank() ? "" : " " + extraImageSources.strip())
					+ "; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
			// no path or query (one-time links, search terms) in the Referer to other
			// sites
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<RequestAuthorizations> rules) {
		rules.forEach((rule) -> rule.configure(requests));
		requests.anyRequest().denyAll();
		requests.withObjectPostProcessor(OneLookupAuthorization.postProcessor());
	}

}
