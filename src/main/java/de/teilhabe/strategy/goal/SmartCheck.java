package de.teilhabe.strategy.goal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a goal has every SMART part (pure logic, no database): specific (a text),
 * measurable (an indicator and a region, or a custom measure), attainable and relevant as
 * far as a form can say it (a baseline and a target that differs from it, responsible
 * organisations, a Handlungsfeld), time-bound (a target year after the baseline year). A
 * goal lacking a part is refused naming the part. At least one responsible organisation
 * is required: the issue lists them among the SMART parts, and a goal nobody answers for
 * cannot be controlled.
 */
public final class SmartCheck {

	private SmartCheck() {
	}

	/**
	 * The problems of a goal by form field, in the order of the form; the message keys
	 * say which SMART part is missing or wrong. Empty when the goal is complete.
	 */
	public static Map<String, String> problems(GoalForm goal) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(goal.title())) {
			problems.put("title", "strategy.goal.smart.specific");
		}
		if (goal.field() == null) {
			problems.put("field", "strategy.goal.smart.field");
		}
		boolean indicator = !blank(goal.indicator());
		boolean region = !blank(goal.region());
		boolean custom = !blank(goal.customMeasure());
		if (!indicator && !custom) {
			// a region alone says where, not what is measured
			problems.put("indicator", region ? "strategy.goal.smart.indicator" : "strategy.goal.smart.measurable");
		}
		else if (indicator && custom) {
			problems.put("customMeasure", "strategy.goal.smart.eitherMeasure");
		}
		else if (indicator && !region) {
			problems.put("region", "strategy.goal.smart.region");
		}
		else if (custom && region) {
			problems.put("region", "strategy.goal.smart.regionOfIndicator");
		}
		if (goal.baselineValue() == null) {
			problems.put("baselineValue", "strategy.goal.smart.baseline");
		}
		if (goal.baselineYear() == null) {
			problems.put("baselineYear", "strategy.goal.smart.baselineYear");
		}
		if (goal.targetValue() == null) {
			problems.put("targetValue", "strategy.goal.smart.target");
		}
		else if (goal.baselineValue() != null && goal.targetValue().compareTo(goal.baselineValue()) == 0) {
			problems.put("targetValue", "strategy.goal.smart.targetDiffers");
		}
		if (goal.targetYear() == null) {
			problems.put("targetYear", "strategy.goal.smart.timeBound");
		}
		else if (goal.baselineYear() != null && goal.targetYear() <= goal.baselineYear()) {
			problems.put("targetYear", "strategy.goal.smart.targetYearAfter");
		}
		if (goal.organisations().isEmpty()) {
			problems.put("organisations", "strategy.goal.smart.responsible");
		}
		if (!goal.values().isEmpty() && !custom) {
			problems.put("values", "strategy.goal.smart.valuesOfCustomMeasure");
		}
		Set<Integer> years = new HashSet<>();
		for (int row = 0; row < goal.values().size(); row++) {
			Integer year = goal.values().get(row).year();
			if (year != null && !years.add(year)) {
				problems.put("values[" + row + "].year", "strategy.goal.smart.yearTwice");
			}
		}
		return problems;
	}

	/**
	 * The SMART part a form field belongs to, as the API names it: the baseline's value
	 * and year are {@code baseline}, the target's {@code target}; every other field is
	 * its own part.
	 */
	public static String part(String field) {
		return switch (field) {
			case "baselineValue", "baselineYear" -> "baseline";
			case "targetValue", "targetYear" -> "target";
			default -> field;
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
