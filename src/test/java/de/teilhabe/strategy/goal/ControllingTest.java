package de.teilhabe.strategy.goal;

import java.math.BigDecimal;

import de.teilhabe.strategy.goal.Controlling.Assessment;
import de.teilhabe.strategy.goal.Controlling.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every branch of the controlling status (docs/strategy.md, Goals and controlling), for
 * rising and falling targets: reached (also early), on track (also exactly on the path),
 * at risk (also exactly at the tolerance), off track (just beyond it), no data.
 */
class ControllingTest {

	private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

	/** Rising: 10 (2018) to 20 (2022), expected 2.5 more each year. */
	private static final Point RISING_BASE = point("10", 2018);

	private static final Point RISING_TARGET = point("20", 2022);

	/** Falling: 30 (2020) to 20 (2025), expected 2 less each year. */
	private static final Point FALLING_BASE = point("30", 2020);

	private static final Point FALLING_TARGET = point("20", 2025);

	@Test
	void risingTargetReachedEarlyAndBeyond() {
		assertThat(status(RISING_BASE, RISING_TARGET, point("20", 2020))).isEqualTo(GoalStatus.REACHED);
		assertThat(status(RISING_BASE, RISING_TARGET, point("23.5", 2021))).isEqualTo(GoalStatus.REACHED);
		// after the target year too
		assertThat(status(RISING_BASE, RISING_TARGET, point("20", 2024))).isEqualTo(GoalStatus.REACHED);
	}

	@Test
	void fallingTargetReachedEarly() {
		assertThat(status(FALLING_BASE, FALLING_TARGET, point("19.9", 2022))).isEqualTo(GoalStatus.REACHED);
		assertThat(status(FALLING_BASE, FALLING_TARGET, point("20", 2021))).isEqualTo(GoalStatus.REACHED);
	}

	@Test
	void onTrackAheadOfThePathAndExactlyOnIt() {
		// rising: 2020 expects 15
		Assessment ahead = Controlling.assess(RISING_BASE, RISING_TARGET, point("16", 2020), TEN_PERCENT);
		assertThat(ahead.status()).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(ahead.expected()).isEqualByComparingTo("15");
		assertThat(ahead.behind()).isEqualByComparingTo("0");
		assertThat(status(RISING_BASE, RISING_TARGET, point("15", 2020))).isEqualTo(GoalStatus.ON_TRACK);
		// falling: 2022 expects 26
		assertThat(status(FALLING_BASE, FALLING_TARGET, point("25", 2022))).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(status(FALLING_BASE, FALLING_TARGET, point("26", 2022))).isEqualTo(GoalStatus.ON_TRACK);
		// in the baseline year with the baseline value
		assertThat(status(RISING_BASE, RISING_TARGET, point("10", 2018))).isEqualTo(GoalStatus.ON_TRACK);
	}

	@Test
	void exactlyOnAPathWhoseExpectedValueHasNoFiniteDecimal() {
		// 0 (2018) to 10 (2021): 2019 expects 10/3 = 3.333…, which no decimal reaches;
		// the
		// comparison must not round it: 3.3333333333 is (a little) behind, 3.34 ahead
		Point base = point("0", 2018);
		Point target = point("10", 2021);
		assertThat(status(base, target, point("3.34", 2019))).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(status(base, target, point("3.3333333333", 2019))).isEqualTo(GoalStatus.AT_RISK);
	}

	@Test
	void atRiskWithinTheToleranceUpToItsEdge() {
		// rising: tolerance 10 % of |20 − 10| = 1; 2020 expects 15
		Assessment edge = Controlling.assess(RISING_BASE, RISING_TARGET, point("14", 2020), TEN_PERCENT);
		assertThat(edge.status()).isEqualTo(GoalStatus.AT_RISK);
		assertThat(edge.behind()).isEqualByComparingTo("1");
		assertThat(edge.toleranceAmount()).isEqualByComparingTo("1");
		assertThat(status(RISING_BASE, RISING_TARGET, point("14.5", 2020))).isEqualTo(GoalStatus.AT_RISK);
		// falling: tolerance 10 % of 10 = 1; 2022 expects 26
		assertThat(status(FALLING_BASE, FALLING_TARGET, point("27", 2022))).isEqualTo(GoalStatus.AT_RISK);
	}

	@Test
	void offTrackJustBeyondTheTolerance() {
		assertThat(status(RISING_BASE, RISING_TARGET, point("13.99", 2020))).isEqualTo(GoalStatus.OFF_TRACK);
		assertThat(status(RISING_BASE, RISING_TARGET, point("8", 2021))).isEqualTo(GoalStatus.OFF_TRACK);
		assertThat(status(FALLING_BASE, FALLING_TARGET, point("27.01", 2022))).isEqualTo(GoalStatus.OFF_TRACK);
		// past the target year without reaching it: the path goes on beyond the target
		assertThat(status(RISING_BASE, RISING_TARGET, point("19.5", 2023))).isEqualTo(GoalStatus.OFF_TRACK);
	}

	@Test
	void theTenantsToleranceDecides() {
		Point latest = point("13", 2020);
		assertThat(Controlling.assess(RISING_BASE, RISING_TARGET, latest, new BigDecimal("0.20")).status())
			.isEqualTo(GoalStatus.AT_RISK);
		assertThat(Controlling.assess(RISING_BASE, RISING_TARGET, latest, new BigDecimal("0.19")).status())
			.isEqualTo(GoalStatus.OFF_TRACK);
		assertThat(Controlling.assess(RISING_BASE, RISING_TARGET, point("15", 2020), BigDecimal.ZERO).status())
			.isEqualTo(GoalStatus.ON_TRACK);
		assertThat(Controlling.assess(RISING_BASE, RISING_TARGET, point("14.99", 2020), BigDecimal.ZERO).status())
			.isEqualTo(GoalStatus.OFF_TRACK);
		// none given: the default, 10 %
		assertThat(Controlling.assess(RISING_BASE, RISING_TARGET, point("14", 2020), null).status())
			.isEqualTo(GoalStatus.AT_RISK);
	}

	@Test
	void noDataWithoutAValueAtOrAfterTheBaselineYear() {
		Assessment none = Controlling.assess(RISING_BASE, RISING_TARGET, null, TEN_PERCENT);
		assertThat(none.status()).isEqualTo(GoalStatus.NO_DATA);
		assertThat(none.expected()).isNull();
		Assessment before = Controlling.assess(RISING_BASE, RISING_TARGET, point("25", 2017), TEN_PERCENT);
		assertThat(before.status()).isEqualTo(GoalStatus.NO_DATA);
		assertThat(before.latest().year()).isEqualTo(2017);
	}

	@Test
	void aTargetYearNotAfterTheBaselineYearIsNoGoal() {
		assertThatThrownBy(() -> Controlling.assess(point("1", 2020), point("2", 2020), null, TEN_PERCENT))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static GoalStatus status(Point baseline, Point target, Point latest) {
		return Controlling.assess(baseline, target, latest, TEN_PERCENT).status();
	}

	private static Point point(String value, int year) {
		return new Point(new BigDecimal(value), year);
	}

}
