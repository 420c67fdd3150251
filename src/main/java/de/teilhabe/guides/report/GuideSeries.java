package de.teilhabe.guides.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.report.GuideReports.Cell;
import de.teilhabe.guides.report.GuideReports.MonthCounts;
import de.teilhabe.monitoring.MonthlySeries;
import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.monitoring.Published;
import de.teilhabe.region.Region;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The guide network's operational series, published to the monitoring
 * ({@link OperationalStatistics}) per month of the first appointment; counts only, never
 * hours:
 * <ul>
 * <li>{@value #REQUESTS}: requests per Gemeinde and for the tenant's home region, by
 * {@code topic} (lower-case topic names) with the total {@link Publication#TOTAL};</li>
 * <li>{@value #UNMET}: unmet requests (see {@link GuideReports}) per Gemeinde and for the
 * home region, by {@code language} (language codes; a request under each language it
 * names) with the total (each request once).</li>
 * </ul>
 * The monitoring suppresses counts from 1 to 4. Publishing a month again replaces it. A
 * scheduled job ({@code teilhabe.guides.reports.publish-cron}, default 03:30 on the 1st,
 * Europe/Berlin) publishes the month before for every tenant with requests, under the
 * platform's job lock, each tenant in a transaction of its own.
 */
@Service
public class GuideSeries {

	/** The code of the series of requests. */
	public static final String REQUESTS = "guides.requests";

	/** The code of the series of unmet requests. */
	public static final String UNMET = "guides.unmet_requests";

	static final String JOB = "guides-series";

	private static final String MODULE = "guides";

	private final GuideReports reports;

	private final OperationalStatistics statistics;

	private final GuideRegions regions;

	private final Tenants tenants;

	private final MonthlySeries monthly;

	GuideSeries(GuideReports reports, OperationalStatistics statistics, GuideRegions regions, Tenants tenants,
			MonthlySeries monthly) {
		this.reports = reports;
		this.statistics = statistics;
		this.regions = regions;
		this.tenants = tenants;
		this.monthly = monthly;
	}

	/** The monthly job: the month before, for every tenant with requests. */
	@Scheduled(cron = "${teilhabe.guides.reports.publish-cron:0 30 3 1 * *}",
			zone = "${teilhabe.time-zone:Europe/Berlin}")
	public void publishLastMonth() {
		this.monthly.publishLastMonth(JOB, "guides series", this.reports::hasRequests, this::publish);
	}

	/** Publishes the months before today, the oldest first (the demo's start). */
	public void publishLastMonths(UUID tenantId, int months) {
		this.monthly.publishLastMonths(tenantId, months, this::publish);
	}

	/** Publishes both series of one month of a tenant (replacing that month). */
	public List<Published> publish(UUID tenantId, YearMonth month) {
		Tenant tenant = this.tenants.find(tenantId).orElseThrow();
		String home = tenant.homeRegionKey();
		Set<String> gemeinden = new LinkedHashSet<>();
		for (Region region : this.regions.of(tenantId)) {
			if (!region.key().equals(home)) {
				gemeinden.add(region.key());
			}
		}
		MonthCounts counts = this.reports.monthCounts(tenantId, month);
		List<String> topics = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			topics.add(topic.name().toLowerCase(Locale.ROOT));
		}
		List<Publication.Cell> requestCells = cells(home, gemeinden, "topic", topics, counts.requests(),
				(cell) -> cell.value().toLowerCase(Locale.ROOT), null);
		Set<String> languages = new TreeSet<>();
		counts.unmetByLanguage().forEach((cell) -> languages.add(cell.value()));
		List<Publication.Cell> unmetCells = cells(home, gemeinden, "language", List.copyOf(languages),
				counts.unmetByLanguage(), Cell::value, counts.unmet());
		String period = month.toString();
		return List.of(
				this.statistics
					.publish(new Publication(tenantId, MODULE, REQUESTS, "Begleitanfragen an Lotsinnen und Lotsen",
							"Requests for integration guides", "Anfragen", List.of("topic"), period, requestCells)),
				this.statistics.publish(new Publication(tenantId, MODULE, UNMET,
						"Begleitanfragen ohne passende Lotsin oder passenden Lotsen", "Requests with no eligible guide",
						"Anfragen", List.of("language"), period, unmetCells)));
	}

	/**
	 * The cells of one series: for every Gemeinde and the home region, a count per value
	 * and the total.
	 * @param totals the total per Gemeinde when the values overlap (a request under
	 * several values), or null when the total is the sum of the values
	 */
	private static List<Publication.Cell> cells(String home, Set<String> gemeinden, String dimension,
			List<String> values, List<Cell> counts, Function<Cell, String> valueOf, List<Cell> totals) {
		Map<String, Map<String, Long>> byRegion = new TreeMap<>();
		Map<String, Long> totalByRegion = new TreeMap<>();
		for (Cell cell : counts) {
			String region = gemeinden.contains(cell.regionKey()) ? cell.regionKey() : home;
			for (String key : region.equals(home) ? List.of(home) : List.of(region, home)) {
				byRegion.computeIfAbsent(key, (k) -> new TreeMap<>())
					.merge(valueOf.apply(cell), cell.count(), Long::sum);
				if (totals == null) {
					totalByRegion.merge(key, cell.count(), Long::sum);
				}
			}
		}
		if (totals != null) {
			for (Cell cell : totals) {
				String region = gemeinden.contains(cell.regionKey()) ? cell.regionKey() : home;
				for (String key : region.equals(home) ? List.of(home) : List.of(region, home)) {
					totalByRegion.merge(key, cell.count(), Long::sum);
				}
			}
		}
		List<String> regionsInOrder = new ArrayList<>(gemeinden);
		regionsInOrder.add(home);
		List<Publication.Cell> cells = new ArrayList<>();
		for (String region : regionsInOrder) {
			Map<String, Long> counted = byRegion.getOrDefault(region, Map.of());
			for (String value : values) {
				cells.add(new Publication.Cell(region, Map.of(dimension, value), counted.getOrDefault(value, 0L)));
			}
			cells.add(new Publication.Cell(region, Map.of(dimension, Publication.TOTAL),
					totalByRegion.getOrDefault(region, 0L)));
		}
		return cells;
	}

}
