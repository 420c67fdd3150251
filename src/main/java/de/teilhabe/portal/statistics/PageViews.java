package de.teilhabe.portal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.time.Times;
import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the views of the portal's pages per page, language and day (Europe/Berlin):
 * counters only, nothing about the visitor (no address, no cookie, no user agent). A view
 * adds one to a counter in memory, so that a page answered from the cache stays fast; the
 * counters are written every minute in one batch (added to the day's row) and when the
 * application stops. A page renamed between a view and the next write loses that view.
 */
@Component
public class PageViews {

	/** Flushes before a map this large is reached (a guard, pages are few). */
	static final int MAX_KEYS = 50_000;

	record Key(UUID tenantId, String path, String language, LocalDate day) {
	}

	private final Counters<Key> counts = new Counters<>(MAX_KEYS);

	private final JdbcTemplate jdbc;

	private final Times times;

	private final Clock clock;

	PageViews(JdbcTemplate jdbc, Times times, Clock clock) {
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	/** One view of the page at that path in that language, today. */
	public void count(UUID tenantId, String language, String path) {
		this.counts.add(new Key(tenantId, path, language, this.times.today(this.clock)));
	}

	/** Writes the counters to {@code portal_page_view} (added to what is there). */
	@Scheduled(fixedDelayString = "${teilhabe.portal.statistics.flush-interval:1m}", initialDelayString = "1m")
	public void flush() {
		List<Object[]> rows = this.counts
			.take((key, views) -> new Object[] { key.language(), key.day(), views, key.tenantId(), key.path() });
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("""
					INSERT INTO portal_page_view (tenant_id, page_id, language, day, views)
					SELECT p.tenant_id, p.id, ?, ?, ? FROM portal_page p WHERE p.tenant_id = ? AND p.path = ?
					ON CONFLICT (tenant_id, page_id, language, day)
					DO UPDATE SET views = portal_page_view.views + EXCLUDED.views""", rows);
		}
	}

	@PreDestroy
	void flushAtStop() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// the database may be gone already: the last minute's views are lost
		}
	}

}
