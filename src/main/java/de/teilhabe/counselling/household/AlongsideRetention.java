package de.teilhabe.counselling.household;

import java.util.UUID;

import de.teilhabe.counselling.retention.CaseRetentionHook;

import org.springframework.stereotype.Component;

/**
 * When cases are anonymised (retention, or before a client's erasure), their links to the
 * household members counselled alongside are cleared: each row keeps only the case, as an
 * anonymous count of the persons reached ({@link PersonsReached}). The members themselves
 * belong to the client and go with it. Its count stands in the anonymisation's audit
 * entry as {@code household=…}.
 */
@Component
class AlongsideRetention implements CaseRetentionHook {

	private final HouseholdStore store;

	AlongsideRetention(HouseholdStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "household";
	}

	@Override
	public int clear(UUID tenantId, UUID[] caseIds) {
		return this.store.clearAlongside(tenantId, caseIds);
	}

}
