package de.teilhabe.network.form;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 639 language codes: the two-letter codes (639-1), their three-letter forms (639-2)
 * and a few 639-3 codes the offices need that have no two-letter code (Kurdish Sorani and
 * Kurmanji, Dari, German Sign Language).
 */
public final class LanguageCodes {

	private static final Set<String> CODES = new HashSet<>();

	static {
		for (String code : Locale.getISOLanguages()) {
			CODES.add(code);
			try {
				CODES.add(new Locale(code).getISO3Language());
			}
			catch (java.util.MissingResourceException ex) {
				// no three-letter form known
			}
		}
		CODES.addAll(Set.of("ckb", "kmr", "prs", "gsg", "sgn"));
	}

	private LanguageCodes() {
	}

	/** The code in lower case if it is a known ISO 639 code, else null. */
	public static String parse(String code) {
		String lower = code.strip().toLowerCase(Locale.ROOT);
		return CODES.contains(lower) ? lower : null;
	}

	/** The language's name in the given locale (the code itself if Java has no name). */
	public static String name(String code, Locale locale) {
		String name = new Locale(code).getDisplayLanguage(locale);
		return (name.isEmpty() || name.equals(code)) ? code : name;
	}

}
