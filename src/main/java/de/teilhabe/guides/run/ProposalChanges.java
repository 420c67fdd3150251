package de.teilhabe.guides.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.guides.candidate.Candidate;
import de.teilhabe.guides.candidate.CandidateRules;
import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
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
 * pair: a candidate of the request (every hard rule of {@link CandidateRules}, against
 * the guides' live assignments), no appointment overlapping another request the proposal
 * gives the same guide, and in every ISO week (office's time zone) of the request's
 * appointments room within the guide's requests a week, counting the live assignments'
 * appointments and the proposal's other requests of the guide (each once a week in which
 * it has an appointment). A proposal taken over answers 409.
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

	private final Times times;

	ProposalChanges(MatchingRuns runs, Candidates candidates, RequestStore requests, FormBinder binder, AuditLog audit,
			TransactionTemplate transaction, JdbcClient jdbc, Times times) {
		this.runs = runs;
		this.candidates = candidates;
		this.requests = requests;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.times = times;
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
	 * or empty; the candidate it is otherwise in {@code chosen[0]}.
	 */
	private Optional<String[]> refusal(UUID tenantId, MatchingRuns.StoredRun run, GuideRequest request, UUID guideId,
			Candidate[] chosen) {
		if (request.status() != RequestStatus.OPEN) {
			return Optional.of(new String[] { "guides.error.requestNotOpen" });
		}
		Candidates.Pool pool = this.candidates.pool(tenantId);
		Optional<Candidate> candidate = this.candidates.rules()
			.rank(request, pool.facts(request), pool.today())
			.stream()
			.filter((each) -> each.guide().id().equals(guideId))
			.findFirst();
		if (candidate.isEmpty()) {
			return Optional.of(new String[] { "guides.error.notCandidate" });
		}
		String name = candidate.get().guide().name();
		ZoneId zone = this.times.zone();
		List<Occurrence> appointments = request.occurrences(zone);
		List<UUID> others = run.assignments()
			.stream()
			.filter((pair) -> pair.guideId().equals(guideId) && !pair.requestId().equals(request.id()))
			.map(MatchingRuns.Proposed::requestId)
			.toList();
		Map<LocalDate, Integer> perWeek = new HashMap<>();
		for (Occurrence busy : pool.busy(guideId, request.id())) {
			perWeek.merge(week(busy, zone), 1, Integer::sum);
		}
		for (GuideRequest other : this.requests.findAll(tenantId, others)) {
			List<Occurrence> theirs = other.occurrences(zone);
			for (Occurrence mine : appointments) {
				Optional<Occurrence> clash = theirs.stream().filter(mine::overlaps).findFirst();
				if (clash.isPresent()) {
					return Optional.of(new String[] { "guides.partner.run.error.overlap", name,
							this.times.dateTime(clash.get().start()) });
				}
			}
			weeks(theirs, zone).forEach((week) -> perWeek.merge(week, 1, Integer::sum));
		}
		int capacity = candidate.get().guide().assignmentsPerWeek();
		for (LocalDate week : weeks(appointments, zone)) {
			if (perWeek.getOrDefault(week, 0) + 1 > capacity) {
				return Optional.of(new String[] { "guides.partner.run.error.capacity", name, this.times.date(week),
						Integer.toString(capacity) });
			}
		}
		chosen[0] = candidate.get();
		return Optional.empty();
	}

	private static Set<LocalDate> weeks(List<Occurrence> occurrences, ZoneId zone) {
		Set<LocalDate> weeks = new TreeSet<>();
		occurrences.forEach((occurrence) -> weeks.add(week(occurrence, zone)));
		return weeks;
	}

	/** The Monday of the ISO week (office's time zone) in which an appointment starts. */
	private static LocalDate week(Occurrence occurrence, ZoneId zone) {
		return occurrence.start().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
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
