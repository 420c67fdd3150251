package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a guide did on one day of an assignment, as it logged it: the time spent and the
 * kilometres travelled. Only approved entries count in expense statements and reports.
 *
 * @param id its id
 * @param assignmentId the assignment
 * @param guideId the guide
 * @param workedOn the day
 * @param minutes the time spent (1 to 1440)
 * @param kilometres the kilometres travelled (0 to 2000, one decimal)
 * @param note a note of the guide, or null
 * @param loggedAt when it was logged
 * @param approvedAt when the office approved it, or null
 * @param approvedBy who approved (display name), or null
 */
public record WorkEntry(UUID id, UUID assignmentId, UUID guideId, LocalDate workedOn, int minutes,
		BigDecimal kilometres, String note, OffsetDateTime loggedAt, OffsetDateTime approvedAt, String approvedBy) {

	/** Whether the office approved it (then it cannot change any more). */
	public boolean approved() {
		return this.approvedAt != null;
	}

	/** The time spent as hours and minutes ({@code 1:30}). */
	public String time() {
		return WorkTime.clock(this.minutes);
	}

	/** The kilometres as the language writes them ({@code 12,5} in German). */
	public String km(java.util.Locale locale) {
		return WorkTime.kilometres(this.kilometres, locale);
	}

}
