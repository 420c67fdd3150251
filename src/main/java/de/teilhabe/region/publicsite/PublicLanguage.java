package de.teilhabe.region.publicsite;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A language of the public pages.
 *
 * @param code ISO 639 code as used in the path, e.g. {@code de}
 * @param name its name in itself, e.g. "Deutsch"
 */
public record PublicLanguage(String code, String name) {

	/** The languages the public pages offer (more follow with the portal module). */
	static final List<PublicLanguage> ALL = List.of(new PublicLanguage("de", "Deutsch"),
			new PublicLanguage("en", "English"));

	/** Languages written right to left: Arabic, Farsi/Dari, Kurdish (Sorani). */
	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ckb");

	static PublicLanguage find(String code) {
		return ALL.stream().filter((language) -> language.code.equals(code)).findFirst().orElse(null);
	}

	public boolean rightToLeft() {
		return RIGHT_TO_LEFT.contains(this.code);
	}

	Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

}
