package de.teilhabe.portal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.shared.time.Times;
import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the searches that found nothing in the visitor's language, per normalised query,
 * language and day (Europe/Berlin); nothing about the visitor. A query that may hold
 * personal data is never kept: one with an {@code @} (an e-mail address) or with five
 * digits or more (a phone, file or customer number, a date of birth; postcodes are lost
 * with them). Counted in memory, written every minute in one batch.
 */
@Component
public class SearchMisses {

	/** The longest query kept (normalised). */
	public static final int MAX_LENGTH = 100;

	static final int MAX_KEYS = 50_000;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	record Key(UUID tenantId, String language, LocalDate day, String query) {
	}

	private final Counters<Key> counts = new Counters<>(MAX_KEYS);

	private final JdbcTemplate jdbc;

	private final Times times;

	private final Clock clock;

	SearchMisses(JdbcTemplate jdbc, Times times, Clock clock) {
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * The query as it is kept: lower case, spaces collapsed; null when it is empty,
	 * longer than {@link #MAX_LENGTH} or may hold personal data.
	 */
	public static String normalise(String query) {
		if (query == null) {
			return null;
		}
		String normalised = SPACES.matcher(query.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		if (normalised.isEmpty() || normalised.length() > MAX_LENGTH || normalised.indexOf('@') >= 0
				|| DIGIT.matcher(normalised).results().count() >= 5) {
			return null;
		}
		return normalised;
	}

	/** A search without results in that language, today (kept only if harmless). */
	public void count(UUID tenantId, String language, String query) {
		String normalised = normalise(query);
		if (normalised != null) {
			this.counts.add(new Key(tenantId, language, this.times.today(this.clock), normalised));
		}
	}

	/** Writes the counters to {@code portal_search_miss} (added to what is there). */
	@Scheduled(fixedDelayString = "${teilhabe.portal.statistics.flush-interval:1m}", initialDelayString = "1m")
	public void flush() {
		List<Object[]> rows = this.counts
			.take((key, searches) -> new Object[] { key.tenantId(), key.language(), key.day(), key.query(), searches });
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("""
					INSERT INTO portal_search_miss (tenant_id, language, day, query, searches) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (tenant_id, day, language, query)
					DO UPDATE SET searches = portal_search_miss.searches + EXCLUDED.searches""", rows);
		}
	}

	@PreDestroy
	void flushAtStop() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// the database may be gone already: the last minute's searches are lost
		}
	}

}
