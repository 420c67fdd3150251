package de.teilhabe.region.hierarchy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names for search so that "Osnabrück", "Osnabrueck" and "osnabruck" match: lower
 * case, umlauts and their two-letter spellings to the bare vowel, ß to ss, other accents
 * dropped. Applied alike to stored names and to queries.
 */
final class SearchNames {

	private SearchNames() {
	}

	static String fold(String text) {
		String lower = text.strip().toLowerCase(Locale.GERMAN).replace("ß", "ss");
		String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replace("ae", "a").replace("oe", "o").replace("ue", "u");
	}

}
