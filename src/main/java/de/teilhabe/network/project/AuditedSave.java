package de.teilhabe.network.project;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the checked values of an office form (projects, trainings, support, committees)
 * in one transaction together with its audit entry ({@code network.<kind>.created} or
 * {@code .updated} on record type {@code network_<kind>}).
 */
@Component
public class AuditedSave {

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final Clock clock;

	AuditedSave(TransactionTemplate transaction, AuditLog audit, Clock clock) {
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates (existingId null) or updates a record.
	 * @param kind e.g. {@code project}
	 * @return the record's id
	 */
	public UUID save(String kind, UUID existingId, Writer writer) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = (existingId != null) ? existingId : UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			writer.write(id, existingId == null, now);
			this.audit.record(AuditCategory.OTHER, "network." + kind + ((existingId == null) ? ".created" : ".updated"),
					"network_" + kind, id.toString(), null, null);
		});
		return id;
	}

	/** Writes the record. */
	@FunctionalInterface
	public interface Writer {

		void write(UUID id, boolean create, OffsetDateTime now);

	}

}
