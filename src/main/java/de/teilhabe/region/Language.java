package de.teilhabe.region;

import java.util.Locale;

/**
 * A language people in the office's area speak, from the reference list
 * ({@code reference/languages/languages.tsv}): the one code list of every module and of
 * the public pages' addresses.
 *
 * @param code ISO 639 code (639-1 where there is one, else 639-3, e.g. {@code prs}); a
 * variant of a language is a BCP 47 private-use tag, Leichte Sprache is {@code de-x-ls}
 * @param nameDe its German name, e.g. Arabisch
 * @param nameEn its English name, e.g. Arabic
 * @param nativeName its name in itself, e.g. العربية
 * @param direction how it is written
 */
public record Language(String code, String nameDe, String nameEn, String nativeName, Direction direction) {

	/** Writing direction. */
	public enum Direction {

		LTR, RTL

	}

	/** Its name in the reader's language (German for any locale but English). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameDe;
	}

	/**
	 * Its name in the reader's language and in itself, e.g. Arabisch – العربية; only one
	 * name where both are the same (Deutsch).
	 */
	public String displayName(Locale locale) {
		String name = name(locale);
		return name.equals(this.nativeName) ? name : name + " – " + this.nativeName;
	}

	public boolean rightToLeft() {
		return this.direction == Direction.RTL;
	}

	/** The value of HTML's {@code dir} attribute: {@code rtl} or {@code ltr}. */
	public String dir() {
		return rightToLeft() ? "rtl" : "ltr";
	}

	/**
	 * The language this one is a variant of ({@code de} for Leichte Sprache
	 * {@code de-x-ls}), or null for a language of its own.
	 */
	public String variantOf() {
		int privateUse = this.code.indexOf("-x-");
		return (privateUse > 0) ? this.code.substring(0, privateUse) : null;
	}

	/**
	 * The locale texts are looked up in. A variant ({@code de-x-ls}) is its base language
	 * with the private-use part as the locale's variant ({@code de__ls}): resource
	 * bundles ignore a private-use tag, but read a variant, so a bundle
	 * {@code <name>_de__ls.properties} holds the variant's own texts and every text it
	 * lacks falls back to the base language (German).
	 */
	public Locale locale() {
		String base = variantOf();
		if (base == null) {
			return Locale.forLanguageTag(this.code);
		}
		return Locale.forLanguageTag(base + "-x-lvariant-" + this.code.substring(base.length() + "-x-".length()));
	}

}
