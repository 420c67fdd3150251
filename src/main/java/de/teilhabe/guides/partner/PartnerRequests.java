package de.teilhabe.guides.partner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.assignment.Assignment;
import de.teilhabe.guides.assignment.AssignmentStatus;
import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The requests of a partner organisation (PARTNER, bound to its organisation with
 * {@link UserDirectory#organisationOf}): its own requests only, a new one with the
 * office's checks ({@link Requests#create}) and the organisation as the requesting side,
 * and cancelling an open one. Another organisation's request is not found; a PARTNER
 * bound to no organisation gets {@link NoOrganisationException}. The guide's name is
 * shown only once the guide accepted.
 */
@Service
public class PartnerRequests {

	private final UserDirectory users;

	private final RequestStore store;

	private final Requests requests;

	private final AssignmentStore assignments;

	private final GuideStore guides;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	PartnerRequests(UserDirectory users, RequestStore store, Requests requests, AssignmentStore assignments,
			GuideStore guides, AuditLog audit, TransactionTemplate transaction, Times times, Clock clock) {
		this.users = users;
		this.store = store;
		this.requests = requests;
		this.assignments = assignments;
		this.guides = guides;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
	}

	/** The organisation the actor acts for; refused if the account is bound to none. */
	public UUID organisationOf(Actor actor) {
		return findOrganisation(actor).orElseThrow(NoOrganisationException::new);
	}

	/** The organisation the actor acts for, if its account is bound to one. */
	public Optional<UUID> findOrganisation(Actor actor) {
		return this.users.organisationOf(actor.tenantId(), actor.userId());
	}

	/** The organisation's requests by day, filtered by status (null: all). */
	public ApiPage<PartnerRequest> list(Actor actor, RequestStatus status, ApiPaging paging) {
		UUID organisation = organisationOf(actor);
		return this.store.search(actor.tenantId(), status, organisation, paging).map((request) -> view(actor, request));
	}

	/** One of the organisation's requests; "not found" for any other. */
	public PartnerRequest one(Actor actor, UUID id) {
		return view(actor, own(actor, id));
	}

	private GuideRequest own(Actor actor, UUID id) {
		UUID organisation = organisationOf(actor);
		return this.store.find(actor.tenantId(), id)
			.filter((request) -> organisation.equals(request.requesterOrganisationId()))
			.orElseThrow(() -> new NotFoundException("guides.request.error.notFound"));
	}

	/**
	 * Checks and stores a new open request of the organisation (all or nothing, the
	 * office's checks).
	 */
	public Requests.Saved create(Actor actor, Map<String, ?> values) {
		return this.requests.create(actor, organisationOf(actor), values);
	}

	/** Cancels an open request of the organisation; 409 if it is no longer open. */
	public void cancel(Actor actor, UUID id) {
		GuideRequest request = own(actor, id);
		if (request.status() != RequestStatus.OPEN) {
			throw new ConflictException("guides.partner.error.notOpen");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.store.changeStatus(actor.tenantId(), id, RequestStatus.OPEN, RequestStatus.CANCELLED, now)) {
				throw new ConflictException("guides.partner.error.notOpen");
			}
			this.audit.record(AuditCategory.OTHER, "guides.request.status", "guide_request", id.toString(), null,
					"OPEN -> CANCELLED (partner)");
		});
	}

	private PartnerRequest view(Actor actor, GuideRequest request) {
		List<Assignment> all = this.assignments.ofRequest(actor.tenantId(), request.id());
		String guideName = all.stream()
			.findFirst()
			.filter((latest) -> latest.status() == AssignmentStatus.ACCEPTED
					|| latest.status() == AssignmentStatus.DONE)
			.flatMap((latest) -> this.guides.find(actor.tenantId(), latest.guideId()))
			.map(Guide::name)
			.orElse(null);
		return new PartnerRequest(request, request.occurrences(this.times.zone()), guideName);
	}

	/**
	 * A request as its organisation sees it.
	 *
	 * @param request the request
	 * @param appointments its appointments
	 * @param guideName the name of the guide who accepted it, or null (none yet)
	 */
	public record PartnerRequest(GuideRequest request, List<Occurrence> appointments, String guideName) {
	}

}
