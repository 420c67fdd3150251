package de.teilhabe.guides.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What approved work is worth: time, kilometres, the allowance (hours × the hourly rate),
 * the travel refund (kilometres × the kilometre rate) and their total. Each entry is
 * rounded to the cent on its own (half up) and the sums add those amounts, so the lines
 * of a statement add up to its total and the months to the year.
 *
 * @param minutes the time worked
 * @param kilometres the kilometres travelled
 * @param allowanceCents the allowance in euro cents
 * @param travelCents the travel refund in euro cents
 */
public record ExpenseAmounts(long minutes, BigDecimal kilometres, long allowanceCents, long travelCents) {

	/** Nothing worked. */
	public static final ExpenseAmounts NONE = new ExpenseAmounts(0, BigDecimal.ZERO.setScale(1), 0, 0);

	/** The amounts of one entry at the year's rates. */
	public static ExpenseAmounts of(int minutes, BigDecimal kilometres, AllowanceYear rates) {
		long allowance = BigDecimal.valueOf(minutes)
			.multiply(BigDecimal.valueOf(rates.hourRateCents()))
			.divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP)
			.longValueExact();
		long travel = kilometres.multiply(BigDecimal.valueOf(rates.kilometreRateCents()))
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
		return new ExpenseAmounts(minutes, kilometres.setScale(1, RoundingMode.HALF_UP), allowance, travel);
	}

	/** These amounts and another's. */
	public ExpenseAmounts plus(ExpenseAmounts other) {
		return new ExpenseAmounts(this.minutes + other.minutes, this.kilometres.add(other.kilometres),
				this.allowanceCents + other.allowanceCents, this.travelCents + other.travelCents);
	}

	/** The allowance and the travel refund together, in euro cents. */
	public long totalCents() {
		return this.allowanceCents + this.travelCents;
	}

	/** The time in hours (two decimals). */
	public BigDecimal hours() {
		return BigDecimal.valueOf(this.minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

}
