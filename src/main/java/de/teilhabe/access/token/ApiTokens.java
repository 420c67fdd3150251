package de.teilhabe.access.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created with a name and an expiry, shown once, stored as a SHA-256
 * hash.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "thb_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The user a valid token belongs to; records its use. */
	@Transactional
	public Optional<UUID> authenticate(String token) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Optional<UUID> user = this.jdbc.sql("""
				UPDATE api_token SET last_used_at = ?
				WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
				RETURNING user_id""").params(now, hash(token), now).query(UUID.class).optional();
		return user;
	}

	/** Creates a token and returns its clear text: the only time anybody sees it. */
	@Transactional
	public String create(UUID tenantId, UUID userId, String name, Instant expiresAt) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		store(tenantId, userId, name, token, expiresAt);
		return token;
	}

	/** Stores a token whose text is given (the fixed demo tokens). */
	@Transactional
	public void store(UUID tenantId, UUID userId, String name, String token, Instant expiresAt) {
		this.jdbc.sql("""
				INSERT INTO api_token (id, tenant_id, user_id, name, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), tenantId, userId, name, hash(token), OffsetDateTime.now(this.clock),
					expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
