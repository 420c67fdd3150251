package de.teilhabe.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets (API tokens, one-time links, confirmation links, calendar addresses) and
 * the hashes they are stored as: the database never holds a secret itself.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** 256 random bits, URL-safe, after the given prefix. */
	public static String random(String prefix) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** The SHA-256 of a secret as hex: what the database stores. */
	public static String sha256(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
