package de.teilhabe.guides.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.guides.guide.Topic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the expense statements read: the approved work entries of a period (with the topic
 * and Gemeinde of their request, never the person's contact reference), the guides' names
 * and the office's allowance settings per year. Work entries are only read here (the
 * guide's log and the approval write them). Every query filters on the tenant.
 */
@Repository
class ExpenseStore {

	private final JdbcClient jdbc;

	ExpenseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An approved work entry.
	 *
	 * @param guideId whose entry
	 * @param workedOn the day worked
	 * @param minutes the time
	 * @param kilometres the kilometres travelled
	 * @param topic the topic of the request
	 * @param regionKey the Gemeinde of the request
	 */
	record ApprovedEntry(UUID guideId, LocalDate workedOn, int minutes, BigDecimal kilometres, Topic topic,
			String regionKey) {
	}

	/**
	 * The approved entries worked from the day {@code from} up to the day before
	 * {@code until}, by day; of one guide or (guideId null) of all the tenant's guides.
	 */
	List<ApprovedEntry> approved(UUID tenantId, UUID guideId, LocalDate from, LocalDate until) {
		String sql = """
				SELECT e.guide_id, e.worked_on, e.minutes, e.kilometres, r.topic, r.region_key
				FROM guide_work_entry e
				JOIN guide_assignment a ON a.tenant_id = e.tenant_id AND a.id = e.assignment_id
				JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
				WHERE e.tenant_id = ? AND e.approved_at IS NOT NULL AND e.worked_on >= ? AND e.worked_on < ?""";
		List<Object> params = new ArrayList<>(List.of(tenantId, from, until));
		if (guideId != null) {
			sql += " AND e.guide_id = ?";
			params.add(guideId);
		}
		return this.jdbc.sql(sql + " ORDER BY e.worked_on, e.logged_at, e.id")
			.params(params)
			.query((rs, row) -> new ApprovedEntry(rs.getObject("guide_id", UUID.class),
					rs.getObject("worked_on", LocalDate.class), rs.getInt("minutes"), rs.getBigDecimal("kilometres"),
					Topic.valueOf(rs.getString("topic")), rs.getString("region_key")))
			.list();
	}

	/** The name of the tenant's guide, if there is one with this id. */
	Optional<String> guideName(UUID tenantId, UUID guideId) {
		return this.jdbc.sql("SELECT name FROM guide_profile WHERE tenant_id = ? AND id = ?")
			.params(tenantId, guideId)
			.query(String.class)
			.optional();
	}

	/** The names of the tenant's guides by id. */
	Map<UUID, String> guideNames(UUID tenantId, List<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, name FROM guide_profile WHERE tenant_id = ? AND id = ANY(?) ORDER BY name")
			.params(tenantId, ids.toArray(UUID[]::new))
			.query((rs) -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		return names;
	}

	// allowance settings

	private static final String YEAR_COLUMNS = "year, tax_free_cap_cents, hour_rate_cents, kilometre_rate_cents";

	/** The tenant's row of the year or, failing that, of the latest earlier year. */
	Optional<AllowanceYear> allowanceFor(UUID tenantId, int year) {
		return this.jdbc
			.sql("SELECT " + YEAR_COLUMNS
					+ " FROM guide_allowance_year WHERE tenant_id = ? AND year <= ? ORDER BY year DESC LIMIT 1")
			.params(tenantId, year)
			.query((rs, row) -> new AllowanceYear(year, rs.getInt("year"), rs.getLong("tax_free_cap_cents"),
					rs.getLong("hour_rate_cents"), rs.getLong("kilometre_rate_cents")))
			.optional();
	}

	/** The tenant's rows, latest year first. */
	List<AllowanceYear> allowanceYears(UUID tenantId) {
		return this.jdbc
			.sql("SELECT " + YEAR_COLUMNS + " FROM guide_allowance_year WHERE tenant_id = ? ORDER BY year DESC")
			.params(tenantId)
			.query((rs, row) -> new AllowanceYear(rs.getInt("year"), rs.getInt("year"),
					rs.getLong("tax_free_cap_cents"), rs.getLong("hour_rate_cents"),
					rs.getLong("kilometre_rate_cents")))
			.list();
	}

	/**
	 * Gives a tenant without any row the shipped starting values (one row a year of
	 * {@code guide_allowance_default}); a tenant with rows keeps them.
	 */
	void seedAllowanceYears(UUID tenantId, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO guide_allowance_year (tenant_id, year, tax_free_cap_cents, hour_rate_cents,
				  kilometre_rate_cents, changed_at, changed_by)
				SELECT ?, year, tax_free_cap_cents, hour_rate_cents, kilometre_rate_cents, ?, 'Teilhabe'
				FROM guide_allowance_default
				WHERE NOT EXISTS (SELECT 1 FROM guide_allowance_year WHERE tenant_id = ?)
				ON CONFLICT (tenant_id, year) DO NOTHING""").params(tenantId, now, tenantId).update();
	}

	/** Stores the row of a year (new or changed). */
	void saveAllowanceYear(UUID tenantId, AllowanceYear settings, String by, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO guide_allowance_year (tenant_id, year, tax_free_cap_cents, hour_rate_cents,
				  kilometre_rate_cents, changed_at, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, year) DO UPDATE SET tax_free_cap_cents = EXCLUDED.tax_free_cap_cents,
				  hour_rate_cents = EXCLUDED.hour_rate_cents, kilometre_rate_cents = EXCLUDED.kilometre_rate_cents,
				  changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by""")
			.params(tenantId, settings.year(), settings.taxFreeCapCents(), settings.hourRateCents(),
					settings.kilometreRateCents(), now, by)
			.update();
	}

}
