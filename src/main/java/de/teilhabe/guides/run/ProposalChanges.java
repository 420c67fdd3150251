package de.teilhabe.guides.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.guides.candidate.Candidate;
import de.teilhabe.guides.candidate.CandidateRules;
import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing single pairs of a proposal (a dry run not taken over yet) before it is taken
 * over: another guide for a request, a guide for a request the proposal left unserved, or
 * no guide (the pair is dropped). A guide is accepted only as the batch would accept the
 * pair ({@link PairCheck}): a candidate of the request (every hard rule of
 * {@link CandidateRules}, against the guides' live assignments), no appointment
 * overlapping another request the proposal gives the same guide, and in every ISO week
 * (office's time zone) of the request's appointments room within the guide's requests a
 * week. A proposal taken over answers 409.
 */
@Service
public class ProposalChanges {

	private final MatchingRuns runs;

	private final Candidates candidates;

	private final RequestStore requests;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	ProposalChanges(MatchingRuns runs, Candidates candidates, RequestStore requests, FormBinder binder, AuditLog audit,
			TransactionTemplate transaction, JdbcClient jdbc) {
		this.runs = runs;
		this.candidates = candidates;
		this.requests = requests;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/**
	 * Every request of a proposal (paired or not), by day, with its pair and the
	 * candidates it may get instead (only while the proposal is open; each request that
	 * is no longer open has none).
	 */
	public List<Row> rows(UUID tenantId, MatchingRuns.StoredRun run) {
		Map<UUID, MatchingRuns.Proposed> pairs = new HashMap<>();
		run.assignments().forEach((pair) -> pairs.put(pair.requestId(), pair));
		List<GuideRequest> considered = considered(tenantId, run);
		Candidates.Pool pool = run.open() ? this.candidates.pool(tenantId) : null;
		CandidateRules rules = this.candidates.rules();
		List<Row> rows = new ArrayList<>();
		for (GuideRequest request : considered) {
			List<Candidate> options = (pool != null && request.status() == RequestStatus.OPEN)
					? rules.rank(request, pool.facts(request), pool.today()) : List.of();
			rows.add(new Row(request, pairs.get(request.id()), options));
		}
		return rows;
	}

	/**
	 * Gives a request of the proposal another guide ({@code guideId}), or none
	 * ({@code guideId} empty or null: the pair is dropped). Refused (field
	 * {@code guideId}) with a message that says which rule the pair breaks. Checked and
	 * written in one transaction that holds the run's row, so that two changes (or a
	 * change and the take-over) of one proposal follow each other.
	 */
	public Changed change(Actor actor, UUID runId, UUID requestId, Map<String, ?> values) {
		return this.transaction.execute((status) -> changeHoldingTheRun(actor, runId, requestId, values));
	}

	private Changed changeHoldingTheRun(Actor actor, UUID runId, UUID requestId, Map<String, ?> values) {
		UUID tenantId = actor.tenantId();
		this.jdbc.sql("SELECT id FROM guide_matching_run WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenantId, runId)
			.query(UUID.class)
			.list();
		MatchingRuns.StoredRun run = this.runs.find(tenantId, runId);
		if (!run.open()) {
			throw new ConflictException("guides.matching.error.confirmed");
		}
		GuideRequest request = considered(tenantId, run).stream()
			.filter((each) -> each.id().equals(requestId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("guides.request.error.notFound"));
		Candidate[] chosen = new Candidate[1];
		FormBinder.Bound<ChangeForm> bound = this.binder.bind(values, ChangeForm.class, (form, errors) -> {
			if (!values.containsKey("guideId")) {
				errors.rejectValue("guideId", "form.error.required");
				return;
			}
			if (form.guideId() == null || errors.hasFieldErrors("guideId")) {
				return;
			}
			Optional<String[]> refusal = refusal(tenantId, run, request, form.guideId(), chosen);
			refusal.ifPresent((message) -> errors.rejectValue("guideId", message[0],
					java.util.Arrays.copyOfRange(message, 1, message.length), null));
		});
		if (!bound.valid()) {
			return new Changed(false, bound.checked());
		}
		Candidate candidate = chosen[0];
		if (this.jdbc.sql("""
				UPDATE guide_matching_run SET changed_pairs = changed_pairs + 1
				WHERE tenant_id = ? AND id = ? AND dry_run AND confirmed_at IS NULL""")
			.params(tenantId, runId)
			.update() != 1) {
			throw new ConflictException("guides.matching.error.confirmed");
		}
		if (candidate == null) {
			this.jdbc
				.sql("DELETE FROM guide_matching_run_assignment WHERE tenant_id = ? AND run_id = ? AND request_id = ?")
				.params(tenantId, runId, requestId)
				.update();
		}
		else {
			this.jdbc.sql("""
					INSERT INTO guide_matching_run_assignment (tenant_id, run_id, request_id, guide_id, cost)
					VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (tenant_id, run_id, request_id) DO UPDATE SET guide_id = EXCLUDED.guide_id,
					  cost = EXCLUDED.cost""")
				.params(tenantId, runId, requestId, candidate.guide().id(), candidate.cost())
				.update();
		}
		this.jdbc.sql("""
				UPDATE guide_matching_run SET
				  unserved = unserved + served - (SELECT count(*) FROM guide_matching_run_assignment
				    WHERE tenant_id = ? AND run_id = ?),
				  served = (SELECT count(*) FROM guide_matching_run_assignment WHERE tenant_id = ? AND run_id = ?)
				WHERE tenant_id = ? AND id = ?""").params(tenantId, runId, tenantId, runId, tenantId, runId).update();
		this.audit.record(AuditCategory.OTHER, "guides.matching.pairChanged", "guide_matching_run", runId.toString(),
				null, "request " + requestId + ", guide " + ((candidate != null) ? candidate.guide().id() : "none"));
		return new Changed(true, bound.checked());
	}

	/**
	 * Why the guide cannot take the request in this proposal (message key and arguments),
	 * or empty; the candidate it is otherwise in {@code chosen[0]}. The proposal's other
	 * requests of the guide count ({@link PairCheck}).
	 */
	private Optional<String[]> refusal(UUID tenantId, MatchingRuns.StoredRun run, GuideRequest request, UUID guideId,
			Candidate[] chosen) {
		List<UUID> others = run.assignments()
			.stream()
			.filter((pair) -> pair.guideId().equals(guideId) && !pair.requestId().equals(request.id()))
			.map(MatchingRuns.Proposed::requestId)
			.toList();
		PairCheck.Outcome outcome = this.runs.pairCheck(tenantId)
			.check(request, guideId, others.isEmpty() ? List.of() : this.requests.findAll(tenantId, others));
		if (!outcome.passed()) {
			return Optional.of(outcome.refusal());
		}
		chosen[0] = outcome.candidate();
		return Optional.empty();
	}

	/** The requests the run considered (paired or not), by day. */
	private List<GuideRequest> considered(UUID tenantId, MatchingRuns.StoredRun run) {
		List<UUID> ids = new ArrayList<>(
				this.jdbc.sql("SELECT request_id FROM guide_matching_run_request WHERE tenant_id = ? AND run_id = ?")
					.params(tenantId, run.id())
					.query(UUID.class)
					.list());
		run.assignments()
			.stream()
			.map(MatchingRuns.Proposed::requestId)
			.filter((id) -> !ids.contains(id))
			.forEach(ids::add);
		Map<UUID, GuideRequest> byId = new LinkedHashMap<>();
		this.requests.findAll(tenantId, ids)
			.stream()
			.sorted(java.util.Comparator.comparing(GuideRequest::date)
				.thenComparing(GuideRequest::starts)
				.thenComparing(GuideRequest::id))
			.forEach((request) -> byId.put(request.id(), request));
		return List.copyOf(byId.values());
	}

	/**
	 * The guide a request of a proposal gets.
	 *
	 * @param guideId the guide, or null for none (the pair is dropped)
	 */
	public record ChangeForm(UUID guideId) {
	}

	/**
	 * The outcome of a change.
	 *
	 * @param changed whether the proposal was changed
	 * @param checked the values and, if refused, why
	 */
	public record Changed(boolean changed, CheckedValues checked) {
	}

	/**
	 * A request of a proposal.
	 *
	 * @param request the request
	 * @param pair its pair in the proposal, or null (unserved)
	 * @param candidates the guides it may get (every hard rule passed), cheapest first
	 */
	public record Row(GuideRequest request, MatchingRuns.Proposed pair, List<Candidate> candidates) {
	}

}
