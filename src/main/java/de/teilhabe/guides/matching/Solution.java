package de.teilhabe.guides.matching;

import java.time.Duration;
import java.util.List;

/**
 * A proposal of assignments. gap: relative gap of the cost objective (0.0 when optimal):
 * (total cost - lower bound of the total cost) / max(1, total cost), the lower bound
 * taken among solutions serving as many requests as this one. When it is not proven that
 * no solution serves more requests, the gap is that of the number served instead: (upper
 * bound of served - served) / max(1, served), since serving more comes first.
 *
 * @param served how many requests got a guide
 * @param unserved how many requests got none
 * @param optimal whether it is proven that no solution serves more requests, nor as many
 * at a lower total cost
 * @param gap how far the proposal may be from the best, relative (see above)
 * @param assignments the assignments, by request id
 * @param took how long the computation took
 */
public record Solution(int served, int unserved, boolean optimal, double gap, List<Assignment> assignments,
		Duration took) {

	public Solution {
		assignments = List.copyOf(assignments);
	}

	/**
	 * The total cost of the assignments.
	 * @return the sum of their costs
	 */
	public long totalCost() {
		return this.assignments.stream().mapToLong(Assignment::cost).sum();
	}

}
