package de.teilhabe.access.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in PostgreSQL. Each entry's hash covers its content and the hash of the
 * tenant's previous entry; a trigger refuses UPDATE and DELETE. Appends to one chain are
 * serialised by a transaction-scoped advisory lock.
 */
@Service
class JdbcAuditLog implements AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditChain chain;

	JdbcAuditLog(JdbcClient jdbc, Clock clock, AuditChain chain) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.chain = chain;
	}

	@Override
	public void record(AuditCategory category, String action, String recordType, String recordId, String reason) {
		Actor actor = CurrentActor.get();
		record(new AuditEntry(actor.tenantId(), actor.userId(), actor.username(), category, action, recordType,
				recordId, reason, null));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		String chain = chainKey(entry.tenantId());
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(chain).query(Object.class).single();
		String previous = this.jdbc.sql("SELECT hash FROM audit_event WHERE chain = ? ORDER BY id DESC LIMIT 1")
			.param(chain)
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		OffsetDateTime at = OffsetDateTime.now(this.clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		StoredEntry stored = new StoredEntry(0, chain, entry.tenantId(), at, entry.actorId(), entry.actorName(),
				entry.category().name(), entry.action(), entry.recordType(), entry.recordId(), entry.reason(),
				entry.details(), previous, null);
		this.jdbc.sql("""
				INSERT INTO audit_event (chain, tenant_id, at, actor_id, actor_name, category, action, record_type,
				                         record_id, reason, details, previous_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(chain, entry.tenantId(), at, entry.actorId(), entry.actorName(), entry.category().name(),
					entry.action(), entry.recordType(), entry.recordId(), entry.reason(), entry.details(), previous,
					stored.computeHash())
			.update();
	}

	/** From the last full check's checkpoint on (see {@link AuditChain}). */
	@Override
	public Long verify(UUID tenantId) {
		return this.chain.verifySinceCheckpoint(tenantId);
	}

	static String chainKey(UUID tenantId) {
		return (tenantId != null) ? tenantId.toString() : "platform";
	}

	/** A row of audit_event as stored. */
	record StoredEntry(long id, String chain, UUID tenantId, OffsetDateTime at, UUID actorId, String actorName,
			String category, String action, String recordType, String recordId, String reason, String details,
			String previousHash, String hash) {

		String computeHash() {
			String content = String.join("\u001f", this.previousHash, this.chain, String.valueOf(this.tenantId),
					this.at.withOffsetSameInstant(ZoneOffset.UTC).toString(), String.valueOf(this.actorId),
					String.valueOf(this.actorName), this.category, this.action, String.valueOf(this.recordType),
					String.valueOf(this.recordId), String.valueOf(this.reason), String.valueOf(this.details));
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
