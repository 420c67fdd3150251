package de.teilhabe.counselling.statistics;

import java.util.List;
import java.util.Locale;

/**
 * The coarse group of a client's nationality (the client form takes it in words, e.g.
 * {@code syrisch} or {@code deutsch, türkisch}), as the funders' statistics count it:
 * German (also with another nationality), a member state of the EU, Ukraine, one of the
 * eight main countries of origin of asylum seekers of the Bundesagentur für Arbeit
 * (Afghanistan, Eritrea, Irak, Iran, Nigeria, Pakistan, Somalia, Syrien), another third
 * country, stateless, or not known. A person with several nationalities counts in the
 * first group of this order that one of them falls in.
 */
public enum NationalityGroup {

	GERMAN, EU, UKRAINE, ASYLUM_ORIGIN, OTHER_THIRD_COUNTRY, STATELESS, UNKNOWN;

	private static final List<String> GERMAN_STEMS = List.of("deutsch", "german");

	private static final List<String> EU_STEMS = List.of("belgi", "bulgar", "dän", "daen", "danish", "estn", "eston",
			"finn", "französ", "franzoes", "frankreich", "french", "griech", "greek", "irisch", "irish", "irland",
			"ital", "kroat", "croat", "lett", "latvia", "litau", "lithuan", "luxemb", "maltes", "niederländ",
			"niederlaend", "dutch", "holländ", "hollaend", "österreich", "oesterreich", "austria", "poln", "polen",
			"polish", "portug", "rumän", "rumaen", "romania", "schwed", "swed", "slowak", "slovak", "slowen", "sloven",
			"spani", "tschech", "czech", "ungar", "hungar", "zypr", "cypr");

	private static final List<String> ASYLUM_STEMS = List.of("afghan", "eritre", "irak", "iraq", "iran", "nigeria",
			"pakistan", "somali", "syr");

	private static final List<String> STATELESS_STEMS = List.of("staatenlos", "stateless");

	/** The group of a nationality in words (unknown for none). */
	public static NationalityGroup of(String nationality) {
		if (nationality == null || nationality.isBlank()) {
			return UNKNOWN;
		}
		String text = nationality.toLowerCase(Locale.GERMAN);
		if (matches(text, GERMAN_STEMS)) {
			return GERMAN;
		}
		if (matches(text, EU_STEMS)) {
			return EU;
		}
		if (text.contains("ukrain")) {
			return UKRAINE;
		}
		if (matches(text, ASYLUM_STEMS)) {
			return ASYLUM_ORIGIN;
		}
		if (matches(text, STATELESS_STEMS)) {
			return STATELESS;
		}
		if (text.contains("unbekannt") || text.contains("ungeklärt") || text.contains("unknown")) {
			return UNKNOWN;
		}
		return OTHER_THIRD_COUNTRY;
	}

	private static boolean matches(String text, List<String> stems) {
		for (String stem : stems) {
			if (text.contains(stem)) {
				return true;
			}
		}
		return false;
	}

}
