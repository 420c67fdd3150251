package de.teilhabe.portal.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The directory's filters as the query string carries them (a GET form: works without
 * JavaScript, every result page has its own address). Read from the raw parameters; a
 * value that is not one of the choices is named in {@link #errors} (by parameter), the
 * page then answers 400 with the form and the message at the field.
 *
 * @param gemeinde the key (AGS) of one of the tenant's Gemeinden, or null
 * @param sprache an ISO 639 code of the reference list, or null
 * @param thema a field of work (e.g. {@code LANGUAGE}), or null
 * @param zielgruppe one of the target groups entered, or null
 * @param kosten {@code kostenlos} or {@code kostenpflichtig}, or null
 * @param art {@code organisationen} or {@code angebote}, or null for both
 * @param jetzt only what is open now
 * @param seite the result page, from 1
 * @param errors the parameters whose values are not understood, with the message key
 */
public record DirectoryFilter(String gemeinde, String sprache, String thema, String zielgruppe, String kosten,
		String art, boolean jetzt, int seite, Map<String, String> errors) {

	static final String FREE = "kostenlos";

	static final String WITH_COST = "kostenpflichtig";

	static final String ORGANISATIONS = "organisationen";

	static final String OFFERS = "angebote";

	/** The parameters in the order of the form (and of the cache key). */
	static final List<String> NAMES = List.of("gemeinde", "sprache", "thema", "zielgruppe", "kosten", "art", "jetzt",
			"seite");

	private static final int LONGEST = 200;

	/**
	 * The choices a value is checked against.
	 *
	 * @param gemeinden the tenant's Gemeinden (keys)
	 * @param languages the known language codes
	 * @param topics the fields of work
	 * @param targetGroups the target groups entered
	 */
	record Choices(Set<String> gemeinden, Predicate<String> languages, Set<String> topics, Set<String> targetGroups) {
	}

	/** Reads the parameters; an empty value is no filter. */
	static DirectoryFilter read(Map<String, String[]> parameters, Choices choices) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : NAMES) {
			String[] given = parameters.get(name);
			if (given == null || given.length == 0 || given[0] == null || given[0].isBlank()) {
				continue;
			}
			String value = given[0].strip();
			if (given.length > 1 || value.length() > LONGEST || value.chars().anyMatch(Character::isISOControl)) {
				errors.put(name, "portal.directory.error.value");
				continue;
			}
			values.put(name, value);
		}
		String gemeinde = check(values, "gemeinde", choices.gemeinden()::contains, errors);
		String sprache = check(values, "sprache", choices.languages(), errors);
		String thema = check(values, "thema", choices.topics()::contains, errors);
		String zielgruppe = check(values, "zielgruppe", choices.targetGroups()::contains, errors);
		String kosten = check(values, "kosten", Set.of(FREE, WITH_COST)::contains, errors);
		String art = check(values, "art", Set.of(ORGANISATIONS, OFFERS)::contains, errors);
		boolean jetzt = check(values, "jetzt", "ja"::equals, errors) != null;
		int seite = 1;
		String page = check(values, "seite", (value) -> value.matches("[1-9][0-9]{0,4}"), errors);
		if (page != null) {
			seite = Integer.parseInt(page);
		}
		return new DirectoryFilter(gemeinde, sprache, thema, zielgruppe, kosten, art, jetzt, seite, Map.copyOf(errors));
	}

	private static String check(Map<String, String> values, String name, Predicate<String> valid,
			Map<String, String> errors) {
		String value = values.get(name);
		if (value == null || errors.containsKey(name)) {
			return null;
		}
		if (!valid.test(value)) {
			errors.put(name, "portal.directory.error." + name);
			return null;
		}
		return value;
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	/** Whether any filter is set (the page is not the whole directory). */
	public boolean any() {
		return this.gemeinde != null || this.sprache != null || this.thema != null || this.zielgruppe != null
				|| this.kosten != null || this.art != null || this.jetzt;
	}

	/**
	 * The filters as query parameters (without the page), in a fixed order: the cache key
	 * and the pager's links.
	 */
	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "gemeinde", this.gemeinde);
		put(query, "sprache", this.sprache);
		put(query, "thema", this.thema);
		put(query, "zielgruppe", this.zielgruppe);
		put(query, "kosten", this.kosten);
		put(query, "art", this.art);
		put(query, "jetzt", this.jetzt ? "ja" : null);
		return query;
	}

	/** The same filters on another result page. */
	DirectoryFilter page(int page) {
		return new DirectoryFilter(this.gemeinde, this.sprache, this.thema, this.zielgruppe, this.kosten, this.art,
				this.jetzt, page, this.errors);
	}

	/** The key of the filters and the page in the cache. */
	String key() {
		List<String> parts = new ArrayList<>();
		query().forEach((name, value) -> parts.add(name + "=" + value));
		parts.add("seite=" + this.seite);
		return String.join("&", parts);
	}

	private static void put(Map<String, String> query, String name, String value) {
		if (value != null) {
			query.put(name, value);
		}
	}

}
