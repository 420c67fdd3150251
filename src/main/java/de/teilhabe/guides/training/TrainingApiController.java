package de.teilhabe.guides.training;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The courses API (GUIDE_COORDINATOR): the tenant's courses, paged like every list,
 * upcoming first (soonest first), then past ones (latest first); one course with its
 * participants, their attendance and completion; creating a course with the checks of the
 * form (201, or 422 {@code errors: [{field, message}]}). Another tenant's course answers
 * 404.
 */
@RestController
class TrainingApiController {

	private final Trainings trainings;

	private final TrainingStore store;

	TrainingApiController(Trainings trainings, TrainingStore store) {
		this.trainings = trainings;
		this.store = store;
	}

	@GetMapping("/api/v1/guide-trainings")
	ApiPage<CourseItem> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.store.list(CurrentActor.get().tenantId(), this.trainings.today(), ApiPaging.of(page, size))
			.map(CourseItem::of);
	}

	@GetMapping("/api/v1/guide-trainings/{id}")
	CourseDetail one(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return detail(actor, this.trainings.visible(actor, id));
	}

	@PostMapping("/api/v1/guide-trainings")
	ResponseEntity<CourseDetail> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Trainings.Saved saved = this.trainings.save(actor, null, (body != null) ? body : Map.of());
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/guide-trainings/" + saved.id()))
			.body(detail(actor, this.trainings.visible(actor, saved.id())));
	}

	private CourseDetail detail(Actor actor, Course course) {
		return new CourseDetail(CourseItem.of(course),
				this.store.participants(actor.tenantId(), course.id())
					.stream()
					.map((participant) -> ParticipantItem.of(course, participant))
					.toList());
	}

	/**
	 * A course.
	 *
	 * @param id the course
	 * @param title its title
	 * @param kind {@code BASIC} (Basisqualifizierung) or {@code FURTHER}
	 * @param description what it is about, or null
	 * @param qualification what completing it grants, or null
	 * @param validityYears years the qualification counts after the last session, or null
	 * (does not lapse)
	 * @param capacity how many guides may take part
	 * @param trainers who teaches, or null
	 * @param enrolled how many guides are enrolled
	 * @param sessions day, start, end (Europe/Berlin) and place of each session, in order
	 */
	record CourseItem(UUID id, String title, String kind, String description, String qualification,
			Integer validityYears, int capacity, String trainers, int enrolled, List<SessionItem> sessions) {

		static CourseItem of(Course course) {
			return new CourseItem(course.id(), course.title(), course.kind().name(), course.description(),
					(course.qualification() != null) ? course.qualification().name() : null, course.validityYears(),
					course.capacity(), course.trainers(), course.enrolled(),
					course.sessions()
						.stream()
						.map((s) -> new SessionItem(s.id(), s.day(), s.starts(), s.ends(), s.place()))
						.toList());
		}

	}

	/**
	 * A session.
	 *
	 * @param id the session
	 * @param day the day
	 * @param starts from
	 * @param ends until
	 * @param place where
	 */
	record SessionItem(UUID id, LocalDate day, LocalTime starts, LocalTime ends, String place) {
	}

	/**
	 * A course with its participants: the course's fields, and {@code participants}.
	 *
	 * @param course the course
	 * @param participants the guides enrolled, by name
	 */
	record CourseDetail(@JsonUnwrapped CourseItem course, List<ParticipantItem> participants) {
	}

	/**
	 * A participant.
	 *
	 * @param guideId the guide
	 * @param name its name
	 * @param attendance one entry per session in order: {@code PRESENT}, {@code EXCUSED},
	 * {@code ABSENT} or null (not recorded)
	 * @param completedOn when the office confirmed the completion, or null
	 * @param completionReason why completed without being present at every session, or
	 * null
	 */
	record ParticipantItem(UUID guideId, String name, List<String> attendance, LocalDate completedOn,
			String completionReason) {

		static ParticipantItem of(Course course, Participant participant) {
			return new ParticipantItem(participant.guideId(), participant.name(),
					course.sessions().stream().map((s) -> {
						Attendance at = participant.at(s.id());
						return (at != null) ? at.name() : null;
					}).toList(), participant.completedOn(), participant.completionReason());
		}

	}

}
