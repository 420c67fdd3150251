package de.teilhabe.counselling.household;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persons a case reached, for the statistics: its client (or the one anonymous person
 * of a short contact) and the household members counselled alongside. The rows of
 * {@code counselling_case_household} stay as anonymous counts when a case is anonymised
 * or a member removed from a closed case, so the count holds after the retention. No
 * name, no id of a person leaves here.
 */
@Component
public class PersonsReached {

	private final JdbcClient jdbc;

	PersonsReached(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many household members were counselled alongside in each of these cases of the
	 * tenant (a case without any is missing from the map).
	 */
	public Map<UUID, Integer> alongsideByCase(UUID tenantId, Collection<UUID> caseIds) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (caseIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				SELECT case_id, count(*) AS members FROM counselling_case_household
				WHERE tenant_id = ? AND case_id = ANY(?) GROUP BY case_id""")
			.params(tenantId, caseIds.toArray(UUID[]::new))
			.query((rs, row) -> counts.put(rs.getObject("case_id", UUID.class), rs.getInt("members")))
			.list();
		return counts;
	}

	/**
	 * The persons these cases of the tenant reached: one per case (the client) plus the
	 * members counselled alongside. A person counselled in two cases counts twice.
	 */
	public long inCases(UUID tenantId, Collection<UUID> caseIds) {
		return caseIds.size()
				+ alongsideByCase(tenantId, caseIds).values().stream().mapToLong(Integer::longValue).sum();
	}

}
