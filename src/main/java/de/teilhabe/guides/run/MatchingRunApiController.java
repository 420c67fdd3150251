package de.teilhabe.guides.run;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * proposal optimal, the relative gap, and the pairs with their cost. A proposal's pairs
 * are changed one by one and the proposal taken over ({@code …/confirm}).
 */
@RestController
class MatchingRunApiController {

	private final MatchingRuns runs;

	private final ProposalChanges changes;

	private final MessageSource messages;

	MatchingRunApiController(MatchingRuns runs, ProposalChanges changes, MessageSource messages) {
		this.messages = messages;
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

	/**
	 * Takes a proposal over: every pair is checked again as the batch accepts a pair,
	 * against the assignments as they are now (those commissioned since the proposal was
	 * computed included) and the pairs commissioned before it; the pairs that pass are
	 * commissioned, the others are refused with the reason in the reader's language. 200
	 * with both lists; 409 for a proposal already taken over (or a run that was not a dry
	 * run); 404 for an unknown run.
	 */
	@PostMapping("/api/v1/guide-matching/runs/{id}/confirm")
	ConfirmedItem confirm(@PathVariable UUID id) {
		MatchingRuns.Confirmed confirmed = this.runs.confirm(CurrentActor.get(), id);
		Locale locale = LocaleContextHolder.getLocale();
		return new ConfirmedItem(id,
				confirmed.commissioned()
					.stream()
					.map((pair) -> new PairItem(pair.requestId(), pair.guideId(), pair.cost()))
					.toList(),
				confirmed.refused()
					.stream()
					.map((pair) -> new RefusedItem(pair.requestId(), pair.guideId(),
							pair.reasonText(this.messages, locale)))
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
	 * A proposal taken over.
	 *
	 * @param id the run
	 * @param commissioned the pairs commissioned, with their cost now
	 * @param refused the pairs not commissioned because they no longer pass
	 */
	record ConfirmedItem(UUID id, List<PairItem> commissioned, List<RefusedItem> refused) {
	}

	/**
	 * A pair of a proposal not commissioned when it was taken over.
	 *
	 * @param requestId the request
	 * @param guideId the guide
	 * @param reason why, in the reader's language (the rule the pair breaks now)
	 */
	record RefusedItem(UUID requestId, UUID guideId, String reason) {
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
