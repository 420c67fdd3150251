package de.teilhabe.counselling.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises cases: the client reference ({@code client_id} NULL) and the title go, the
 * time of the anonymisation is set, and every {@link CaseRetentionHook} clears what its
 * part holds on the cases (the contacts' summaries here; notes, goals, tasks and
 * appointments in their parts). Kind, topics, dates, phase, state and the contacts' date,
 * channel, language and duration stay for the statistics. Used by the retention rule
 * ({@link CaseRetentionRule}) and before a client's erasure (Art. 17).
 */
@Service
public class CaseAnonymisation {

	private final JdbcClient jdbc;

	private final List<CaseRetentionHook> hooks;

	CaseAnonymisation(JdbcClient jdbc, List<CaseRetentionHook> hooks) {
		this.jdbc = jdbc;
		this.hooks = hooks.stream().sorted(Comparator.comparing(CaseRetentionHook::name)).toList();
	}

	/**
	 * Anonymises these cases of the tenant (those anonymised already are cleared again).
	 * @return how many cases, and what each hook cleared
	 */
	@Transactional
	public Anonymised anonymise(UUID tenantId, List<UUID> caseIds, OffsetDateTime now) {
		Map<String, Integer> cleared = new LinkedHashMap<>();
		if (caseIds.isEmpty()) {
			return new Anonymised(0, cleared);
		}
		UUID[] ids = caseIds.toArray(UUID[]::new);
		int cases = this.jdbc.sql("""
				UPDATE counselling_case SET client_id = NULL, title_sealed = NULL,
				                            anonymised_at = coalesce(anonymised_at, ?)
				WHERE tenant_id = ? AND id = ANY(?)""").params(now, tenantId, ids).update();
		for (CaseRetentionHook hook : this.hooks) {
			cleared.put(hook.name(), hook.clear(tenantId, ids));
		}
		return new Anonymised(cases, cleared);
	}

	/** Every case of a client, open or closed. */
	public List<UUID> casesOf(UUID tenantId, UUID clientId) {
		return this.jdbc.sql("SELECT id FROM counselling_case WHERE tenant_id = ? AND client_id = ?")
			.params(tenantId, clientId)
			.query(UUID.class)
			.list();
	}

	/**
	 * The client's open cases with a client reference (counselling and case management),
	 * oldest first: each holds the client's data until it is closed.
	 */
	public List<OpenCase> openCasesOf(UUID tenantId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT id, kind, opened_on FROM counselling_case
				WHERE tenant_id = ? AND client_id = ? AND status = 'OPEN' ORDER BY opened_on, id""")
			.params(tenantId, clientId)
			.query(OpenCase.class)
			.list();
	}

	/**
	 * A case still open.
	 *
	 * @param id the case
	 * @param kind {@code COUNSELLING} or {@code CASE_MANAGEMENT}
	 * @param openedOn when it was opened
	 */
	public record OpenCase(UUID id, String kind, LocalDate openedOn) {
	}

	/**
	 * What an anonymisation did.
	 *
	 * @param cases how many cases were anonymised
	 * @param cleared per hook name, how many rows it deleted or cleared
	 */
	public record Anonymised(int cases, Map<String, Integer> cleared) {

		/** The counts for an audit entry, e.g. {@code cases=3, contacts=7}. */
		public String counts() {
			StringBuilder counts = new StringBuilder("cases=").append(this.cases);
			this.cleared.forEach((name, count) -> counts.append(", ").append(name).append('=').append(count));
			return counts.toString();
		}

	}

}
