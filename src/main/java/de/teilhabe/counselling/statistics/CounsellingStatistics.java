package de.teilhabe.counselling.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.counselling.casework.BenefitStatus;
import de.teilhabe.counselling.casework.CaseKind;
import de.teilhabe.counselling.casework.ContactChannel;
import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.client.Gender;
import de.teilhabe.monitoring.SecretCounts;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Region;
import de.teilhabe.shared.time.Times;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of the Beratungsstelle of a tenant: counts of a {@link Measure} by one
 * or two {@link Dimension dimensions} over a range of days, counted in SQL on the plain
 * counted columns of cases and contacts and the coarse categories of
 * {@link StatisticalCategories} (no field is decrypted for a table), then suppressed by
 * the platform's policy ({@link SecretCounts}): every count from 1 to 4 and every cell
 * that would give one away through a total is shown as {@code x}. Contact hours are
 * suppressed where the number of contacts behind them is (the same table of contacts
 * decides), so hours never tell what the counts hide. Every query filters on the tenant.
 */
@Service
public class CounsellingStatistics {

	/** The value of a category not recorded. */
	static final String UNKNOWN = "UNKNOWN";

	private final JdbcClient jdbc;

	private final StatisticalCategories categories;

	private final Clients clients;

	private final MessageSource messages;

	private final Times times;

	CounsellingStatistics(JdbcClient jdbc, StatisticalCategories categories, Clients clients, MessageSource messages,
			Times times) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.clients = clients;
		this.messages = messages;
		this.times = times;
	}

	/**
	 * The counts of a query: per pair of values (the column's value null for one
	 * dimension), the number of units and their minutes (contacts; else 0). Only pairs
	 * with at least one unit.
	 */
	@Transactional
	public Map<List<String>, long[]> counts(UUID tenantId, StatisticsQuery query) {
		Map<String, Region> gemeinden = gemeinden(tenantId);
		this.categories.fillMissing(tenantId, gemeinden.keySet());
		Dimension rows = query.rows();
		Dimension columns = query.columns();
		boolean topic = rows == Dimension.TOPIC || columns == Dimension.TOPIC;
		String day;
		String from;
		String where;
		Measure measure = query.measure();
		switch (measure) {
			case CONTACTS, CONTACT_HOURS -> {
				day = "CAST(t.happened_at AT TIME ZONE :zone AS date)";
				from = """
						counselling_contact t JOIN counselling_case c ON c.tenant_id = t.tenant_id AND c.id = t.case_id""";
				where = """
						t.tenant_id = :tenant AND t.happened_at >= CAST(:from AS timestamp) AT TIME ZONE :zone
						AND t.happened_at < CAST(:end AS timestamp) AT TIME ZONE :zone""";
			}
			case CASES -> {
				day = "c.opened_on";
				from = "counselling_case c";
				where = "c.tenant_id = :tenant AND c.opened_on >= :from AND c.opened_on < :end";
			}
			case CLOSED_CASES -> {
				day = "c.closed_on";
				from = "counselling_case c";
				where = "c.tenant_id = :tenant AND c.closed_on >= :from AND c.closed_on < :end "
						+ "AND c.kind <> 'SHORT_CONTACT'";
			}
			default -> {
				// clients: each once, with their first case opened in the range
				day = "c.opened_on";
				from = """
						(SELECT DISTINCT ON (coalesce(client_id, id)) * FROM counselling_case
						 WHERE tenant_id = :tenant AND opened_on >= :from AND opened_on < :end
						   AND kind <> 'SHORT_CONTACT'
						 ORDER BY coalesce(client_id, id), opened_on, id) c""";
				where = "c.tenant_id = :tenant";
			}
		}
		String rowSql = rows.sql.replace("u_day", day);
		String columnSql = (columns != null) ? columns.sql.replace("u_day", day) : "NULL";
		String minutes = measure.ofContacts() ? "coalesce(sum(t.duration_minutes), 0)" : "0";
		String sql = "SELECT " + rowSql + " AS r, " + columnSql + " AS k, count(*) AS n, " + minutes + " AS m FROM "
				+ from + " LEFT JOIN counselling_case_category k ON k.tenant_id = c.tenant_id AND k.case_id = c.id"
				+ (topic ? " CROSS JOIN LATERAL unnest(c.topics) AS topic(code)" : "") + " WHERE " + where
				+ " GROUP BY 1, 2";
		Map<List<String>, long[]> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.param("tenant", tenantId)
			.param("zone", this.times.zone().getId())
			.param("from", query.from())
			.param("end", query.to().plusDays(1))
			.query((rs, row) -> {
				List<String> key = new ArrayList<>(2);
				key.add(gemeinde(rows, rs.getString("r"), gemeinden));
				key.add(gemeinde(columns, rs.getString("k"), gemeinden));
				counts.merge(key, new long[] { rs.getLong("n"), rs.getLong("m") },
						(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
				return key;
			})
			.list();
		return counts;
	}

	/** The table of a query, labelled in the reader's language, suppressed. */
	@Transactional
	public StatisticsTable table(UUID tenantId, StatisticsQuery query, Locale locale) {
		Map<List<String>, long[]> counts = counts(tenantId, query);
		List<StatisticsTable.Heading> rows = values(tenantId, query.rows(), query, counts, 0, locale);
		List<StatisticsTable.Heading> columns = (query.columns() != null)
				? values(tenantId, query.columns(), query, counts, 1, locale) : null;
		int r = rows.size();
		int k = (columns != null) ? columns.size() : 1;
		long[][] units = new long[r][k];
		long[][] minutes = new long[r][k];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < k; j++) {
				List<String> key = new ArrayList<>(2);
				key.add(rows.get(i).code());
				key.add((columns != null) ? columns.get(j).code() : null);
				long[] found = counts.get(key);
				if (found != null) {
					units[i][j] = found[0];
					minutes[i][j] = found[1];
				}
			}
		}
		boolean twoWay = columns != null;
		List<List<StatisticsTable.Value>> cells = cells(units, minutes, twoWay,
				query.measure() == Measure.CONTACT_HOURS);
		String total = message("counselling.statistics.total", locale);
		List<StatisticsTable.Heading> rowHeadings = new ArrayList<>(rows);
		rowHeadings.add(new StatisticsTable.Heading(StatisticsTable.TOTAL, total));
		List<StatisticsTable.Heading> columnHeadings;
		String measureLabel = message("counselling.statistics.measure." + query.measure(), locale);
		if (twoWay) {
			columnHeadings = new ArrayList<>(columns);
			columnHeadings.add(new StatisticsTable.Heading(StatisticsTable.TOTAL, total));
		}
		else {
			columnHeadings = List.of(new StatisticsTable.Heading(query.measure().name(), measureLabel));
		}
		return new StatisticsTable(query, measureLabel,
				message("counselling.statistics.dimension." + query.rows(), locale),
				twoWay ? message("counselling.statistics.dimension." + query.columns(), locale) : measureLabel,
				rowHeadings, columnHeadings, cells,
				query.rows() == Dimension.TOPIC || query.columns() == Dimension.TOPIC);
	}

	/**
	 * The values of a table with its totals (row totals for two dimensions, column totals
	 * always): the counts, or the hours of their minutes (one decimal), every cell that
	 * {@link SecretCounts} keeps secret in the table of counts as secret (so hours never
	 * tell what the counts hide).
	 */
	static List<List<StatisticsTable.Value>> cells(long[][] units, long[][] minutes, boolean twoWay, boolean hours) {
		SecretCounts.Table secret = SecretCounts.of(units, twoWay, true);
		long[][] full = secret.counts();
		long[][] fullMinutes = hours ? SecretCounts.withTotals(minutes, twoWay, true) : null;
		List<List<StatisticsTable.Value>> cells = new ArrayList<>();
		for (int i = 0; i < full.length; i++) {
			List<StatisticsTable.Value> line = new ArrayList<>();
			for (int j = 0; j < full[i].length; j++) {
				BigDecimal number = null;
				if (!secret.isSecret(i, j)) {
					number = hours
							? BigDecimal.valueOf(fullMinutes[i][j])
								.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
							: BigDecimal.valueOf(full[i][j]);
				}
				line.add(new StatisticsTable.Value(number));
			}
			cells.add(line);
		}
		return cells;
	}

	/** The Gemeinden of the tenant by key, in the order of their names. */
	Map<String, Region> gemeinden(UUID tenantId) {
		Map<String, Region> gemeinden = new LinkedHashMap<>();
		for (Region region : this.clients.gemeinden(tenantId)) {
			gemeinden.put(region.key(), region);
		}
		return gemeinden;
	}

	/** A Gemeinde's key outside the tenant's Gemeinden counts as unknown. */
	private static String gemeinde(Dimension dimension, String value, Map<String, Region> gemeinden) {
		if (dimension == Dimension.GEMEINDE && !gemeinden.containsKey(value)) {
			return UNKNOWN;
		}
		return value;
	}

	/**
	 * The values of a dimension in the order shown: every value of a list (also with no
	 * unit, shown as 0), the languages counted, every period of the range.
	 */
	private List<StatisticsTable.Heading> values(UUID tenantId, Dimension dimension, StatisticsQuery query,
			Map<List<String>, long[]> counts, int position, Locale locale) {
		List<StatisticsTable.Heading> values = new ArrayList<>();
		switch (dimension) {
			case TOPIC -> {
				for (Topic topic : Topic.values()) {
					values.add(heading(topic.name(), "counselling.topic.", locale));
				}
			}
			case NATIONALITY_GROUP -> {
				for (NationalityGroup group : NationalityGroup.values()) {
					values.add(heading(group.name(), "counselling.statistics.nationality.", locale));
				}
			}
			case GENDER -> {
				for (Gender gender : Gender.values()) {
					values.add(heading(gender.name(), "counselling.gender.", locale));
				}
				values.add(heading(UNKNOWN, "counselling.statistics.", locale));
			}
			case AGE_BAND -> {
				for (AgeBand band : AgeBand.values()) {
					values.add(heading(band.name(), "counselling.statistics.age.", locale));
				}
			}
			case GEMEINDE -> {
				for (Region region : gemeinden(tenantId).values()) {
					values.add(new StatisticsTable.Heading(region.key(), region.label()));
				}
				values.add(heading(UNKNOWN, "counselling.statistics.", locale));
			}
			case CHANNEL -> {
				for (ContactChannel channel : ContactChannel.values()) {
					values.add(heading(channel.name(), "counselling.cases.channel.", locale));
				}
			}
			case LANGUAGE -> {
				Set<String> codes = new LinkedHashSet<>();
				counts.keySet().forEach((key) -> codes.add(key.get(position)));
				boolean unknown = codes.remove(UNKNOWN);
				Collator collator = Collator.getInstance(locale);
				codes.stream()
					.map((code) -> new StatisticsTable.Heading(code, Languages.displayName(code, locale)))
					.sorted(Comparator.comparing(StatisticsTable.Heading::label, collator))
					.forEach(values::add);
				if (unknown) {
					values.add(heading(UNKNOWN, "counselling.statistics.", locale));
				}
			}
			case CASE_KIND -> {
				for (CaseKind kind : CaseKind.values()) {
					values.add(heading(kind.name(), "counselling.cases.kind.", locale));
				}
			}
			case BENEFIT_AT_START, BENEFIT_AT_END -> {
				for (BenefitStatus status : BenefitStatus.values()) {
					values.add(heading(status.name(), "counselling.benefit.", locale));
				}
			}
			case MONTH -> {
				DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
				for (YearMonth month = YearMonth.from(query.from()); !month
					.isAfter(YearMonth.from(query.to())); month = month.plusMonths(1)) {
					values.add(new StatisticsTable.Heading(month.toString(), month.format(format)));
				}
			}
			case QUARTER -> {
				LocalDate start = query.from()
					.withDayOfMonth(1)
					.withMonth((query.from().getMonthValue() - 1) / 3 * 3 + 1);
				for (LocalDate q = start; !q.isAfter(query.to()); q = q.plusMonths(3)) {
					int quarter = (q.getMonthValue() - 1) / 3 + 1;
					values.add(new StatisticsTable.Heading(q.getYear() + "-Q" + quarter,
							message("counselling.statistics.quarter", locale, quarter, String.valueOf(q.getYear()))));
				}
			}
			default -> {
				for (int year = query.from().getYear(); year <= query.to().getYear(); year++) {
					values.add(new StatisticsTable.Heading(String.valueOf(year), String.valueOf(year)));
				}
			}
		}
		return values;
	}

	private StatisticsTable.Heading heading(String code, String prefix, Locale locale) {
		return new StatisticsTable.Heading(code, message(prefix + code, locale));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
