package de.teilhabe.access.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.audit.JdbcAuditLog.StoredEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the hash chains of the audit log. A full check re-hashes a chain from its first
 * entry and stores a checkpoint: the last entry up to which the chain is intact, with its
 * hash. A view of the audit log then re-hashes only the entries after the checkpoint (and
 * the checkpoint's own entry): its cost does not grow with the chain. Tampering before
 * the checkpoint is found by the next full check, which the privacy officer can start at
 * any time and which runs every night ({@code teilhabe.audit.full-check.cron}).
 */
@Service
class AuditChain {

	/**
	 * Entries read and hashed at a time: the memory of a check does not grow with the
	 * chain.
	 */
	static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditChain(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Verifies the entries after the chain's checkpoint (all of them without one).
	 * @return the id of the first entry whose hash does not match, or null
	 */
	@Transactional(readOnly = true)
	public Long verifySinceCheckpoint(UUID tenantId) {
		String chain = JdbcAuditLog.chainKey(tenantId);
		Optional<Checkpoint> checkpoint = checkpoint(chain);
		if (checkpoint.isEmpty()) {
			return walk(chain, 0, JdbcAuditLog.GENESIS).broken();
		}
		long id = checkpoint.get().verifiedId();
		String hash = checkpoint.get().verifiedHash();
		Optional<StoredEntry> last = this.jdbc.sql("SELECT * FROM audit_event WHERE chain = ? AND id = ?")
			.params(chain, id)
			.query(StoredEntry.class)
			.optional();
		if (last.isPresent() && (!last.get().hash().equals(hash) || !last.get().computeHash().equals(hash))) {
			return id; // the checkpoint's own entry was changed
		}
		return walk(chain, id, hash).broken();
	}

	/**
	 * Verifies the whole chain and stores its checkpoint (up to the last intact entry).
	 * Without a transaction around it: each batch takes a connection only while it is
	 * read, however long the chain (entries are never changed, so the batches fit).
	 * @return the id of the first entry whose hash does not match, or null
	 */
	public Long verifyFully(UUID tenantId) {
		String chain = JdbcAuditLog.chainKey(tenantId);
		Walk walk = walk(chain, 0, JdbcAuditLog.GENESIS);
		this.jdbc.sql("""
				INSERT INTO audit_checkpoint (chain, verified_id, verified_hash, full_check_at, intact)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (chain) DO UPDATE SET verified_id = EXCLUDED.verified_id,
				  verified_hash = EXCLUDED.verified_hash, full_check_at = EXCLUDED.full_check_at,
				  intact = EXCLUDED.intact""")
			.params(chain, walk.lastIntactId(), walk.lastIntactHash(), OffsetDateTime.now(this.clock),
					walk.broken() == null)
			.update();
		return walk.broken();
	}

	/** When the whole chain was last checked, if ever. */
	public Optional<OffsetDateTime> lastFullCheck(UUID tenantId) {
		return checkpoint(JdbcAuditLog.chainKey(tenantId)).map(Checkpoint::fullCheckAt);
	}

	/**
	 * Every night: each chain in full, so that views stay cheap and old tampering is
	 * found.
	 */
	@Scheduled(cron = "${teilhabe.audit.full-check.cron:0 15 3 * * *}")
	void verifyEveryChainFully() {
		List<UUID> tenants = this.jdbc.sql("SELECT DISTINCT tenant_id FROM audit_event WHERE tenant_id IS NOT NULL")
			.query(UUID.class)
			.list();
		tenants.forEach(this::verifyFully);
		verifyFully(null);
	}

	/** Re-hashes the chain's entries after {@code afterId}, in batches. */
	private Walk walk(String chain, long afterId, String previousHash) {
		long lastId = afterId;
		String previous = previousHash;
		while (true) {
			List<StoredEntry> entries = this.jdbc
				.sql("SELECT * FROM audit_event WHERE chain = ? AND id > ? ORDER BY id LIMIT " + BATCH)
				.params(chain, lastId)
				.query(StoredEntry.class)
				.list();
			for (StoredEntry entry : entries) {
				if (!entry.previousHash().equals(previous) || !entry.computeHash().equals(entry.hash())) {
					return new Walk(entry.id(), lastId, previous);
				}
				lastId = entry.id();
				previous = entry.hash();
			}
			if (entries.size() < BATCH) {
				return new Walk(null, lastId, previous);
			}
		}
	}

	private Optional<Checkpoint> checkpoint(String chain) {
		return this.jdbc.sql("SELECT verified_id, verified_hash, full_check_at FROM audit_checkpoint WHERE chain = ?")
			.param(chain)
			.query(Checkpoint.class)
			.optional();
	}

	/** Where a walk stopped: the first broken entry (or null) and the last intact one. */
	private record Walk(Long broken, long lastIntactId, String lastIntactHash) {
	}

	private record Checkpoint(long verifiedId, String verifiedHash, OffsetDateTime fullCheckAt) {
	}

}
