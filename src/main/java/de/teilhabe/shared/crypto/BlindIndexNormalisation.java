package de.teilhabe.shared.crypto;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a value is normalised before its blind index is computed, so that a lookup finds
 * the row whatever case or spacing the searcher typed. Every form but {@link #NONE} first
 * applies Unicode NFKC (full-width and compatibility letters become their plain form).
 */
public enum BlindIndexNormalisation {

	/**
	 * Text such as a name: leading and trailing white space removed, inner runs of white
	 * space become one space, lower case (locale-independent).
	 */
	TEXT {
		@Override
		String apply(String value) {
			return WHITESPACE.matcher(nfkc(value).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
		}
	},

	/** An e-mail address: all white space removed, lower case. */
	EMAIL {
		@Override
		String apply(String value) {
			return WHITESPACE.matcher(nfkc(value)).replaceAll("").toLowerCase(Locale.ROOT);
		}
	},

	/**
	 * A telephone number: digits only, a leading {@code +} or {@code 00} kept as
	 * {@code +} (so {@code +49 541 123-45} and {@code 0049 (541) 12345} are equal; a
	 * national {@code 0541 12345} is not turned into {@code +49}).
	 */
	PHONE {
		@Override
		String apply(String value) {
			String plain = nfkc(value).strip();
			boolean international = plain.startsWith("+");
			String digits = NOT_DIGIT.matcher(plain).replaceAll("");
			if (!international && digits.startsWith("00")) {
				return "+" + digits.substring(2);
			}
			return international ? "+" + digits : digits;
		}
	},

	/** Exactly as given (for codes and identifiers that are compared as they are). */
	NONE {
		@Override
		String apply(String value) {
			return value;
		}
	};

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

	private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

	/** The normalised form of a value. */
	abstract String apply(String value);

	private static String nfkc(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFKC);
	}

}
