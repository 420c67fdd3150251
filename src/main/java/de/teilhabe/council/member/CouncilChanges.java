package de.teilhabe.council.member;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a change of the office's council records in one transaction together with its
 * audit entry ({@code council.<kind>.<verb>} on record type {@code council_<kind>}), as
 * the network's office records are audited. Every write sets {@code modified_at}: OParl
 * clients synchronise by it.
 */
@Component
public class CouncilChanges {

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	CouncilChanges(TransactionTemplate transaction, AuditLog audit, Clock clock, JdbcClient jdbc) {
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Runs the writer and records the audit entry.
	 * @param kind e.g. {@code term}, the table is {@code council_<kind>}
	 * @param verb e.g. {@code created}
	 * @param id the record's id
	 */
	public void write(String kind, String verb, UUID id, Consumer<OffsetDateTime> writer) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			writer.accept(now);
			this.audit.record(AuditCategory.OTHER, "council." + kind + "." + verb, "council_" + kind, id.toString(),
					null);
		});
	}

	/**
	 * Creates (existing null) or updates a record with its audit entry
	 * {@code council.<kind>.created} or {@code .updated}.
	 * @return the record's id (a new one for a created record)
	 */
	public UUID save(String kind, UUID existing, BiConsumer<UUID, OffsetDateTime> create,
			BiConsumer<UUID, OffsetDateTime> update) {
		UUID id = (existing != null) ? existing : UUID.randomUUID();
		write(kind, (existing == null) ? "created" : "updated", id,
				(now) -> ((existing == null) ? create : update).accept(id, now));
		return id;
	}

	/**
	 * Deletes a record of the tenant: sets its tombstone flag and {@code modified_at},
	 * with the audit entry {@code council.<kind>.deleted}, and the tombstones of the
	 * records that depend on it (e.g. {@code membership.person_id}: a person's
	 * memberships), so that OParl clients learn of those deletions too.
	 * @param dependents {@code <kind>.<column>} of the dependent records
	 */
	public void delete(String kind, UUID tenantId, UUID id, String... dependents) {
		write(kind, "deleted", id, (now) -> {
			this.jdbc
				.sql("UPDATE council_" + kind
						+ " SET deleted = TRUE, modified_at = ? WHERE tenant_id = ? AND id = ? AND NOT deleted")
				.params(now, tenantId, id)
				.update();
			for (String dependent : dependents) {
				String[] parts = dependent.split("\\.");
				this.jdbc
					.sql("UPDATE council_" + parts[0] + " SET deleted = TRUE, modified_at = ? WHERE tenant_id = ? AND "
							+ parts[1] + " = ? AND NOT deleted")
					.params(now, tenantId, id)
					.update();
			}
		});
	}

}
