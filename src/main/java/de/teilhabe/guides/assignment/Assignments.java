package de.teilhabe.guides.assignment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.candidate.Candidate;
import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.validation.constraints.NotNull;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigning guides to requests and the status of requests: the office commissions a guide
 * who passes the hard rules for an open request (the request is assigned then); opening
 * an assigned request again or cancelling it cancels the assignment, marking it done
 * marks the assignment done. A GUIDE reads its own assignments (the profile its account
 * is bound to).
 */
@Service
public class Assignments {

	private final AssignmentStore store;

	private final RequestStore requestStore;

	private final Requests requests;

	private final Candidates candidates;

	private final UserDirectory users;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Assignments(AssignmentStore store, RequestStore requestStore, Requests requests, Candidates candidates,
			UserDirectory users, FormBinder binder, AuditLog audit, TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.requestStore = requestStore;
		this.requests = requests;
		this.candidates = candidates;
		this.users = users;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Commissions a guide for an open request ({@code guideId}); refused (field
	 * {@code guideId}) if the request is not open or the guide does not pass the hard
	 * rules.
	 */
	public Assigned assign(Actor actor, UUID requestId, Map<String, ?> values) {
		GuideRequest request = this.requests.visible(actor, requestId);
		Candidate[] chosen = new Candidate[1];
		FormBinder.Bound<AssignForm> bound = this.binder.bind(values, AssignForm.class, (form, errors) -> {
			if (form.guideId() == null || errors.hasFieldErrors("guideId")) {
				return;
			}
			if (request.status() != RequestStatus.OPEN) {
				errors.rejectValue("guideId", "guides.error.requestNotOpen");
				return;
			}
			Optional<Candidate> candidate = this.candidates.check(actor.tenantId(), request, form.guideId());
			if (candidate.isEmpty()) {
				errors.rejectValue("guideId", "guides.error.notCandidate");
			}
			else {
				chosen[0] = candidate.get();
			}
		});
		if (!bound.valid()) {
			return new Assigned(null, bound);
		}
		UUID id = commission(actor, request, chosen[0].guide().id(), chosen[0].cost());
		return new Assigned(id, bound);
	}

	/**
	 * Commissions a guide for an open request without checking the rules again (the
	 * batch's confirmed proposal and demo data check them before); the assignment's id.
	 */
	public UUID commission(Actor actor, GuideRequest request, UUID guideId, Integer cost) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		try {
			return this.transaction.execute((status) -> {
				if (!this.requestStore.changeStatus(actor.tenantId(), request.id(), RequestStatus.OPEN,
						RequestStatus.ASSIGNED, now)) {
					throw new ConflictException("guides.error.requestChanged");
				}
				UUID id = this.store.create(actor.tenantId(), request.id(), guideId, cost, actor.displayName(), now);
				this.audit.record(AuditCategory.OTHER, "guides.assignment.commissioned", "guide_assignment",
						id.toString(), null, "request " + request.id() + ", guide " + guideId);
				return id;
			});
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("guides.error.requestChanged");
		}
	}

	/**
	 * Changes a request's status by hand ({@code status}); refused (field {@code status})
	 * for a step its status does not allow.
	 */
	public FormBinder.Bound<StatusForm> changeStatus(Actor actor, UUID requestId, Map<String, ?> values) {
		GuideRequest request = this.requests.visible(actor, requestId);
		FormBinder.Bound<StatusForm> bound = this.binder.bind(values, StatusForm.class, (form, errors) -> {
			if (form.status() != null && !request.status().next().contains(form.status())) {
				errors.rejectValue("status", "guides.error.statusStep");
			}
		});
		if (!bound.valid()) {
			return bound;
		}
		RequestStatus target = bound.form().status();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.requestStore.changeStatus(actor.tenantId(), request.id(), request.status(), target, now)) {
				throw new ConflictException("guides.error.requestChanged");
			}
			this.store.liveFor(actor.tenantId(), request.id()).ifPresent((assignment) -> {
				AssignmentStatus next = (target == RequestStatus.DONE) ? AssignmentStatus.DONE
						: AssignmentStatus.CANCELLED;
				this.store.changeStatus(actor.tenantId(), assignment.id(), assignment.status(), next, now);
			});
			this.audit.record(AuditCategory.OTHER, "guides.request.status", "guide_request", request.id().toString(),
					null, request.status().name() + " -> " + target.name());
		});
		return bound;
	}

	/** The assignments of a request, newest first. */
	public java.util.List<Assignment> ofRequest(Actor actor, UUID requestId) {
		return this.store.ofRequest(actor.tenantId(), requestId);
	}

	/**
	 * The assignments of the guide profile the actor's account is bound to, newest first
	 * (none if it is bound to none).
	 */
	public ApiPage<Assignment> mine(Actor actor, ApiPaging paging) {
		return this.users.boundRecordOf(actor.tenantId(), actor.userId(), Kind.GUIDE_PROFILE)
			.map((guide) -> this.store.ofGuide(actor.tenantId(), guide, paging))
			.orElseGet(() -> ApiPage.of(java.util.List.of(), paging, 0));
	}

	/**
	 * The guide's answer to a commission: accepted, or declined (the request is open
	 * again for another guide). Only the guide whose profile the account is bound to may
	 * answer, and only while the assignment is commissioned; "not found" for any other
	 * assignment, 409 for one answered already.
	 */
	public void respond(Actor actor, UUID assignmentId, boolean accept) {
		UUID own = this.users.boundRecordOf(actor.tenantId(), actor.userId(), Kind.GUIDE_PROFILE).orElse(null);
		Assignment assignment = this.store.find(actor.tenantId(), assignmentId)
			.filter((found) -> found.guideId().equals(own))
			.orElseThrow(() -> new de.teilhabe.shared.web.NotFoundException("guides.assignment.error.notFound"));
		if (assignment.status() != AssignmentStatus.COMMISSIONED) {
			throw new ConflictException("guides.assignment.error.answered");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		AssignmentStatus next = accept ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED;
		this.transaction.executeWithoutResult((status) -> {
			if (!this.store.changeStatus(actor.tenantId(), assignment.id(), AssignmentStatus.COMMISSIONED, next, now)) {
				throw new ConflictException("guides.assignment.error.answered");
			}
			if (!accept) {
				this.requestStore.changeStatus(actor.tenantId(), assignment.requestId(), RequestStatus.ASSIGNED,
						RequestStatus.OPEN, now);
			}
			this.audit.record(AuditCategory.OTHER, "guides.assignment." + (accept ? "accepted" : "declined"),
					"guide_assignment", assignment.id().toString(), null, null);
		});
	}

	/**
	 * The guide to commission.
	 *
	 * @param guideId the guide's id
	 */
	public record AssignForm(@NotNull(message = "{form.error.required}") UUID guideId) {
	}

	/**
	 * A request's new status.
	 *
	 * @param status the status
	 */
	public record StatusForm(@NotNull(message = "{form.error.required}") RequestStatus status) {
	}

	/**
	 * The outcome of an assignment.
	 *
	 * @param id the assignment's id, null if refused
	 * @param bound the checked values
	 */
	public record Assigned(UUID id, FormBinder.Bound<AssignForm> bound) {
	}

}
