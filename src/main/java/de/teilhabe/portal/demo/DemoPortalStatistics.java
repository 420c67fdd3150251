package de.teilhabe.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: page views of the Landkreis' Wegweiser for the last 30 days (every page
 * in every language it is shown in, more for the top-level pages, German and Arabic,
 * fewer at weekends; the same numbers on every start) and searches without results, so
 * that the office's statistics page shows something. One statement for the views, one
 * batch for the searches; skipped when the Landkreis has counted views already. Made
 * while the platform already serves, after the demo pages.
 */
@Component
class DemoPortalStatistics extends DemoLandkreisTask {

	static final String NAME = "portal demo statistics";

	static final int DAYS = 30;

	/** Searches that found nothing: language, query, searches per day. */
	static final List<String[]> MISSES = List.of(new String[] { "de", "kindergeld", "3" },
			new String[] { "de", "führerschein umschreiben", "2" }, new String[] { "de", "schwimmkurs", "1" },
			new String[] { "ar", "رخصة القيادة", "2" }, new String[] { "ar", "kindergeld", "1" },
			new String[] { "uk", "водійські права", "2" }, new String[] { "uk", "дитячий садок", "1" },
			new String[] { "fa", "گواهینامه رانندگی", "1" }, new String[] { "en", "driving licence", "1" },
			new String[] { "tr", "ehliyet", "1" });

	private static final Logger log = LoggerFactory.getLogger(DemoPortalStatistics.class);

	private final JdbcTemplate jdbc;

	private final Times times;

	private final Clock clock;

	DemoPortalStatistics(JdbcTemplate jdbc, Tenants tenants, PlatformMode mode, Times times, Clock clock) {
		super(NAME, Set.of(DemoPortal.NAME), tenants, mode);
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		Integer counted = this.jdbc.queryForObject("SELECT count(*) FROM portal_page_view WHERE tenant_id = ?",
				Integer.class, tenant.id());
		if (counted != null && counted > 0) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = this.times.today(this.clock);
		LocalDate from = today.minusDays(DAYS - 1);
		// views: a page's weight (top level more), its language's (German, Arabic,
		// Ukrainian
		// most), fewer on Saturdays and Sundays, and a fixed scatter from the page and
		// day
		int views = this.jdbc.update("""
				INSERT INTO portal_page_view (tenant_id, page_id, language, day, views)
				SELECT v.tenant_id, v.page_id, v.language, CAST(d AS date),
				  greatest(0, round(
				    (CASE WHEN p.parent_id IS NULL THEN 14 ELSE 5 END)
				    * (CASE v.language WHEN 'de' THEN 1.0 WHEN 'ar' THEN 0.7 WHEN 'uk' THEN 0.6 WHEN 'fa' THEN 0.4
				       WHEN 'en' THEN 0.3 ELSE 0.2 END)
				    * (CASE WHEN extract(isodow FROM d) >= 6 THEN 0.4 ELSE 1.0 END)
				    * (0.5 + abs(hashtext(v.page_id::text || v.language || CAST(d AS date)::text)) % 100 / 100.0)))
				FROM portal_version v
				JOIN portal_page p ON p.tenant_id = v.tenant_id AND p.id = v.page_id
				CROSS JOIN generate_series(CAST(? AS date), CAST(? AS date), interval '1 day') AS d
				WHERE v.tenant_id = ? AND v.state <> 'IN_TRANSLATION'
				ON CONFLICT DO NOTHING""", from, today, tenant.id());
		List<Object[]> rows = new ArrayList<>();
		for (int day = 0; day < DAYS; day += 2) {
			for (String[] miss : MISSES) {
				rows.add(new Object[] { tenant.id(), miss[0], from.plusDays(day), miss[1],
						Integer.parseInt(miss[2]) + (day % 3) });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO portal_search_miss (tenant_id, language, day, query, searches) "
				+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
		log.info("Portal demo statistics: {} page × language × day counters, {} searches without results in {} ms",
				views, rows.size(), (System.nanoTime() - started) / 1_000_000);
	}

}
