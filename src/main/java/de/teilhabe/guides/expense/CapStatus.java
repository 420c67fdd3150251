package de.teilhabe.guides.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Allowances of a year against its tax-free Ehrenamtspauschale (§ 3 Nr. 26a EStG): what
 * is left of it and what lies above it (taxable income). Travel refunds do not count.
 *
 * @param capCents the cap of the year in euro cents
 * @param allowanceCents the allowances of the year (so far) in euro cents
 */
public record CapStatus(long capCents, long allowanceCents) {

	/** From this share of the cap on a guide is near it. */
	public static final int NEAR_PERCENT = 90;

	/** How close to the cap. */
	public enum Level {

		/** Below 90 % of the cap. */
		BELOW,
		/** From 90 % of the cap up to below the cap. */
		NEAR,
		/** At or above the cap. */
		REACHED

	}

	/** What is left of the cap (0 when reached). */
	public long leftCents() {
		return Math.max(0, this.capCents - this.allowanceCents);
	}

	/** What lies above the cap: taxable income (0 below the cap). */
	public long aboveCents() {
		return Math.max(0, this.allowanceCents - this.capCents);
	}

	/** Whether the allowances exceed the cap. */
	public boolean exceeded() {
		return this.allowanceCents > this.capCents;
	}

	public Level level() {
		if (this.allowanceCents >= this.capCents) {
			return (this.capCents > 0 || this.allowanceCents > 0) ? Level.REACHED : Level.BELOW;
		}
		return (this.allowanceCents * 100 >= this.capCents * NEAR_PERCENT) ? Level.NEAR : Level.BELOW;
	}

	/** The share of the cap used, in percent (whole, rounded down; 0 for a cap of 0). */
	public int percent() {
		if (this.capCents <= 0) {
			return 0;
		}
		return BigDecimal.valueOf(this.allowanceCents)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(this.capCents), 0, RoundingMode.DOWN)
			.intValue();
	}

}
