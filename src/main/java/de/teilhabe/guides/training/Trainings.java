package de.teilhabe.guides.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.Guides;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping the courses of the guide network, for the pages and the API alike: a course
 * with its sessions (all or nothing), enrolling guides, their attendance at each session
 * and their completion. Completing a course grants its qualification to the guide's
 * profile until the last session's day plus the validity (a qualification held already
 * keeps the later expiry), and completing the basic training moves a guide after the
 * first conversation on to trained through the lifecycle of {@link Guides}. Completion
 * needs the course held and the guide present at every session, or a reason. Every change
 * is audited in its transaction.
 */
@Service
public class Trainings {

	/** How many days ahead a lapsing qualification counts as due. */
	public static final int DUE_DAYS = 60;

	private static final String RECORD = "guide_course";

	private final TrainingStore store;

	private final GuideStore guideStore;

	private final Guides guides;

	private final UserDirectory users;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	Trainings(TrainingStore store, GuideStore guideStore, Guides guides, UserDirectory users, FormBinder binder,
			AuditLog audit, TransactionTemplate transaction, Times times, Clock clock) {
		this.store = store;
		this.guideStore = guideStore;
		this.guides = guides;
		this.users = users;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
	}

	/** The office's day today. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	/** A course of the actor's tenant; "not found" for any other. */
	Course visible(Actor actor, UUID id) {
		return this.store.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("guides.training.error.notFound"));
	}

	/**
	 * Checks and stores a new course (existing null) or changes one; its capacity may not
	 * fall below the guides enrolled.
	 */
	Saved save(Actor actor, Course existing, Map<String, ?> values) {
		FormBinder.Bound<CourseForm> bound = CourseForm.check(this.binder, values, today(),
				(existing != null) ? existing.enrolled() : 0);
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = this.transaction.execute((status) -> {
			if (existing == null) {
				UUID created = this.store.create(actor.tenantId(), bound.form(), now);
				this.audit.record(AuditCategory.OTHER, "guides.training.created", RECORD, created.toString(), null,
						null);
				return created;
			}
			this.store.update(actor.tenantId(), existing.id(), bound.form(), now);
			this.audit.record(AuditCategory.OTHER, "guides.training.updated", RECORD, existing.id().toString(), null,
					null);
			return existing.id();
		});
		return new Saved(id, bound.checked());
	}

	/**
	 * Enrols a guide of the tenant who has not ended: null if enrolled, else the key of
	 * the message saying why not (the course is full, enrolled already).
	 */
	String enrol(Actor actor, UUID courseId, UUID guideId) {
		Course course = visible(actor, courseId);
		Guide guide = this.guideStore.find(actor.tenantId(), guideId)
			.orElseThrow(() -> new NotFoundException("guides.error.notFound"));
		if (guide.state() == GuideState.ENDED) {
			return "guides.training.error.ended";
		}
		if (course.full()) {
			return "guides.training.error.full";
		}
		Boolean enrolled = this.transaction.execute((status) -> {
			boolean added = this.store.enrol(actor.tenantId(), courseId, guideId, actor.displayName(),
					OffsetDateTime.now(this.clock));
			if (added) {
				this.audit.record(AuditCategory.OTHER, "guides.training.enrolled", RECORD, courseId.toString(), null,
						"guide " + guideId);
			}
			return added;
		});
		return Boolean.TRUE.equals(enrolled) ? null : "guides.training.error.enrolled";
	}

	/** Removes a participant who has not completed the course (with its attendance). */
	void withdraw(Actor actor, UUID courseId, UUID guideId) {
		visible(actor, courseId);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.store.withdraw(actor.tenantId(), courseId, guideId)) {
				throw new NotFoundException("guides.training.error.noParticipant");
			}
			this.audit.record(AuditCategory.OTHER, "guides.training.withdrawn", RECORD, courseId.toString(), null,
					"guide " + guideId);
		});
	}

	/** The name of a participant's attendance field at a session. */
	static String attendanceField(UUID sessionId, UUID guideId) {
		return "a_" + sessionId + "_" + guideId;
	}

	/**
	 * Records the attendance of every participant at every session that has begun, from
	 * fields {@link #attendanceField} with {@code PRESENT}, {@code EXCUSED},
	 * {@code ABSENT} or nothing (not recorded); a field left out changes nothing. All or
	 * nothing: an unknown value, or a value for a session still to come, is refused by
	 * field.
	 * @return the refusals by field (empty: stored)
	 */
	Map<String, MessageSourceResolvable> recordAttendance(Actor actor, Course course, Map<String, ?> values) {
		LocalDate today = today();
		List<Participant> participants = this.store.participants(actor.tenantId(), course.id());
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		List<Runnable> writes = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (Course.Session session : course.sessions()) {
			for (Participant participant : participants) {
				String field = attendanceField(session.id(), participant.guideId());
				if (!values.containsKey(field)) {
					continue;
				}
				Object raw = values.get(field);
				String value = (raw instanceof List<?> list) ? (list.isEmpty() ? "" : String.valueOf(list.get(0)))
						: String.valueOf(raw);
				value = value.strip();
				Attendance status;
				try {
					status = value.isEmpty() ? null : Attendance.valueOf(value);
				}
				catch (IllegalArgumentException ex) {
					errors.put(field, message("guides.training.error.attendanceValue"));
					continue;
				}
				if (status != null && !session.begunBy(today)) {
					errors.put(field, message("guides.training.error.attendanceFuture"));
					continue;
				}
				if (status != participant.at(session.id())) {
					writes.add(() -> this.store.attend(actor.tenantId(), course.id(), session.id(),
							participant.guideId(), status, actor.displayName(), now));
				}
			}
		}
		if (errors.isEmpty() && !writes.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> {
				writes.forEach(Runnable::run);
				this.audit.record(AuditCategory.OTHER, "guides.training.attendance", RECORD, course.id().toString(),
						null, writes.size() + " changed");
			});
		}
		return errors;
	}

	/**
	 * Marks a participant as completed: the course must be held (its last session's day
	 * has come), and the guide present at every session or a reason given. Grants the
	 * course's qualification and, for the basic training, moves a guide after the first
	 * conversation on to trained.
	 * @param reason why completed without being present at every session, or null
	 * @return the outcome, or the refusal naming the field {@code reason}
	 */
	Completion complete(Actor actor, UUID courseId, UUID guideId, String reason) {
		Course course = visible(actor, courseId);
		Participant participant = this.store.participant(actor.tenantId(), courseId, guideId)
			.orElseThrow(() -> new NotFoundException("guides.training.error.noParticipant"));
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		LocalDate today = today();
		if (participant.completed()) {
			return Completion.refused("guides.training.error.completedAlready");
		}
		if (!course.heldBy(today)) {
			return Completion.refused("guides.training.error.notHeld");
		}
		if (why != null && why.length() > 500) {
			return Completion.refused("guides.training.error.reasonTooLong");
		}
		boolean present = participant.presentAtEvery(course);
		if (!present && why == null) {
			return Completion.refused("guides.training.error.reasonNeeded");
		}
		LocalDate expiry = course.qualificationExpiry();
		Boolean moved = this.transaction.execute((status) -> {
			if (!this.store.complete(actor.tenantId(), courseId, guideId, today, actor.displayName(),
					present ? null : why)) {
				throw new de.teilhabe.shared.web.ConflictException("guides.training.error.completedAlready");
			}
			if (course.qualification() != null) {
				this.guideStore.grantQualification(actor.tenantId(), guideId, course.qualification(), expiry);
			}
			this.audit.record(AuditCategory.OTHER, "guides.training.completed", RECORD, courseId.toString(),
					present ? null : why, "guide " + guideId + ((course.qualification() != null)
							? ", " + course.qualification() + " until " + ((expiry != null) ? expiry : "-") : ""));
			if (course.kind() == CourseKind.BASIC && participant.state() == GuideState.FIRST_CONVERSATION) {
				return this.guides.changeState(actor, guideId, Map.of("state", GuideState.TRAINED.name())).valid();
			}
			return false;
		});
		return new Completion(null, course.qualification(), expiry, Boolean.TRUE.equals(moved));
	}

	/**
	 * The outcome of a completion.
	 *
	 * @param refusal the key of the message saying why not, or null if completed
	 * @param qualification the qualification granted, or null
	 * @param expiresOn until when it counts, or null (does not lapse)
	 * @param trained whether the guide moved on to trained
	 */
	record Completion(String refusal, Qualification qualification, LocalDate expiresOn, boolean trained) {

		static Completion refused(String key) {
			return new Completion(key, null, null, false);
		}

	}

	/**
	 * The qualifications of active guides that lapsed or lapse within {@link #DUE_DAYS}
	 * days, soonest first, each with the next planned course granting it (or null).
	 */
	List<DueQualification> due(UUID tenantId) {
		LocalDate today = today();
		List<Course> planned = this.store.upcomingGranting(tenantId, today);
		return this.store.due(tenantId, today.plusDays(DUE_DAYS))
			.stream()
			.map((due) -> new DueQualification(due.guideId(), due.name(), due.qualification(), due.expiresOn(),
					due.expiresOn().isBefore(today),
					planned.stream()
						.filter((course) -> course.qualification() == due.qualification())
						.findFirst()
						.orElse(null)))
			.toList();
	}

	/**
	 * How many active guides have a qualification that lapsed or lapses within
	 * {@link #DUE_DAYS} days (the coordinator's start page).
	 */
	public long countDue(UUID tenantId) {
		return this.store.countDue(tenantId, today().plusDays(DUE_DAYS));
	}

	/**
	 * A due qualification.
	 *
	 * @param guideId the guide
	 * @param name its name
	 * @param qualification which
	 * @param expiresOn the last day it counts
	 * @param lapsed whether that day has passed
	 * @param refresher the next planned course granting it, or null
	 */
	record DueQualification(UUID guideId, String name, Qualification qualification, LocalDate expiresOn, boolean lapsed,
			Course refresher) {
	}

	/**
	 * A guide's own trainings (GUIDE): the profile the account is bound to with its
	 * qualifications, and the courses it is enrolled in with its attendance; null if the
	 * account is bound to no profile.
	 */
	Mine mine(Actor actor) {
		UUID guideId = this.users.boundRecordOf(actor.tenantId(), actor.userId(), Kind.GUIDE_PROFILE).orElse(null);
		if (guideId == null) {
			return null;
		}
		Guide guide = this.guideStore.find(actor.tenantId(), guideId).orElse(null);
		if (guide == null) {
			return null;
		}
		List<Taken> taken = new ArrayList<>();
		for (Course course : this.store.ofGuide(actor.tenantId(), guideId, today())) {
			this.store.participant(actor.tenantId(), course.id(), guideId)
				.ifPresent((participant) -> taken.add(new Taken(course, participant)));
		}
		return new Mine(guide, taken, today());
	}

	/**
	 * A guide's own trainings.
	 *
	 * @param guide the guide's profile (its qualifications with expiry)
	 * @param courses the courses it is enrolled in, upcoming first
	 * @param today the office's day
	 */
	record Mine(Guide guide, List<Taken> courses, LocalDate today) {
	}

	/**
	 * A course a guide is enrolled in, with its participation.
	 *
	 * @param course the course
	 * @param participant the guide's attendance and completion
	 */
	record Taken(Course course, Participant participant) {
	}

	/**
	 * The outcome of saving a course.
	 *
	 * @param id the course's id, null if nothing was stored
	 * @param checked the values and what is wrong with them
	 */
	record Saved(UUID id, CheckedValues checked) {
	}

	/** A message of the bundles by its key (a refusal by field). */
	static MessageSourceResolvable message(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
