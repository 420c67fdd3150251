package de.teilhabe.region.publicsite;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.web.PublicSite;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The public pages' side of the error pages ({@link PublicSite}): the language of a
 * public path's language segment (German when it names no language) and the public layout
 * of the tenant of its slug (a neutral one for an unknown slug), with a link to the
 * tenant's start page in that language.
 */
@Component
class PublicErrorLayout implements PublicSite {

	private static final Language GERMAN = Languages.find("de").orElseThrow();

	/** How a slug is written (see the tenant table); anything else names no tenant. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Tenants tenants;

	private final PlatformMode mode;

	PublicErrorLayout(Tenants tenants, PlatformMode mode) {
		this.tenants = tenants;
		this.mode = mode;
	}

	/**
	 * The language of a path's language segment when the public pages have their texts in
	 * it (the default public languages), else German: an error page must not claim a
	 * language its texts are not in.
	 */
	static Language language(String code) {
		Language language = (code != null) ? PublicPagesController.knownLanguage(code) : null;
		return (language != null && Languages.PUBLIC_DEFAULT.contains(language.code())) ? language : GERMAN;
	}

	@Override
	public Locale locale(String languageCode) {
		return language(languageCode).locale();
	}

	@Override
	public Map<String, Object> errorLayout(String slug, String languageCode) {
		Language language = language(languageCode);
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("demo", this.mode.isDemo());
		attributes.put("language", language);
		// no language switch: the error belongs to one request
		attributes.put("languages", List.of());
		attributes.put("page", "");
		if (slug == null || slug.length() > 63 || !SLUG.matcher(slug).matches()) {
			return attributes;
		}
		try {
			Tenant tenant = this.tenants.findBySlug(slug).orElse(null);
			if (tenant != null) {
				attributes.put("tenant", tenant);
				attributes.put("settings", this.tenants.settings(tenant.id()).orElse(null));
				boolean offered = this.tenants.publicLanguages(tenant.id()).contains(language);
				// a language the tenant does not offer: its first language
				attributes.put("startAddress", "/p/" + tenant.slug() + "/" + (offered ? language.code() + "/" : ""));
			}
		}
		catch (DataAccessException ex) {
			// the error page of an overloaded database: without the tenant
		}
		return attributes;
	}

}
