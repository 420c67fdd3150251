package de.teilhabe.portal.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.time.Times;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's counters are deleted when they are old: page views after two years (the
 * current and the last year stay for the annual report), searches without results after
 * 90 days (their text is typed by visitors: kept no longer than needed to improve the
 * pages).
 */
@Component
class PortalStatisticsRetention implements RetentionRule {

	static final int VIEW_YEARS = 2;

	static final int MISS_DAYS = 90;

	private final JdbcClient jdbc;

	private final Times times;

	PortalStatisticsRetention(JdbcClient jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public String name() {
		return "portal.statistics";
	}

	@Override
	public String description() {
		return "portal.statistics.retention.description";
	}

	@Override
	public String period() {
		return "portal.statistics.retention.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		if (tenantId == null) {
			return 0;
		}
		LocalDate today = this.times.local(now).toLocalDate();
		return this.jdbc.sql("DELETE FROM portal_page_view WHERE tenant_id = ? AND day < ?")
			.params(tenantId, today.minusYears(VIEW_YEARS))
			.update()
				+ this.jdbc.sql("DELETE FROM portal_search_miss WHERE tenant_id = ? AND day < ?")
					.params(tenantId, today.minusDays(MISS_DAYS))
					.update();
	}

}
