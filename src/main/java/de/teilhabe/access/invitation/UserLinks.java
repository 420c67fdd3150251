package de.teilhabe.access.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.Secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password ({@code /invitation/{token}}): invitations, password
 * resets and the setup of the first administrator. The token is random and stored only as
 * a hash; a new link of a user ends the user's older unused ones.
 */
@Service
public class UserLinks {

	/** How long an invitation or reset link is valid. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	/** How long the setup link of the first administrator is valid. */
	public static final Duration SETUP_VALIDITY = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Environment environment;

	private final String baseUrl;

	UserLinks(JdbcClient jdbc, Clock clock, Environment environment, @Value("${teilhabe.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.environment = environment;
		this.baseUrl = baseUrl;
	}

	/**
	 * Creates a link for a user and ends the user's older unused links.
	 * @return the token (only ever in the mail or the log)
	 */
	@Transactional
	public String create(UUID tenantId, UUID userId, Purpose purpose, Duration validity) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("UPDATE user_link SET used_at = ? WHERE tenant_id = ? AND user_id = ? AND used_at IS NULL")
			.params(now, tenantId, userId)
			.update();
		String token = Secrets.random("");
		this.jdbc.sql("""
				INSERT INTO user_link (id, tenant_id, user_id, purpose, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), tenantId, userId, purpose.name(), Secrets.sha256(token), now, now.plus(validity))
			.update();
		return token;
	}

	/** The absolute address of a link, for mails and the log. */
	public String url(String token) {
		return base() + "/invitation/" + token;
	}

	/** Where the platform is reached: {@code teilhabe.base-url}, else this server. */
	public String base() {
		if (!this.baseUrl.isBlank()) {
			return this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	/** The link of a token as it is now (empty if there is no such link). */
	@Transactional(readOnly = true)
	public Optional<Link> find(String token) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				SELECT l.id, l.tenant_id, l.user_id, l.purpose, l.expires_at, l.used_at, u.username, u.active
				FROM user_link l JOIN app_user u ON u.id = l.user_id AND u.tenant_id = l.tenant_id
				WHERE l.token_hash = ?""").param(Secrets.sha256(token)).query((rs, row) -> {
			LinkState state;
			if (rs.getObject("used_at") != null || !rs.getBoolean("active")) {
				state = LinkState.USED;
			}
			else if (!rs.getObject("expires_at", OffsetDateTime.class).isAfter(now)) {
				state = LinkState.EXPIRED;
			}
			else {
				state = LinkState.VALID;
			}
			return new Link(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getObject("user_id", UUID.class), rs.getString("username"),
					Purpose.valueOf(rs.getString("purpose")), state);
		}).optional();
	}

	/**
	 * Marks a link used, if it still is valid (a second submit of the same link loses).
	 * @return whether this call used it
	 */
	@Transactional
	public boolean use(Link link) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				UPDATE user_link SET used_at = ?
				WHERE tenant_id = ? AND id = ? AND used_at IS NULL AND expires_at > ?""")
			.params(now, link.tenantId(), link.id(), now)
			.update() == 1;
	}

	/** Why a link was made. */
	public enum Purpose {

		INVITATION, PASSWORD_RESET, SETUP

	}

	/** Whether a link can still be used. */
	public enum LinkState {

		VALID, USED, EXPIRED

	}

	/**
	 * A one-time link.
	 *
	 * @param id its id
	 * @param tenantId the user's tenant
	 * @param userId whose password it sets
	 * @param username that user's login name
	 * @param purpose why it was made
	 * @param state whether it can be used now
	 */
	public record Link(UUID id, UUID tenantId, UUID userId, String username, Purpose purpose, LinkState state) {
	}

}
