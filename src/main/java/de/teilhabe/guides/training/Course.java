package de.teilhabe.guides.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.guides.guide.Qualification;

/**
 * A course of the guide network with its sessions (in order).
 *
 * @param id its id
 * @param title its title
 * @param kind basic or further training
 * @param description what it is about, or null
 * @param qualification what its completion grants, or null
 * @param validityYears how long the qualification counts after the last session, or null
 * (does not lapse)
 * @param capacity how many guides may take part
 * @param trainers who teaches, as text, or null
 * @param sessions its sessions by day and start
 * @param enrolled how many guides are enrolled
 */
public record Course(UUID id, String title, CourseKind kind, String description, Qualification qualification,
		Integer validityYears, int capacity, String trainers, List<Session> sessions, int enrolled) {

	public Course {
		sessions = List.copyOf(sessions);
	}

	/** The day of the first session. */
	public LocalDate firstDay() {
		return this.sessions.isEmpty() ? null : this.sessions.get(0).day();
	}

	/** The day of the last session. */
	public LocalDate lastDay() {
		return this.sessions.isEmpty() ? null : this.sessions.get(this.sessions.size() - 1).day();
	}

	/** Whether the last session's day has come (a participant may complete it). */
	public boolean heldBy(LocalDate today) {
		return lastDay() != null && !lastDay().isAfter(today);
	}

	/**
	 * When the qualification granted by completing the course lapses: the last session's
	 * day plus the validity; null if it does not lapse.
	 */
	public LocalDate qualificationExpiry() {
		return (this.validityYears != null) ? lastDay().plusYears(this.validityYears) : null;
	}

	/** Whether there is room for one more guide. */
	public boolean full() {
		return this.enrolled >= this.capacity;
	}

	/**
	 * A session.
	 *
	 * @param id its id
	 * @param day the day
	 * @param starts from (office's time zone)
	 * @param ends until
	 * @param place where
	 */
	public record Session(UUID id, LocalDate day, LocalTime starts, LocalTime ends, String place) {

		/** Whether attendance can be recorded: the session's day has come. */
		public boolean begunBy(LocalDate today) {
			return !this.day.isAfter(today);
		}

	}

}
