package de.teilhabe.guides.expense;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.guides.guide.Topic;

/**
 * A guide's expense statement of a month or a year: the approved work entries (day, topic
 * and Gemeinde of the request; never the accompanied person), for a year also the months,
 * the sums, and the allowances of the year against its tax-free cap (for a month: the
 * year up to the month's end).
 *
 * @param guideId the guide
 * @param guideName the guide's name
 * @param year the year
 * @param month the month (1–12), or null for the whole year
 * @param rates the allowance settings that hold for the year
 * @param entries the approved entries of the period, by day
 * @param months for a year, its twelve months (for a month: empty)
 * @param total the sums of the period
 * @param cap the year's allowances (up to the period's end) against the cap
 */
public record Statement(UUID guideId, String guideName, int year, Integer month, AllowanceYear rates,
		List<Line> entries, List<MonthLine> months, ExpenseAmounts total, CapStatus cap) {

	/**
	 * An approved entry on the statement.
	 *
	 * @param day the day worked
	 * @param topic the request's topic
	 * @param regionKey the request's Gemeinde
	 * @param amounts its time, kilometres and amounts
	 */
	public record Line(LocalDate day, Topic topic, String regionKey, ExpenseAmounts amounts) {
	}

	/**
	 * A month of a year statement.
	 *
	 * @param month 1–12
	 * @param entries how many approved entries
	 * @param amounts its sums
	 */
	public record MonthLine(int month, int entries, ExpenseAmounts amounts) {
	}

	/** Whether this is the statement of a whole year. */
	public boolean wholeYear() {
		return this.month == null;
	}

}
