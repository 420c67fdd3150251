package de.teilhabe.guides.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.assignment.WorkEntryStore.Work;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * The work on an assignment: the guide (its own assignments only; any other answers "not
 * found") logs what it did day by day while the assignment is accepted, corrects or
 * deletes an entry until the office approved it, and marks the assignment done (the
 * request is done then). The Leitstelle (GUIDE_COORDINATOR) approves a done assignment
 * with all its entries, and may correct an entry before; every step is audited. A day
 * lies between the day of the commissioning and today (office's time zone).
 */
@Service
public class WorkLog {

	private final AssignmentStore assignments;

	private final WorkEntryStore entries;

	private final RequestStore requests;

	private final UserDirectory users;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	WorkLog(AssignmentStore assignments, WorkEntryStore entries, RequestStore requests, UserDirectory users,
			FormBinder binder, AuditLog audit, TransactionTemplate transaction, Times times, Clock clock) {
		this.assignments = assignments;
		this.entries = entries;
		this.requests = requests;
		this.users = users;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * An assignment of the guide profile the actor's account is bound to; "not found" for
	 * any other.
	 */
	public Assignment own(Actor actor, UUID assignmentId) {
		UUID guide = this.users.boundRecordOf(actor.tenantId(), actor.userId(), Kind.GUIDE_PROFILE).orElse(null);
		return this.assignments.find(actor.tenantId(), assignmentId)
			.filter((found) -> found.guideId().equals(guide))
			.orElseThrow(() -> new NotFoundException("guides.assignment.error.notFound"));
	}

	/**
	 * An assignment of the actor's tenant (the Leitstelle); "not found" for any other.
	 */
	public Assignment ofTenant(Actor actor, UUID assignmentId) {
		return this.assignments.find(actor.tenantId(), assignmentId)
			.orElseThrow(() -> new NotFoundException("guides.assignment.error.notFound"));
	}

	/** The entries of an assignment, by day. */
	public List<WorkEntry> entries(Actor actor, Assignment assignment) {
		return this.entries.ofAssignment(actor.tenantId(), assignment.id());
	}

	/** An entry of an assignment; "not found" for any other. */
	public WorkEntry entry(Actor actor, Assignment assignment, UUID entryId) {
		return this.entries.find(actor.tenantId(), assignment.id(), entryId)
			.orElseThrow(() -> new NotFoundException("guides.worklog.error.entryNotFound"));
	}

	/**
	 * The day a new entry's form proposes: the appointment's day if it is past, else
	 * today.
	 */
	public LocalDate proposedDay(LocalDate appointment) {
		LocalDate today = this.times.today(this.clock);
		return (appointment != null && appointment.isBefore(today)) ? appointment : today;
	}

	/**
	 * Logs an entry on the guide's own assignment from the page's form
	 * ({@link WorkEntryForm}); 409 if the assignment takes no entries (not accepted, or
	 * approved).
	 */
	public Logged logFromForm(Actor actor, UUID assignmentId, Map<String, ?> values) {
		return log(actor, own(actor, assignmentId), values, WorkEntryForm.class, WorkEntryForm::work);
	}

	/** The same from the API's body ({@link WorkEntryBody}). */
	public Logged logFromBody(Actor actor, UUID assignmentId, Map<String, ?> values) {
		return log(actor, own(actor, assignmentId), values, WorkEntryBody.class, WorkEntryBody::work);
	}

	private <F extends Record> Logged log(Actor actor, Assignment assignment, Map<String, ?> values, Class<F> type,
			Function<F, Work> work) {
		requireOpen(assignment);
		FormBinder.Bound<F> bound = bind(assignment, values, type);
		if (!bound.valid()) {
			return new Logged(null, bound.checked());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = this.transaction.execute((status) -> {
			UUID created = this.entries.create(actor.tenantId(), assignment.id(), assignment.guideId(),
					work.apply(bound.form()), now);
			this.audit.record(AuditCategory.OTHER, "guides.work.logged", "guide_work_entry", created.toString(), null,
					"assignment " + assignment.id());
			return created;
		});
		return new Logged(id, bound.checked());
	}

	/**
	 * Changes an entry of the guide's own assignment (page form) until it is approved;
	 * 409 after.
	 */
	public Logged change(Actor actor, UUID assignmentId, UUID entryId, Map<String, ?> values) {
		return changeOwn(actor, assignmentId, entryId, values, WorkEntryForm.class, WorkEntryForm::work);
	}

	/** The same from the API's body ({@link WorkEntryBody}: every field replaced). */
	public Logged changeFromBody(Actor actor, UUID assignmentId, UUID entryId, Map<String, ?> values) {
		return changeOwn(actor, assignmentId, entryId, values, WorkEntryBody.class, WorkEntryBody::work);
	}

	private <F extends Record> Logged changeOwn(Actor actor, UUID assignmentId, UUID entryId, Map<String, ?> values,
			Class<F> type, Function<F, Work> work) {
		Assignment assignment = own(actor, assignmentId);
		requireOpen(assignment);
		return correct(actor, assignment, entry(actor, assignment, entryId), values, "guides.work.changed", type, work);
	}

	/**
	 * The Leitstelle corrects an entry of a done assignment before approving it (page
	 * form); 409 once approved.
	 */
	public Logged correctByOffice(Actor actor, UUID assignmentId, UUID entryId, Map<String, ?> values) {
		Assignment assignment = ofTenant(actor, assignmentId);
		if (!assignment.awaitingApproval()) {
			throw new ConflictException("guides.approval.error.notAwaiting");
		}
		return correct(actor, assignment, entry(actor, assignment, entryId), values, "guides.work.corrected",
				WorkEntryForm.class, WorkEntryForm::work);
	}

	private <F extends Record> Logged correct(Actor actor, Assignment assignment, WorkEntry entry,
			Map<String, ?> values, String action, Class<F> type, Function<F, Work> work) {
		if (entry.approved()) {
			throw new ConflictException("guides.worklog.error.approved");
		}
		FormBinder.Bound<F> bound = bind(assignment, values, type);
		if (!bound.valid()) {
			return new Logged(null, bound.checked());
		}
		Work changed = work.apply(bound.form());
		this.transaction.executeWithoutResult((status) -> {
			if (!this.entries.update(actor.tenantId(), assignment.id(), entry.id(), changed)) {
				throw new ConflictException("guides.worklog.error.approved");
			}
			this.audit.record(AuditCategory.OTHER, action, "guide_work_entry", entry.id().toString(), null,
					"assignment " + assignment.id() + ", " + entry.minutes() + " min -> " + changed.minutes() + " min, "
							+ entry.kilometres() + " km -> " + changed.kilometres() + " km");
		});
		return new Logged(entry.id(), bound.checked());
	}

	/** Deletes an entry of the guide's own assignment until it is approved; 409 after. */
	public void delete(Actor actor, UUID assignmentId, UUID entryId) {
		Assignment assignment = own(actor, assignmentId);
		requireOpen(assignment);
		WorkEntry entry = entry(actor, assignment, entryId);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.entries.delete(actor.tenantId(), assignment.id(), entry.id())) {
				throw new ConflictException("guides.worklog.error.approved");
			}
			this.audit.record(AuditCategory.OTHER, "guides.work.deleted", "guide_work_entry", entry.id().toString(),
					null, "assignment " + assignment.id());
		});
	}

	/**
	 * The guide marks its accepted assignment done: status DONE with the time, and the
	 * request is done; 409 for an assignment that is not accepted.
	 */
	public Assignment markDone(Actor actor, UUID assignmentId) {
		Assignment assignment = own(actor, assignmentId);
		if (assignment.status() != AssignmentStatus.ACCEPTED) {
			throw new ConflictException("guides.worklog.error.notAccepted");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.assignments.markDone(actor.tenantId(), assignment.id(), now)) {
				throw new ConflictException("guides.worklog.error.notAccepted");
			}
			this.requests.changeStatus(actor.tenantId(), assignment.requestId(), RequestStatus.ASSIGNED,
					RequestStatus.DONE, now);
			this.audit.record(AuditCategory.OTHER, "guides.assignment.done", "guide_assignment",
					assignment.id().toString(), null, null);
		});
		return own(actor, assignmentId);
	}

	/**
	 * The done assignments waiting for the office's approval (at most 200), the longest
	 * waiting first.
	 */
	public List<Assignment> awaitingApproval(Actor actor) {
		return this.assignments.awaitingApproval(actor.tenantId(), 200);
	}

	/** The entries of some assignments, by day. */
	public List<WorkEntry> entriesOf(Actor actor, List<UUID> assignmentIds) {
		return this.entries.ofAssignments(actor.tenantId(), assignmentIds);
	}

	/**
	 * The Leitstelle approves a done assignment with all its entries (when and by whom on
	 * both); 409 if it is not done or approved already.
	 */
	public Assignment approve(Actor actor, UUID assignmentId) {
		Assignment assignment = ofTenant(actor, assignmentId);
		if (!assignment.awaitingApproval()) {
			throw new ConflictException("guides.approval.error.notAwaiting");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.assignments.approve(actor.tenantId(), assignment.id(), actor.displayName(), now)) {
				throw new ConflictException("guides.approval.error.notAwaiting");
			}
			int approved = this.entries.approveAll(actor.tenantId(), assignment.id(), actor.displayName(), now);
			this.audit.record(AuditCategory.OTHER, "guides.assignment.approved", "guide_assignment",
					assignment.id().toString(), null, approved + " entries");
		});
		return ofTenant(actor, assignmentId);
	}

	private static void requireOpen(Assignment assignment) {
		if (!assignment.openForWork()) {
			throw new ConflictException(assignment.approvedAt() != null ? "guides.worklog.error.approved"
					: "guides.worklog.error.notAccepted");
		}
	}

	private <F extends Record> FormBinder.Bound<F> bind(Assignment assignment, Map<String, ?> values, Class<F> type) {
		LocalDate today = this.times.today(this.clock);
		LocalDate commissioned = this.times.local(assignment.commissionedAt()).toLocalDate();
		return this.binder.bind(values, type, (form, errors) -> checkDay(errors, form, commissioned, today));
	}

	/** The day lies between the day of the commissioning and today. */
	private void checkDay(Errors errors, Record form, LocalDate commissioned, LocalDate today) {
		LocalDate day = (form instanceof WorkEntryForm page) ? page.workedOn()
				: ((form instanceof WorkEntryBody body) ? body.workedOn() : null);
		if (day == null || errors.hasFieldErrors("workedOn")) {
			return;
		}
		if (day.isAfter(today)) {
			errors.rejectValue("workedOn", "guides.worklog.error.future");
		}
		else if (day.isBefore(commissioned)) {
			errors.rejectValue("workedOn", "guides.worklog.error.beforeCommission",
					new Object[] { this.times.date(commissioned) }, null);
		}
	}

	/**
	 * The outcome of logging or changing an entry.
	 *
	 * @param id the entry's id, null if refused
	 * @param checked the checked values
	 */
	public record Logged(UUID id, CheckedValues checked) {
	}

}
