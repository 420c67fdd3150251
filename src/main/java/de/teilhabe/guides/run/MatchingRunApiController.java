package de.teilhabe.guides.run;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The batch assignment API (GUIDE_COORDINATOR): {@code POST /api/v1/guide-matching/runs}
 * with {@code {"dryRun": true}} proposes guides for all open requests at once without
 * assigning; {@code {"dryRun": false}} commissions the proposal. The answer (201) has the
 * run's id, how many requests are served and unserved, whether the solver proved the
 * proposal optimal, the relative gap, and the pairs with their cost.
 */
@RestController
class MatchingRunApiController {

	private final MatchingRuns runs;

	private final ProposalChanges changes;

	MatchingRunApiController(MatchingRuns runs, ProposalChanges changes) {
		this.runs = runs;
		this.changes = changes;
	}

	/**
	 * Changes one pair of a proposal not taken over yet: {@code {"guideId": …}} gives the
	 * request another candidate (or one if the proposal left it unserved),
	 * {@code {"guideId": null}} drops the pair. 200 with the proposal; 422 naming
	 * {@code guideId} if the pair breaks a rule of the batch (not a candidate,
	 * overlapping another request of the guide in the proposal, beyond the guide's
	 * requests a week); 409 for a proposal taken over; 404 for a request not in the
	 * proposal.
	 */
	@PutMapping("/api/v1/guide-matching/runs/{id}/assignments/{requestId}")
	RunItem change(@PathVariable UUID id, @PathVariable UUID requestId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		ProposalChanges.Changed changed = this.changes.change(actor, id, requestId, (body != null) ? body : Map.of());
		if (!changed.changed()) {
			throw new InvalidBodyException(changed.checked().errors());
		}
		MatchingRuns.StoredRun run = this.runs.find(actor.tenantId(), id);
		return new RunItem(run.id(), run.dryRun(), run.served(), run.unserved(), run.optimal(), run.gap(),
				run.assignments()
					.stream()
					.map((pair) -> new PairItem(pair.requestId(), pair.guideId(), pair.cost()))
					.toList());
	}

	@PostMapping("/api/v1/guide-matching/runs")
	ResponseEntity<RunItem> run(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		MatchingRuns.Ran ran = this.runs.run(actor, (body != null) ? body : Map.of());
		if (ran.run() == null) {
			throw new InvalidBodyException(ran.bound().checked().errors());
		}
		MatchingRuns.Run run = ran.run();
		return ResponseEntity.created(URI.create("/api/v1/guide-matching/runs/" + run.id()))
			.body(new RunItem(run.id(), run.dryRun(), run.served(), run.unserved(), run.optimal(), run.gap(),
					run.assignments()
						.stream()
						.map((pair) -> new PairItem(pair.requestId(), pair.guideId(), pair.cost()))
						.toList()));
	}

	/**
	 * A run in the API.
	 *
	 * @param id its id
	 * @param dryRun whether it only proposed (false: the pairs are commissioned)
	 * @param served requests that got a guide
	 * @param unserved open requests that got none
	 * @param optimal whether the solver proved that no assignment serves more requests,
	 * nor as many at less total cost
	 * @param gap the relative gap of the proposal (0.0 when optimal)
	 * @param assignments the pairs
	 */
	record RunItem(UUID id, boolean dryRun, int served, int unserved, boolean optimal, double gap,
			List<PairItem> assignments) {
	}

	/**
	 * A proposed pair.
	 *
	 * @param requestId the request
	 * @param guideId the guide
	 * @param cost the pair's cost (lower is better)
	 */
	record PairItem(UUID requestId, UUID guideId, int cost) {
	}

}
