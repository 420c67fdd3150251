package de.teilhabe.shared.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A retention period a module enforces: declare it as a Spring bean and the privacy
 * module's nightly job (one instance, under a database lock) applies it to each tenant in
 * turn, logs each run and audits it under that tenant; a PRIVACY_OFFICER's "run now"
 * applies it to the officer's tenant only. A rule is idempotent and touches only the
 * records of the tenant it is given; it deletes or anonymises what is past its period at
 * {@code now} and must not depend on the system clock.
 */
public interface RetentionRule {

	/** A stable name, e.g. {@code mail.outbox.sent}; it identifies the rule's runs. */
	String name();

	/**
	 * What the rule deletes or anonymises: a message key of the module's bundle (or plain
	 * text).
	 */
	String description();

	/** The retention period in words: a message key (or plain text). */
	String period();

	/**
	 * The arguments of the period's message, e.g. the configured number of years (none by
	 * default).
	 */
	default Object[] periodArguments() {
		return new Object[0];
	}

	/**
	 * Applies the rule to one tenant's records.
	 * @param tenantId the tenant; null for the records that belong to no tenant (the
	 * nightly job's last pass), e.g. {@code tenant_id IS NOT DISTINCT FROM ?}
	 * @param now the time of the run (from the injected clock)
	 * @return how many records were deleted or anonymised
	 */
	int apply(UUID tenantId, Instant now);

}
