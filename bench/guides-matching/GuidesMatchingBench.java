package de.teilhabe.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.teilhabe.guides.matching.BatchAssignment;
import de.teilhabe.guides.matching.GuideToUse;
import de.teilhabe.guides.matching.Option;
import de.teilhabe.guides.matching.Problem;
import de.teilhabe.guides.matching.RequestToServe;
import de.teilhabe.guides.matching.Solution;
import de.teilhabe.guides.matching.TimeWindow;

/**
 * Batch assignment of issue 15 on generated pools: a realistic one (300 guides, 100 open
 * requests) and a large one (5 000 guides, 1 000 requests), plus a dense variant of the
 * large one (about four times the options per request) as a stress test. Each run
 * generates a pool with its own seed and solves it with {@link BatchAssignment#solve}
 * (time limit 10 s) and the greedy. Prints time, served, optimal and gap per pool and run. Run from the project
 * root: {@code bench/guides-matching/run.sh [runs] [pool...]}.
 * <p>
 * A pool: Gemeinden on a line, each guide covering its own and 0 to 2 neighbours; German
 * plus 1 to 3 draws of the languages needed in the demo Landkreis (weighted as requests need
 * them); available on 3 to 5 weekdays; 1 to 3 assignments a week (mostly 3) with 0 to 2
 * present assignments (busy windows) a week. Requests in a 4-week horizon, on weekdays
 * between 08:00 and 18:00 in few start times (windows overlap a lot), 1 to 3 hours, a
 * fifth of them weekly over the 4 weeks; one language and one Gemeinde. An option is a
 * guide covering the Gemeinde, speaking the language and available on the request's
 * weekdays; its cost: distance (0 same Gemeinde, 10 a neighbour's), topic experience (0 or
 * 6), present load (4 per busy window), plus 0 to 4 for the rest.
 */
public final class GuidesMatchingBench {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

	static final int WEEKS = 4;

	/** Languages besides German and how often requests need them (weights). */
	static final String[] LANGUAGES = { "Arabic", "Dari", "Farsi", "Kurmanji", "Sorani", "Tigrinya", "Ukrainian",
			"Russian", "Turkish", "English" };

	static final int[] WEIGHTS = { 20, 10, 8, 8, 4, 4, 18, 12, 10, 6 };

	public record Pool(String name, int guides, int requests, int gemeinden) {
	}

	public static final List<Pool> POOLS = List.of(new Pool("realistic", 300, 100, 12), new Pool("large", 5_000, 1_000, 200), new Pool("dense", 5_000, 1_000, 50));

	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		Set<String> wanted = new HashSet<>(List.of(args).subList(Math.min(1, args.length), args.length));
		BatchAssignment batch = new BatchAssignment();
		// load the native libraries and warm up outside the figures
		batch.solve(generate(POOLS.get(0), 999), Duration.ofSeconds(10));
		System.out.printf("%-10s %3s %7s %11s %9s %8s %7s %8s %8s %7s %s%n", "pool", "run", "options", "opt/req mean",
				"time ms", "served", "optimal", "gap", "cost", "greedy", "greedy cost");
		for (Pool pool : POOLS) {
			if (!wanted.isEmpty() && !wanted.contains(pool.name())) {
				continue;
			}
			for (int run = 1; run <= runs; run++) {
				Problem problem = generate(pool, run);
				IntSummaryStatistics perRequest = problem.requests()
					.stream()
					.mapToInt((request) -> (int) problem.options()
						.stream()
						.filter((option) -> option.requestId() == request.requestId())
						.count())
					.summaryStatistics();
				Solution solution = batch.solve(problem, Duration.ofSeconds(10));
				Solution greedy = batch.greedy(problem);
				System.out.printf("%-10s %3d %7d %3d-%-3d %4.1f %9d %8s %7s %8.5f %8d %7d %d%n", pool.name(), run,
						problem.options().size(), perRequest.getMin(), perRequest.getMax(), perRequest.getAverage(),
						solution.took().toMillis(), solution.served() + "/" + problem.requests().size(),
						solution.optimal(), solution.gap(), solution.totalCost(), greedy.served(), greedy.totalCost());
			}
		}
	}

	public static Problem generate(Pool pool, long seed) {
		Random random = new Random(seed);
		int[] starts = { 8 * 60, 9 * 60, 10 * 60, 10 * 60 + 30, 13 * 60, 14 * 60, 15 * 60 };
		List<GuideToUse> guides = new ArrayList<>();
		List<int[]> guideGemeinden = new ArrayList<>();
		List<Set<Integer>> guideLanguages = new ArrayList<>();
		List<Set<DayOfWeek>> guideDays = new ArrayList<>();
		List<Set<Integer>> guideTopics = new ArrayList<>();
		for (int g = 0; g < pool.guides(); g++) {
			int home = random.nextInt(pool.gemeinden());
			int reach = random.nextInt(3);
			int[] covered = new int[1 + 2 * reach];
			for (int i = -reach; i <= reach; i++) {
				covered[i + reach] = Math.floorMod(home + i, pool.gemeinden());
			}
			guideGemeinden.add(covered);
			Set<Integer> languages = new HashSet<>();
			for (int k = 1 + random.nextInt(3); k > 0; k--) {
				languages.add(weighted(random));
			}
			guideLanguages.add(languages);
			Set<DayOfWeek> days = new HashSet<>();
			while (days.size() < 3 + random.nextInt(3)) {
				days.add(DayOfWeek.of(1 + random.nextInt(5)));
			}
			guideDays.add(days);
			Set<Integer> topics = new HashSet<>();
			topics.add(random.nextInt(6));
			topics.add(random.nextInt(6));
			guideTopics.add(topics);
			int perWeek = switch (random.nextInt(6)) {
				case 0 -> 1;
				case 1 -> 2;
				default -> 3;
			};
			List<TimeWindow> busy = new ArrayList<>();
			for (int week = 0; week < WEEKS; week++) {
				for (int b = random.nextInt(3); b > 0; b--) {
					busy.add(window(MONDAY.plusWeeks(week).plusDays(random.nextInt(5)), starts[random.nextInt(7)],
							60 * (1 + random.nextInt(2))));
				}
			}
			guides.add(new GuideToUse(1_000_000 + g, perWeek, busy));
		}
		List<RequestToServe> requests = new ArrayList<>();
		List<Option> options = new ArrayList<>();
		for (int r = 0; r < pool.requests(); r++) {
			long requestId = 1 + r;
			int gemeinde = random.nextInt(pool.gemeinden());
			int language = weighted(random);
			int topic = random.nextInt(6);
			LocalDate day = MONDAY.plusDays(random.nextInt(WEEKS * 7));
			while (day.getDayOfWeek().getValue() > 5) {
				day = day.plusDays(1);
			}
			int start = starts[random.nextInt(starts.length)];
			int minutes = 60 * (1 + random.nextInt(3));
			List<TimeWindow> occurrences = new ArrayList<>();
			if (random.nextInt(5) == 0) {
				LocalDate first = MONDAY.with(day.getDayOfWeek());
				for (int week = 0; week < WEEKS; week++) {
					occurrences.add(window(first.plusWeeks(week), start, minutes));
				}
			}
			else {
				occurrences.add(window(day, start, minutes));
			}
			requests.add(new RequestToServe(requestId, occurrences));
			for (int g = 0; g < pool.guides(); g++) {
				int distance = distance(guideGemeinden.get(g), gemeinde, pool.gemeinden());
				if (distance < 0 || !guideLanguages.get(g).contains(language)
						|| !guideDays.get(g).contains(day.getDayOfWeek())) {
					continue;
				}
				GuideToUse guide = guides.get(g);
				int cost = 10 * distance + (guideTopics.get(g).contains(topic) ? 0 : 6) + 4 * guide.busy().size() / WEEKS
						+ random.nextInt(5);
				options.add(new Option(requestId, guide.guideId(), cost));
			}
		}
		return new Problem(requests, guides, options);
	}

	/** 0 for the guide's home Gemeinde, 1 for another covered one, -1 if not covered. */
	static int distance(int[] covered, int gemeinde, int count) {
		for (int i = 0; i < covered.length; i++) {
			if (covered[i] == gemeinde) {
				return (i == covered.length / 2) ? 0 : 1;
			}
		}
		return -1;
	}

	static int weighted(Random random) {
		int total = 0;
		for (int weight : WEIGHTS) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < WEIGHTS.length; i++) {
			pick -= WEIGHTS[i];
			if (pick < 0) {
				return i;
			}
		}
		throw new IllegalStateException();
	}

	static TimeWindow window(LocalDate day, int startMinute, int minutes) {
		ZonedDateTime start = day.atStartOfDay(BERLIN).plusMinutes(startMinute);
		return new TimeWindow(start.toInstant(), start.plusMinutes(minutes).toInstant());
	}

}
