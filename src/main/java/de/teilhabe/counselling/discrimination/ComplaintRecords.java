package de.teilhabe.counselling.discrimination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Intervention;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Level;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Outcome;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Source;
import de.teilhabe.counselling.discrimination.ComplaintStore.Values;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints written without a signed-in user (the demo data): by code names, encrypted
 * like every other complaint, not audited as reads (nothing is read).
 */
@Component
public class ComplaintRecords {

	private final ComplaintStore store;

	private final JdbcClient jdbc;

	ComplaintRecords(ComplaintStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** How many complaints the tenant has. */
	public long count(UUID tenantId) {
		return this.store.count(tenantId, false);
	}

	/** Stores complaints; an online one stays not yet reviewed. */
	@Transactional
	public void insertAll(UUID tenantId, List<Seed> seeds) {
		for (Seed seed : seeds) {
			UUID id = UUID.randomUUID();
			Values values = new Values(seed.incidentOn(), Area.valueOf(seed.area()),
					seed.characteristics().stream().map(Characteristic::valueOf).toList(),
					seed.forms().stream().map(DiscriminationForm::valueOf).toList(),
					(seed.level() != null) ? Level.valueOf(seed.level()) : null,
					seed.interventions().stream().map(Intervention::valueOf).toList(), Outcome.valueOf(seed.outcome()),
					seed.description(), seed.replyContact(), seed.caseId());
			this.store.insert(tenantId, id, seed.online() ? Source.ONLINE : Source.COUNSELLING,
					seed.online() ? "de" : null, values, seed.by(), seed.at());
			if (!seed.online()) {
				this.jdbc
					.sql("UPDATE counselling_discrimination_complaint SET updated_at = ? WHERE tenant_id = ? "
							+ "AND id = ?")
					.params(seed.at(), tenantId, id)
					.update();
			}
		}
	}

	/**
	 * A complaint to store.
	 *
	 * @param online reported on the public form (not yet reviewed)
	 * @param incidentOn when it happened
	 * @param area an area code
	 * @param characteristics characteristic codes
	 * @param forms form codes
	 * @param level a level code or null
	 * @param interventions intervention codes
	 * @param outcome an outcome code
	 * @param description what happened
	 * @param replyContact a contact for a reply (online only) or null
	 * @param caseId a linked case or null
	 * @param by who entered it (null online)
	 * @param at when it was entered or reported
	 */
	public record Seed(boolean online, LocalDate incidentOn, String area, List<String> characteristics,
			List<String> forms, String level, List<String> interventions, String outcome, String description,
			String replyContact, UUID caseId, UUID by, OffsetDateTime at) {
	}

}
