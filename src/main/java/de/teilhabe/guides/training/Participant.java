package de.teilhabe.guides.training;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideState;

/**
 * A guide enrolled in a course, with attendance and completion.
 *
 * @param guideId the guide
 * @param name the guide's name
 * @param state where the guide stands in the lifecycle
 * @param attendance by session id, as recorded so far
 * @param completedOn when the office confirmed the completion, or null
 * @param completionReason why completed without being present at every session, or null
 */
public record Participant(UUID guideId, String name, GuideState state, Map<UUID, Attendance> attendance,
		LocalDate completedOn, String completionReason) {

	public Participant {
		attendance = Map.copyOf(attendance);
	}

	public boolean completed() {
		return this.completedOn != null;
	}

	/** Whether present at every session of the course. */
	public boolean presentAtEvery(Course course) {
		return course.sessions()
			.stream()
			.allMatch((session) -> this.attendance.get(session.id()) == Attendance.PRESENT);
	}

	/** The attendance at a session, or null if not recorded. */
	public Attendance at(UUID sessionId) {
		return this.attendance.get(sessionId);
	}

}
