package de.teilhabe.guides.run;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.guides.assignment.Assignments;
import de.teilhabe.guides.candidate.CandidateRules;
import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.matching.BatchAssignment;
import de.teilhabe.guides.matching.GuideToUse;
import de.teilhabe.guides.matching.Option;
import de.teilhabe.guides.matching.Problem;
import de.teilhabe.guides.matching.RequestToServe;
import de.teilhabe.guides.matching.Solution;
import de.teilhabe.guides.matching.TimeWindow;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.validation.constraints.NotNull;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch assignment of all open requests at once: the hard rules of
 * {@link CandidateRules} make the options, their cost the options' cost, and
 * {@link BatchAssignment} serves as many requests as possible at the least total cost,
 * within each guide's requests a week and never two overlapping requests to one guide. A
 * dry run only proposes; otherwise every proposed pair is commissioned in one
 * transaction. Each run is stored with its figures and audited.
 */
@Service
public class MatchingRuns {

	private final Candidates candidates;

	private final RequestStore requests;

	private final Assignments assignments;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration timeLimit;

	private final BatchAssignment solver = new BatchAssignment();

	private final GuideStore guides;

	private final Times times;

	MatchingRuns(Candidates candidates, RequestStore requests, Assignments assignments, FormBinder binder,
			AuditLog audit, TransactionTemplate transaction, JdbcClient jdbc, Clock clock,
			@Value("${teilhabe.guides.matching.time-limit:PT5S}") Duration timeLimit, GuideStore guides, Times times) {
		this.guides = guides;
		this.times = times;
		this.candidates = candidates;
		this.requests = requests;
		this.assignments = assignments;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.clock = clock;
		this.timeLimit = timeLimit;
	}

	/**
	 * Runs the batch over the tenant's open requests ({@code dryRun}: true proposes only,
	 * false commissions the proposal); the run, or the refused values.
	 */
	public Ran run(Actor actor, Map<String, ?> values) {
		FormBinder.Bound<RunForm> bound = this.binder.bind(values, RunForm.class);
		if (!bound.valid()) {
			return new Ran(null, bound);
		}
		boolean dryRun = bound.form().dryRun();
		Built built = build(actor.tenantId());
		Solution solution = this.solver.solve(built.problem(), this.timeLimit);
		Solution greedy = this.solver.greedy(built.problem());
		List<Proposed> proposed = proposed(built, solution);
		UUID id = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			if (!dryRun) {
				for (Proposed pair : proposed) {
					GuideRequest request = built.requests()
						.stream()
						.filter((each) -> each.id().equals(pair.requestId()))
						.findFirst()
						.orElseThrow();
					this.assignments.commission(actor, request, pair.guideId(), pair.cost());
				}
			}
			save(actor.tenantId(), id, actor.displayName(), dryRun, solution, greedy, proposed, built.requests());
			this.audit.record(AuditCategory.OTHER, "guides.matching.run", "guide_matching_run", id.toString(), null,
					(dryRun ? "dry run" : "commissioned") + ", served " + solution.served() + ", unserved "
							+ solution.unserved());
		});
		return new Ran(new Run(id, dryRun, solution.served(), solution.unserved(), solution.optimal(), solution.gap(),
				proposed, solution, this.solver.greedy(built.problem())), bound);
	}

	/**
	 * Computes a proposal for the tenant's open requests and stores it as a dry run of
	 * someone (demo data: no request of a signed-in user, so no audit entry); its id.
	 */
	public UUID propose(UUID tenantId, String by) {
		Built built = build(tenantId);
		Solution solution = this.solver.solve(built.problem(), this.timeLimit);
		Solution greedy = this.solver.greedy(built.problem());
		UUID id = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> save(tenantId, id, by, true, solution, greedy,
				proposed(built, solution), built.requests()));
		return id;
	}

	private static List<Proposed> proposed(Built built, Solution solution) {
		return solution.assignments()
			.stream()
			.map((assignment) -> new Proposed(built.requests().get((int) assignment.requestId()).id(),
					built.guides().get((int) assignment.guideId()).id(), assignment.cost()))
			.toList();
	}

	private void save(UUID tenantId, UUID id, String by, boolean dryRun, Solution solution, Solution greedy,
			List<Proposed> proposed, List<GuideRequest> considered) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				INSERT INTO guide_matching_run (tenant_id, id, dry_run, served, unserved, optimal, gap, took_ms,
				  greedy_served, confirmed_at, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, dryRun, solution.served(), solution.unserved(), solution.optimal(), solution.gap(),
					solution.took().toMillis(), greedy.served(), dryRun ? null : now, now, by)
			.update();
		for (Proposed pair : proposed) {
			this.jdbc.sql("""
					INSERT INTO guide_matching_run_assignment (tenant_id, run_id, request_id, guide_id, cost)
					VALUES (?, ?, ?, ?, ?)""")
				.params(tenantId, id, pair.requestId(), pair.guideId(), pair.cost())
				.update();
		}
		if (!considered.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO guide_matching_run_request (tenant_id, run_id, request_id)
					SELECT ?, ?, unnest(?::uuid[])""")
				.params(tenantId, id,
						considered.stream().map((request) -> request.id().toString()).toArray(String[]::new))
				.update();
		}
	}

	/**
	 * A stored run of the tenant with its pairs; "not found" for any other.
	 */
	public StoredRun find(UUID tenantId, UUID id) {
		StoredRun run = this.jdbc.sql("""
				SELECT id, dry_run, served, unserved, optimal, gap, took_ms, greedy_served, confirmed_at, created_at,
				  created_by, changed_pairs
				FROM guide_matching_run WHERE tenant_id = ? AND id = ?""")
			.params(tenantId, id)
			.query((rs, row) -> new StoredRun(rs.getObject("id", UUID.class), rs.getBoolean("dry_run"),
					rs.getInt("served"), rs.getInt("unserved"), rs.getBoolean("optimal"), rs.getDouble("gap"),
					rs.getLong("took_ms"), rs.getInt("greedy_served"),
					rs.getObject("confirmed_at", OffsetDateTime.class),
					rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), List.of(),
					rs.getInt("changed_pairs")))
			.optional()
			.orElseThrow(() -> new de.teilhabe.shared.web.NotFoundException("guides.matching.error.notFound"));
		List<Proposed> pairs = this.jdbc.sql("""
				SELECT a.request_id, a.guide_id, a.cost FROM guide_matching_run_assignment a
				JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
				WHERE a.tenant_id = ? AND a.run_id = ? ORDER BY r.first_day, r.starts, a.request_id""")
			.params(tenantId, id)
			.query((rs, row) -> new Proposed(rs.getObject("request_id", UUID.class),
					rs.getObject("guide_id", UUID.class), rs.getInt("cost")))
			.list();
		return new StoredRun(run.id(), run.dryRun(), run.served(), run.unserved(), run.optimal(), run.gap(),
				run.tookMillis(), run.greedyServed(), run.confirmedAt(), run.createdAt(), run.createdBy(), pairs,
				run.changedPairs());
	}

	/**
	 * Commissions the pairs of a proposal (a dry run not confirmed yet) that still hold,
	 * each checked again as the batch accepts a pair ({@link PairCheck}: the request is
	 * open, the candidates' hard rules against the live assignments now — those
	 * commissioned since the proposal was computed included —, no overlap with and room
	 * in the week beside the pairs commissioned before it in this take-over); the others
	 * are left out, each with the reason.
	 * @return the pairs commissioned and those refused
	 */
	public Confirmed confirm(Actor actor, UUID id) {
		StoredRun run = find(actor.tenantId(), id);
		if (!run.dryRun() || run.confirmedAt() != null) {
			throw new de.teilhabe.shared.web.ConflictException("guides.matching.error.confirmed");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Proposed> commissioned = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> {
			if (this.jdbc
				.sql("""
						UPDATE guide_matching_run SET confirmed_at = ? WHERE tenant_id = ? AND id = ? AND confirmed_at IS NULL""")
				.params(now, actor.tenantId(), id)
				.update() != 1) {
				throw new de.teilhabe.shared.web.ConflictException("guides.matching.error.confirmed");
			}
			// the pairs as they are now that the run's row is held (changed by hand
			// before), checked against the assignments as they are now
			List<Proposed> pairs = find(actor.tenantId(), id).assignments();
			Map<UUID, GuideRequest> requests = new HashMap<>();
			this.requests.findAll(actor.tenantId(), pairs.stream().map(Proposed::requestId).toList())
				.forEach((request) -> requests.put(request.id(), request));
			PairCheck check = pairCheck(actor.tenantId());
			Map<UUID, List<GuideRequest>> taken = new HashMap<>();
			for (Proposed pair : pairs) {
				GuideRequest request = requests.get(pair.requestId());
				PairCheck.Outcome outcome = (request == null)
						? new PairCheck.Outcome(null, new String[] { "guides.error.requestNotOpen" })
						: check.check(request, pair.guideId(), taken.getOrDefault(pair.guideId(), List.of()));
				if (!outcome.passed()) {
					refused.add(new Refused(pair.requestId(), pair.guideId(), request, List.of(outcome.refusal())));
					continue;
				}
				this.assignments.commission(actor, request, pair.guideId(), outcome.candidate().cost());
				taken.computeIfAbsent(pair.guideId(), (guide) -> new ArrayList<>()).add(request);
				commissioned.add(new Proposed(pair.requestId(), pair.guideId(), outcome.candidate().cost()));
			}
			StringBuilder details = new StringBuilder(
					"commissioned " + commissioned.size() + ", left out " + refused.size());
			refused.forEach((pair) -> details.append("; request ")
				.append(pair.requestId())
				.append(" guide ")
				.append(pair.guideId())
				.append(": ")
				.append(pair.reason().get(0)));
			this.audit.record(AuditCategory.OTHER, "guides.matching.confirmed", "guide_matching_run", id.toString(),
					null, details.toString());
		});
		return new Confirmed(List.copyOf(commissioned), List.copyOf(refused));
	}

	/**
	 * The check of pairs against the tenant's guides and their live assignments now.
	 */
	PairCheck pairCheck(UUID tenantId) {
		return new PairCheck(this.candidates.rules(), this.candidates.pool(tenantId), this.times,
				(guide) -> this.guides.find(tenantId, guide).map(Guide::name).orElse("–"));
	}

	/**
	 * A stored run.
	 *
	 * @param id its id
	 * @param dryRun whether it only proposed
	 * @param served requests served
	 * @param unserved requests not served
	 * @param optimal whether proven optimal
	 * @param gap the relative gap
	 * @param tookMillis how long the solver took
	 * @param greedyServed what the cheapest-first greedy served
	 * @param confirmedAt when the proposal was commissioned, or null
	 * @param createdAt when it ran
	 * @param createdBy who ran it
	 * @param assignments its pairs by day
	 * @param changedPairs how many pairs the coordinator changed by hand before taking
	 * the proposal over
	 */
	public record StoredRun(UUID id, boolean dryRun, int served, int unserved, boolean optimal, double gap,
			long tookMillis, int greedyServed, OffsetDateTime confirmedAt, OffsetDateTime createdAt, String createdBy,
			List<Proposed> assignments, int changedPairs) {

		/** Whether the proposal may still be changed and taken over. */
		public boolean open() {
			return this.dryRun && this.confirmedAt == null;
		}

	}

	/**
	 * The outcome of confirming a proposal.
	 *
	 * @param commissioned the pairs commissioned (with their cost now)
	 * @param refused the pairs that no longer held, each with the reason
	 */
	public record Confirmed(List<Proposed> commissioned, List<Refused> refused) {

		/** How many pairs no longer held. */
		public int leftOut() {
			return this.refused.size();
		}

	}

	/**
	 * A pair of a proposal not commissioned when it was taken over.
	 *
	 * @param requestId the request
	 * @param guideId the guide
	 * @param request the request (null when it no longer exists)
	 * @param reason why: a message key and its arguments
	 */
	public record Refused(UUID requestId, UUID guideId, GuideRequest request, List<String> reason) {

		/** The reason in words, in the language. */
		public String reasonText(org.springframework.context.MessageSource messages, java.util.Locale locale) {
			return messages.getMessage(this.reason.get(0), this.reason.subList(1, this.reason.size()).toArray(),
					locale);
		}

	}

	/**
	 * What the batch and the cheapest-first greedy would do with the tenant's open
	 * requests now, stored nowhere.
	 */
	public Preview preview(UUID tenantId) {
		Problem problem = build(tenantId).problem();
		return new Preview(this.solver.solve(problem, this.timeLimit), this.solver.greedy(problem));
	}

	/**
	 * The batch's and the greedy's answers to the same problem.
	 *
	 * @param batch the batch assignment's solution
	 * @param greedy the greedy's solution
	 */
	public record Preview(Solution batch, Solution greedy) {
	}

	/**
	 * The problem of the tenant's open requests: requests and guides numbered by their
	 * position in the lists (the solver's ids), an option for each pair that passes the
	 * hard rules with its cost.
	 */
	Built build(UUID tenantId) {
		Candidates.Pool pool = this.candidates.pool(tenantId);
		CandidateRules rules = this.candidates.rules();
		List<GuideRequest> open = this.requests.open(tenantId);
		List<Guide> guides = pool.active();
		Map<UUID, Integer> guideIndex = new HashMap<>();
		List<GuideToUse> toUse = new ArrayList<>();
		for (int i = 0; i < guides.size(); i++) {
			Guide guide = guides.get(i);
			guideIndex.put(guide.id(), i);
			toUse.add(new GuideToUse(i, guide.assignmentsPerWeek(), windows(pool.busy(guide.id(), null))));
		}
		List<RequestToServe> toServe = new ArrayList<>();
		List<Option> options = new ArrayList<>();
		for (int r = 0; r < open.size(); r++) {
			GuideRequest request = open.get(r);
			toServe.add(new RequestToServe(r, windows(request.occurrences(rulesZone()))));
			for (var candidate : rules.rank(request, pool.facts(request), pool.today())) {
				options.add(new Option(r, guideIndex.get(candidate.guide().id()), candidate.cost()));
			}
		}
		return new Built(new Problem(toServe, toUse, options), open, guides);
	}

	private java.time.ZoneId rulesZone() {
		return this.candidates.zone();
	}

	private static List<TimeWindow> windows(List<Occurrence> occurrences) {
		return occurrences.stream().map((occurrence) -> new TimeWindow(occurrence.start(), occurrence.end())).toList();
	}

	/**
	 * The solver's problem with the records its ids stand for.
	 *
	 * @param problem the problem
	 * @param requests the open requests by solver id
	 * @param guides the active guides by solver id
	 */
	record Built(Problem problem, List<GuideRequest> requests, List<Guide> guides) {
	}

	/**
	 * What a run is asked to do.
	 *
	 * @param dryRun true: propose only; false: commission the proposal
	 */
	public record RunForm(@NotNull(message = "{form.error.required}") Boolean dryRun) {
	}

	/**
	 * A proposed pair.
	 *
	 * @param requestId the request
	 * @param guideId the guide
	 * @param cost the pair's cost
	 */
	public record Proposed(UUID requestId, UUID guideId, int cost) {
	}

	/**
	 * A run.
	 *
	 * @param id its id
	 * @param dryRun whether it only proposed
	 * @param served requests that got a guide
	 * @param unserved open requests that got none
	 * @param optimal whether the solver proved the proposal best
	 * @param gap the relative gap reported by the solver (0 when optimal)
	 * @param assignments the proposed pairs
	 * @param solution the solver's answer
	 * @param greedy what taking the cheapest pair first would have served (for
	 * comparison)
	 */
	public record Run(UUID id, boolean dryRun, int served, int unserved, boolean optimal, double gap,
			List<Proposed> assignments, Solution solution, Solution greedy) {
	}

	/**
	 * The outcome of a run request.
	 *
	 * @param run the run, null if the values were refused
	 * @param bound the checked values
	 */
	public record Ran(Run run, FormBinder.Bound<RunForm> bound) {
	}

}
