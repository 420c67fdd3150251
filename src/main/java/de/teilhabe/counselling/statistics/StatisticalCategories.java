package de.teilhabe.counselling.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.ClientStore.StatisticalAttributes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coarse statistical categories of the clients of cases (table
 * {@code counselling_case_category}): for every case with a client that has none yet, the
 * client's birth year, gender, nationality and Gemeinde are decrypted in the application
 * (in batches of {@value #BATCH} cases, nothing else of the client) and only the coarse
 * values are stored: the age band at the case's opening, the {@link NationalityGroup},
 * the gender and the Gemeinde's key (a key outside the tenant's Gemeinden as none). The
 * statistics then count in SQL without decrypting anything. A case's row is taken once
 * (the first time the statistics run after it was opened) and kept: it describes the
 * client as at the case's start. Runs before every table and publication.
 */
@Component
class StatisticalCategories {

	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final ClientStore clients;

	private final Clock clock;

	StatisticalCategories(JdbcClient jdbc, ClientStore clients, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * Stores the categories of every case of the tenant with a client and without
	 * categories.
	 * @param gemeinden the keys of the tenant's Gemeinden
	 * @return how many cases got their categories
	 */
	@Transactional
	public int fillMissing(UUID tenantId, Set<String> gemeinden) {
		int filled = 0;
		while (true) {
			List<Object[]> cases = this.jdbc.sql("""
					SELECT c.id, c.client_id, c.opened_on FROM counselling_case c
					WHERE c.tenant_id = ? AND c.client_id IS NOT NULL
					  AND NOT EXISTS (SELECT 1 FROM counselling_case_category k
					                  WHERE k.tenant_id = c.tenant_id AND k.case_id = c.id)
					ORDER BY c.id LIMIT ?""")
				.params(tenantId, BATCH)
				.query((rs,
						row) -> new Object[] { rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
								rs.getObject("opened_on", LocalDate.class) })
				.list();
			if (cases.isEmpty()) {
				return filled;
			}
			Set<UUID> clientIds = new HashSet<>();
			cases.forEach((row) -> clientIds.add((UUID) row[1]));
			Map<UUID, StatisticalAttributes> attributes = this.clients.statisticalAttributes(tenantId, clientIds);
			List<UUID> ids = new ArrayList<>();
			List<String> ages = new ArrayList<>();
			List<String> groups = new ArrayList<>();
			List<String> genders = new ArrayList<>();
			List<String> places = new ArrayList<>();
			for (Object[] row : cases) {
				StatisticalAttributes client = attributes.get((UUID) row[1]);
				LocalDate opened = (LocalDate) row[2];
				ids.add((UUID) row[0]);
				Integer birthYear = (client != null) ? client.birthYear() : null;
				ages.add(AgeBand.of((birthYear == null) ? null : opened.getYear() - birthYear).name());
				groups.add(NationalityGroup.of((client != null) ? client.nationality() : null).name());
				genders.add((client != null && client.gender() != null) ? client.gender().name() : "NOT_STATED");
				String gemeinde = (client != null) ? client.gemeinde() : null;
				places.add((gemeinde != null && gemeinden.contains(gemeinde)) ? gemeinde : null);
			}
			this.jdbc.sql("""
					INSERT INTO counselling_case_category (tenant_id, case_id, age_band, nationality_group, gender,
					                                       gemeinde, recorded_at)
					SELECT ?, u.id, u.a, u.n, u.g, u.p, ? FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]),
					       CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS u(id, a, n, g, p)
					ON CONFLICT DO NOTHING""")
				.params(tenantId, OffsetDateTime.now(this.clock), ids.toArray(UUID[]::new), ages.toArray(String[]::new),
						groups.toArray(String[]::new), genders.toArray(String[]::new), places.toArray(String[]::new))
				.update();
			filled += cases.size();
		}
	}

}
