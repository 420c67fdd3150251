package de.teilhabe.guides.training;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.ControlCharacterFilter;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The courses API (GUIDE_COORDINATOR): the tenant's courses, paged like every list,
 * upcoming first (soonest first), then past ones (latest first); one course with its
 * participants, their attendance and completion; creating a course with the checks of the
 * form (201, or 422 {@code errors: [{field, message}]}); enrolling a guide
 * ({@code POST …/enrolments}) and withdrawing one ({@code DELETE
 * …/enrolments/{guideId}}), the attendance at a session ({@code PUT
 * …/sessions/{sessionId}/attendance}) and the completion of a participant
 * ({@code POST …/completions}), each through the same service as the course page
 * ({@link Trainings}), so with its rules. Another tenant's course answers 404.
 */
@RestController
class TrainingApiController {

	/** The refusals of a completion that are no fault of the body. */
	private static final Set<String> CONFLICTS = Set.of("guides.training.error.completedAlready",
			"guides.training.error.notHeld");

	private static final String GUIDE_ID = "guideId";

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

	/**
	 * Enrols a guide of the tenant ({@code {"guideId": …}}): 201 with the course; 422
	 * naming {@code guideId} if it is missing, no guide of the tenant, has ended its
	 * engagement, is enrolled already or the course is full.
	 */
	@PostMapping("/api/v1/guide-trainings/{id}/enrolments")
	ResponseEntity<CourseDetail> enrol(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Course course = this.trainings.visible(actor, id);
		UUID guideId = guideId(body);
		String refusal;
		try {
			refusal = this.trainings.enrol(actor, course.id(), guideId);
		}
		catch (NotFoundException ex) {
			// the course was found: what is not is the guide named in the body
			refusal = "guides.training.error.unknownGuide";
		}
		if (refusal != null) {
			throw new InvalidBodyException(GUIDE_ID, refusal);
		}
		return ResponseEntity.created(URI.create("/api/v1/guide-trainings/" + id))
			.body(detail(actor, this.trainings.visible(actor, id)));
	}

	/**
	 * Withdraws a participant who has not completed the course (with its attendance):
	 * 204; 404 if the guide is not enrolled, 409 once completed.
	 */
	@DeleteMapping("/api/v1/guide-trainings/{id}/enrolments/{guideId}")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID guideId) {
		Actor actor = CurrentActor.get();
		this.trainings.visible(actor, id);
		Participant participant = this.store.participant(actor.tenantId(), id, guideId)
			.orElseThrow(() -> new NotFoundException("guides.training.error.noParticipant"));
		if (participant.completed()) {
			throw new ConflictException("guides.training.error.withdrawCompleted");
		}
		this.trainings.withdraw(actor, id, guideId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Records the attendance at one session ({@code {"attendance": [{"guideId": …,
	 * "status": "PRESENT"}]}}, status {@code PRESENT}, {@code EXCUSED}, {@code ABSENT} or
	 * null for not recorded; a participant left out keeps what it has): 200 with the
	 * course; all or nothing, 422 naming {@code attendance[i].guideId} (missing, not
	 * enrolled, twice) or {@code attendance[i].status} (an unknown value, a session still
	 * to come); 404 for a session of another course.
	 */
	@PutMapping("/api/v1/guide-trainings/{id}/sessions/{sessionId}/attendance")
	CourseDetail attendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Course course = this.trainings.visible(actor, id);
		if (course.sessions().stream().noneMatch((session) -> session.id().equals(sessionId))) {
			throw new NotFoundException("guides.training.error.sessionNotFound");
		}
		Object list = (body != null) ? body.get("attendance") : null;
		if (!(list instanceof List<?> entries)) {
			throw new InvalidBodyException("attendance", "guides.training.error.attendanceList");
		}
		Set<UUID> participants = new HashSet<>();
		this.store.participants(actor.tenantId(), id).forEach((p) -> participants.add(p.guideId()));
		List<InvalidBodyException.Invalid> invalid = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> fieldOf = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String at = "attendance[" + i + "].";
			if (!(entries.get(i) instanceof Map<?, ?> entry)) {
				invalid.add(new InvalidBodyException.Invalid("attendance[" + i + "]",
						"guides.training.error.attendanceEntry"));
				continue;
			}
			UUID guideId = uuid(entry.get("guideId"));
			if (guideId == null) {
				invalid.add(new InvalidBodyException.Invalid(at + "guideId", "guides.training.error.guideId"));
				continue;
			}
			if (!participants.contains(guideId)) {
				invalid.add(new InvalidBodyException.Invalid(at + "guideId", "guides.training.error.noParticipant"));
				continue;
			}
			String field = Trainings.attendanceField(sessionId, guideId);
			if (values.containsKey(field)) {
				invalid.add(new InvalidBodyException.Invalid(at + "guideId", "guides.training.error.attendanceTwice"));
				continue;
			}
			if (!entry.containsKey("status")) {
				invalid.add(new InvalidBodyException.Invalid(at + "status", "form.error.required"));
				continue;
			}
			Object status = entry.get("status");
			values.put(field, (status instanceof String text) ? text : ((status == null) ? "" : "?"));
			fieldOf.put(field, at + "status");
		}
		if (!invalid.isEmpty()) {
			throw new InvalidBodyException(invalid);
		}
		Map<String, MessageSourceResolvable> refused = this.trainings.recordAttendance(actor, course, values);
		if (!refused.isEmpty()) {
			Map<String, MessageSourceResolvable> byBodyField = new LinkedHashMap<>();
			refused.forEach((field, message) -> byBodyField.put(fieldOf.getOrDefault(field, field), message));
			throw new InvalidBodyException(byBodyField);
		}
		return detail(actor, this.trainings.visible(actor, id));
	}

	/**
	 * Confirms the completion of a participant ({@code {"guideId": …, "reason": null}}),
	 * exactly as the course page does: grants the course's qualification with its expiry
	 * and, for a basic training, moves a guide after the first conversation on to
	 * trained. 201 with what it did; 422 naming {@code guideId} (missing, not enrolled)
	 * or {@code reason} (needed when not present at every session, at most 500
	 * characters); 409 if completed already or the last session is still to come.
	 */
	@PostMapping("/api/v1/guide-trainings/{id}/completions")
	ResponseEntity<CompletionItem> complete(@PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		this.trainings.visible(actor, id);
		UUID guideId = guideId(body);
		if (this.store.participant(actor.tenantId(), id, guideId).isEmpty()) {
			throw new InvalidBodyException(GUIDE_ID, "guides.training.error.noParticipant");
		}
		Object reason = body.get("reason");
		if (reason != null && !(reason instanceof String)) {
			throw new InvalidBodyException("reason", "guides.training.error.reasonText");
		}
		if (reason instanceof String text && ControlCharacterFilter.hasControlCharacter(text)) {
			throw new InvalidBodyException("reason", "error.controlCharacter");
		}
		Trainings.Completion completion = this.trainings.complete(actor, id, guideId, (String) reason);
		if (completion.refusal() != null) {
			if (CONFLICTS.contains(completion.refusal())) {
				throw new ConflictException(completion.refusal());
			}
			throw new InvalidBodyException("reason", completion.refusal());
		}
		Participant participant = this.store.participant(actor.tenantId(), id, guideId)
			.orElseThrow(() -> new NotFoundException("guides.training.error.noParticipant"));
		return ResponseEntity.created(URI.create("/api/v1/guide-trainings/" + id))
			.body(new CompletionItem(guideId, participant.completedOn(), participant.completionReason(),
					(completion.qualification() != null) ? completion.qualification().name() : null,
					completion.expiresOn(), completion.trained(), participant.state().name()));
	}

	/** The body's {@code guideId}; 422 naming it if missing or no id. */
	private static UUID guideId(Map<String, Object> body) {
		UUID guideId = uuid((body != null) ? body.get(GUIDE_ID) : null);
		if (guideId == null) {
			throw new InvalidBodyException(GUIDE_ID, "guides.training.error.guideId");
		}
		return guideId;
	}

	private static UUID uuid(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
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

	/**
	 * A completion confirmed.
	 *
	 * @param guideId the guide
	 * @param completedOn the day it was confirmed
	 * @param completionReason why completed without being present at every session, or
	 * null
	 * @param qualification the qualification granted, or null (the course grants none)
	 * @param qualificationExpiresOn until when it counts, or null (does not lapse)
	 * @param trained whether the guide moved on to trained
	 * @param state where the guide stands in the lifecycle now
	 */
	record CompletionItem(UUID guideId, LocalDate completedOn, String completionReason, String qualification,
			LocalDate qualificationExpiresOn, boolean trained, String state) {
	}

}
