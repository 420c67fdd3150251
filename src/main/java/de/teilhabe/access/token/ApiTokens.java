package de.teilhabe.access.token;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.Secrets;

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

	/** How exactly the time of a token's last use is kept. */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The user a valid token belongs to; records its use. One statement, atomic on its
	 * own: no transaction around it (a BEGIN and a COMMIT round trip on every bearer
	 * request).
	 */
	public Optional<UUID> authenticate(String token) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String hash = hash(token);
		// the time of last use is written at most once a minute: an update on every
		// request
		// made concurrent requests with one token wait for each other's row lock (the row
		// is
		// locked only where the update's condition holds)
		return this.jdbc.sql("""
				WITH touched AS (UPDATE api_token SET last_used_at = ?
				  WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
				    AND (last_used_at IS NULL OR last_used_at < ?))
				SELECT user_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
			.params(now, hash, now, now.minus(LAST_USE_PRECISION), hash, now)
			.query(UUID.class)
			.optional();
	}

	/** Creates a token and returns its clear text: the only time anybody sees it. */
	@Transactional
	public String create(UUID tenantId, UUID userId, String name, Instant expiresAt) {
		String token = Secrets.random(PREFIX);
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

	/** The tokens of a user, newest first, with their status now. */
	@Transactional(readOnly = true)
	public List<TokenInfo> list(UUID tenantId, UUID userId) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
				WHERE tenant_id = ? AND user_id = ? ORDER BY created_at DESC, name""")
			.params(tenantId, userId)
			.query((rs, row) -> {
				OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
				OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
				TokenStatus status = (revoked != null) ? TokenStatus.REVOKED
						: expires.isAfter(now) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
				return new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getObject("created_at", OffsetDateTime.class), expires,
						rs.getObject("last_used_at", OffsetDateTime.class), revoked, status);
			})
			.list();
	}

	/**
	 * Revokes one of the user's own tokens.
	 * @return false if the user has no such token
	 */
	@Transactional
	public boolean revoke(UUID tenantId, UUID userId, UUID tokenId) {
		int found = this.jdbc.sql("""
				UPDATE api_token SET revoked_at = coalesce(revoked_at, ?)
				WHERE tenant_id = ? AND user_id = ? AND id = ?""")
			.params(OffsetDateTime.now(this.clock), tenantId, userId, tokenId)
			.update();
		return found > 0;
	}

	/**
	 * Revokes every token of a user that is not revoked yet (deactivation).
	 * @return how many were revoked
	 */
	@Transactional
	public int revokeAll(UUID tenantId, UUID userId) {
		return this.jdbc.sql("""
				UPDATE api_token SET revoked_at = ?
				WHERE tenant_id = ? AND user_id = ? AND revoked_at IS NULL""")
			.params(OffsetDateTime.now(this.clock), tenantId, userId)
			.update();
	}

	static String hash(String token) {
		return Secrets.sha256(token);
	}

	/** Whether a token can be used. */
	public enum TokenStatus {

		ACTIVE, EXPIRED, REVOKED

	}

	/**
	 * A token as its owner sees it (never its text).
	 *
	 * @param id its id
	 * @param name the name its owner gave it
	 * @param createdAt when it was created
	 * @param expiresAt when it expires
	 * @param lastUsedAt its last use (null if never used)
	 * @param revokedAt when it was revoked (null if not)
	 * @param status its status now
	 */
	public record TokenInfo(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, TokenStatus status) {
	}

}
