package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The controlling status of a goal (pure logic, no database). With the baseline (b, vb),
 * the target (t, vt) and the latest value (y, v): the expected value on the straight path
 * is e = vb + (vt − vb)·(y − b)/(t − b), the direction d = sign(vt − vb); the goal is
 * {@link GoalStatus#REACHED} if d·(v − vt) ≥ 0, else {@link GoalStatus#ON_TRACK} if d·(v
 * − e) ≥ 0, else {@link GoalStatus#AT_RISK} if |v − e| ≤ tolerance·|vt − vb|, else
 * {@link GoalStatus#OFF_TRACK}; {@link GoalStatus#NO_DATA} when there is no value at or
 * after the baseline year. The comparisons are exact: they are made on the values
 * multiplied by (t − b), so that a value exactly on the path is on track however the
 * division would round.
 */
public final class Controlling {

	/** The tolerance a tenant has until it sets its own: 10 % of |vt − vb|. */
	public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

	private Controlling() {
	}

	/**
	 * A value of a year.
	 *
	 * @param value the value
	 * @param year the year
	 */
	public record Point(BigDecimal value, int year) {

		public Point {
			if (value == null) {
				throw new IllegalArgumentException("A point needs a value");
			}
		}

	}

	/**
	 * A goal's status and the figures that explain it.
	 *
	 * @param status the status
	 * @param latest the value it was computed from, null when there is none at all
	 * @param expected the value expected in the latest value's year on the straight path,
	 * null for NO_DATA
	 * @param behind how far the latest value is behind the expected one (0 when on or
	 * beyond the path), null for NO_DATA
	 * @param tolerance the tolerance as a share of |vt − vb| (0.10 is 10 %)
	 * @param toleranceAmount the tolerance in the measure's unit: tolerance·|vt − vb|
	 */
	public record Assessment(GoalStatus status, Point latest, BigDecimal expected, BigDecimal behind,
			BigDecimal tolerance, BigDecimal toleranceAmount) {

		/** The latest value, or null. */
		public BigDecimal latestValue() {
			return (this.latest != null) ? this.latest.value() : null;
		}

	}

	/**
	 * The status of a goal.
	 * @param baseline the baseline value and year
	 * @param target the target value and year (a later year than the baseline's)
	 * @param latest the latest value there is (any year), or null
	 * @param tolerance the share of |vt − vb| within which a goal behind its path is
	 * AT_RISK rather than OFF_TRACK (0.10 for 10 %)
	 */
	public static Assessment assess(Point baseline, Point target, Point latest, BigDecimal tolerance) {
		if (target.year() <= baseline.year()) {
			throw new IllegalArgumentException("The target year must be after the baseline year");
		}
		BigDecimal share = (tolerance != null) ? tolerance : DEFAULT_TOLERANCE;
		BigDecimal span = target.value().subtract(baseline.value());
		BigDecimal toleranceAmount = share.multiply(span.abs());
		if (latest == null || latest.year() < baseline.year()) {
			return new Assessment(GoalStatus.NO_DATA, latest, null, null, share, toleranceAmount);
		}
		int direction = span.signum();
		BigDecimal years = BigDecimal.valueOf((long) target.year() - baseline.year());
		BigDecimal elapsed = BigDecimal.valueOf((long) latest.year() - baseline.year());
		BigDecimal v = latest.value();
		// (v − e)·(t − b) = (v − vb)·(t − b) − (vt − vb)·(y − b): exact, no division
		BigDecimal aheadTimesYears = v.subtract(baseline.value()).multiply(years).subtract(span.multiply(elapsed));
		BigDecimal expected = baseline.value().add(span.multiply(elapsed).divide(years, MathContext.DECIMAL64));
		BigDecimal behindTimesYears = (direction * aheadTimesYears.signum() >= 0) ? BigDecimal.ZERO
				: aheadTimesYears.abs();
		BigDecimal behind = behindTimesYears.divide(years, MathContext.DECIMAL64);
		GoalStatus status;
		if (direction * v.subtract(target.value()).signum() >= 0) {
			status = GoalStatus.REACHED;
		}
		else if (direction * aheadTimesYears.signum() >= 0) {
			status = GoalStatus.ON_TRACK;
		}
		else if (aheadTimesYears.abs().compareTo(toleranceAmount.multiply(years)) <= 0) {
			status = GoalStatus.AT_RISK;
		}
		else {
			status = GoalStatus.OFF_TRACK;
		}
		return new Assessment(status, latest, expected, behind, share, toleranceAmount);
	}

}
