package de.teilhabe.shared.privacy;

import java.time.Instant;

/**
 * A retention period a module enforces: declare it as a Spring bean and the privacy
 * module's nightly job (one instance, under a database lock) applies it, logs the run and
 * audits it. A rule is idempotent and covers all tenants; it deletes or anonymises what
 * is past its period at {@code now} and must not depend on the system clock.
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
	 * Applies the rule.
	 * @param now the time of the run (from the injected clock)
	 * @return how many records were deleted or anonymised
	 */
	int apply(Instant now);

}
