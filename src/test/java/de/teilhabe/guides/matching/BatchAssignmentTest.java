package de.teilhabe.guides.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each rule of the batch assignment on a hand-written case, for the solver and the
 * greedy.
 */
class BatchAssignmentTest {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	private final BatchAssignment batch = new BatchAssignment();

	/** A window of the given minutes from a Berlin local time. */
	static TimeWindow window(String berlinStart, int minutes) {
		Instant start = LocalDateTime.parse(berlinStart).atZone(ZoneId.of("Europe/Berlin")).toInstant();
		return new TimeWindow(start, start.plusSeconds(60L * minutes));
	}

	static RequestToServe request(long id, TimeWindow... occurrences) {
		return new RequestToServe(id, List.of(occurrences));
	}

	static GuideToUse guide(long id, int perWeek, TimeWindow... busy) {
		return new GuideToUse(id, perWeek, List.of(busy));
	}

	private Solution solve(Problem problem) {
		Solution solution = this.batch.solve(problem, LIMIT);
		assertThat(SolutionCheck.violations(problem, solution)).isEmpty();
		assertThat(SolutionCheck.violations(problem, this.batch.greedy(problem))).isEmpty();
		return solution;
	}

	@Test
	void anEmptyProblemIsSolvedAtOnce() {
		Problem empty = new Problem(List.of(), List.of(), List.of());
		for (Solution solution : List.of(this.batch.solve(empty, LIMIT), this.batch.greedy(empty))) {
			assertThat(solution.served()).isZero();
			assertThat(solution.unserved()).isZero();
			assertThat(solution.optimal()).isTrue();
			assertThat(solution.gap()).isZero();
			assertThat(solution.assignments()).isEmpty();
		}
	}

	@Test
	void requestsWithoutOptionsStayUnserved() {
		Problem problem = new Problem(List.of(request(1, window("2026-03-02T10:00", 60)), request(2)),
				List.of(guide(7, 3)), List.of());
		Solution solution = solve(problem);
		assertThat(solution.served()).isZero();
		assertThat(solution.unserved()).isEqualTo(2);
		assertThat(solution.optimal()).isTrue();
	}

	@Test
	void oneGuideNeverGetsTwoOverlappingRequests() {
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T10:00", 60)), request(2, window("2026-03-02T10:59", 60))),
				List.of(guide(7, 3)), List.of(new Option(1, 7, 1), new Option(2, 7, 5)));
		Solution solution = solve(problem);
		assertThat(solution.assignments()).containsExactly(new Assignment(1, 7, 1));
		assertThat(solution.unserved()).isEqualTo(1);
		assertThat(solution.optimal()).isTrue();
	}

	@Test
	void windowsThatOnlyTouchDoNotOverlap() {
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T10:00", 60)), request(2, window("2026-03-02T11:00", 60))),
				List.of(guide(7, 3)), List.of(new Option(1, 7, 1), new Option(2, 7, 5)));
		assertThat(solve(problem).assignments()).containsExactly(new Assignment(1, 7, 1), new Assignment(2, 7, 5));
	}

	@Test
	void anOverlapInsideALongWindowCounts() {
		// request 3 lies inside request 1 and overlaps request 2 only through request 1's
		// span
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T09:00", 240)), request(2, window("2026-03-02T12:30", 60)),
						request(3, window("2026-03-02T10:00", 30))),
				List.of(guide(7, 3), guide(8, 3)),
				List.of(new Option(1, 7, 1), new Option(2, 7, 1), new Option(3, 7, 1), new Option(1, 8, 10)));
		Solution solution = solve(problem);
		assertThat(solution.assignments()).containsExactly(new Assignment(1, 8, 10), new Assignment(2, 7, 1),
				new Assignment(3, 7, 1));
	}

	@Test
	void aBusyWindowMakesAnOverlappingOptionImpossible() {
		Problem problem = new Problem(List.of(request(1, window("2026-03-02T10:00", 60))),
				List.of(guide(7, 3, window("2026-03-02T10:30", 120)), guide(8, 3, window("2026-03-02T11:00", 60))),
				List.of(new Option(1, 7, 1), new Option(1, 8, 9)));
		assertThat(solve(problem).assignments()).containsExactly(new Assignment(1, 8, 9));
		assertThat(this.batch.greedy(problem).assignments()).containsExactly(new Assignment(1, 8, 9));
	}

	@Test
	void weeklyCapacityLimitsTheRequestsOfAGuide() {
		List<RequestToServe> requests = new ArrayList<>();
		List<Option> options = new ArrayList<>();
		for (int day = 2; day <= 6; day++) {
			requests.add(request(day, window("2026-03-0" + day + "T10:00", 60)));
			options.add(new Option(day, 7, day));
		}
		Problem problem = new Problem(requests, List.of(guide(7, 3)), options);
		Solution solution = solve(problem);
		assertThat(solution.assignments()).extracting(Assignment::requestId).containsExactly(2L, 3L, 4L);
		assertThat(solution.optimal()).isTrue();
	}

	@Test
	void busyWindowsCountTowardTheirWeek() {
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-03T10:00", 60)), request(2, window("2026-03-04T10:00", 60)),
						request(3, window("2026-03-10T10:00", 60))),
				List.of(guide(7, 2, window("2026-03-02T10:00", 60))),
				List.of(new Option(1, 7, 1), new Option(2, 7, 2), new Option(3, 7, 3)));
		assertThat(solve(problem).assignments()).extracting(Assignment::requestId).containsExactly(1L, 3L);
	}

	@Test
	void aGuideWithoutCapacityTakesNothing() {
		Problem problem = new Problem(List.of(request(1, window("2026-03-03T10:00", 60))), List.of(guide(7, 0)),
				List.of(new Option(1, 7, 1)));
		assertThat(solve(problem).served()).isZero();
		assertThat(this.batch.greedy(problem).served()).isZero();
	}

	@Test
	void weeksEndOnSundayMidnightInBerlinNotInUtc() {
		// Sunday 23:30 and Monday 00:30 in Berlin are both on Sunday in UTC
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-08T23:30", 20)), request(2, window("2026-03-09T00:30", 20))),
				List.of(guide(7, 1)), List.of(new Option(1, 7, 1), new Option(2, 7, 1)));
		assertThat(solve(problem).served()).isEqualTo(2);
		assertThat(this.batch.greedy(problem).served()).isEqualTo(2);
	}

	@Test
	void weeksFollowTheSwitchToSummerTime() {
		// the night of 29 March 2026 has no 02:00-03:00; Monday 00:30 CEST is 22:30 UTC
		// on Sunday,
		// which a fixed offset of +01:00 would put at 23:30 on Sunday
		Problem split = new Problem(
				List.of(request(1, window("2026-03-29T22:00", 20)), request(2, window("2026-03-30T00:30", 20))),
				List.of(guide(7, 1)), List.of(new Option(1, 7, 1), new Option(2, 7, 1)));
		assertThat(solve(split).served()).isEqualTo(2);
		Problem sameWeek = new Problem(
				List.of(request(1, window("2026-03-23T00:10", 20)), request(2, window("2026-03-29T23:40", 10))),
				List.of(guide(7, 1)), List.of(new Option(1, 7, 1), new Option(2, 7, 2)));
		assertThat(solve(sameWeek).assignments()).containsExactly(new Assignment(1, 7, 1));
	}

	@Test
	void weeksFollowTheSwitchBackToWinterTime() {
		// 25 October 2026: 03:00 CEST becomes 02:00 CET; Sunday 23:50 CET is in the old
		// week
		Problem problem = new Problem(
				List.of(request(1, window("2026-10-19T00:00", 30)), request(2, window("2026-10-25T23:50", 10)),
						request(3, window("2026-10-26T00:00", 30))),
				List.of(guide(7, 1)), List.of(new Option(1, 7, 1), new Option(2, 7, 2), new Option(3, 7, 3)));
		assertThat(solve(problem).assignments()).extracting(Assignment::requestId).containsExactly(1L, 3L);
	}

	@Test
	void aRecurringRequestTakesRoomInEachOfItsWeeksOnce() {
		// request 1: Monday and Thursday of one week and Monday of the next; capacity 1 a
		// week
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T10:00", 60), window("2026-03-05T10:00", 60),
						window("2026-03-09T10:00", 60)), request(2, window("2026-03-11T10:00", 60)),
						request(3, window("2026-03-18T10:00", 60))),
				List.of(guide(7, 1), guide(8, 1)),
				List.of(new Option(1, 7, 1), new Option(2, 7, 1), new Option(3, 7, 1), new Option(2, 8, 5)));
		Solution solution = solve(problem);
		assertThat(solution.assignments()).containsExactly(new Assignment(1, 7, 1), new Assignment(2, 8, 5),
				new Assignment(3, 7, 1));
	}

	@Test
	void aRecurringRequestConflictsThroughAnyOccurrence() {
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T10:00", 60), window("2026-03-09T10:00", 60)),
						request(2, window("2026-03-09T10:30", 60))),
				List.of(guide(7, 3), guide(8, 3, window("2026-03-02T10:00", 10))),
				List.of(new Option(1, 7, 1), new Option(2, 7, 1), new Option(1, 8, 1), new Option(2, 8, 9)));
		Solution solution = solve(problem);
		assertThat(solution.assignments()).containsExactly(new Assignment(1, 7, 1), new Assignment(2, 8, 9));
	}

	@Test
	void servingMoreComesBeforeCostingLess() {
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T10:00", 60)), request(2, window("2026-03-02T10:30", 60))),
				List.of(guide(7, 3), guide(8, 3)),
				List.of(new Option(1, 7, 0), new Option(2, 7, 0), new Option(1, 8, 100)));
		Solution solution = solve(problem);
		assertThat(solution.assignments()).containsExactly(new Assignment(1, 8, 100), new Assignment(2, 7, 0));
		assertThat(solution.totalCost()).isEqualTo(100);
		assertThat(solution.optimal()).isTrue();
		assertThat(solution.gap()).isZero();
	}

	@Test
	void theGreedyServesFewerThanTheOptimum() {
		// cheapest first gives request 1 to guide 7, which leaves request 2 (only guide
		// 7) without a guide
		Problem problem = new Problem(
				List.of(request(1, window("2026-03-02T10:00", 60)), request(2, window("2026-03-02T10:30", 60))),
				List.of(guide(7, 3), guide(8, 3)),
				List.of(new Option(1, 7, 1), new Option(1, 8, 5), new Option(2, 7, 2)));
		Solution greedy = this.batch.greedy(problem);
		assertThat(greedy.assignments()).containsExactly(new Assignment(1, 7, 1));
		assertThat(greedy.optimal()).isFalse();
		assertThat(greedy.gap()).isEqualTo(1.0);
		Solution optimum = solve(problem);
		assertThat(optimum.served()).isEqualTo(2);
		assertThat(optimum.assignments()).containsExactly(new Assignment(1, 8, 5), new Assignment(2, 7, 2));
	}

	@Test
	void optionsForUnknownIdsAreRejected() {
		List<RequestToServe> requests = List.of(request(1, window("2026-03-02T10:00", 60)));
		List<GuideToUse> guides = List.of(guide(7, 3));
		Problem unknownRequest = new Problem(requests, guides, List.of(new Option(2, 7, 1)));
		Problem unknownGuide = new Problem(requests, guides, List.of(new Option(1, 8, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.solve(unknownRequest, LIMIT))
			.withMessageContaining("request 2");
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.greedy(unknownRequest))
			.withMessageContaining("request 2");
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.solve(unknownGuide, LIMIT))
			.withMessageContaining("guide 8");
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.greedy(unknownGuide))
			.withMessageContaining("guide 8");
	}

	@Test
	void repeatedIdsAndBadValuesAreRejected() {
		TimeWindow window = window("2026-03-02T10:00", 60);
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch
			.greedy(new Problem(List.of(request(1, window), request(1, window)), List.of(), List.of())));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.batch.greedy(new Problem(List.of(), List.of(guide(7, 1), guide(7, 2)), List.of())));
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.greedy(new Problem(List.of(request(1, window)),
				List.of(guide(7, 1)), List.of(new Option(1, 7, 1), new Option(1, 7, 2)))));
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeWindow(window.start(), window.start()));
		assertThatIllegalArgumentException().isThrownBy(() -> new Option(1, 7, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> guide(7, -1));
		Problem problem = new Problem(List.of(), List.of(), List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.solve(problem, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> this.batch.solve(problem, null));
	}

}
