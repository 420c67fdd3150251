package de.teilhabe.shared.crypto;

import java.sql.Types;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.jobs.JobLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every registered {@link EncryptedColumn} to the primary keys: values encrypted
 * with an older key are decrypted and encrypted again, blind indexes of an older key (or
 * missing ones) are recomputed, values left in a former plaintext column are encrypted
 * and the plaintext cleared. Walks each column per tenant in batches (each batch its own
 * transaction, rows in ID order), on one instance at a time ({@link JobLock}). A row
 * changed meanwhile by a user is left as that user wrote it (already under the primary
 * key). A value that cannot be decrypted is logged with its row and skipped.
 */
@Component
class FieldReencryption {

	static final String JOB = "field-reencryption";

	private static final Log log = LogFactory.getLog(FieldReencryption.class);

	private static final UUID BEFORE_FIRST = new UUID(0, 0);

	private final List<EncryptedColumn> columns;

	private final FieldEncryption encryption;

	private final JobLock lock;

	private final JdbcClient jdbc;

	private final TransactionTemplate batch;

	private final int batchSize;

	FieldReencryption(List<EncryptedColumn> columns, FieldEncryption encryption, JobLock lock, JdbcClient jdbc,
			PlatformTransactionManager transactionManager,
			@Value("${teilhabe.crypto.reencrypt-batch-size:500}") int batchSize) {
		this.columns = List.copyOf(columns);
		this.encryption = encryption;
		this.lock = lock;
		this.jdbc = jdbc;
		this.batch = new TransactionTemplate(transactionManager);
		this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${teilhabe.crypto.reencrypt-interval:PT6H}",
			initialDelayString = "${teilhabe.crypto.reencrypt-initial-delay:PT2M}")
	void run() {
		this.lock.runExclusively(JOB, () -> this.columns.forEach(this::reencrypt));
	}

	/** Moves one column to the primary keys; what was done. */
	Outcome reencrypt(EncryptedColumn column) {
		Outcome total = new Outcome(0, 0);
		List<UUID> tenants = withPrefixes(
				this.jdbc.sql("SELECT DISTINCT tenant_id FROM " + column.table() + " WHERE " + staleRows(column)))
			.query(UUID.class)
			.list();
		for (UUID tenant : tenants) {
			UUID after = BEFORE_FIRST;
			while (after != null) {
				UUID from = after;
				Batch done = this.batch.execute((status) -> reencryptBatch(column, tenant, from));
				total = total.plus(done.outcome());
				after = done.last();
			}
		}
		if (total.reencrypted() > 0 || total.failed() > 0) {
			log.info("Field encryption: " + total.reencrypted() + " values of " + column.qualifiedName()
					+ " moved to the primary keys, " + total.failed() + " could not be decrypted");
		}
		return total;
	}

	private Batch reencryptBatch(EncryptedColumn column, UUID tenant, UUID after) {
		String plaintext = (column.plaintextColumn() != null) ? ", " + column.plaintextColumn() + " AS plain" : "";
		List<StoredValue> rows = withPrefixes(this.jdbc.sql("SELECT id, " + column.column() + " AS sealed" + plaintext
				+ " FROM " + column.table() + " WHERE tenant_id = :tenant AND id > :after AND (" + staleRows(column)
				+ ") ORDER BY id LIMIT :limit"))
			.param("tenant", tenant)
			.param("after", after)
			.param("limit", this.batchSize)
			.query((result, row) -> new StoredValue(result.getObject("id", UUID.class), result.getBytes("sealed"),
					plaintext.isEmpty() ? null : result.getString("plain")))
			.list();
		int reencrypted = 0;
		int failed = 0;
		for (StoredValue row : rows) {
			String value;
			try {
				value = (row.sealed() != null) ? this.encryption.decrypt(column, tenant, row.id(), row.sealed())
						: row.plain();
			}
			catch (FieldDecryptionException ex) {
				log.warn(ex.getMessage() + ": left as it is");
				failed++;
				continue;
			}
			reencrypted += update(column, tenant, row, value);
		}
		return new Batch((rows.size() < this.batchSize) ? null : rows.get(rows.size() - 1).id(),
				new Outcome(reencrypted, failed));
	}

	private int update(EncryptedColumn column, UUID tenant, StoredValue row, String value) {
		StringBuilder sql = new StringBuilder("UPDATE " + column.table() + " SET " + column.column() + " = :sealed");
		if (column.blindIndexColumn() != null) {
			sql.append(", ").append(column.blindIndexColumn()).append(" = :index");
		}
		if (column.plaintextColumn() != null) {
			sql.append(", ").append(column.plaintextColumn()).append(" = NULL");
		}
		sql.append(" WHERE tenant_id = :tenant AND id = :id AND ")
			.append(column.column())
			.append(" IS NOT DISTINCT FROM :before");
		if (column.plaintextColumn() != null) {
			sql.append(" AND ").append(column.plaintextColumn()).append(" IS NOT DISTINCT FROM :plainBefore");
		}
		JdbcClient.StatementSpec update = this.jdbc.sql(sql.toString())
			.param("sealed", this.encryption.encrypt(column, tenant, row.id(), value))
			.param("tenant", tenant)
			.param("id", row.id())
			.param("before", row.sealed(), Types.BINARY);
		if (column.blindIndexColumn() != null) {
			update = update.param("index", this.encryption.blindIndex(column, tenant, value), Types.BINARY);
		}
		if (column.plaintextColumn() != null) {
			update = update.param("plainBefore", row.plain(), Types.VARCHAR);
		}
		return update.update();
	}

	/**
	 * Rows whose value is under an older key, whose blind index is under an older key or
	 * missing, or whose value is still in the former plaintext column.
	 */
	private static String staleRows(EncryptedColumn column) {
		String sealed = column.column();
		StringBuilder condition = new StringBuilder("(" + sealed + " IS NOT NULL AND substring(" + sealed
				+ " FROM 1 FOR length(:aeadPrefix)) <> :aeadPrefix)");
		String index = column.blindIndexColumn();
		if (index != null) {
			condition.append(" OR (" + index + " IS NOT NULL AND substring(" + index
					+ " FROM 1 FOR 4) <> :indexPrefix) OR (" + index + " IS NULL AND " + sealed + " IS NOT NULL)");
		}
		if (column.plaintextColumn() != null) {
			condition.append(" OR " + column.plaintextColumn() + " IS NOT NULL");
		}
		return condition.toString();
	}

	private JdbcClient.StatementSpec withPrefixes(JdbcClient.StatementSpec statement) {
		return statement.param("aeadPrefix", this.encryption.primaryCiphertextPrefix())
			.param("indexPrefix", this.encryption.primaryBlindIndexPrefix());
	}

	/** What one run did to a column. */
	record Outcome(int reencrypted, int failed) {

		Outcome plus(Outcome other) {
			return new Outcome(this.reencrypted + other.reencrypted, this.failed + other.failed);
		}

	}

	private record Batch(UUID last, Outcome outcome) {

	}

	private record StoredValue(UUID id, byte[] sealed, String plain) {

	}

}
