package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import de.teilhabe.strategy.goal.Controlling.Assessment;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A goal's status and why, in words, in the reader's language: the latest value, the
 * value expected on the path from the baseline to the target in that year, how far behind
 * it is and the tolerance.
 */
@Component
public class StatusWords {

	private final MessageSource messages;

	StatusWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The assessment of a goal as it stands (the status it would be stored with). */
	public static Assessment assess(Goal goal, BigDecimal tolerance) {
		return Controlling.assess(goal.baseline(), goal.target(), goal.latest(), tolerance);
	}

	/** The status's name, e.g. „auf Kurs“. */
	public String name(GoalStatus status, Locale locale) {
		return this.messages.getMessage("strategy.goal.status." + status.name(), null, locale);
	}

	/** A message of the goals' bundle without arguments. */
	String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * Why the goal has its status, in a sentence or two.
	 * @param unit the unit of the goal's values (the indicator's or the custom
	 * measure's), or null
	 */
	public String reason(Goal goal, Assessment assessment, String unit, Locale locale) {
		Object[] arguments = { (assessment.latest() != null) ? String.valueOf(assessment.latest().year()) : "–",
				number(assessment.latestValue(), unit, locale), number(goal.baseline().value(), unit, locale),
				String.valueOf(goal.baseline().year()), number(goal.target().value(), unit, locale),
				String.valueOf(goal.target().year()), number(assessment.expected(), unit, locale),
				number(assessment.behind(), unit, locale), percent(assessment.tolerance(), locale),
				number(assessment.toleranceAmount(), unit, locale) };
		String key = "strategy.goal.reason." + assessment.status().name();
		if (assessment.status() == GoalStatus.NO_DATA) {
			key += (assessment.latest() != null) ? ".beforeBaseline" : ".none";
		}
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A value of the goal's measure with its unit, as the page and the API say it. */
	public static String number(BigDecimal value, String unit, Locale locale) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits((value.abs().compareTo(BigDecimal.ONE) < 0 && value.signum() != 0) ? 3 : 2);
		format.setRoundingMode(RoundingMode.HALF_UP);
		String number = format.format(value);
		return (unit == null || unit.isBlank()) ? number : number + " " + unit;
	}

	private static String percent(BigDecimal share, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(share.multiply(BigDecimal.valueOf(100)));
	}

}
