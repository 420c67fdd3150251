package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goal lacking a SMART part is refused naming the part: specific (text), measurable
 * (indicator and region, or a custom measure), baseline, target (differing from the
 * baseline), time-bound (target year after the baseline year), responsible organisations,
 * Handlungsfeld.
 */
class SmartCheckTest {

	private static final UUID FIELD = UUID.randomUUID();

	private static final UUID ORGANISATION = UUID.randomUUID();

	@Test
	void aCompleteGoalOnAnIndicatorOrACustomMeasureHasNoProblem() {
		assertThat(SmartCheck.problems(indicatorGoal())).isEmpty();
		assertThat(SmartCheck.problems(new GoalForm("Mehr Beratungen", null, FIELD, null, null, "Beratungen", "Fälle",
				BigDecimal.TEN, 2020, BigDecimal.valueOf(20), 2024, List.of(ORGANISATION),
				List.of(new GoalForm.HandValue(2021, BigDecimal.valueOf(12))), List.of())))
			.isEmpty();
	}

	@Test
	void anEmptyGoalNamesEveryPart() {
		GoalForm empty = new GoalForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
		assertThat(SmartCheck.problems(empty)).containsExactly(
				java.util.Map.entry("title", "strategy.goal.smart.specific"),
				java.util.Map.entry("field", "strategy.goal.smart.field"),
				java.util.Map.entry("indicator", "strategy.goal.smart.measurable"),
				java.util.Map.entry("baselineValue", "strategy.goal.smart.baseline"),
				java.util.Map.entry("baselineYear", "strategy.goal.smart.baselineYear"),
				java.util.Map.entry("targetValue", "strategy.goal.smart.target"),
				java.util.Map.entry("targetYear", "strategy.goal.smart.timeBound"),
				java.util.Map.entry("organisations", "strategy.goal.smart.responsible"));
		assertThat(SmartCheck.problems(empty).keySet().stream().map(SmartCheck::part).distinct())
			.containsExactly("title", "field", "indicator", "baseline", "target", "organisations");
	}

	@Test
	void measurableNeedsAnIndicatorWithItsRegionOrACustomMeasureNotBoth() {
		assertThat(SmartCheck.problems(with(indicatorGoal(), "region", null))).containsOnlyKeys("region");
		assertThat(SmartCheck.problems(with(indicatorGoal(), "indicator", null))).containsEntry("indicator",
				"strategy.goal.smart.indicator");
		assertThat(SmartCheck.problems(with(indicatorGoal(), "customMeasure", "Eigene"))).containsEntry("customMeasure",
				"strategy.goal.smart.eitherMeasure");
		GoalForm customWithRegion = with(with(indicatorGoal(), "indicator", null), "customMeasure", "Eigene");
		assertThat(SmartCheck.problems(customWithRegion)).containsEntry("region",
				"strategy.goal.smart.regionOfIndicator");
	}

	@Test
	void theTargetComesAfterTheBaselineAndDiffersFromIt() {
		GoalForm sameYear = new GoalForm("Ziel", null, FIELD, "3-1-3", "03459", null, null, BigDecimal.ONE, 2022,
				BigDecimal.TEN, 2022, List.of(ORGANISATION), List.of(), List.of());
		assertThat(SmartCheck.problems(sameYear))
			.containsExactly(java.util.Map.entry("targetYear", "strategy.goal.smart.targetYearAfter"));
		GoalForm sameValue = new GoalForm("Ziel", null, FIELD, "3-1-3", "03459", null, null, new BigDecimal("10.0"),
				2020, BigDecimal.TEN, 2022, List.of(ORGANISATION), List.of(), List.of());
		assertThat(SmartCheck.problems(sameValue))
			.containsExactly(java.util.Map.entry("targetValue", "strategy.goal.smart.targetDiffers"));
	}

	@Test
	void handValuesBelongToACustomMeasureOncePerYear() {
		GoalForm onIndicator = new GoalForm("Ziel", null, FIELD, "3-1-3", "03459", null, null, BigDecimal.ONE, 2020,
				BigDecimal.TEN, 2022, List.of(ORGANISATION), List.of(new GoalForm.HandValue(2021, BigDecimal.ONE)),
				List.of());
		assertThat(SmartCheck.problems(onIndicator)).containsOnlyKeys("values");
		GoalForm twice = new GoalForm("Ziel", null, FIELD, null, null, "Eigene", null, BigDecimal.ONE, 2020,
				BigDecimal.TEN, 2022, List.of(ORGANISATION),
				List.of(new GoalForm.HandValue(2021, BigDecimal.ONE), new GoalForm.HandValue(2021, BigDecimal.TEN)),
				List.of());
		assertThat(SmartCheck.problems(twice))
			.containsExactly(java.util.Map.entry("values[1].year", "strategy.goal.smart.yearTwice"));
	}

	@Test
	void noGoalWithoutAResponsibleOrganisation() {
		GoalForm nobody = new GoalForm("Ziel", null, FIELD, "3-1-3", "03459", null, null, BigDecimal.ONE, 2020,
				BigDecimal.TEN, 2022, List.of(), List.of(), List.of());
		assertThat(SmartCheck.problems(nobody))
			.containsExactly(java.util.Map.entry("organisations", "strategy.goal.smart.responsible"));
	}

	private static GoalForm indicatorGoal() {
		return new GoalForm("Mehr Kinder in Kitas", null, FIELD, "3-1-3", "03459", null, null, new BigDecimal("19.7"),
				2018, BigDecimal.valueOf(22), 2026, List.of(ORGANISATION), List.of(), List.of());
	}

	private static GoalForm with(GoalForm form, String field, String value) {
		return new GoalForm(form.title(), form.description(), form.field(),
				field.equals("indicator") ? value : form.indicator(), field.equals("region") ? value : form.region(),
				field.equals("customMeasure") ? value : form.customMeasure(), form.unit(), form.baselineValue(),
				form.baselineYear(), form.targetValue(), form.targetYear(), form.organisations(), form.values(),
				form.statements());
	}

}
