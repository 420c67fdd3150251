package de.teilhabe.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The one locale decision of every request: on a public path
 * ({@code /p/{slug}/{language}/…}, or the public path whose error is being answered) the
 * language of its language segment ({@link PublicSite#locale}, German when it names no
 * language of the public pages); the staff UI's language cookie is then neither read nor
 * written (a {@code ?lang=} there sets no cookie: anonymous visitors get none).
 * Everywhere else the staff UI's choice (the cookie, German by default).
 */
final class PublicPathLocales implements LocaleContextResolver {

	private static final String PREFIX = "/p/";

	private final LocaleContextResolver staff;

	private final ObjectProvider<PublicSite> site;

	PublicPathLocales(LocaleContextResolver staff, ObjectProvider<PublicSite> site) {
		this.staff = staff;
		this.site = site;
	}

	/**
	 * The slug and language segments of a public path.
	 *
	 * @param slug the slug segment (as sent)
	 * @param language the language segment (as sent), or null
	 */
	record PublicPath(String slug, @Nullable String language) {

		/**
		 * The public path of the request, or of the request whose error is being answered
		 * (an error dispatch to {@code /error}); null for any other path.
		 */
		@Nullable
		static PublicPath of(HttpServletRequest request) {
			Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String uri = (failed instanceof String address) ? address : request.getRequestURI();
			if (uri == null) {
				return null;
			}
			String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
			if (!path.startsWith(PREFIX)) {
				return null;
			}
			String[] segments = path.substring(PREFIX.length()).split("/", 3);
			return new PublicPath(segments[0], (segments.length > 1 && !segments[1].isEmpty()) ? segments[1] : null);
		}

	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		PublicPath path = PublicPath.of(request);
		return (path != null) ? publicLocale(path) : this.staff.resolveLocale(request);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		PublicPath path = PublicPath.of(request);
		if (path == null) {
			return this.staff.resolveLocaleContext(request);
		}
		return new SimpleLocaleContext(publicLocale(path));
	}

	private Locale publicLocale(PublicPath path) {
		PublicSite site = this.site.getIfAvailable();
		return (site != null) ? site.locale(path.language()) : WebConfiguration.GERMAN;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (PublicPath.of(request) == null) {
			this.staff.setLocale(request, response, locale);
		}
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext context) {
		if (PublicPath.of(request) == null) {
			this.staff.setLocaleContext(request, response, context);
		}
	}

}
