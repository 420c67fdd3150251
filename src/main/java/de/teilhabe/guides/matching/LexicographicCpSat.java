package de.teilhabe.guides.matching;

import java.util.Arrays;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

/**
 * The CP-SAT model of the batch assignment, solved in two phases: first the most requests
 * served, then, with at least that many served, the least total cost. One boolean per
 * usable option; at most one option per request, per overlap group and, per capacity
 * group, at most its room. Each phase starts from the best solution known so far (the
 * greedy's, then the first phase's) as a hint, and a phase whose optimum a simple bound
 * already proves is not run.
 */
final class LexicographicCpSat {

	private LexicographicCpSat() {
	}

	/**
	 * The solver's outcome.
	 *
	 * @param taken for each usable option whether it is taken
	 * @param optimal whether both phases are proven optimal
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
		int servable = (int) Arrays.stream(indexed.requestOptions).filter((options) -> options.length > 0).count();
		int startServed = count(start);
		if (n == 0 || (startServed == servable && cost(indexed, start) == costLowerBound(indexed, servable))) {
			return new Outcome(start, true, 0.0);
		}
		NativeLibraries.load();
		CpModel model = new CpModel();
		BoolVar[] taken = new BoolVar[n];
		long[] costs = new long[n];
		for (int o = 0; o < n; o++) {
			taken[o] = model.newBoolVar("o" + o);
			costs[o] = indexed.options[o].cost();
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
		LinearExpr served = LinearExpr.sum(taken);

		boolean[] best = start;
		int bestServed = startServed;
		boolean servedProven = startServed == servable;
		double servedBound = servable;
		if (!servedProven) {
			model.maximize(served);
			hint(model, taken, best);
			CpSolver solver = solver(deadline, workers);
			CpSolverStatus status = solver.solve(model);
			if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
				boolean[] found = values(solver, taken);
				if (count(found) >= bestServed) {
					best = found;
					bestServed = count(found);
				}
				servedProven = status == CpSolverStatus.OPTIMAL;
				servedBound = Math.min(servable, Math.floor(solver.bestObjectiveBound() + 1e-6));
			}
			else if (status != CpSolverStatus.UNKNOWN) {
				throw new IllegalStateException("CP-SAT found the batch assignment model " + status);
			}
		}
		if (!servedProven) {
			return new Outcome(best, false, (servedBound - bestServed) / Math.max(1, bestServed));
		}

		long bestCost = cost(indexed, best);
		double costBound = costLowerBound(indexed, bestServed);
		boolean costProven = bestCost <= costBound;
		if (!costProven && System.nanoTime() < deadline) {
			model.clearObjective();
			model.addGreaterOrEqual(served, bestServed);
			model.minimize(LinearExpr.weightedSum(taken, costs));
			hint(model, taken, best);
			CpSolver solver = solver(deadline, workers);
			CpSolverStatus status = solver.solve(model);
			if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
				boolean[] found = values(solver, taken);
				if (count(found) >= bestServed && cost(indexed, found) <= bestCost) {
					best = found;
					bestCost = cost(indexed, found);
				}
				costProven = status == CpSolverStatus.OPTIMAL;
				costBound = Math.max(costBound, Math.ceil(solver.bestObjectiveBound() - 1e-6));
			}
			else if (status != CpSolverStatus.UNKNOWN) {
				throw new IllegalStateException("CP-SAT found the batch assignment model " + status);
			}
		}
		if (costProven) {
			return new Outcome(best, true, 0.0);
		}
		return new Outcome(best, false, Math.max(0.0, (bestCost - costBound) / Math.max(1, bestCost)));
	}

	private static CpSolver solver(long deadline, int workers) {
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(Math.max(0.001, (deadline - System.nanoTime()) / 1e9))
			.setNumWorkers(workers)
			.setRandomSeed(1)
			.setLogSearchProgress(false);
		return solver;
	}

	private static void hint(CpModel model, BoolVar[] taken, boolean[] values) {
		model.clearHints();
		for (int o = 0; o < taken.length; o++) {
			model.addHint(taken[o], values[o]);
		}
	}

	private static boolean[] values(CpSolver solver, BoolVar[] taken) {
		boolean[] values = new boolean[taken.length];
		for (int o = 0; o < taken.length; o++) {
			values[o] = solver.booleanValue(taken[o]);
		}
		return values;
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
