package de.teilhabe.guides.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the statements show amounts, German-style in every language of the UI (the amounts
 * are euros of a German office): {@code 1.234,50 €}, hours with two decimals
 * ({@code 1,50}), kilometres with one ({@code 12,5}). Templates get it as {@code fmt}.
 */
public final class ExpenseFormat {

	/** The one instance (it holds no state). */
	public static final ExpenseFormat INSTANCE = new ExpenseFormat();

	private static final DecimalFormatSymbols GERMAN = DecimalFormatSymbols.getInstance(Locale.GERMANY);

	private ExpenseFormat() {
	}

	/** Euro cents as {@code 1.234,50 €}. */
	public String euro(long cents) {
		return new DecimalFormat("#,##0.00", GERMAN).format(euros(cents)) + " €";
	}

	/** The time of amounts in hours, e.g. {@code 1,50}. */
	public String hours(ExpenseAmounts amounts) {
		return new DecimalFormat("#,##0.00", GERMAN).format(amounts.hours());
	}

	/** Kilometres, e.g. {@code 12,5}. */
	public String km(BigDecimal kilometres) {
		return new DecimalFormat("#,##0.0", GERMAN).format(kilometres);
	}

	/** A month's name in the language. */
	public String month(int month, Locale locale) {
		return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
	}

	/** Euro cents as a form shows them to change: {@code 960,00}. */
	public String plain(long cents) {
		return euros(cents).toPlainString().replace('.', ',');
	}

	/** Euro cents as euros with two decimals. */
	public static BigDecimal euros(long cents) {
		return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
	}

}
