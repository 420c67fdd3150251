package de.teilhabe.guides.expense;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The allowance settings of a year as the coordinator enters them, in euros (a decimal
 * comma and thousands points as a German user types them, e.g. {@code 1.234,50}).
 *
 * @param year the year they hold from
 * @param taxFreeCap the tax-free Ehrenamtspauschale of the year
 * @param hourRate the allowance per hour
 * @param kilometreRate the travel refund per kilometre
 */
record AllowanceYearForm(
		@NotNull(message = "{form.error.required}") @Min(value = AllowanceYear.FIRST_YEAR,
				message = "{guides.expenses.error.yearRange}") @Max(value = AllowanceYear.LAST_YEAR,
						message = "{guides.expenses.error.yearRange}") Integer year,
		@NotNull(message = "{form.error.required}") @DecimalMin(value = "0",
				message = "{guides.expenses.error.negative}") @DecimalMax(value = "100000",
						message = "{guides.expenses.error.capTooHigh}") @Digits(integer = 6, fraction = 2,
								message = "{guides.expenses.error.cents}") BigDecimal taxFreeCap,
		@NotNull(message = "{form.error.required}") @DecimalMin(value = "0",
				message = "{guides.expenses.error.negative}") @DecimalMax(value = "1000",
						message = "{guides.expenses.error.hourTooHigh}") @Digits(integer = 4, fraction = 2,
								message = "{guides.expenses.error.cents}") BigDecimal hourRate,
		@NotNull(message = "{form.error.required}") @DecimalMin(value = "0",
				message = "{guides.expenses.error.negative}") @DecimalMax(value = "100",
						message = "{guides.expenses.error.kilometreTooHigh}") @Digits(integer = 3, fraction = 2,
								message = "{guides.expenses.error.cents}") BigDecimal kilometreRate) {

	/** The settings in cents. */
	AllowanceYear settings() {
		return new AllowanceYear(this.year, this.year, cents(this.taxFreeCap), cents(this.hourRate),
				cents(this.kilometreRate));
	}

	private static long cents(BigDecimal euros) {
		return euros.movePointRight(2).longValueExact();
	}

	/** Submitted values with amounts read as a German user types them. */
	static Map<String, Object> decimalPoints(Map<String, ?> raw) {
		Map<String, Object> values = new LinkedHashMap<>(raw);
		values.replaceAll(
				(field, value) -> (!"year".equals(field) && value instanceof String text) ? decimalPoint(text) : value);
		return values;
	}

	private static String decimalPoint(String text) {
		String plain = text.replace("€", "").replace(" ", "").replace("\u00a0", "");
		return plain.contains(",") ? plain.replace(".", "").replace(',', '.') : plain;
	}

	/** The values of settings as the form shows them. */
	static Map<String, String> values(AllowanceYear settings) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("year", String.valueOf(settings.year()));
		values.put("taxFreeCap", ExpenseFormat.INSTANCE.plain(settings.taxFreeCapCents()));
		values.put("hourRate", ExpenseFormat.INSTANCE.plain(settings.hourRateCents()));
		values.put("kilometreRate", ExpenseFormat.INSTANCE.plain(settings.kilometreRateCents()));
		return values;
	}

}
