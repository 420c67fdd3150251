package de.teilhabe.network.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Organisation names as compared for the duplicate warning: lower case, umlauts folded,
 * legal forms (e.V., gGmbH, ...) and punctuation removed.
 */
final class NameNormaliser {

	private static final Pattern LEGAL_FORMS = Pattern
		.compile("\\b(e\\s?\\.?\\s?v\\.?|ggmbh|gmbh|ug|ag|kg|kgaa|eg|gbr)(?=\\s|$)");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private NameNormaliser() {
	}

	static String normalise(String name) {
		String lower = name.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String withoutForms = LEGAL_FORMS.matcher(lower).replaceAll(" ");
		return NON_ALPHANUMERIC.matcher(withoutForms).replaceAll(" ").strip();
	}

}
