package de.teilhabe.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages people pick by name wherever a form asks for languages: a reference list
 * shipped with the platform ({@code reference/languages/languages.tsv}, ISO 639 codes
 * with German, English and native names and the writing direction). Records store the
 * codes; people read the names.
 */
public final class Languages {

	static final String RESOURCE = "/reference/languages/languages.tsv";

	/** Leichte Sprache, German in easy-to-read form (its own variant of German). */
	public static final String EASY_GERMAN = "de-x-ls";

	/**
	 * The languages a new tenant's public pages offer, in this order, until its ADMIN
	 * changes them (settings page).
	 */
	public static final List<String> PUBLIC_DEFAULT = List.of("de", "en", "ar", "fa", "prs", "ckb", "kmr", "tr", "ru",
			"uk", "pl", "ro", "ti", "so", "fr", EASY_GERMAN);

	private static final Map<String, Language> BY_CODE = load();

	/** The three-letter forms (ISO 639-2) of two-letter codes, e.g. {@code ara} → ar. */
	private static final Map<String, Language> BY_THREE_LETTER_CODE = threeLetterCodes();

	private Languages() {
	}

	/** Every language of the list, in the order of the file. */
	public static Collection<Language> all() {
		return BY_CODE.values();
	}

	/** Every language, sorted by its name in the reader's language. */
	public static List<Language> sortedByName(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return BY_CODE.values()
			.stream()
			.sorted(Comparator.comparing((Language language) -> language.name(locale), collator))
			.toList();
	}

	/**
	 * The language of a code (case-insensitive, surrounding blanks ignored; the
	 * three-letter form of a two-letter code finds it too).
	 */
	public static Optional<Language> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String key = code.strip().toLowerCase(Locale.ROOT);
		Language language = BY_CODE.get(key);
		return Optional.ofNullable((language != null) ? language : BY_THREE_LETTER_CODE.get(key));
	}

	/**
	 * The name of a code in the reader's language and in itself (Arabisch – العربية); a
	 * code outside the list keeps the name Java knows, else the code.
	 */
	public static String displayName(String code, Locale locale) {
		return find(code).map((language) -> language.displayName(locale)).orElseGet(() -> {
			String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
			return (name.isEmpty() || name.equalsIgnoreCase(code)) ? code : name;
		});
	}

	/** The names of several codes, joined with commas (for lists, diffs and exports). */
	public static String displayNames(Collection<String> codes, Locale locale) {
		return String.join(", ", codes.stream().map((code) -> displayName(code, locale)).toList());
	}

	private static Map<String, Language> threeLetterCodes() {
		Map<String, Language> codes = new LinkedHashMap<>();
		for (Language language : BY_CODE.values()) {
			if (language.code().length() == 2) {
				try {
					codes.putIfAbsent(Locale.forLanguageTag(language.code()).getISO3Language(), language);
				}
				catch (java.util.MissingResourceException ex) {
					// Java knows no three-letter form
				}
			}
		}
		return codes;
	}

	private static Map<String, Language> load() {
		Map<String, Language> languages = new LinkedHashMap<>();
		try (InputStream in = Languages.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line : reader.lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				if (cells.length != 5) {
					throw new IllegalStateException(RESOURCE + ": 5 tab-separated cells expected in: " + line);
				}
				Language language = new Language(cells[0], cells[1], cells[2], cells[3],
						Language.Direction.valueOf(cells[4].toUpperCase(Locale.ROOT)));
				if (languages.put(language.code(), language) != null) {
					throw new IllegalStateException(RESOURCE + ": code " + language.code() + " twice");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return languages;
	}

}
