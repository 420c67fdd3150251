package de.teilhabe.guides.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.region.Languages;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the guide network for a period of months (every query filters on the
 * tenant):
 * <ul>
 * <li>requests by topic, by language (a request counts under each language it names) and
 * by Gemeinde, by the month of their first appointment, whatever became of them;</li>
 * <li>hours per month: the minutes of approved work entries by the day worked;</li>
 * <li>unmet demand: requests whose latest check while open ({@link RequestSupply}) found
 * no guide passing the hard rules and for which no guide was ever commissioned, by month
 * of the first appointment and by each language they name.</li>
 * </ul>
 */
@Service
public class GuideReports {

	/** Requests of a tenant in a period that are unmet (after FROM guide_request r). */
	private static final String UNMET = """
			JOIN guide_request_supply s ON s.tenant_id = r.tenant_id AND s.request_id = r.id AND s.candidates = 0
			WHERE r.tenant_id = ? AND r.first_day >= ? AND r.first_day < ?
			  AND NOT EXISTS (SELECT 1 FROM guide_assignment a WHERE a.tenant_id = r.tenant_id AND a.request_id = r.id)""";

	private final JdbcClient jdbc;

	private final GuideRegions regions;

	private final MessageSource messages;

	GuideReports(JdbcClient jdbc, GuideRegions regions, MessageSource messages) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.messages = messages;
	}

	/** The figures of a period, labelled in the reader's language. */
	public Figures figures(UUID tenantId, ReportPeriod period, Locale locale) {
		LocalDate start = period.start();
		LocalDate end = period.end();
		Map<String, Long> topics = counts("""
				SELECT topic AS code, count(*) AS n FROM guide_request r
				WHERE r.tenant_id = ? AND r.first_day >= ? AND r.first_day < ? GROUP BY topic""", tenantId, start, end);
		List<Count> byTopic = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			byTopic.add(new Count(topic.name(),
					this.messages.getMessage("guides.topic." + topic.name(), null, topic.name(), locale),
					topics.getOrDefault(topic.name(), 0L)));
		}
		List<Count> byLanguage = labelled(counts("""
				SELECT language AS code, count(*) AS n FROM guide_request r, unnest(r.languages) AS language
				WHERE r.tenant_id = ? AND r.first_day >= ? AND r.first_day < ? GROUP BY language""", tenantId, start,
				end), (code) -> Languages.displayName(code, locale), locale);
		List<Count> byGemeinde = labelled(counts("""
				SELECT region_key AS code, count(*) AS n FROM guide_request r
				WHERE r.tenant_id = ? AND r.first_day >= ? AND r.first_day < ? GROUP BY region_key""", tenantId, start,
				end), this.regions::label, locale);
		List<Count> unmetByLanguage = labelled(counts("""
				SELECT language AS code, count(*) AS n FROM guide_request r
				CROSS JOIN LATERAL unnest(r.languages) AS language
				""" + UNMET + " GROUP BY language", tenantId, start, end),
				(code) -> Languages.displayName(code, locale), locale);

		Map<String, Long> requestsByMonth = counts("""
				SELECT to_char(first_day, 'YYYY-MM') AS code, count(*) AS n FROM guide_request r
				WHERE r.tenant_id = ? AND r.first_day >= ? AND r.first_day < ? GROUP BY 1""", tenantId, start, end);
		Map<String, Long> unmetByMonth = counts("SELECT to_char(r.first_day, 'YYYY-MM') AS code, count(*) AS n"
				+ " FROM guide_request r " + UNMET + " GROUP BY 1", tenantId, start, end);
		Map<String, long[]> work = new HashMap<>();
		this.jdbc.sql("""
				SELECT to_char(worked_on, 'YYYY-MM') AS month, sum(minutes) AS minutes, count(*) AS entries
				FROM guide_work_entry
				WHERE tenant_id = ? AND worked_on >= ? AND worked_on < ? AND approved_at IS NOT NULL GROUP BY 1""")
			.params(tenantId, start, end)
			.query((rs, row) -> work.put(rs.getString("month"),
					new long[] { rs.getLong("minutes"), rs.getLong("entries") }))
			.list();
		List<Month> months = new ArrayList<>();
		for (YearMonth month : period.months()) {
			String key = month.toString();
			long[] minutesAndEntries = work.getOrDefault(key, new long[2]);
			months.add(new Month(month, requestsByMonth.getOrDefault(key, 0L), unmetByMonth.getOrDefault(key, 0L),
					hours(minutesAndEntries[0]), minutesAndEntries[1]));
		}
		long requests = requestsByMonth.values().stream().mapToLong(Long::longValue).sum();
		long unmet = unmetByMonth.values().stream().mapToLong(Long::longValue).sum();
		return new Figures(period, requests, unmet, byTopic, byLanguage, byGemeinde, unmetByLanguage, months);
	}

	/**
	 * The counts of one month for the operational series: requests by Gemeinde and topic,
	 * unmet requests by Gemeinde and language (a request under each language it names).
	 */
	MonthCounts monthCounts(UUID tenantId, YearMonth month) {
		LocalDate start = month.atDay(1);
		LocalDate end = month.plusMonths(1).atDay(1);
		List<Cell> requests = this.jdbc.sql("""
				SELECT region_key, topic, count(*) AS n FROM guide_request r
				WHERE r.tenant_id = ? AND r.first_day >= ? AND r.first_day < ? GROUP BY region_key, topic""")
			.params(tenantId, start, end)
			.query((rs, row) -> new Cell(rs.getString("region_key"), rs.getString("topic"), rs.getLong("n")))
			.list();
		List<Cell> unmetByLanguage = this.jdbc.sql("SELECT r.region_key, language, count(*) AS n FROM guide_request r"
				+ " CROSS JOIN LATERAL unnest(r.languages) AS language " + UNMET + " GROUP BY r.region_key, language")
			.params(tenantId, start, end)
			.query((rs, row) -> new Cell(rs.getString("region_key"), rs.getString("language"), rs.getLong("n")))
			.list();
		List<Cell> unmet = this.jdbc
			.sql("SELECT r.region_key, count(*) AS n FROM guide_request r " + UNMET + " GROUP BY r.region_key")
			.params(tenantId, start, end)
			.query((rs, row) -> new Cell(rs.getString("region_key"), null, rs.getLong("n")))
			.list();
		return new MonthCounts(requests, unmetByLanguage, unmet);
	}

	/**
	 * Whether the tenant has any request (a tenant without guide work publishes nothing).
	 */
	boolean hasRequests(UUID tenantId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM guide_request WHERE tenant_id = ?)")
			.param(tenantId)
			.query(Boolean.class)
			.single();
	}

	private Map<String, Long> counts(String sql, UUID tenantId, LocalDate start, LocalDate end) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.params(tenantId, start, end)
			.query((rs, row) -> counts.put(rs.getString("code"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Counts with their labels, the most first, then by label. */
	private static List<Count> labelled(Map<String, Long> counts, Function<String, String> label, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return counts.entrySet()
			.stream()
			.map((entry) -> new Count(entry.getKey(), label.apply(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparingLong(Count::requests).reversed().thenComparing(Count::label, collator))
			.toList();
	}

	private static BigDecimal hours(long minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The figures of a period.
	 *
	 * @param period the months
	 * @param requests requests whose first appointment lies in the period
	 * @param unmet of them, those unmet
	 * @param byTopic requests by topic (every topic, in the list's order)
	 * @param byLanguage requests by language needed, the most first
	 * @param byGemeinde requests by Gemeinde, the most first
	 * @param unmetByLanguage unmet requests by language needed, the most first
	 * @param months per month: requests, unmet, approved hours
	 */
	public record Figures(ReportPeriod period, long requests, long unmet, List<Count> byTopic, List<Count> byLanguage,
			List<Count> byGemeinde, List<Count> unmetByLanguage, List<Month> months) {
	}

	/**
	 * A count with what it counts.
	 *
	 * @param code the topic, language code or region key
	 * @param label its name in the reader's language
	 * @param requests how many requests
	 */
	public record Count(String code, String label, long requests) {
	}

	/**
	 * One month.
	 *
	 * @param month the month
	 * @param requests requests with their first appointment in it
	 * @param unmet of them, those unmet
	 * @param hours hours of approved work entries of days in it (one decimal)
	 * @param entries how many approved work entries
	 */
	public record Month(YearMonth month, long requests, long unmet, BigDecimal hours, long entries) {
	}

	/**
	 * A count by region and one other value.
	 *
	 * @param regionKey the Gemeinde
	 * @param value the topic or language (null if none)
	 * @param count how many requests
	 */
	record Cell(String regionKey, String value, long count) {
	}

	/**
	 * The counts of a month for the operational series.
	 *
	 * @param requests requests by Gemeinde and topic
	 * @param unmetByLanguage unmet requests by Gemeinde and language
	 * @param unmet unmet requests by Gemeinde
	 */
	record MonthCounts(List<Cell> requests, List<Cell> unmetByLanguage, List<Cell> unmet) {
	}

}
