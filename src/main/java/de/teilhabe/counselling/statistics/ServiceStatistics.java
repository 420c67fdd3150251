package de.teilhabe.counselling.statistics;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.time.Times;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics of the other services of the Beratungsstelle over a range of days, each
 * a count table with its total through the platform's suppression (counts 1–4 and their
 * complements as {@code x}, {@link CounsellingStatistics#cells}): the discrimination
 * complaints received in the range (by the day recorded, anonymised ones included) by
 * area of life, characteristic and form (several per complaint: the totals count
 * mentions), level and outcome; the expert consultations of the range (by the day of the
 * consultation) by the requesting service with their time spent in hours (secret exactly
 * where the number of consultations is). Counted in SQL from the plain code columns,
 * nothing decrypted. Who may see the complaints' tables is the page's decision (the
 * permission for discrimination complaints).
 */
@Component
class ServiceStatistics {

	static final String UNKNOWN = "UNKNOWN";

	private static final List<String> AREAS = List.of("WORK", "HOUSING", "EDUCATION", "GOODS_SERVICES", "HEALTH",
			"AUTHORITIES", "POLICE_JUSTICE", "MEDIA_INTERNET", "LEISURE", "OTHER");

	private static final List<String> CHARACTERISTICS = List.of("ETHNIC_ORIGIN", "GENDER", "RELIGION_BELIEF",
			"DISABILITY", "AGE", "SEXUAL_IDENTITY", "SOCIAL_STATUS", "NATIONALITY", "RESIDENCE_STATUS", "LANGUAGE",
			"OTHER");

	private static final List<String> FORMS = List.of("DIRECT", "INDIRECT", "HARASSMENT", "SEXUAL_HARASSMENT",
			"INSTRUCTION");

	private static final List<String> LEVELS = List.of("INDIVIDUAL", "INSTITUTIONAL", "STRUCTURAL", UNKNOWN);

	private static final List<String> OUTCOMES = List.of("OPEN", "RESOLVED", "PARTLY_RESOLVED", "NOT_RESOLVED",
			"WITHDRAWN");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Times times;

	ServiceStatistics(JdbcClient jdbc, MessageSource messages, Times times) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.times = times;
	}

	/** The five tables of the discrimination complaints received in the range. */
	List<ServiceTable> complaints(UUID tenantId, LocalDate from, LocalDate to, Locale locale) {
		String received = """
				FROM counselling_discrimination_complaint
				WHERE tenant_id = :tenant AND created_at >= CAST(:from AS timestamp) AT TIME ZONE :zone
				  AND created_at < CAST(:end AS timestamp) AT TIME ZONE :zone""";
		List<ServiceTable> tables = new ArrayList<>();
		tables.add(complaintTable(tenantId, from, to, "SELECT area AS v, count(*) AS n " + received + " GROUP BY 1",
				"area", AREAS, false, locale));
		tables.add(complaintTable(tenantId, from, to,
				"SELECT unnest(characteristics) AS v, count(*) AS n " + received + " GROUP BY 1", "characteristic",
				CHARACTERISTICS, true, locale));
		tables.add(complaintTable(tenantId, from, to,
				"SELECT unnest(forms) AS v, count(*) AS n " + received + " GROUP BY 1", "form", FORMS, true, locale));
		tables.add(complaintTable(tenantId, from, to,
				"SELECT coalesce(level, 'UNKNOWN') AS v, count(*) AS n " + received + " GROUP BY 1", "level", LEVELS,
				false, locale));
		tables.add(complaintTable(tenantId, from, to, "SELECT outcome AS v, count(*) AS n " + received + " GROUP BY 1",
				"outcome", OUTCOMES, false, locale));
		return tables;
	}

	private ServiceTable complaintTable(UUID tenantId, LocalDate from, LocalDate to, String sql, String list,
			List<String> codes, boolean mentions, Locale locale) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql)
			.param("tenant", tenantId)
			.param("from", from)
			.param("end", to.plusDays(1))
			.param("zone", this.times.zone().getId())
			.query((rs) -> {
				counts.merge(rs.getString("v"), rs.getLong("n"), Long::sum);
			});
		List<StatisticsTable.Heading> rows = new ArrayList<>();
		long[][] units = new long[codes.size()][1];
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			rows.add(new StatisticsTable.Heading(code,
					UNKNOWN.equals(code) ? message("counselling.statistics.UNKNOWN", locale)
							: message("counselling.discrimination." + list + "." + code, locale)));
			units[i][0] = counts.getOrDefault(code, 0L);
		}
		String title = message("counselling.statistics.complaints." + list, locale);
		return table(title, message("counselling.statistics.complaints.rows." + list, locale), rows,
				List.of(message("counselling.statistics.complaints.count", locale)),
				List.of(CounsellingStatistics.cells(units, new long[codes.size()][1], false, false)), List.of(0),
				mentions, locale);
	}

	/**
	 * The expert consultations of the range by requesting service: count and hours; null
	 * when there were none.
	 */
	ServiceTable consultations(UUID tenantId, LocalDate from, LocalDate to, Locale locale) {
		List<Object[]> services = this.jdbc.sql("""
				SELECT btrim(service_name) AS s, count(*) AS n, sum(minutes) AS m FROM counselling_expert_consultation
				WHERE tenant_id = ? AND consulted_on >= ? AND consulted_on <= ? GROUP BY 1""")
			.params(tenantId, from, to)
			.query((rs, row) -> new Object[] { rs.getString("s"), rs.getLong("n"), rs.getLong("m") })
			.list();
		Collator collator = Collator.getInstance(locale);
		services = new ArrayList<>(services);
		if (services.isEmpty()) {
			return null;
		}
		services.sort(Comparator.comparing((Object[] row) -> (String) row[0], collator));
		List<StatisticsTable.Heading> rows = new ArrayList<>();
		long[][] units = new long[services.size()][1];
		long[][] minutes = new long[services.size()][1];
		for (int i = 0; i < services.size(); i++) {
			rows.add(new StatisticsTable.Heading((String) services.get(i)[0], (String) services.get(i)[0]));
			units[i][0] = (Long) services.get(i)[1];
			minutes[i][0] = (Long) services.get(i)[2];
		}
		return table(message("counselling.statistics.consultations.title", locale),
				message("counselling.statistics.consultations.rows", locale), rows,
				List.of(message("counselling.statistics.consultations.count", locale),
						message("counselling.statistics.consultations.hours", locale)),
				List.of(CounsellingStatistics.cells(units, minutes, false, false),
						CounsellingStatistics.cells(units, minutes, false, true)),
				List.of(0, 1), false, locale);
	}

	/** A table of rows (the total added last) and its columns, each column's values. */
	private ServiceTable table(String title, String rowsLabel, List<StatisticsTable.Heading> rows, List<String> columns,
			List<List<List<StatisticsTable.Value>>> columnCells, List<Integer> decimals, boolean mentions,
			Locale locale) {
		List<StatisticsTable.Heading> withTotal = new ArrayList<>(rows);
		withTotal
			.add(new StatisticsTable.Heading(StatisticsTable.TOTAL, message("counselling.statistics.total", locale)));
		List<List<StatisticsTable.Value>> cells = new ArrayList<>();
		for (int i = 0; i < withTotal.size(); i++) {
			List<StatisticsTable.Value> line = new ArrayList<>();
			for (List<List<StatisticsTable.Value>> column : columnCells) {
				line.add(column.get(i).get(0));
			}
			cells.add(line);
		}
		return new ServiceTable(title, rowsLabel, withTotal, columns, cells, decimals, mentions);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A table of the other services as the page shows it.
	 *
	 * @param title its caption
	 * @param rowsLabel what the rows are
	 * @param rows the rows, the total last
	 * @param columns the columns' names
	 * @param cells per row, per column, the value (secret as x)
	 * @param decimals per column, the decimals shown
	 * @param mentions whether a complaint counts under several rows (the total counts
	 * mentions)
	 */
	record ServiceTable(String title, String rowsLabel, List<StatisticsTable.Heading> rows, List<String> columns,
			List<List<StatisticsTable.Value>> cells, List<Integer> decimals, boolean mentions) {

		public StatisticsTable.Value value(int row, int column) {
			return this.cells.get(row).get(column);
		}

	}

}
