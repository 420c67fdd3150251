package de.teilhabe.strategy.concept;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Goals and measures under a version, written straight into the tables for the concept's
 * tests (the forms that make them belong to the goals and measures parts).
 */
public final class ConceptFixtures {

	private ConceptFixtures() {
	}

	/**
	 * A goal on the indicator 5-3-2 for the Landkreis 03459 under a field, with one
	 * responsible organisation.
	 */
	public static UUID goal(JdbcClient jdbc, UUID tenantId, UUID fieldId, String title, String target,
			UUID organisation) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				INSERT INTO strategy_goal (tenant_id, id, field_id, title, indicator_code, region_key, baseline_value,
				  baseline_year, target_value, target_year, status, created_at, updated_at)
				VALUES (?, ?, ?, ?, '5-3-2', '03459', 40, 2016, ?, 2022, 'ON_TRACK', ?, ?)""")
			.params(tenantId, id, fieldId, title, new BigDecimal(target), now, now)
			.update();
		if (organisation != null) {
			jdbc.sql("INSERT INTO strategy_goal_organisation (tenant_id, goal_id, organisation_id, position) "
					+ "VALUES (?, ?, ?, 1)")
				.params(tenantId, id, organisation)
				.update();
		}
		return id;
	}

	/** A running measure of a version serving a goal, with one partner organisation. */
	public static UUID measure(JdbcClient jdbc, UUID tenantId, UUID conceptId, String title, UUID goal, UUID partner) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				INSERT INTO strategy_measure (tenant_id, id, concept_id, title, status, budget, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'RUNNING', 12000, ?, ?)""")
			.params(tenantId, id, conceptId, title, now, now)
			.update();
		if (goal != null) {
			jdbc.sql("INSERT INTO strategy_measure_goal (tenant_id, measure_id, goal_id) VALUES (?, ?, ?)")
				.params(tenantId, id, goal)
				.update();
		}
		if (partner != null) {
			jdbc.sql("INSERT INTO strategy_measure_partner (tenant_id, measure_id, organisation_id, position) "
					+ "VALUES (?, ?, ?, 1)")
				.params(tenantId, id, partner)
				.update();
		}
		return id;
	}

}
