package de.teilhabe.guides.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.report.GuideSeries;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: twelve months of past work of the demo Landkreis Osnabrück, after
 * {@link DemoGuides}, so that every table and month of the reports has figures. About 30
 * requests a month: most served by one of the guides who are active or paused now (the
 * request in one of the guide's languages and Gemeinden, done or now and then cancelled,
 * with approved work entries of 1 to 4 hours and 0 to 40 km), and requests in Tigrinya,
 * Somali and Kurmanji (now and then Sorani or Dari) in Gemeinden no guide of the language
 * covers: unmet, with their check of candidates recorded as having found none. Then the
 * operational series {@code guides.*} of the last 12 months are published.
 * <p>
 * Batch inserts (a few hundred rows per table); skipped for a tenant that has requests
 * older than two months. Leaves out the guides of the demo's greedy-versus-optimal pairs
 * (their costs stay as {@link DemoGuides} made them) and the demo user's guide. It runs
 * while the platform already serves: nobody needs last year's figures in the first
 * second, and publishing twelve months recomputes the indicators.
 */
@Component
public class DemoGuideHistory extends DemoLandkreisTask {

	private static final Logger log = LoggerFactory.getLogger(DemoGuideHistory.class);

	private static final String BY = "Konrad Koordination";

	private static final Set<String> LEFT_OUT = Set.of("Leyla Haddad", "Yonas Tesfay", "Semhar Kidane", "Mariam Ahmadi",
			"Farid Rahimi");

	/**
	 * Unmet demand: language, Gemeinden no guide of it covers, requests a month (min,
	 * max). The ranges do not overlap, so that Tigrinya leads whatever the random draws
	 * (which depend on the guides present when the history is made).
	 */
	private static final Object[][] UNMET = { { "ti", "014 024 019 017", 7, 9 }, { "so", "019 024 030 017", 2, 5 },
			{ "kmr", "017 002 030 004", 3, 6 }, { "ckb", "024 019", 0, 2 }, { "prs", "030", 0, 1 } };

	/**
	 * Gemeinden where most requests come from (Bramsche, Melle, Georgsmarienhütte, …).
	 */
	private static final List<String> BUSY = List.of("03459014", "03459024", "03459019", "03459030", "03459033",
			"03459008", "03459017");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final GuideSeries series;

	private final Times times;

	private final Clock clock;

	DemoGuideHistory(Tenants tenants, JdbcClient jdbc, JdbcTemplate batch, GuideSeries series, PlatformMode mode,
			Times times, Clock clock) {
		// publishing recomputes the indicators reading the series (the shipped
		// ilos-anfragen, ilos-ohne-lotsin): after the catalogue has stored them
		super("guides demo history", Set.of(DemoGuides.NAME, "indicator catalogue"), tenants, mode);
		this.jdbc = jdbc;
		this.batch = batch;
		this.series = series;
		this.times = times;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		LocalDate today = this.times.today(this.clock);
		long started = System.nanoTime();
		int rows = 0;
		boolean hasHistory = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM guide_request WHERE tenant_id = ? AND first_day < ?)")
			.params(tenant.id(), today.withDayOfMonth(1).minusMonths(2))
			.query(Boolean.class)
			.single();
		if (!hasHistory) {
			List<GuideRow> guides = guides(tenant.id());
			if (guides.isEmpty()) {
				return;
			}
			rows = insert(tenant.id(), guides, today);
		}
		long inserted = System.nanoTime();
		this.series.publishLastMonths(tenant.id(), 12);
		long published = System.nanoTime();
		log.info("Guides demo history: {} rows in {} ms, 12 months of guides.* published in {} ms", rows,
				(inserted - started) / 1_000_000, (published - inserted) / 1_000_000);
	}

	private List<GuideRow> guides(UUID tenantId) {
		Map<UUID, List<String>> languages = new HashMap<>();
		this.jdbc
			.sql("SELECT guide_id, code FROM guide_language WHERE tenant_id = ? AND code <> 'de' ORDER BY position")
			.param(tenantId)
			.query((rs, row) -> languages
				.computeIfAbsent(rs.getObject("guide_id", UUID.class), (id) -> new ArrayList<>())
				.add(rs.getString("code")))
			.list();
		return this.jdbc.sql("""
				SELECT id, name, home_region_key, gemeinden, topics, mobility FROM guide_profile
				WHERE tenant_id = ? AND state IN ('ACTIVE', 'PAUSED') ORDER BY name""")
			.param(tenantId)
			.query((rs, row) -> new GuideRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("home_region_key"), Arrays.asList((String[]) rs.getArray("gemeinden").getArray()),
					Arrays.asList((String[]) rs.getArray("topics").getArray()), rs.getString("mobility"),
					languages.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list()
			.stream()
			.filter((guide) -> !LEFT_OUT.contains(guide.name()) && !guide.languages().isEmpty())
			.toList();
	}

	private int insert(UUID t, List<GuideRow> guides, LocalDate today) {
		Random random = new Random(15);
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> assignments = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		List<Object[]> supply = new ArrayList<>();
		YearMonth last = YearMonth.from(today).minusMonths(1);
		int sequence = 0;
		for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
			int served = 18 + random.nextInt(7);
			for (int i = 0; i < served; i++) {
				GuideRow guide = guides.get(random.nextInt(guides.size()));
				String gemeinde = pick(random, guide);
				String language = guide.languages().get(random.nextInt(guide.languages().size()));
				String topic = (random.nextInt(4) == 0) ? Topic.values()[random.nextInt(Topic.values().length)].name()
						: guide.topics().get(random.nextInt(guide.topics().size()));
				LocalDate day = weekday(month, random);
				LocalTime starts = LocalTime.of(8 + random.nextInt(7), (random.nextInt(2) == 0) ? 0 : 30);
				int hours = 1 + random.nextInt(3);
				boolean cancelled = random.nextInt(10) == 0;
				UUID request = UUID.randomUUID();
				OffsetDateTime created = this.times.at(day.minusDays(3 + random.nextInt(12)), LocalTime.of(10, 0));
				OffsetDateTime finished = this.times.at(day, starts.plusHours(hours));
				requests.add(new Object[] { t, request, topic, "{" + language + "}", gemeinde, day, starts,
						starts.plusHours(hours), "H-" + month + "-" + (++sequence), cancelled ? "CANCELLED" : "DONE",
						created, finished });
				supply.add(new Object[] { t, request, created, created, 1 + random.nextInt(6), finished });
				UUID assignment = UUID.randomUUID();
				OffsetDateTime approved = finished.plusDays(2 + random.nextInt(4));
				boolean approve = !cancelled && approved.toLocalDate().isBefore(today) && random.nextInt(12) != 0;
				assignments.add(new Object[] { t, assignment, request, guide.id(), cancelled ? "CANCELLED" : "DONE",
						created.plusDays(1), BY, cancelled ? created.plusDays(2) : finished,
						cancelled ? null : finished, approve ? approved : null, approve ? BY : null });
				if (cancelled) {
					continue;
				}
				int days = (random.nextInt(5) == 0) ? 2 : 1;
				for (int d = 0; d < days; d++) {
					LocalDate worked = day.plusWeeks(d);
					if (!worked.isBefore(today)) {
						break;
					}
					int minutes = (d == 0) ? hours * 60 + 15 * random.nextInt(5) : 60 + 15 * random.nextInt(8);
					int maxKm = "BICYCLE".equals(guide.mobility()) || "WALK".equals(guide.mobility()) ? 80 : 400;
					BigDecimal km = BigDecimal.valueOf(random.nextInt(maxKm + 1), 1);
					entries.add(new Object[] { t, UUID.randomUUID(), assignment, guide.id(), worked, minutes, km,
							this.times.at(worked, LocalTime.of(20, 0)), approve ? approved : null,
							approve ? BY : null });
				}
			}
			for (Object[] unmet : UNMET) {
				String[] gemeinden = ((String) unmet[1]).split(" ");
				int count = (int) unmet[2] + random.nextInt((int) unmet[3] - (int) unmet[2] + 1);
				for (int i = 0; i < count; i++) {
					LocalDate day = weekday(month, random);
					LocalTime starts = LocalTime.of(8 + random.nextInt(7), 0);
					UUID request = UUID.randomUUID();
					OffsetDateTime created = this.times.at(day.minusDays(3 + random.nextInt(12)), LocalTime.of(11, 0));
					Topic topic = Topic.values()[random.nextInt(Topic.values().length)];
					requests.add(new Object[] { t, request, topic.name(), "{" + unmet[0] + "}",
							"03459" + gemeinden[random.nextInt(gemeinden.length)], day, starts, starts.plusHours(2),
							"H-" + month + "-" + (++sequence), "CANCELLED", created, this.times.at(day, starts) });
					OffsetDateTime checked = this.times.at(day.minusDays(1), LocalTime.of(4, 10));
					supply.add(new Object[] { t, request, created, checked, 0, this.times.at(day, starts) });
				}
			}
		}
		this.batch.batchUpdate(
				"""
						INSERT INTO guide_request (tenant_id, id, topic, languages, region_key, first_day, starts, ends, recurrence,
						  urgency, contact_reference, status, created_at, updated_at, place, brief)
						VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, 'ONCE', 'NORMAL', ?, ?, ?, ?, NULL, NULL)""",
				requests);
		this.batch.batchUpdate("""
				INSERT INTO guide_request_supply (tenant_id, request_id, first_checked_at, checked_at, candidates,
				  request_updated_at) VALUES (?, ?, ?, ?, ?, ?)""", supply);
		this.batch.batchUpdate(
				"""
						INSERT INTO guide_assignment (tenant_id, id, request_id, guide_id, status, commissioned_at, commissioned_by,
						  updated_at, done_at, approved_at, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				assignments);
		this.batch.batchUpdate("""
				INSERT INTO guide_work_entry (tenant_id, id, assignment_id, guide_id, worked_on, minutes, kilometres,
				  logged_at, approved_at, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
		return requests.size() + supply.size() + assignments.size() + entries.size();
	}

	/** Mostly one of the busy Gemeinden the guide covers, else any the guide covers. */
	private static String pick(Random random, GuideRow guide) {
		List<String> covered = new ArrayList<>(guide.gemeinden());
		if (!covered.contains(guide.home())) {
			covered.add(guide.home());
		}
		List<String> busy = covered.stream().filter(BUSY::contains).toList();
		if (!busy.isEmpty() && random.nextInt(3) != 0) {
			return busy.get(random.nextInt(busy.size()));
		}
		return (random.nextInt(2) == 0) ? guide.home() : covered.get(random.nextInt(covered.size()));
	}

	/** A weekday of the month. */
	private static LocalDate weekday(YearMonth month, Random random) {
		LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return YearMonth.from(day).equals(month) ? day : day.plusDays(3);
	}

	private record GuideRow(UUID id, String name, String home, List<String> gemeinden, List<String> topics,
			String mobility, List<String> languages) {
	}

}
