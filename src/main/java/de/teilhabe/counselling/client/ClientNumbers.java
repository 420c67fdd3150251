package de.teilhabe.counselling.client;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Pseudonymous client numbers such as {@code K-7F3K-9QX2}: eight random characters of
 * Crockford's base 32 (no I, L, O, U: nothing to misread on the phone), derived from
 * nothing about the person, unique per tenant (the store draws again on a collision).
 */
final class ClientNumbers {

	static final Pattern FORMAT = Pattern.compile("K-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ClientNumbers() {
	}

	static String next() {
		StringBuilder number = new StringBuilder("K-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				number.append('-');
			}
			number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return number.toString();
	}

	/** Whether a search text is a client number (any case, spaces around ignored). */
	static boolean looksLikeOne(String text) {
		return text != null && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
	}

}
