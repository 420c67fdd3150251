package de.teilhabe.counselling.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and edit a client: the responsible counsellor and the named deputies
 * (other counsellors of the team); any other counsellor of the tenant only through a
 * break-glass access with a reason, which lasts {@link #BREAK_GLASS_DURATION} and is
 * shown to the PRIVACY_OFFICER for review. The client itself is looked up by the caller
 * (another tenant's client is not found there: 404).
 */
@Service
public class ClientAccess {

	/** How long a break-glass access lasts. */
	public static final Duration BREAK_GLASS_DURATION = Duration.ofHours(4);

	/** The longest break-glass reason. */
	public static final int MAX_REASON = 500;

	/** The shortest break-glass reason (a word is no reason). */
	public static final int MIN_REASON = 10;

	public static final EncryptedColumn REASON = EncryptedColumn.of("counselling_break_glass", "reason_sealed");

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final AuditLog audit;

	private final UserDirectory users;

	private final Clock clock;

	ClientAccess(JdbcClient jdbc, FieldEncryption fields, AuditLog audit, UserDirectory users, Clock clock) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * How the user may read a client whose responsible counsellor is known.
	 * @param responsibleId the client's responsible counsellor
	 */
	public Grant grant(Actor actor, UUID clientId, UUID responsibleId) {
		return grants(actor, Map.of(clientId, responsibleId)).get(clientId);
	}

	/**
	 * How the user may read each of these clients (client id → responsible counsellor).
	 */
	public Map<UUID, Grant> grants(Actor actor, Map<UUID, UUID> responsibleByClient) {
		Map<UUID, Grant> grants = new HashMap<>();
		if (responsibleByClient.isEmpty()) {
			return grants;
		}
		UUID[] ids = responsibleByClient.keySet().toArray(UUID[]::new);
		Set<UUID> deputyOf = new java.util.HashSet<>(this.jdbc
			.sql("SELECT client_id FROM counselling_client_deputy WHERE tenant_id = ? AND user_id = ? "
					+ "AND client_id = ANY(?)")
			.params(actor.tenantId(), actor.userId(), ids)
			.query(UUID.class)
			.list());
		Map<UUID, String> breakGlass = new HashMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT ON (client_id) id, client_id, reason_sealed, expires_at FROM counselling_break_glass
				WHERE tenant_id = ? AND user_id = ? AND client_id = ANY(?) AND expires_at > ?
				ORDER BY client_id, expires_at DESC""")
			.params(actor.tenantId(), actor.userId(), ids, now())
			.query((rs, row) -> breakGlass.put(rs.getObject("client_id", UUID.class),
					this.fields.decrypt(REASON, actor.tenantId(), rs.getObject("id", UUID.class),
							rs.getBytes("reason_sealed"))))
			.list();
		responsibleByClient.forEach((client, responsible) -> {
			if (actor.userId().equals(responsible)) {
				grants.put(client, new Grant(Kind.RESPONSIBLE, null));
			}
			else if (deputyOf.contains(client)) {
				grants.put(client, new Grant(Kind.DEPUTY, null));
			}
			else if (breakGlass.containsKey(client)) {
				grants.put(client, new Grant(Kind.BREAK_GLASS, breakGlass.get(client)));
			}
			else {
				grants.put(client, new Grant(Kind.NONE, null));
			}
		});
		return grants;
	}

	/**
	 * Opens a client for a counsellor who is neither responsible nor deputy, for
	 * {@link #BREAK_GLASS_DURATION}, recorded with its reason and audited (shown to the
	 * PRIVACY_OFFICER).
	 * @return when the access ends
	 */
	@Transactional
	public OffsetDateTime breakGlass(Actor actor, UUID clientId, String reason) {
		OffsetDateTime now = now();
		OffsetDateTime until = now.plus(BREAK_GLASS_DURATION);
		UUID id = UUID.randomUUID();
		String stripped = reason.strip();
		this.jdbc.sql("""
				INSERT INTO counselling_break_glass (tenant_id, id, client_id, user_id, reason_sealed, granted_at,
				                                     expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(actor.tenantId(), id, clientId, actor.userId(),
					this.fields.encrypt(REASON, actor.tenantId(), id, stripped), now, until)
			.update();
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.break-glass", "counselling_client",
				clientId.toString(), "break-glass: " + stripped, "until " + until.toInstant());
		return until;
	}

	/** The deputies of a client: user ids with names, by name. */
	public Map<UUID, String> deputies(UUID tenantId, UUID clientId) {
		Map<UUID, String> counsellors = counsellors(tenantId);
		Map<UUID, String> deputies = new java.util.LinkedHashMap<>();
		List<UUID> ids = this.jdbc
			.sql("SELECT user_id FROM counselling_client_deputy WHERE tenant_id = ? AND client_id = ?")
			.params(tenantId, clientId)
			.query(UUID.class)
			.list();
		counsellors.forEach((id, name) -> {
			if (ids.contains(id)) {
				deputies.put(id, name);
			}
		});
		for (UUID id : ids) {
			deputies.computeIfAbsent(id, (unknown) -> this.users.displayNameOf(tenantId, unknown).orElse("–"));
		}
		return deputies;
	}

	/**
	 * Every break-glass access to a client, oldest first, with who opened it (by name),
	 * when, until when and the reason (decrypted), for the client's Art. 15 export.
	 */
	public List<BreakGlassAccess> breakGlassAccesses(UUID tenantId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT id, user_id, reason_sealed, granted_at, expires_at FROM counselling_break_glass
				WHERE tenant_id = ? AND client_id = ? ORDER BY granted_at, id""")
			.params(tenantId, clientId)
			.query((rs, row) -> new BreakGlassAccess(
					this.users.displayNameOf(tenantId, rs.getObject("user_id", UUID.class)).orElse("–"),
					rs.getObject("granted_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
					this.fields.decrypt(REASON, tenantId, rs.getObject("id", UUID.class),
							rs.getBytes("reason_sealed"))))
			.list();
	}

	/** The active counsellors of the tenant: user ids with names, by name. */
	public Map<UUID, String> counsellors(UUID tenantId) {
		return this.users.activeUsersWithRole(tenantId, Role.COUNSELLOR);
	}

	/**
	 * Sets the deputies of a client (counsellors of the tenant other than the responsible
	 * one; others are left out), audited with their number.
	 * @return the deputies set
	 */
	@Transactional
	public Set<UUID> setDeputies(Actor actor, UUID clientId, UUID responsibleId, Collection<UUID> chosen) {
		Map<UUID, String> counsellors = counsellors(actor.tenantId());
		Set<UUID> deputies = new LinkedHashSet<>();
		for (UUID id : chosen) {
			if (counsellors.containsKey(id) && !id.equals(responsibleId)) {
				deputies.add(id);
			}
		}
		this.jdbc.sql("DELETE FROM counselling_client_deputy WHERE tenant_id = ? AND client_id = ?")
			.params(actor.tenantId(), clientId)
			.update();
		OffsetDateTime now = now();
		for (UUID deputy : deputies) {
			this.jdbc.sql("""
					INSERT INTO counselling_client_deputy (tenant_id, client_id, user_id, added_at, added_by)
					VALUES (?, ?, ?, ?, ?)""").params(actor.tenantId(), clientId, deputy, now, actor.userId()).update();
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.deputies", "counselling_client",
				clientId.toString(), null, "deputies: " + deputies.size());
		return deputies;
	}

	/**
	 * A break-glass access to a client as its Art. 15 export shows it.
	 *
	 * @param counsellor who opened the client, by name
	 * @param grantedAt when
	 * @param expiresAt until when
	 * @param reason the reason given
	 */
	public record BreakGlassAccess(String counsellor, OffsetDateTime grantedAt, OffsetDateTime expiresAt,
			String reason) {
	}

	/**
	 * Break-glass accesses of the tenant in the last days, for the PRIVACY_OFFICER's
	 * start page (the review itself is done in the audit log, category case access).
	 */
	public long countRecentBreakGlass(UUID tenantId, Duration within) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_break_glass WHERE tenant_id = ? AND granted_at > ?")
			.params(tenantId, now().minus(within))
			.query(Long.class)
			.single();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/** How a user may read a client. */
	public enum Kind {

		/** The responsible counsellor. */
		RESPONSIBLE,
		/** A named deputy. */
		DEPUTY,
		/** Through a break-glass access still running. */
		BREAK_GLASS,
		/** Not at all (a break-glass access is possible). */
		NONE;

		/** Whether the user may read and edit. */
		public boolean reads() {
			return this != NONE;
		}

	}

	/**
	 * How a user may read a client, with the break-glass reason if it is one.
	 *
	 * @param kind how
	 * @param reason the break-glass reason, else null
	 */
	public record Grant(Kind kind, String reason) {

		/**
		 * The reason of a read for the audit log: {@code detail}, {@code list} or
		 * {@code break-glass: …}.
		 */
		public String auditReason(String purpose) {
			return (this.kind == Kind.BREAK_GLASS) ? "break-glass: " + this.reason : purpose;
		}

	}

}
