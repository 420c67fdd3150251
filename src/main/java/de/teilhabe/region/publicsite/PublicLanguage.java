package de.teilhabe.region.publicsite;

import java.util.List;
import java.util.Locale;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;

/**
 * A language of the public pages.
 *
 * @param code ISO 639 code as used in the path, e.g. {@code de}
 * @param name its name in itself, e.g. Deutsch
 * @param rightToLeft whether it is written right to left (Arabic, Farsi, Dari, Sorani …)
 */
public record PublicLanguage(String code, String name, boolean rightToLeft) {

	/** The languages the public pages offer (more follow with the portal module). */
	static final List<PublicLanguage> ALL = List.of(of("de"), of("en"));

	private static PublicLanguage of(String code) {
		Language language = Languages.find(code)
			.orElseThrow(() -> new IllegalStateException("No language " + code + " in the reference list"));
		return new PublicLanguage(language.code(), language.nativeName(), language.rightToLeft());
	}

	static PublicLanguage find(String code) {
		return ALL.stream().filter((language) -> language.code.equals(code)).findFirst().orElse(null);
	}

	Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

}
