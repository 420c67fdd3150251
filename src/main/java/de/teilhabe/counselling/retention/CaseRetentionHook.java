package de.teilhabe.counselling.retention;

import java.util.UUID;

/**
 * What a part of casework clears when cases are anonymised (by the retention rule a
 * configurable time after closure, or before a client's erasure under Art. 17): every
 * text and every personal reference it holds on these cases (notes, goals of the
 * Förderplan, tasks, appointments …), keeping what the statistics count (dates, kinds,
 * durations). Declare it as a Spring bean; {@link CaseAnonymisation} runs every hook in
 * the transaction that anonymises the cases, after it has set {@code client_id} NULL,
 * deleted {@code title_sealed} and set {@code anonymised_at}.
 */
public interface CaseRetentionHook {

	/**
	 * A short stable name of what the hook clears, e.g. {@code notes}: it names the count
	 * in the audit entry of the anonymisation ({@code notes=12}).
	 */
	String name();

	/**
	 * Clears the personal data of these cases of the tenant (idempotent: a case cleared
	 * before is cleared again without harm).
	 * @param tenantId the tenant
	 * @param caseIds the cases being anonymised
	 * @return how many rows were deleted or cleared
	 */
	int clear(UUID tenantId, UUID[] caseIds);

}
