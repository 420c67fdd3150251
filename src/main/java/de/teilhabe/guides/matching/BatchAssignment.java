package de.teilhabe.guides.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Assigns guides to all open requests at once. A plain class without state: create one
 * where needed, it is safe to share between threads. The model is described in
 * docs/guides-matching.md.
 */
public final class BatchAssignment {

	/**
	 * CP-SAT workers: two, one per core of the target machine. On the benchmark's pools
	 * one and two workers proved optimality equally fast; two keep a second search
	 * strategy running on harder pools.
	 */
	static final int DEFAULT_WORKERS = 2;

	private final int workers;

	public BatchAssignment() {
		this(DEFAULT_WORKERS);
	}

	BatchAssignment(int workers) {
		this.workers = workers;
	}

	/**
	 * Maximises requests served, then minimises total cost; capacity per ISO week
	 * (Europe/Berlin) of each occurrence; never two requests with overlapping occurrences
	 * to one guide. Best found within timeLimit if not proven.
	 * @param problem the requests, guides and options
	 * @param timeLimit the time the computation may take at most, checking the problem
	 * included
	 * @return the best solution found, optimal when the solver proved it
	 * @throws IllegalArgumentException if an id repeats, an option names an unknown
	 * request or guide, or the time limit is not positive
	 */
	public Solution solve(Problem problem, Duration timeLimit) {
		long started = System.nanoTime();
		Objects.requireNonNull(problem, "problem");
		if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("The time limit must be positive: " + timeLimit);
		}
		IndexedProblem indexed = IndexedProblem.of(problem);
		long deadline = started + Math.min(timeLimit.toNanos(), Long.MAX_VALUE / 4);
		LexicographicCpSat.Outcome outcome = LexicographicCpSat.solve(indexed, Greedy.pick(indexed), deadline,
				this.workers);
		return solution(indexed, outcome.taken(), outcome.optimal(), outcome.gap(), started);
	}

	/**
	 * The simple greedy (cheapest option first) — for tests and to show the demo's batch
	 * serves more. Its gap compares with simple bounds: every request that has an option
	 * served, each at its cheapest option; optimal only when it meets them.
	 * @param problem the requests, guides and options
	 * @return the greedy's solution
	 * @throws IllegalArgumentException if an id repeats or an option names an unknown
	 * request or guide
	 */
	public Solution greedy(Problem problem) {
		long started = System.nanoTime();
		Objects.requireNonNull(problem, "problem");
		IndexedProblem indexed = IndexedProblem.of(problem);
		boolean[] taken = Greedy.pick(indexed);
		LexicographicCpSat.Outcome outcome = LexicographicCpSat.bySimpleBounds(indexed, taken,
				LexicographicCpSat.servable(indexed));
		return solution(indexed, taken, outcome.optimal(), outcome.gap(), started);
	}

	private static Solution solution(IndexedProblem indexed, boolean[] taken, boolean optimal, double gap,
			long started) {
		List<Assignment> assignments = new ArrayList<>();
		for (int o = 0; o < taken.length; o++) {
			if (taken[o]) {
				Option option = indexed.options[o];
				assignments.add(new Assignment(option.requestId(), option.guideId(), option.cost()));
			}
		}
		assignments.sort(Comparator.comparingLong(Assignment::requestId));
		return new Solution(assignments.size(), indexed.requestCount() - assignments.size(), optimal,
				optimal ? 0.0 : gap, assignments, Duration.ofNanos(System.nanoTime() - started));
	}

}
