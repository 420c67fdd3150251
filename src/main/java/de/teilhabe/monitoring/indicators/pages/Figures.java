package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader of the page's language expects them: German „1.234,5“, English
 * „1,234.5“.
 */
final class Figures {

	private Figures() {
	}

	/** A value with the indicator's precision; null gives null. */
	static String format(BigDecimal value, int precision, Locale locale) {
		if (value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(precision);
		format.setMaximumFractionDigits(precision);
		return format.format(value);
	}

	/**
	 * A value rounded to the indicator's precision, so comparisons agree with what the
	 * page shows (values come at full precision); null gives null.
	 */
	static BigDecimal rounded(BigDecimal value, int precision) {
		return (value == null) ? null : value.setScale(precision, RoundingMode.HALF_UP);
	}

	/** A count or component as it is (up to 6 decimals, none shown when whole). */
	static String plain(BigDecimal value, Locale locale) {
		if (value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(6);
		return format.format(value);
	}

}
