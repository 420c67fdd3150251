package de.teilhabe.region.hierarchy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for search so that "Osnabrück", "Osnabrueck" and "osnabruck" match: lower
 * case, umlauts and their two-letter spellings to the bare vowel, ß to ss, other accents
 * dropped. Applied alike to stored names and to queries.
 */
final class SearchNames {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

	private SearchNames() {
	}

	static String fold(String text) {
		String lower = text.strip().toLowerCase(Locale.GERMAN);
		StringBuilder folded = new StringBuilder(lower.length() + 4);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
				case 'ä' -> folded.append('a');
				case 'ö' -> folded.append('o');
				case 'ü' -> folded.append('u');
				case 'ß' -> folded.append("ss");
				default -> {
					if (c < 128) {
						folded.append(c);
					}
					else { // other accents: é → e
						folded.append(
								COMBINING_MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
									.replaceAll(""));
					}
				}
			}
		}
		return folded.toString().replace("ae", "a").replace("oe", "o").replace("ue", "u");
	}

}
