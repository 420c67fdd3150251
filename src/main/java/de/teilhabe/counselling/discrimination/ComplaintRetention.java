package de.teilhabe.counselling.discrimination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.counselling.retention.CaseRetentionHook;

import org.springframework.stereotype.Component;

/**
 * A complaint linked to a case follows the case's anonymisation: its description and the
 * reporter's contact are cleared; the codes (area, characteristics, forms, level,
 * interventions, outcome, dates) stay for the statistics.
 */
@Component
class ComplaintRetention implements CaseRetentionHook {

	private final ComplaintStore store;

	private final Clock clock;

	ComplaintRetention(ComplaintStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "discrimination-complaints";
	}

	@Override
	public int clear(UUID tenantId, UUID[] caseIds) {
		return this.store.anonymise(tenantId, caseIds, OffsetDateTime.now(this.clock));
	}

}
