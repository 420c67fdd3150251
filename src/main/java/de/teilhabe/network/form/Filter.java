package de.teilhabe.network.form;

import java.util.Locale;

import de.teilhabe.shared.web.BadRequestException;

/**
 * Search and filters of the lists and the read API; empty strings for "any".
 *
 * @param q text, matched anywhere in names, descriptions and tags
 * @param kind the kind of organisation or offer (enum name)
 * @param language an ISO 639 code
 * @param region a Gemeinde key (AGS)
 * @param field a field of work (enum name)
 */
public record Filter(String q, String kind, String language, String region, String field) {

	public Filter {
		q = clean(q);
		kind = clean(kind);
		language = clean(language).toLowerCase(Locale.ROOT);
		region = clean(region);
		field = clean(field);
		if (q.length() > 200) {
			throw new BadRequestException("network.error.filter.q");
		}
		if (!region.isEmpty() && !region.matches("[0-9]{8}")) {
			throw new BadRequestException("network.error.filter.region");
		}
	}

	/** The text as it is matched against the lower-case search text, LIKE-escaped. */
	public String likePattern() {
		String escaped = this.q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
