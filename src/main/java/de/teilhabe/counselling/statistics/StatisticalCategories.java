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

import de.teilhabe.counselling.casework.CaseOpened;
import de.teilhabe.counselling.client.ClientChanged;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.client.ClientStore.StatisticalAttributes;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coarse statistical categories of the clients of cases (table
 * {@code counselling_case_category}): for every case with a client that has none yet, the
 * client's birth year, gender, nationality and Gemeinde are decrypted in the application
 * (in batches of {@value #BATCH} cases, nothing else of the client) and only the coarse
 * values are stored: the age band at the case's opening, the {@link NationalityGroup},
 * the gender and the Gemeinde's key (a key outside the tenant's Gemeinden as none). The
 * statistics then count in SQL without decrypting anything. A case's row is taken in the
 * transaction that opens it ({@link CaseOpened}) and taken again while the case is open
 * when its client's data change ({@link ClientChanged}); a closed case keeps it: it
 * describes the client as at the case's start. {@link #fillMissing} catches up cases
 * stored without one (batch inserts of the demo), before every table and publication.
 */
@Component
class StatisticalCategories {

	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final ClientStore clients;

	private final Clock clock;

	private final Clients tenantClients;

	StatisticalCategories(JdbcClient jdbc, ClientStore clients, Clock clock, Clients tenantClients) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.clock = clock;
		this.tenantClients = tenantClients;
	}

	/**
	 * Takes the categories of a case just opened, in the transaction that opens it (a
	 * case without a client, a short contact, has none).
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CaseOpened opened) {
		store(opened.tenantId(), List.of(new CaseOfClient(opened.caseId(), opened.clientId(), opened.openedOn())),
				gemeinden(opened.tenantId()), false);
	}

	/**
	 * Takes the categories of the client's open cases again, in the transaction that
	 * changes the client: while a case runs, a corrected birth year, gender, nationality
	 * or Gemeinde corrects its categories. A closed case keeps those it had (its counts
	 * are final).
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ClientChanged changed) {
		List<CaseOfClient> cases = this.jdbc.sql("""
				SELECT id, client_id, opened_on FROM counselling_case
				WHERE tenant_id = ? AND client_id = ? AND status = 'OPEN' ORDER BY id""")
			.params(changed.tenantId(), changed.clientId())
			.query((rs, row) -> new CaseOfClient(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("opened_on", LocalDate.class)))
			.list();
		store(changed.tenantId(), cases, gemeinden(changed.tenantId()), true);
	}

	/**
	 * The catch-up for cases stored without categories (the demo's and bench's batch
	 * inserts, rows from before the categories were taken at the opening): stores the
	 * categories of every case of the tenant with a client and without categories.
	 * @param gemeinden the keys of the tenant's Gemeinden
	 * @return how many cases got their categories
	 */
	@Transactional
	public int fillMissing(UUID tenantId, Set<String> gemeinden) {
		int filled = 0;
		while (true) {
			List<CaseOfClient> cases = this.jdbc.sql("""
					SELECT c.id, c.client_id, c.opened_on FROM counselling_case c
					WHERE c.tenant_id = ? AND c.client_id IS NOT NULL
					  AND NOT EXISTS (SELECT 1 FROM counselling_case_category k
					                  WHERE k.tenant_id = c.tenant_id AND k.case_id = c.id)
					ORDER BY c.id LIMIT ?""")
				.params(tenantId, BATCH)
				.query((rs, row) -> new CaseOfClient(rs.getObject("id", UUID.class),
						rs.getObject("client_id", UUID.class), rs.getObject("opened_on", LocalDate.class)))
				.list();
			if (cases.isEmpty()) {
				return filled;
			}
			store(tenantId, cases, gemeinden, false);
			filled += cases.size();
		}
	}

	/**
	 * Decrypts the four attributes of the cases' clients and stores the coarse values,
	 * replacing a case's row or keeping it.
	 */
	private void store(UUID tenantId, List<CaseOfClient> cases, Set<String> gemeinden, boolean replace) {
		Set<UUID> clientIds = new HashSet<>();
		cases.stream().filter((row) -> row.clientId() != null).forEach((row) -> clientIds.add(row.clientId()));
		Map<UUID, StatisticalAttributes> attributes = this.clients.statisticalAttributes(tenantId, clientIds);
		List<UUID> ids = new ArrayList<>();
		List<String> ages = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		List<String> genders = new ArrayList<>();
		List<String> places = new ArrayList<>();
		for (CaseOfClient row : cases) {
			if (row.clientId() == null) {
				continue;
			}
			StatisticalAttributes client = attributes.get(row.clientId());
			ids.add(row.caseId());
			Integer birthYear = (client != null) ? client.birthYear() : null;
			ages.add(AgeBand.of((birthYear == null) ? null : row.openedOn().getYear() - birthYear).name());
			groups.add(NationalityGroup.of((client != null) ? client.nationality() : null).name());
			genders.add((client != null && client.gender() != null) ? client.gender().name() : "NOT_STATED");
			String gemeinde = (client != null) ? client.gemeinde() : null;
			places.add((gemeinde != null && gemeinden.contains(gemeinde)) ? gemeinde : null);
		}
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					INSERT INTO counselling_case_category (tenant_id, case_id, age_band, nationality_group, gender,
					                                       gemeinde, recorded_at)
					SELECT ?, u.id, u.a, u.n, u.g, u.p, ? FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]),
					       CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS u(id, a, n, g, p)
					ON CONFLICT (tenant_id, case_id) DO""" + " "
					+ (replace
							? """
									UPDATE SET age_band = excluded.age_band, nationality_group = excluded.nationality_group,
									           gender = excluded.gender, gemeinde = excluded.gemeinde, recorded_at = excluded.recorded_at"""
							: "NOTHING"))
			.params(tenantId, OffsetDateTime.now(this.clock), ids.toArray(UUID[]::new), ages.toArray(String[]::new),
					groups.toArray(String[]::new), genders.toArray(String[]::new), places.toArray(String[]::new))
			.update();
	}

	private Set<String> gemeinden(UUID tenantId) {
		Set<String> keys = new HashSet<>();
		this.tenantClients.gemeinden(tenantId).forEach((region) -> keys.add(region.key()));
		return keys;
	}

	/**
	 * A case with its client and the day it was opened.
	 *
	 * @param caseId the case
	 * @param clientId its client, null for none
	 * @param openedOn the day opened (for the age band)
	 */
	private record CaseOfClient(UUID caseId, UUID clientId, LocalDate openedOn) {
	}

}
