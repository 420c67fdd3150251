package de.teilhabe.counselling.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.CaseKind;
import de.teilhabe.counselling.casework.ContactChannel;
import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.monitoring.MonthlySeries;
import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.monitoring.Published;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The Beratungsstelle's operational series, published to the monitoring
 * ({@link OperationalStatistics}) per month, counts only (never hours, never a name):
 * <ul>
 * <li>{@value #CLIENTS}: persons with a case opened in the month, per Gemeinde and for
 * the tenant's home region;</li>
 * <li>{@value #CASES}: cases opened in the month by {@code kind} (lower-case kinds, short
 * contacts included) with the total {@link Publication#TOTAL}, per Gemeinde and for the
 * home region;</li>
 * <li>{@value #CASES_BY_TOPIC}: mentions of topics of the cases opened in the month by
 * {@code topic} (a case under each of its topics; the total counts mentions), for the
 * home region;</li>
 * <li>{@value #CONTACTS}: contacts in the month by {@code channel} with the total, per
 * Gemeinde and for the home region.</li>
 * </ul>
 * A person, case or contact whose Gemeinde is not recorded counts in the home region
 * only. The monitoring suppresses counts from 1 to 4 and their complements. Publishing a
 * month again replaces it. A scheduled job
 * ({@code teilhabe.counselling.statistics.publish-cron}, default 03:45 on the 1st,
 * Europe/Berlin) publishes the month before for every tenant with cases, under the
 * platform's job lock (one instance), each tenant in a transaction of its own.
 */
@Service
public class CounsellingSeries {

	public static final String CLIENTS = "counselling.clients";

	public static final String CASES = "counselling.cases";

	public static final String CASES_BY_TOPIC = "counselling.cases.by-topic";

	public static final String CONTACTS = "counselling.contacts";

	static final String JOB = "counselling-series";

	private static final String MODULE = "counselling";

	private final CounsellingStatistics statistics;

	private final OperationalStatistics monitoring;

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final MonthlySeries monthly;

	CounsellingSeries(CounsellingStatistics statistics, OperationalStatistics monitoring, Tenants tenants,
			JdbcClient jdbc, MonthlySeries monthly) {
		this.statistics = statistics;
		this.monitoring = monitoring;
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.monthly = monthly;
	}

	/** The monthly job: the month before, for every tenant with cases. */
	@Scheduled(cron = "${teilhabe.counselling.statistics.publish-cron:0 45 3 1 * *}",
			zone = "${teilhabe.time-zone:Europe/Berlin}")
	public void publishLastMonth() {
		this.monthly.publishLastMonth(JOB, "counselling series", this::hasCases, this::publish);
	}

	/** Publishes the months before today, the oldest first (the demo's start). */
	public void publishLastMonths(UUID tenantId, int months) {
		this.monthly.publishLastMonths(tenantId, months, this::publish);
	}

	/** Publishes every series of one month of a tenant (replacing that month). */
	public List<Published> publish(UUID tenantId, YearMonth month) {
		Tenant tenant = this.tenants.find(tenantId).orElseThrow();
		String home = tenant.homeRegionKey();
		List<String> gemeinden = new ArrayList<>(this.statistics.gemeinden(tenantId).keySet());
		gemeinden.remove(home);
		String period = month.toString();
		List<Published> published = new ArrayList<>();
		Map<List<String>, long[]> clients = counts(tenantId, month, Measure.CLIENTS, Dimension.GEMEINDE, null);
		published.add(this.monitoring.publish(
				new Publication(tenantId, MODULE, CLIENTS, "Ratsuchende der Beratungsstelle (Personen mit neuem Fall)",
						"Clients of the counselling service (persons with a new case)", "Personen", List.of(), period,
						cells(home, gemeinden, null, List.of(), clients))));
		Map<List<String>, long[]> cases = counts(tenantId, month, Measure.CASES, Dimension.GEMEINDE,
				Dimension.CASE_KIND);
		published.add(this.monitoring.publish(new Publication(tenantId, MODULE, CASES, "Neue Fälle der Beratungsstelle",
				"New cases of the counselling service", "Fälle", List.of("kind"), period,
				cells(home, gemeinden, "kind", names(CaseKind.values()), cases))));
		Map<List<String>, long[]> topics = counts(tenantId, month, Measure.CASES, Dimension.TOPIC, null);
		List<Publication.Cell> topicCells = new ArrayList<>();
		long mentions = 0;
		for (Topic topic : Topic.values()) {
			long n = count(topics, topic.name(), null);
			mentions += n;
			topicCells.add(new Publication.Cell(home, Map.of("topic", lower(topic.name())), n));
		}
		topicCells.add(new Publication.Cell(home, Map.of("topic", Publication.TOTAL), mentions));
		published.add(this.monitoring.publish(new Publication(tenantId, MODULE, CASES_BY_TOPIC,
				"Themen der neuen Fälle der Beratungsstelle (Nennungen)",
				"Topics of the new cases of the counselling service (mentions)", "Nennungen", List.of("topic"), period,
				topicCells)));
		Map<List<String>, long[]> contacts = counts(tenantId, month, Measure.CONTACTS, Dimension.GEMEINDE,
				Dimension.CHANNEL);
		published.add(this.monitoring.publish(new Publication(tenantId, MODULE, CONTACTS,
				"Kontakte der Beratungsstelle", "Contacts of the counselling service", "Kontakte", List.of("channel"),
				period, cells(home, gemeinden, "channel", names(ContactChannel.values()), contacts))));
		return published;
	}

	private Map<List<String>, long[]> counts(UUID tenantId, YearMonth month, Measure measure, Dimension rows,
			Dimension columns) {
		return this.statistics.counts(tenantId,
				new StatisticsQuery(measure, rows, columns, month.atDay(1), month.atEndOfMonth()));
	}

	/**
	 * The cells of a series: per Gemeinde and for the home region, a count per value and
	 * the total (or one count without a dimension).
	 */
	private static List<Publication.Cell> cells(String home, List<String> gemeinden, String dimension,
			List<String> values, Map<List<String>, long[]> counts) {
		List<String> regions = new ArrayList<>(gemeinden);
		regions.add(home);
		List<Publication.Cell> cells = new ArrayList<>();
		for (String region : regions) {
			boolean all = region.equals(home);
			if (dimension == null) {
				cells.add(Publication.Cell.of(region, sum(counts, all ? null : region, null)));
				continue;
			}
			long total = 0;
			for (String value : values) {
				long n = sum(counts, all ? null : region, value);
				total += n;
				cells.add(new Publication.Cell(region, Map.of(dimension, lower(value)), n));
			}
			cells.add(new Publication.Cell(region, Map.of(dimension, Publication.TOTAL), total));
		}
		return cells;
	}

	/** The count of a Gemeinde (null: all) and a value (null: all values). */
	private static long sum(Map<List<String>, long[]> counts, String gemeinde, String value) {
		long n = 0;
		for (Map.Entry<List<String>, long[]> entry : counts.entrySet()) {
			if ((gemeinde == null || gemeinde.equals(entry.getKey().get(0)))
					&& (value == null || value.equals(entry.getKey().get(1)))) {
				n += entry.getValue()[0];
			}
		}
		return n;
	}

	private static long count(Map<List<String>, long[]> counts, String row, String column) {
		List<String> key = new ArrayList<>(2);
		key.add(row);
		key.add(column);
		long[] found = counts.get(key);
		return (found != null) ? found[0] : 0;
	}

	private static List<String> names(Enum<?>[] constants) {
		List<String> names = new ArrayList<>();
		for (Enum<?> constant : constants) {
			names.add(constant.name());
		}
		return names;
	}

	private static String lower(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

	private boolean hasCases(UUID tenantId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM counselling_case WHERE tenant_id = ?)")
			.param(tenantId)
			.query(Boolean.class)
			.single();
	}

}
