package de.teilhabe.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Staff UI languages: German by default, English on request ({@code ?lang=en}, remembered
 * in a cookie), public pages in the language of their path; {@code Vary: HX-Request} on
 * every answer (see {@link HtmxPages}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale GERMAN = Locale.GERMAN;

	/**
	 * The staff UI's language from its cookie; on a public path the language of the path
	 * ({@link PublicPathLocales}).
	 */
	@Bean
	LocaleResolver localeResolver(ObjectProvider<PublicSite> publicSite) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("teilhabe-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return new PublicPathLocales(resolver, publicSite);
	}

	/**
	 * Without a chosen language (cookie): German for pages; for the API the
	 * {@code Accept-Language} header if it names a staff language, else German.
	 */
	static Locale defaultLocale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (ErrorResponses.isApi(request) && accepted != null && !accepted.isBlank()) {
			try {
				String language = Locale.lookupTag(Locale.LanguageRange.parse(accepted), LayoutAttributes.LANGUAGES);
				if (language != null) {
					return Locale.forLanguageTag(language);
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header: the default
			}
		}
		return GERMAN;
	}

	/**
	 * Boot's Thymeleaf configuration registers the resource URL encoding filter because
	 * webjars-locator-lite is present (it backs off when this registration exists). It
	 * would rewrite links to versioned resource URLs, which we don't use (the webjar path
	 * without version is resolved when the file is requested), and it looked up every
	 * link of every page (/, /profile, ...) in the classpath locations of the static
	 * resources, uncached because they are no files: half of the time of a page under
	 * load (bench/README.md). Switched off.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The control character check runs inside the security filter chains (see
	 * {@link ControlCharacterFilter}), not before them as a servlet filter of its own.
	 */
	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilterOnlyInTheSecurityChains(
			ControlCharacterFilter filter) {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// the same URL answers a page or an htmx fragment (HtmxPages)
				response.addHeader(HttpHeaders.VARY, HtmxPages.HX_REQUEST);
				return true;
			}
		});
	}

}
