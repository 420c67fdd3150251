package de.teilhabe.guides.matching;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver against an exhaustive search on small random instances: the same number
 * served and the same total cost, proven optimal; the greedy never serves more.
 */
class BatchAssignmentBruteForceTest {

	private static final int INSTANCES = 250;

	private final BatchAssignment batch = new BatchAssignment();

	@Test
	void solveFindsTheOptimumOfAnExhaustiveSearch() {
		Random random = new Random(20261205);
		int greedyNotProven = 0;
		int greedyServedFewer = 0;
		for (int i = 0; i < INSTANCES; i++) {
			Problem problem = randomProblem(random, 7, 3);
			long[] best = bruteForce(problem);
			Solution solution = this.batch.solve(problem, Duration.ofSeconds(10));
			Solution greedy = this.batch.greedy(problem);
			String instance = "instance " + i + ": " + problem;
			assertThat(SolutionCheck.violations(problem, solution)).as(instance).isEmpty();
			assertThat(SolutionCheck.violations(problem, greedy)).as(instance).isEmpty();
			assertThat(new long[] { solution.served(), solution.totalCost() }).as(instance).containsExactly(best);
			assertThat(solution.optimal()).as(instance).isTrue();
			assertThat(solution.gap()).as(instance).isZero();
			assertThat(greedy.served()).as(instance).isLessThanOrEqualTo(solution.served());
			if (greedy.optimal()) {
				assertThat(new long[] { greedy.served(), greedy.totalCost() }).as(instance).containsExactly(best);
			}
			else {
				greedyNotProven++;
			}
			if (greedy.served() < solution.served()) {
				greedyServedFewer++;
			}
		}
		// the instances are hard enough that the solver, not the simple bounds, decides
		// most
		assertThat(greedyNotProven).isGreaterThan(INSTANCES / 2);
		assertThat(greedyServedFewer).isGreaterThanOrEqualTo(5);
	}

	@Test
	void largerInstancesKeepEveryRuleAlsoWhenTimeRunsOut() {
		Random random = new Random(42);
		for (int i = 0; i < 20; i++) {
			Problem problem = randomProblem(random, 60, 25);
			String instance = "instance " + i;
			Solution solution = this.batch.solve(problem, Duration.ofSeconds(10));
			Solution hurried = this.batch.solve(problem, Duration.ofNanos(1));
			Solution greedy = this.batch.greedy(problem);
			for (Solution any : List.of(solution, hurried, greedy)) {
				assertThat(SolutionCheck.violations(problem, any)).as(instance).isEmpty();
				assertThat(any.gap()).as(instance).isGreaterThanOrEqualTo(0.0);
				assertThat(any.optimal() || any.gap() > 0).as(instance).isTrue();
				assertThat(any.served()).as(instance).isLessThanOrEqualTo(solution.served());
			}
			assertThat(solution.optimal()).as(instance).isTrue();
			assertThat(hurried.served()).as(instance).isGreaterThanOrEqualTo(greedy.served());
		}
	}

	/**
	 * 2 to maxRequests requests and 1 to maxGuides guides in two weeks around the switch
	 * to summer time, with windows crowded into few hours (overlaps), some recurring
	 * weekly, some busy windows and capacities of 0 to 2 a week.
	 */
	static Problem randomProblem(Random random, int maxRequests, int maxGuides) {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		LocalDateTime monday = LocalDateTime.parse("2026-03-23T00:00");
		int[] hours = { 0, 9, 10, 11, 23 };
		List<RequestToServe> requests = new ArrayList<>();
		int requestCount = 2 + random.nextInt(maxRequests - 1);
		for (int r = 0; r < requestCount; r++) {
			ZonedDateTime start = monday.plusDays(random.nextInt(3) * 3L)
				.plusHours(hours[random.nextInt(hours.length)])
				.plusMinutes(30L * random.nextInt(2))
				.atZone(berlin);
			int minutes = 30 * (1 + random.nextInt(4));
			int repeats = (random.nextInt(4) == 0) ? 2 : 1;
			List<TimeWindow> occurrences = new ArrayList<>();
			for (int k = 0; k < repeats; k++) {
				ZonedDateTime occurrence = start.plusWeeks(k);
				occurrences.add(new TimeWindow(occurrence.toInstant(), occurrence.plusMinutes(minutes).toInstant()));
			}
			requests.add(new RequestToServe(100 + r, occurrences));
		}
		List<GuideToUse> guides = new ArrayList<>();
		int guideCount = 1 + random.nextInt(maxGuides);
		for (int g = 0; g < guideCount; g++) {
			List<TimeWindow> busy = new ArrayList<>();
			for (int b = random.nextInt(3); b > 0; b--) {
				ZonedDateTime start = monday.plusDays(random.nextInt(14))
					.plusHours(hours[random.nextInt(hours.length)])
					.atZone(berlin);
				busy.add(new TimeWindow(start.toInstant(), start.plusMinutes(60).toInstant()));
			}
			int perWeek = (random.nextInt(8) == 0) ? 0 : 1 + random.nextInt(2);
			guides.add(new GuideToUse(10 + g, perWeek, busy));
		}
		List<Option> options = new ArrayList<>();
		for (RequestToServe request : requests) {
			for (GuideToUse guide : guides) {
				if (random.nextInt(10) < 7) {
					options.add(new Option(request.requestId(), guide.guideId(), random.nextInt(10)));
				}
			}
		}
		return new Problem(requests, guides, options);
	}

	/** The most served and, among those, the least total cost, by trying every choice. */
	static long[] bruteForce(Problem problem) {
		Map<Long, List<Option>> byRequest = new HashMap<>();
		problem.options()
			.forEach((option) -> byRequest.computeIfAbsent(option.requestId(), (r) -> new ArrayList<>()).add(option));
		Map<Long, GuideToUse> guides = new HashMap<>();
		problem.guides().forEach((guide) -> guides.put(guide.guideId(), guide));
		long[] best = { 0, 0 };
		search(problem.requests(), 0, byRequest, guides, new HashMap<>(), 0, 0, best);
		return best;
	}

	private static void search(List<RequestToServe> requests, int next, Map<Long, List<Option>> byRequest,
			Map<Long, GuideToUse> guides, Map<Long, List<RequestToServe>> assigned, long served, long cost,
			long[] best) {
		if (next == requests.size()) {
			if (served > best[0] || (served == best[0] && cost < best[1])) {
				best[0] = served;
				best[1] = cost;
			}
			return;
		}
		RequestToServe request = requests.get(next);
		search(requests, next + 1, byRequest, guides, assigned, served, cost, best);
		for (Option option : byRequest.getOrDefault(request.requestId(), List.of())) {
			List<RequestToServe> ofGuide = assigned.computeIfAbsent(option.guideId(), (g) -> new ArrayList<>());
			ofGuide.add(request);
			if (SolutionCheck.fits(guides.get(option.guideId()), ofGuide)) {
				search(requests, next + 1, byRequest, guides, assigned, served + 1, cost + option.cost(), best);
			}
			ofGuide.remove(ofGuide.size() - 1);
		}
	}

}
