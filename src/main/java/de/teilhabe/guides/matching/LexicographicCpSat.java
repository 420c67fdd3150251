package de.teilhabe.guides.matching;

import java.util.Arrays;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

/**
 * The CP-SAT model of the batch assignment. One boolean per usable option; at most one
 * option per request and per overlap group, and per capacity group at most its room.
 * <p>
 * The two goals, most requests served first and then least total cost, are one weighted
 * objective: maximise the sum over taken options of (W - cost) with W = 1 + the sum over
 * requests of their most expensive option. No solution costs W or more, so serving one
 * more request always outweighs any difference in cost: if solution A serves more than B,
 * then W * (served A - served B) >= W > cost A >= cost A - cost B. Among solutions
 * serving as many, the objective is W * served - cost, so the cheapest wins. One search
 * with this objective proved optimality several times faster than two phases (most
 * served, then least cost with at least that many served) on the benchmark's pools.
 * <p>
 * The search starts from the greedy's solution as a hint; when simple bounds already
 * prove the greedy optimal, no search runs.
 */
final class LexicographicCpSat {

	private LexicographicCpSat() {
	}

	/**
	 * The solver's outcome.
	 *
	 * @param taken for each usable option whether it is taken
	 * @param optimal whether it is proven optimal
	 * @param gap the relative gap as {@link Solution} describes it
	 */
	record Outcome(boolean[] taken, boolean optimal, double gap) {

	}

	/**
	 * Solves the problem within the deadline.
	 * @param indexed the problem
	 * @param start a feasible solution to start from
	 * @param deadline the deadline as {@link System#nanoTime()}
	 * @param workers the number of CP-SAT workers
	 * @return the best solution found
	 */
	static Outcome solve(IndexedProblem indexed, boolean[] start, long deadline, int workers) {
		int n = indexed.optionCount();
		int servable = servable(indexed);
		Outcome simple = bySimpleBounds(indexed, start, servable);
		if (n == 0 || simple.optimal()) {
			return simple;
		}
		long weight = 1;
		for (int[] options : indexed.requestOptions) {
			weight += Arrays.stream(options).map((o) -> indexed.options[o].cost()).max().orElse(0);
		}
		NativeLibraries.load();
		CpModel model = new CpModel();
		BoolVar[] taken = new BoolVar[n];
		long[] values = new long[n];
		for (int o = 0; o < n; o++) {
			taken[o] = model.newBoolVar("o" + o);
			values[o] = weight - indexed.options[o].cost();
			model.addHint(taken[o], start[o]);
		}
		for (int[] options : indexed.requestOptions) {
			if (options.length > 1) {
				model.addAtMostOne(literals(taken, options));
			}
		}
		for (int[] group : indexed.overlapGroups) {
			model.addAtMostOne(literals(taken, group));
		}
		for (int g = 0; g < indexed.capacityGroups.size(); g++) {
			model.addLessOrEqual(LinearExpr.sum(literals(taken, indexed.capacityGroups.get(g))),
					indexed.capacityLimits[g]);
		}
		model.maximize(LinearExpr.weightedSum(taken, values));
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(Math.max(0.001, (deadline - System.nanoTime()) / 1e9))
			.setNumWorkers(workers)
			.setRandomSeed(1)
			.setLogSearchProgress(false);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			if (status != CpSolverStatus.UNKNOWN) {
				throw new IllegalStateException("CP-SAT found the batch assignment model " + status);
			}
			return simple;
		}
		boolean[] found = new boolean[n];
		for (int o = 0; o < n; o++) {
			found[o] = solver.booleanValue(taken[o]);
		}
		int served = count(found);
		long cost = cost(indexed, found);
		if (served < count(start) || (served == count(start) && cost > cost(indexed, start))) {
			found = start;
			served = count(start);
			cost = cost(indexed, start);
		}
		if (status == CpSolverStatus.OPTIMAL) {
			return new Outcome(found, true, 0.0);
		}
		// any solution serving s' at cost c' (0 <= c' < W) has W * s' - c' <= bound
		long bound = (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
		long servedBound = Math.min(servable, Math.floorDiv(bound + weight - 1, weight));
		if (servedBound > served) {
			return new Outcome(found, false, (double) (servedBound - served) / Math.max(1, served));
		}
		long costBound = Math.max(weight * served - bound, costLowerBound(indexed, served));
		return (cost <= costBound) ? new Outcome(found, true, 0.0)
				: new Outcome(found, false, (double) (cost - costBound) / Math.max(1, cost));
	}

	/**
	 * The gap of a solution against simple bounds: every request that has a usable option
	 * served, each at its cheapest option.
	 */
	static Outcome bySimpleBounds(IndexedProblem indexed, boolean[] taken, int servable) {
		int served = count(taken);
		if (served < servable) {
			return new Outcome(taken, false, (double) (servable - served) / Math.max(1, served));
		}
		long cost = cost(indexed, taken);
		long bound = costLowerBound(indexed, served);
		return (cost <= bound) ? new Outcome(taken, true, 0.0)
				: new Outcome(taken, false, (double) (cost - bound) / Math.max(1, cost));
	}

	static int servable(IndexedProblem indexed) {
		return (int) Arrays.stream(indexed.requestOptions).filter((options) -> options.length > 0).count();
	}

	private static BoolVar[] literals(BoolVar[] taken, int[] options) {
		BoolVar[] literals = new BoolVar[options.length];
		for (int i = 0; i < options.length; i++) {
			literals[i] = taken[options[i]];
		}
		return literals;
	}

	static int count(boolean[] taken) {
		int count = 0;
		for (boolean t : taken) {
			if (t) {
				count++;
			}
		}
		return count;
	}

	static long cost(IndexedProblem indexed, boolean[] taken) {
		long cost = 0;
		for (int o = 0; o < taken.length; o++) {
			if (taken[o]) {
				cost += indexed.options[o].cost();
			}
		}
		return cost;
	}

	/**
	 * A lower bound of the total cost of any solution serving the given number of
	 * requests: the sum of that many of the smallest cheapest-option costs of the
	 * requests.
	 */
	static long costLowerBound(IndexedProblem indexed, int served) {
		return Arrays.stream(indexed.requestOptions)
			.filter((options) -> options.length > 0)
			.mapToLong((options) -> Arrays.stream(options).map((o) -> indexed.options[o].cost()).min().getAsInt())
			.sorted()
			.limit(served)
			.sum();
	}

}
