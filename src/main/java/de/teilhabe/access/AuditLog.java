package de.teilhabe.access;

import java.util.Collection;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

/**
 * The audit log: append-only and tamper-evident (a hash chain per tenant). Modules record
 * who did what to which record, and why where a reason is required (case access).
 */
public interface AuditLog {

	/** Records an action of the signed-in user of this request. */
	void record(AuditCategory category, String action, String recordType, String recordId, String reason);

	/**
	 * Records an action of the signed-in user of this request with short non-personal
	 * details (e.g. {@code ADMIN -> ADMIN,STRATEGY}).
	 */
	default void record(AuditCategory category, String action, String recordType, String recordId, String reason,
			String details) {
		Actor actor = CurrentActor.get();
		record(new AuditEntry(actor.tenantId(), actor.userId(), actor.username(), category, action, recordType,
				recordId, reason, details));
	}

	/**
	 * Records one action of the signed-in user on many records of one type as a single
	 * entry (e.g. a list page showing 50 clients): the record ids in the entry's record
	 * id, separated by {@value #BATCH_SEPARATOR}, in the given order; the details say how
	 * many ({@code records: 50}). Nothing is recorded for no records.
	 * @param recordIds the records, each without the separator
	 */
	default void recordBatch(AuditCategory category, String action, String recordType, Collection<String> recordIds,
			String reason) {
		if (recordIds.isEmpty()) {
			return;
		}
		if (recordIds.size() == 1) {
			record(category, action, recordType, recordIds.iterator().next(), reason);
			return;
		}
		record(category, action, recordType, String.join(BATCH_SEPARATOR, recordIds), reason,
				"records: " + recordIds.size());
	}

	/** Separates the record ids of a batch entry ({@link #recordBatch}). */
	String BATCH_SEPARATOR = ",";

	/**
	 * Records an action with an explicit actor (jobs, listeners, start-up): actorId may
	 * be null for the system.
	 */
	void record(AuditEntry entry);

	/**
	 * Recomputes the chain of a tenant (null: the platform's own chain) from the
	 * checkpoint of its last full check on (the whole chain if it had none).
	 * @return the id of the first entry whose hash does not match, or null if the chain
	 * is intact
	 */
	Long verify(UUID tenantId);

	/**
	 * One entry to record.
	 *
	 * @param tenantId the tenant, null for platform-level entries
	 * @param actorId the user, null for the system
	 * @param actorName the user's name as it was at the time ("system" for the system)
	 * @param category what kind of action
	 * @param action what happened, e.g. {@code user.roles.changed}
	 * @param recordType the kind of record, e.g. {@code user}
	 * @param recordId its id
	 * @param reason why (required for case access; hidden from ADMIN there)
	 * @param details short non-personal details, e.g. {@code ADMIN -> ADMIN,STRATEGY}
	 */
	record AuditEntry(UUID tenantId, UUID actorId, String actorName, AuditCategory category, String action,
			String recordType, String recordId, String reason, String details) {
	}

	/** Kinds of audited actions. */
	enum AuditCategory {

		/** Sign-in related: logins, tokens. */
		AUTHENTICATION,
		/** Users and their roles. */
		USER_ADMINISTRATION,
		/** A change of roles: shown to the PRIVACY_OFFICER. */
		ROLE_CHANGE,
		/** Tenant settings. */
		SETTINGS,
		/**
		 * A read of case content or other special-category data; its reason is for the
		 * PRIVACY_OFFICER only.
		 */
		CASE_ACCESS,
		/** Privacy operations: consents, retention, data-subject requests. */
		PRIVACY,
		/** Anything else. */
		OTHER

	}

}
