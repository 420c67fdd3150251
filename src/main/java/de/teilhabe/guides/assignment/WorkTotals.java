package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The work entries of an assignment added up.
 *
 * @param days the days worked (distinct)
 * @param minutes the time spent
 * @param kilometres the kilometres travelled
 */
public record WorkTotals(int days, int minutes, BigDecimal kilometres) {

	static WorkTotals of(List<WorkEntry> entries) {
		return new WorkTotals((int) entries.stream().map(WorkEntry::workedOn).distinct().count(),
				entries.stream().mapToInt(WorkEntry::minutes).sum(),
				entries.stream().map(WorkEntry::kilometres).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add));
	}

	/** The time as hours and minutes ({@code 1:30}). */
	public String time() {
		return WorkTime.clock(this.minutes);
	}

	/** The kilometres as the language writes them ({@code 12,5} in German). */
	public String km(java.util.Locale locale) {
		return WorkTime.kilometres(this.kilometres, locale);
	}

}
