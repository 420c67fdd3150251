package de.teilhabe.guides.expense;

/**
 * The allowance settings that hold for a year: the office's row of that year or, for a
 * year without one, of the latest earlier year.
 *
 * @param year the year they hold for
 * @param fromYear the year of the row they come from ({@code year} or an earlier one)
 * @param taxFreeCapCents the tax-free Ehrenamtspauschale of the year (§ 3 Nr. 26a EStG)
 * in euro cents
 * @param hourRateCents the allowance per hour (Aufwandsentschädigung) in euro cents
 * @param kilometreRateCents the travel refund per kilometre in euro cents (not counted
 * against the cap)
 */
public record AllowanceYear(int year, int fromYear, long taxFreeCapCents, long hourRateCents, long kilometreRateCents) {

	/** The earliest year statements and settings can be made for. */
	public static final int FIRST_YEAR = 2013;

	/** The latest year statements and settings can be made for. */
	public static final int LAST_YEAR = 2100;

	/** Whether the office has a row of this very year. */
	public boolean ownRow() {
		return this.year == this.fromYear;
	}

	/** The same settings as they hold for another year. */
	public AllowanceYear withYear(int other) {
		return new AllowanceYear(other, this.fromYear, this.taxFreeCapCents, this.hourRateCents,
				this.kilometreRateCents);
	}

	/** Whether a year can be used at all. */
	public static boolean usable(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
