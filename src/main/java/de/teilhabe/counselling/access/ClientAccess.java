package de.teilhabe.counselling.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

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
		// the counsellor's own clients need no look-up (a list of her own shows only
		// them)
		UUID[] ids = responsibleByClient.entrySet()
			.stream()
			.filter((client) -> !actor.userId().equals(client.getValue()))
			.map(Map.Entry::getKey)
			.toArray(UUID[]::new);
		Set<UUID> deputyOf = (ids.length == 0) ? Set.of()
				: new java.util.HashSet<>(this.jdbc
					.sql("SELECT client_id FROM counselling_client_deputy WHERE tenant_id = ? AND user_id = ? "
							+ "AND client_id = ANY(?)")
					.params(actor.tenantId(), actor.userId(), ids)
					.query(UUID.class)
					.list());
		Map<UUID, UUID> breakGlass = new HashMap<>();
		if (ids.length > 0) {
			this.jdbc.sql("""
					SELECT DISTINCT ON (client_id) id, client_id, expires_at FROM counselling_break_glass
					WHERE tenant_id = ? AND user_id = ? AND client_id = ANY(?) AND expires_at > ?
					ORDER BY client_id, expires_at DESC""")
				.params(actor.tenantId(), actor.userId(), ids, now())
				.query((rs, row) -> breakGlass.put(rs.getObject("client_id", UUID.class),
						rs.getObject("id", UUID.class)))
				.list();
		}
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
		return breakGlass(actor.tenantId(), actor.userId(), actor.username(), clientId, reason, now());
	}

	/**
	 * Records a break-glass access of a counsellor given at a time (the demo data's, or
	 * now); audited under the counsellor's name with the access's id, never the reason.
	 * @return when the access ends
	 */
	@Transactional
	public OffsetDateTime breakGlass(UUID tenantId, UUID userId, String username, UUID clientId, String reason,
			OffsetDateTime grantedAt) {
		OffsetDateTime until = grantedAt.plus(BREAK_GLASS_DURATION);
		UUID id = UUID.randomUUID();
		String stripped = reason.strip();
		this.jdbc.sql("""
				INSERT INTO counselling_break_glass (tenant_id, id, client_id, user_id, reason_sealed, granted_at,
				                                     expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, clientId, userId, this.fields.encrypt(REASON, tenantId, id, stripped), grantedAt,
					until)
			.update();
		this.audit.record(new AuditLog.AuditEntry(tenantId, userId, username, AuditCategory.CASE_ACCESS,
				"counselling.client.break-glass", "counselling_client", clientId.toString(), Grant.breakGlassReason(id),
				"until " + until.toInstant()));
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
	 * The break-glass accesses of the tenant no PRIVACY_OFFICER has marked as reviewed
	 * yet, for the officer's start page.
	 */
	public long countUnreviewedBreakGlass(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_break_glass WHERE tenant_id = ? AND reviewed_at IS NULL")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	/**
	 * One page of the tenant's break-glass accesses for the PRIVACY_OFFICER's review,
	 * those not reviewed yet first, then the newest: who, when, until when, which client
	 * (by number), the reason decrypted, and who reviewed it when. The decryption is
	 * recorded in the audit log as one entry for the page (category case access).
	 */
	@Transactional
	public ApiPage<BreakGlassReview> breakGlassForReview(Actor officer, ApiPaging paging) {
		UUID tenantId = officer.tenantId();
		long total = this.jdbc.sql("SELECT count(*) FROM counselling_break_glass WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
		Map<UUID, String> names = new HashMap<>();
		List<BreakGlassReview> rows = this.jdbc.sql("""
				SELECT b.id, b.user_id, b.reason_sealed, b.granted_at, b.expires_at, b.reviewed_at, b.reviewed_by,
				       c.client_number
				FROM counselling_break_glass b
				JOIN counselling_client c ON c.tenant_id = b.tenant_id AND c.id = b.client_id
				WHERE b.tenant_id = ?
				ORDER BY (b.reviewed_at IS NULL) DESC, b.granted_at DESC, b.id LIMIT ? OFFSET ?""")
			.params(tenantId, paging.size(), paging.offset())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID reviewer = rs.getObject("reviewed_by", UUID.class);
				return new BreakGlassReview(id, name(tenantId, rs.getObject("user_id", UUID.class), names),
						rs.getString("client_number"), rs.getObject("granted_at", OffsetDateTime.class),
						rs.getObject("expires_at", OffsetDateTime.class),
						this.fields.decrypt(REASON, tenantId, id, rs.getBytes("reason_sealed")),
						rs.getObject("reviewed_at", OffsetDateTime.class),
						(reviewer != null) ? name(tenantId, reviewer, names) : null);
			})
			.list();
		this.audit.recordBatch(AuditCategory.CASE_ACCESS, "counselling.break-glass.read", "counselling_break_glass",
				rows.stream().map((row) -> row.id().toString()).toList(), "break-glass review");
		return ApiPage.of(rows, paging, total);
	}

	/**
	 * Marks a break-glass access of the officer's tenant as reviewed (once; a second
	 * marking changes nothing), audited.
	 * @return whether the tenant has such an access
	 */
	@Transactional
	public boolean markReviewed(Actor officer, UUID breakGlassId) {
		Optional<OffsetDateTime> reviewed = this.jdbc
			.sql("SELECT reviewed_at FROM counselling_break_glass WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(officer.tenantId(), breakGlassId)
			.query((rs, row) -> Optional.ofNullable(rs.getObject("reviewed_at", OffsetDateTime.class)))
			.optional()
			.orElse(null);
		if (reviewed == null) {
			return false;
		}
		if (reviewed.isEmpty()) {
			this.jdbc.sql("""
					UPDATE counselling_break_glass SET reviewed_at = ?, reviewed_by = ?
					WHERE tenant_id = ? AND id = ?""")
				.params(now(), officer.userId(), officer.tenantId(), breakGlassId)
				.update();
			this.audit.record(AuditCategory.PRIVACY, "counselling.break-glass.reviewed", "counselling_break_glass",
					breakGlassId.toString(), null);
		}
		return true;
	}

	private String name(UUID tenantId, UUID userId, Map<UUID, String> names) {
		return names.computeIfAbsent(userId, (id) -> this.users.displayNameOf(tenantId, id).orElse("–"));
	}

	/**
	 * A break-glass access as the PRIVACY_OFFICER reviews it.
	 *
	 * @param id the access
	 * @param counsellor who opened the client, by name
	 * @param clientNumber the client's number
	 * @param grantedAt when
	 * @param expiresAt until when
	 * @param reason the reason given, decrypted
	 * @param reviewedAt when it was marked as reviewed, null if not yet
	 * @param reviewedBy who marked it, by name
	 */
	public record BreakGlassReview(UUID id, String counsellor, String clientNumber, OffsetDateTime grantedAt,
			OffsetDateTime expiresAt, String reason, OffsetDateTime reviewedAt, String reviewedBy) {
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
	 * How a user may read a client, with the break-glass access if it is one.
	 *
	 * @param kind how
	 * @param breakGlassId the running break-glass access (its reason is stored encrypted
	 * with it), else null
	 */
	public record Grant(Kind kind, UUID breakGlassId) {

		/**
		 * The reason of a read for the audit log: {@code detail}, {@code list} or
		 * {@code break-glass access <id>} (never the reason typed: it may describe the
		 * person's situation and the audit log keeps its entries after an erasure; the
		 * PRIVACY_OFFICER reads it, decrypted, on the review page).
		 */
		public String auditReason(String purpose) {
			return (this.kind == Kind.BREAK_GLASS) ? breakGlassReason(this.breakGlassId) : purpose;
		}

		/** The audit reason of a read through a break-glass access. */
		public static String breakGlassReason(UUID breakGlassId) {
			return "break-glass access " + breakGlassId;
		}

	}

}
