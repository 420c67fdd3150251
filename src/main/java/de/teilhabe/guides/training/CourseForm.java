package de.teilhabe.guides.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormRows;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.validation.Errors;

/**
 * The form of a course (page and API alike): the sessions are indexed rows
 * ({@code sessions[0].day}; in JSON {@code "sessions": [{"day": "2027-01-14", "starts":
 * "18:00", "ends": "21:00", "place": "Kreishaus"}]}). A validity needs a qualification;
 * the sessions lie within five years of today, each once (day and start), and end after
 * they start. The capacity may not fall below the guides enrolled.
 *
 * @param title the course's title
 * @param kind basic training (Basisqualifizierung) or further training
 * @param description what it is about
 * @param qualification what completing it grants (none: nothing)
 * @param validityYears how many years the qualification counts after the last session
 * (none: it does not lapse)
 * @param capacity how many guides may take part
 * @param trainers who teaches
 * @param sessions day, start, end and place of each session
 */
public record CourseForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@NotNull(message = "{form.error.required}") CourseKind kind,
		@Size(max = 4000, message = "{form.error.tooLong}") String description, Qualification qualification,
		@Range(min = 1, max = 20, message = "{form.error.range}") Integer validityYears,
		@NotNull(message = "{form.error.required}") @Range(min = 1, max = 200,
				message = "{form.error.range}") Integer capacity,
		@Size(max = 500, message = "{form.error.tooLong}") @SingleLine String trainers,
		@NotEmpty(message = "{guides.training.error.noSession}") @Size(max = 40,
				message = "{form.error.tooMany}") List<@Valid SessionRow> sessions)
		implements
			CheckedTogether {

	/** The session rows as the page shows them. */
	public static final FormRows SESSIONS = new FormRows("sessions", List.of("day", "starts", "ends", "place"), 40);

	/** How far before or after today a session may lie. */
	static final int YEARS_AROUND = 5;

	public CourseForm {
		sessions = (sessions != null) ? sessions : List.of();
	}

	/**
	 * A session.
	 *
	 * @param day the day
	 * @param starts from (office's time zone)
	 * @param ends until, after starts
	 * @param place where
	 */
	public record SessionRow(@NotNull(message = "{form.error.required}") LocalDate day,
			@NotNull(message = "{form.error.required}") LocalTime starts,
			@NotNull(message = "{form.error.required}") LocalTime ends,
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String place) {
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.validityYears != null && this.qualification == null && !errors.hasFieldErrors("validityYears")) {
			errors.rejectValue("validityYears", "guides.training.error.validityWithout");
		}
		Set<String> seen = new HashSet<>();
		for (int row = 0; row < this.sessions.size(); row++) {
			SessionRow session = this.sessions.get(row);
			String ends = SESSIONS.field(row, "ends");
			if (session.starts() != null && session.ends() != null && !session.ends().isAfter(session.starts())
					&& !errors.hasFieldErrors(ends)) {
				errors.rejectValue(ends, "guides.error.endsBeforeStarts");
			}
			String starts = SESSIONS.field(row, "starts");
			if (session.day() != null && session.starts() != null && !seen.add(session.day() + " " + session.starts())
					&& !errors.hasFieldErrors(starts)) {
				errors.rejectValue(starts, "guides.training.error.sessionTwice");
			}
		}
	}

	/**
	 * Binds and checks submitted values, that every session lies within five years of
	 * today, and that the capacity is not below the guides enrolled.
	 * @param today the office's day
	 * @param enrolled how many guides are enrolled (0 for a new course)
	 */
	public static FormBinder.Bound<CourseForm> check(FormBinder binder, Map<String, ?> raw, LocalDate today,
			int enrolled) {
		return binder.bind(raw, CourseForm.class, (form, errors) -> {
			for (int row = 0; row < form.sessions().size(); row++) {
				LocalDate day = form.sessions().get(row).day();
				String field = SESSIONS.field(row, "day");
				if (day != null && !errors.hasFieldErrors(field) && (day.isBefore(today.minusYears(YEARS_AROUND))
						|| day.isAfter(today.plusYears(YEARS_AROUND)))) {
					errors.rejectValue(field, "guides.training.error.dayFar", new Object[] { YEARS_AROUND }, null);
				}
			}
			if (form.capacity() != null && !errors.hasFieldErrors("capacity") && form.capacity() < enrolled) {
				errors.rejectValue("capacity", "guides.training.error.capacityBelow", new Object[] { enrolled }, null);
			}
		});
	}

	/** The sessions by day and start. */
	public List<SessionRow> sessionsInOrder() {
		return this.sessions.stream()
			.sorted(Comparator.comparing(SessionRow::day).thenComparing(SessionRow::starts))
			.toList();
	}

	/** The values of a stored course as the form shows them. */
	public static Map<String, String> of(Course course) {
		return FormBinder.values(new CourseForm(course.title(), course.kind(), course.description(),
				course.qualification(), course.validityYears(), course.capacity(), course.trainers(),
				course.sessions()
					.stream()
					.map((s) -> new SessionRow(s.day(), s.starts(), s.ends(), s.place()))
					.toList()));
	}

	/** The values of a new course: a further training for twelve guides. */
	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(CourseForm.class)));
		values.put("kind", CourseKind.FURTHER.name());
		values.put("capacity", "12");
		return values;
	}

}
