package de.teilhabe.strategy.dialog;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Join codes of live capture: eight characters drawn by a secure random generator from 31
 * letters and digits that cannot be mistaken for each other on a projector or typed wrong
 * on a phone (no 0/O, 1/I/L), about 8.5 · 10¹¹ codes. Typed codes are read case
 * insensitively, with spaces and hyphens ignored.
 */
final class JoinCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private JoinCodes() {
	}

	static String draw() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A typed code in its stored form, or empty if it cannot be a join code. */
	static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			return Optional.empty();
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return Optional.empty();
			}
		}
		return Optional.of(code);
	}

	/** A code as shown to people: two groups of four. */
	static String shown(String code) {
		return (code == null) ? null : code.substring(0, 4) + "-" + code.substring(4);
	}

}
