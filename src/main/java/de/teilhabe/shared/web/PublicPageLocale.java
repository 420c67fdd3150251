package de.teilhabe.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The language of a public page ({@code /p/{slug}/{language}/…}) comes from its path:
 * this request is rendered in it, and the staff UI's language cookie is neither read nor
 * touched.
 */
public final class PublicPageLocale {

	private PublicPageLocale() {
	}

	/** Renders this request in the given locale. */
	public static void use(HttpServletRequest request, Locale locale) {
		request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		LocaleContextHolder.setLocale(locale);
	}

}
