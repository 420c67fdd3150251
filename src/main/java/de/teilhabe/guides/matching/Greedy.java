package de.teilhabe.guides.matching;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The simple greedy: the options by cost (then request and guide id), each taken when its
 * request has no guide yet, none of its overlap groups is taken and each of its capacity
 * groups has room.
 */
final class Greedy {

	private Greedy() {
	}

	/**
	 * Picks options greedily.
	 * @param indexed the problem
	 * @return for each usable option whether it is taken
	 */
	static boolean[] pick(IndexedProblem indexed) {
		int n = indexed.optionCount();
		int[][] optionOverlapGroups = groupsOfOptions(n, indexed.overlapGroups.size(), indexed.overlapGroups::get);
		int[][] optionCapacityGroups = groupsOfOptions(n, indexed.capacityGroups.size(), indexed.capacityGroups::get);
		boolean[] overlapTaken = new boolean[indexed.overlapGroups.size()];
		int[] capacityLeft = indexed.capacityLimits.clone();
		boolean[] requestServed = new boolean[indexed.requestCount()];
		boolean[] taken = new boolean[n];
		Option[] options = indexed.options;
		int[] order = IntStream.range(0, n)
			.boxed()
			.sorted(Comparator.<Integer>comparingInt((o) -> options[o].cost())
				.thenComparingLong((o) -> options[o].requestId())
				.thenComparingLong((o) -> options[o].guideId()))
			.mapToInt(Integer::intValue)
			.toArray();
		for (int o : order) {
			if (requestServed[indexed.optionRequest[o]] || anyTaken(optionOverlapGroups[o], overlapTaken)
					|| anyFull(optionCapacityGroups[o], capacityLeft)) {
				continue;
			}
			taken[o] = true;
			requestServed[indexed.optionRequest[o]] = true;
			for (int group : optionOverlapGroups[o]) {
				overlapTaken[group] = true;
			}
			for (int group : optionCapacityGroups[o]) {
				capacityLeft[group]--;
			}
		}
		return taken;
	}

	private static boolean anyTaken(int[] groups, boolean[] taken) {
		for (int group : groups) {
			if (taken[group]) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyFull(int[] groups, int[] left) {
		for (int group : groups) {
			if (left[group] <= 0) {
				return true;
			}
		}
		return false;
	}

	/** For each option, the groups it belongs to. */
	static int[][] groupsOfOptions(int optionCount, int groupCount, java.util.function.IntFunction<int[]> group) {
		int[] sizes = new int[optionCount];
		for (int g = 0; g < groupCount; g++) {
			for (int o : group.apply(g)) {
				sizes[o]++;
			}
		}
		int[][] result = new int[optionCount][];
		for (int o = 0; o < optionCount; o++) {
			result[o] = new int[sizes[o]];
			sizes[o] = 0;
		}
		for (int g = 0; g < groupCount; g++) {
			for (int o : group.apply(g)) {
				result[o][sizes[o]++] = g;
			}
		}
		return result;
	}

}
