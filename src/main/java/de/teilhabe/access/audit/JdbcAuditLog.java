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
 * serialised by a transaction-scoped advisory lock, taken by the database function
 * {@code audit_append} together with the head's read and the insert.
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

	/**
	 * One statement (the database function {@code audit_append}): the chain's lock, the
	 * read of its head and the insert with the entry's hash in one round trip, so that
	 * the lock, held to the end of the transaction, is not also held across round trips.
	 * The content to hash is prepared here, outside the lock. Within a transaction the
	 * entry is committed with it (the lock held to its end: an entry never chains onto
	 * one that could still roll back); outside one (a list that only read) the statement
	 * commits by itself, before the answer is sent, and the lock is held only while the
	 * database runs it.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void record(AuditEntry entry) {
		String chain = chainKey(entry.tenantId());
		OffsetDateTime at = OffsetDateTime.now(this.clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		StoredEntry stored = new StoredEntry(0, chain, entry.tenantId(), at, entry.actorId(), entry.actorName(),
				entry.category().name(), entry.action(), entry.recordType(), entry.recordId(), entry.reason(),
				entry.details(), null, null);
		this.jdbc.sql("SELECT audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(chain, entry.tenantId(), at, entry.actorId(), entry.actorName(), entry.category().name(),
					entry.action(), entry.recordType(), entry.recordId(), entry.reason(), entry.details(),
					stored.content())
			.query(Long.class)
			.single();
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

		/**
		 * What the hash covers besides the previous entry's hash: the fields joined by
		 * U+001F (the database function {@code audit_append} hashes the previous hash,
		 * U+001F and this).
		 */
		String content() {
			return String.join("\u001f", this.chain, String.valueOf(this.tenantId),
					this.at.withOffsetSameInstant(ZoneOffset.UTC).toString(), String.valueOf(this.actorId),
					String.valueOf(this.actorName), this.category, this.action, String.valueOf(this.recordType),
					String.valueOf(this.recordId), String.valueOf(this.reason), String.valueOf(this.details));
		}

		String computeHash() {
			String content = this.previousHash + "\u001f" + content();
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
