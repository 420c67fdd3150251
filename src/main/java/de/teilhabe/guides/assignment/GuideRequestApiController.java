package de.teilhabe.guides.assignment;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.candidate.ReasonTexts;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requests API (GUIDE_COORDINATOR): the tenant's requests by day, paged like every
 * list and filtered by {@code status}; one request with its assignment; creating (open)
 * and changing one with the checks of the form (422 {@code errors: [{field, message}]});
 * its status ({@code POST …/status}); its candidates, every guide who passes the hard
 * rules, cheapest first, with the cost's reasons in the reader's language; and
 * commissioning one of them ({@code POST …/assignments} with {@code {"guideId": …}}).
 * Another tenant's request answers 404.
 */
@RestController
class GuideRequestApiController {

	private final RequestStore store;

	private final Requests requests;

	private final Assignments assignments;

	private final Candidates candidates;

	private final ReasonTexts reasons;

	private final GuideRegions regions;

	private final Organisations organisations;

	GuideRequestApiController(RequestStore store, Requests requests, Assignments assignments, Candidates candidates,
			ReasonTexts reasons, GuideRegions regions, Organisations organisations) {
		this.organisations = organisations;
		this.store = store;
		this.requests = requests;
		this.assignments = assignments;
		this.candidates = candidates;
		this.reasons = reasons;
		this.regions = regions;
	}

	@GetMapping("/api/v1/guide-requests")
	ApiPage<RequestItem> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		return this.store.search(actor.tenantId(), parseStatus(status), ApiPaging.of(page, size))
			.map((request) -> item(actor, request));
	}

	@GetMapping("/api/v1/guide-requests/{id}")
	RequestItem one(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return item(actor, this.requests.visible(actor, id));
	}

	@PostMapping("/api/v1/guide-requests")
	ResponseEntity<RequestItem> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Requests.Saved saved = this.requests.save(actor, null, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/guide-requests/" + saved.id()))
			.body(item(actor, this.requests.visible(actor, saved.id())));
	}

	@PutMapping("/api/v1/guide-requests/{id}")
	RequestItem update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Requests.Saved saved = this.requests.save(actor, this.requests.visible(actor, id), orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return item(actor, this.requests.visible(actor, id));
	}

	/**
	 * The status ({@code {"status": "CANCELLED"}}): an open request may be cancelled, an
	 * assigned one opened again, done or cancelled (its assignment follows); 422 naming
	 * {@code status} otherwise.
	 */
	@PostMapping("/api/v1/guide-requests/{id}/status")
	RequestItem status(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<Assignments.StatusForm> bound = this.assignments.changeStatus(actor, id, orEmpty(body));
		if (!bound.valid()) {
			throw new InvalidBodyException(bound.checked().errors());
		}
		return item(actor, this.requests.visible(actor, id));
	}

	/**
	 * Every guide who passes the hard rules for the request (speaks a needed language,
	 * active, certificate and required qualifications valid, available at every
	 * appointment, no overlapping assignment, covers the Gemeinde), cheapest first, no
	 * cut-off.
	 */
	@GetMapping("/api/v1/guide-requests/{id}/candidates")
	List<CandidateItem> candidates(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return this.candidates.of(actor.tenantId(), id)
			.orElseThrow(Requests::notFound)
			.stream()
			.map((candidate) -> new CandidateItem(candidate.guide().id(), candidate.guide().name(), candidate.cost(),
					this.reasons.of(candidate)))
			.toList();
	}

	/**
	 * Commissions a guide for the open request ({@code {"guideId": …}}); 201 with the
	 * request, or 422 naming {@code guideId} if the request is not open or the guide not
	 * a candidate.
	 */
	@PostMapping("/api/v1/guide-requests/{id}/assignments")
	ResponseEntity<RequestItem> assign(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Assignments.Assigned assigned = this.assignments.assign(actor, id, orEmpty(body));
		if (assigned.id() == null) {
			throw new InvalidBodyException(assigned.bound().checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/guide-requests/" + id))
			.body(item(actor, this.requests.visible(actor, id)));
	}

	private RequestItem item(Actor actor, GuideRequest request) {
		List<Assignment> all = this.assignments.ofRequest(actor, request.id());
		return RequestItem.of(request, this.regions, all.isEmpty() ? null : all.get(0),
				(organisation) -> this.organisations.find(actor.tenantId(), organisation)
					.map(OrganisationSummary::name)
					.orElse(null));
	}

	static RequestStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return RequestStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("error.badValue", "status", status);
		}
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

	/**
	 * A candidate for a request.
	 *
	 * @param guideId the guide
	 * @param name the guide's name
	 * @param cost the pair's cost (lower is better)
	 * @param reasons what the cost is made of, in words
	 */
	record CandidateItem(UUID guideId, String name, int cost, List<String> reasons) {
	}

}
