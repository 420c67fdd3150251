package de.teilhabe.counselling.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.casework.CaseStore.CaseRow;
import de.teilhabe.counselling.casework.CaseStore.ContactRow;
import de.teilhabe.counselling.casework.CaseStore.Goal;
import de.teilhabe.counselling.casework.CaseStore.ListRow;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of the Beratungsstelle for the pages and the API: opening a case of a client,
 * changing its topics and title, moving a case management through its phases, the goals
 * of its Förderplan, closing and reopening, handing it to another counsellor, recording a
 * short anonymous contact; reading one case, a client's cases and the counsellor's case
 * list. A case is read by whoever reads its client ({@link CaseAccess}); every case whose
 * content is shown is recorded in the audit log (category case access, action
 * {@code counselling.case.read}, record {@code counselling_case}, the reason
 * {@code detail}, {@code list}, {@code edit} or {@code break-glass: …}; a list page as
 * one entry per reason naming its cases, {@code AuditLog.recordBatch}); no entry holds a
 * name. A closed case is read-only except reopening (409).
 */
@Service
public class Cases {

	private static final String RECORD = "counselling_case";

	private final CaseStore store;

	private final CaseAccess access;

	private final Clients clients;

	private final ClientStore clientStore;

	private final AuditLog audit;

	private final FormBinder binder;

	private final Times times;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Cases(CaseStore store, CaseAccess access, Clients clients, ClientStore clientStore, AuditLog audit,
			FormBinder binder, Times times, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.access = access;
		this.clients = clients;
		this.clientStore = clientStore;
		this.audit = audit;
		this.binder = binder;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * Opens a case for a client the counsellor reads (403 else, 404 if unknown); the
	 * counsellor becomes responsible for the case; a case management starts in the
	 * intake.
	 * @return the new case's id, or the checked values with their errors
	 */
	@Transactional
	public Outcome open(Actor actor, UUID clientId, Map<String, ?> raw) {
		readableClient(actor, clientId);
		LocalDate today = today();
		FormBinder.Bound<CaseForm> bound = this.binder.bind(raw, CaseForm.class, (form, errors) -> {
			if (form.kind() != null && !CaseRules.forClient(form.kind())) {
				errors.rejectValue("kind", "counselling.cases.error.kindForClient");
			}
			Topics.check(errors, "topics", form.topics());
			if (form.openedOn() != null && form.openedOn().isAfter(today)) {
				errors.rejectValue("openedOn", "counselling.cases.error.future");
			}
		});
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		CaseForm form = bound.form();
		UUID id = UUID.randomUUID();
		this.store.insert(actor.tenantId(), new CaseStore.NewCase(id, clientId, form.kind(),
				(form.kind() == CaseKind.CASE_MANAGEMENT) ? CasePhase.INTAKE : null, form.topicList(), actor.userId(),
				(form.openedOn() != null) ? form.openedOn() : today, null, form.title(), now()));
		if (form.benefitAtStart() != null) {
			this.store.setBenefits(actor.tenantId(), id, form.benefitAtStart(), null, now());
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.case.opened", RECORD, id.toString(), null,
				form.kind().name());
		// the case's statistical categories, in this transaction
		this.events.publishEvent(
				new CaseOpened(actor.tenantId(), id, clientId, (form.openedOn() != null) ? form.openedOn() : today));
		return new Outcome(id, bound.checked());
	}

	/**
	 * Records a short anonymous contact: a case of kind short contact (closed on its day,
	 * no client, no title) with its one contact.
	 */
	@Transactional
	public Outcome recordShortContact(Actor actor, Map<String, ?> raw) {
		LocalDate today = today();
		FormBinder.Bound<ShortContactForm> bound = this.binder.bind(raw, ShortContactForm.class, (form, errors) -> {
			Topics.check(errors, "topics", form.topics());
			if (form.happenedOn() != null && form.happenedOn().isAfter(today)) {
				errors.rejectValue("happenedOn", "counselling.cases.error.future");
			}
			if (form.language() != null && !errors.hasFieldErrors("language")
					&& Languages.find(form.language())
						.filter((language) -> language.code().equals(form.language()))
						.isEmpty()) {
				errors.rejectValue("language", "counselling.error.language", new Object[] { form.language() }, null);
			}
		});
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		ShortContactForm form = bound.form();
		LocalDate day = (form.happenedOn() != null) ? form.happenedOn() : today;
		OffsetDateTime now = now();
		OffsetDateTime happenedAt = day.equals(today) ? now : this.times.at(day, LocalTime.NOON);
		UUID id = UUID.randomUUID();
		this.store.insert(actor.tenantId(), new CaseStore.NewCase(id, null, CaseKind.SHORT_CONTACT, null,
				Topics.of(form.topics()), actor.userId(), day, day, null, now));
		this.store.insertContact(actor.tenantId(), id, actor.userId(),
				new ContactRow(happenedAt, form.durationMinutes(), form.channel(), form.language()), now);
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.case.short-contact", RECORD, id.toString(), null,
				null);
		return new Outcome(id, bound.checked());
	}

	/**
	 * A case the counsellor reads, with its client, goals, handovers and last contact,
	 * recorded in the audit log with the purpose (or the break-glass reason).
	 * @throws NotFoundException for an unknown case or one of another tenant
	 * @throws AccessDeniedException for a case the counsellor may not read
	 */
	@Transactional
	public CaseView read(Actor actor, UUID id, String purpose) {
		CaseStub stub = this.access.readable(actor, id);
		CaseRow row = this.store.find(actor.tenantId(), id).orElseThrow(Cases::notFound);
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.case.read", RECORD, id.toString(),
				stub.grant().auditReason(purpose));
		Map<UUID, String> counsellors = counsellors(actor);
		String clientName = null;
		String clientNumber = null;
		UUID clientResponsible = null;
		if (row.clientId() != null) {
			ClientStore.Stub client = this.clients.stub(actor, row.clientId());
			clientNumber = client.clientNumber();
			clientResponsible = client.responsibleId();
			clientName = this.clientStore.names(actor.tenantId(), List.of(row.clientId())).get(row.clientId());
		}
		List<HandoverView> handovers = this.store.handovers(actor.tenantId(), id)
			.stream()
			.map((handover) -> new HandoverView(name(counsellors, handover.fromId()),
					name(counsellors, handover.toId()), handover.handedAt(), handover.deputyAdded()))
			.toList();
		boolean mayHandOver = !row.closed() && row.kind() != CaseKind.SHORT_CONTACT
				&& (actor.userId().equals(row.responsibleId()) || actor.userId().equals(clientResponsible));
		return new CaseView(row, clientName, clientNumber, name(counsellors, row.responsibleId()), stub.grant(),
				this.store.goals(actor.tenantId(), id), handovers,
				this.store.lastContact(actor.tenantId(), id).orElse(null),
				(row.kind() == CaseKind.SHORT_CONTACT) ? this.store.firstContact(actor.tenantId(), id).orElse(null)
						: null,
				(row.phase() != null && !row.closed()) ? row.phase().next().orElse(null) : null, mayHandOver);
	}

	/**
	 * The cases of a client the counsellor reads (403 else, 404 if unknown), newest
	 * first, each audited as {@code list}.
	 */
	@Transactional
	public List<CaseRow> ofClient(Actor actor, UUID clientId) {
		Grant grant = readableClient(actor, clientId);
		List<CaseRow> cases = this.store.ofClient(actor.tenantId(), clientId);
		this.audit.recordBatch(AuditCategory.CASE_ACCESS, "counselling.case.read", RECORD,
				cases.stream().map((row) -> row.id().toString()).toList(), grant.auditReason("list"));
		return cases;
	}

	/**
	 * One page of the counsellor's case list: the cases of the clients the counsellor
	 * reads (or, for the kind short contact, the short contacts the counsellor recorded),
	 * newest activity first, each shown case audited as {@code list}. Without a
	 * transaction of its own: it only reads, and its audit entry commits by its own
	 * statement before the answer is sent (the audit chain's lock is then held only
	 * inside the database, not across a round trip to the commit).
	 * @param status OPEN, CLOSED or null for both
	 * @param kind a kind or null for counselling cases and case managements
	 */
	public ApiPage<ListRow> mine(Actor actor, String status, CaseKind kind, ApiPaging paging) {
		OffsetDateTime now = now();
		List<ListRow> rows = this.store.page(actor.tenantId(), actor.userId(), now, status, kind, paging);
		// the page query counts the whole list; only a page beyond its end counts again
		long total = !rows.isEmpty() ? rows.get(0).total()
				: (paging.page() == 0) ? 0 : this.store.count(actor.tenantId(), actor.userId(), now, status, kind);
		Map<UUID, UUID> responsibles = new HashMap<>();
		rows.stream()
			.filter((row) -> row.clientId() != null)
			.forEach((row) -> responsibles.put(row.clientId(), row.clientResponsibleId()));
		Map<UUID, Grant> grants = this.clients.access().grants(actor, responsibles);
		// one audit entry per reason (list, or a break-glass reason) naming the cases
		// shown
		Map<String, List<String>> shownByReason = new LinkedHashMap<>();
		for (ListRow row : rows) {
			Grant grant = (row.clientId() != null) ? grants.get(row.clientId())
					: new Grant(ClientAccess.Kind.DEPUTY, null);
			shownByReason.computeIfAbsent(grant.auditReason("list"), (reason) -> new ArrayList<>())
				.add(row.id().toString());
		}
		shownByReason.forEach((reason, ids) -> this.audit.recordBatch(AuditCategory.CASE_ACCESS,
				"counselling.case.read", RECORD, ids, reason));
		return ApiPage.of(rows, paging, total);
	}

	/**
	 * Changes the topics, title and benefit status at the start of an open case the
	 * counsellor reads; of a closed case (not a short contact, not anonymised) only the
	 * benefit status at the start and at the end (a body with topics or title: 409, the
	 * case is read-only). A benefit status sent empty clears it, one not sent stays; the
	 * status at the end of an open case is refused (it is recorded at the closure). All
	 * or nothing, audited as {@code counselling.case.changed} (details: which statuses
	 * were set, never their values).
	 */
	@Transactional
	public Outcome change(Actor actor, UUID id, Map<String, ?> raw) {
		CaseRow row = readableRow(actor, id);
		if (row.closed() && row.kind() != CaseKind.SHORT_CONTACT && !row.anonymised() && !raw.containsKey("topics")
				&& !raw.containsKey("title")) {
			return changeBenefits(actor, row, raw);
		}
		Optional<String> refused = CaseRules.change(row.closed());
		if (refused.isPresent()) {
			throw new ConflictException(refused.get());
		}
		FormBinder.Bound<CaseChange> bound = this.binder.bind(raw, CaseChange.class, (form, errors) -> {
			Topics.check(errors, "topics", form.topics());
			if (form.benefitAtEnd() != null) {
				errors.rejectValue("benefitAtEnd", "counselling.cases.error.benefitAtEndOpen");
			}
		});
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		OffsetDateTime now = now();
		this.store.change(actor.tenantId(), id, Topics.of(bound.form().topics()), bound.form().title(), now);
		String benefits = null;
		if (raw.containsKey("benefitAtStart")) {
			this.store.setBenefits(actor.tenantId(), id, bound.form().benefitAtStart(), row.benefitAtEnd(), now);
			benefits = (bound.form().benefitAtStart() != row.benefitAtStart()) ? "benefit status at start" : null;
		}
		changed(id, "counselling.case.changed", benefits);
		return new Outcome(row.id(), bound.checked());
	}

	/** The benefit status at the start and at the end of a closed case. */
	private Outcome changeBenefits(Actor actor, CaseRow row, Map<String, ?> raw) {
		FormBinder.Bound<BenefitChange> bound = this.binder.bind(raw, BenefitChange.class);
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		BenefitStatus start = raw.containsKey("benefitAtStart") ? bound.form().benefitAtStart() : row.benefitAtStart();
		BenefitStatus end = raw.containsKey("benefitAtEnd") ? bound.form().benefitAtEnd() : row.benefitAtEnd();
		this.store.setBenefits(actor.tenantId(), row.id(), start, end, now());
		List<String> what = new ArrayList<>();
		if (start != row.benefitAtStart()) {
			what.add("benefit status at start");
		}
		if (end != row.benefitAtEnd()) {
			what.add("benefit status at end");
		}
		changed(row.id(), "counselling.case.changed", what.isEmpty() ? null : String.join(", ", what));
		return new Outcome(row.id(), bound.checked());
	}

	/**
	 * Moves a case management one phase forward or back (422 for another phase or for
	 * leaving the plan without goals, 409 while closed).
	 */
	@Transactional
	public Outcome phase(Actor actor, UUID id, Map<String, ?> raw) {
		CaseRow row = readableRow(actor, id);
		if (row.closed()) {
			throw new ConflictException("counselling.cases.error.closed");
		}
		FormBinder.Bound<PhaseForm> bound = this.binder.bind(raw, PhaseForm.class, (form, errors) -> {
			Optional<String> refused = CaseRules.phaseChange(row.kind(), row.closed(), row.phase(), form.phase(),
					this.store.countGoals(actor.tenantId(), id));
			refused.ifPresent((key) -> errors.rejectValue("phase", key));
		});
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		this.store.setPhase(actor.tenantId(), id, bound.form().phase(), now());
		changed(id, "counselling.case.phase", bound.form().phase().name());
		return new Outcome(id, bound.checked());
	}

	/** Closes an open case on a day (default today; 409 if closed already). */
	@Transactional
	public Outcome close(Actor actor, UUID id, Map<String, ?> raw) {
		CaseRow row = readableRow(actor, id);
		if (row.closed()) {
			throw new ConflictException("counselling.cases.error.alreadyClosed");
		}
		LocalDate today = today();
		FormBinder.Bound<CloseForm> bound = this.binder.bind(raw, CloseForm.class, (form, errors) -> {
			LocalDate day = (form.closedOn() != null) ? form.closedOn() : today;
			CaseRules.close(false, row.openedOn(), day, today).ifPresent((key) -> errors.rejectValue("closedOn", key));
		});
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		LocalDate day = (bound.form().closedOn() != null) ? bound.form().closedOn() : today;
		this.store.close(actor.tenantId(), id, day, bound.form().benefitAtEnd(), now());
		changed(id, "counselling.case.closed", null);
		return new Outcome(id, bound.checked());
	}

	/** Reopens a closed case (409 if open, a short contact or anonymised). */
	@Transactional
	public void reopen(Actor actor, UUID id) {
		CaseRow row = readableRow(actor, id);
		if (row.kind() == CaseKind.SHORT_CONTACT) {
			throw new ConflictException("counselling.cases.error.shortContact");
		}
		Optional<String> refused = CaseRules.reopen(row.closed(), row.anonymised());
		if (refused.isPresent()) {
			throw new ConflictException(refused.get());
		}
		this.store.reopen(actor.tenantId(), id, now());
		changed(id, "counselling.case.reopened", null);
	}

	/**
	 * Hands an open case to another active counsellor of the team (only the case's or the
	 * client's responsible counsellor may, 403 else). The receiver becomes responsible
	 * for the case and, if neither responsible for the client nor its deputy, a deputy of
	 * the client (so that the case can be read; the client stays with its responsible
	 * counsellor). Recorded in the case's history and the audit log.
	 */
	@Transactional
	public Outcome handOver(Actor actor, UUID id, Map<String, ?> raw) {
		CaseRow row = writable(actor, id);
		if (row.kind() == CaseKind.SHORT_CONTACT || row.clientId() == null) {
			throw new ConflictException("counselling.cases.error.shortContact");
		}
		ClientStore.Stub client = this.clients.stub(actor, row.clientId());
		if (!actor.userId().equals(row.responsibleId()) && !actor.userId().equals(client.responsibleId())) {
			throw new AccessDeniedException("only the responsible counsellor hands a case over");
		}
		Map<UUID, String> counsellors = counsellors(actor);
		FormBinder.Bound<HandoverForm> bound = this.binder.bind(raw, HandoverForm.class, (form, errors) -> {
			if (form.to() != null && (!counsellors.containsKey(form.to()) || form.to().equals(row.responsibleId()))) {
				errors.rejectValue("to", "counselling.cases.error.handoverTo");
			}
		});
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		UUID to = bound.form().to();
		ClientAccess clientAccess = this.clients.access();
		Set<UUID> deputies = new LinkedHashSet<>(clientAccess.deputies(actor.tenantId(), row.clientId()).keySet());
		boolean deputyAdded = !to.equals(client.responsibleId()) && !deputies.contains(to);
		if (deputyAdded) {
			deputies.add(to);
			clientAccess.setDeputies(actor, row.clientId(), client.responsibleId(), deputies);
		}
		OffsetDateTime now = now();
		this.store.setResponsible(actor.tenantId(), id, to, now);
		this.store.insertHandover(actor.tenantId(), id,
				new CaseStore.Handover(row.responsibleId(), to, now, deputyAdded));
		changed(id, "counselling.case.handover", deputyAdded ? "receiver made deputy of the client" : null);
		releaseHandoverDeputy(actor, id, row.clientId(), row.responsibleId());
		return new Outcome(id, bound.checked());
	}

	/**
	 * Takes back the deputy role a handover gave a counsellor once it is no longer
	 * needed: the counsellor handed the case on (or back) or it was closed, and is
	 * responsible for no other open case of the client. A deputy the responsible
	 * counsellor chose (not by a handover) stays; the client's responsible counsellor is
	 * never a deputy.
	 */
	private void releaseHandoverDeputy(Actor actor, UUID caseId, UUID clientId, UUID counsellor) {
		if (!this.store.handoverDeputyNoLongerNeeded(actor.tenantId(), clientId, counsellor)) {
			return;
		}
		ClientAccess clientAccess = this.clients.access();
		Set<UUID> deputies = new LinkedHashSet<>(clientAccess.deputies(actor.tenantId(), clientId).keySet());
		if (deputies.remove(counsellor)) {
			clientAccess.setDeputies(actor, clientId, this.clients.stub(actor, clientId).responsibleId(), deputies);
			changed(caseId, "counselling.case.handover.deputy-released", "deputy role of the handover taken back");
		}
	}

	/**
	 * Whether the user still reads the case (after handing it on, a receiver whose deputy
	 * role was taken back does not).
	 */
	public boolean stillReads(Actor actor, UUID id) {
		return this.access.stub(actor, id).map((stub) -> stub.grant().kind().reads()).orElse(false);
	}

	/** Adds a goal to the Förderplan of an open case management. */
	@Transactional
	public Outcome addGoal(Actor actor, UUID id, Map<String, ?> raw) {
		CaseRow row = writable(actor, id);
		if (row.kind() != CaseKind.CASE_MANAGEMENT) {
			throw new ConflictException("counselling.cases.error.goalsOnlyCaseManagement");
		}
		FormBinder.Bound<GoalForm> bound = this.binder.bind(raw, GoalForm.class);
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		UUID goal = UUID.randomUUID();
		OffsetDateTime now = now();
		this.store.insertGoal(actor.tenantId(), id, goal, bound.form(), now);
		this.store.touch(actor.tenantId(), id, now);
		changed(id, "counselling.case.goal.added", null);
		return new Outcome(goal, bound.checked());
	}

	/** Changes a goal of an open case management (404 for a goal of another case). */
	@Transactional
	public Outcome changeGoal(Actor actor, UUID id, UUID goalId, Map<String, ?> raw) {
		CaseRow row = writable(actor, id);
		if (row.kind() != CaseKind.CASE_MANAGEMENT) {
			throw new ConflictException("counselling.cases.error.goalsOnlyCaseManagement");
		}
		if (this.store.goals(actor.tenantId(), id).stream().noneMatch((goal) -> goal.id().equals(goalId))) {
			throw new NotFoundException("counselling.cases.error.goalNotFound");
		}
		FormBinder.Bound<GoalForm> bound = this.binder.bind(raw, GoalForm.class);
		if (!bound.valid()) {
			return new Outcome(null, bound.checked());
		}
		OffsetDateTime now = now();
		this.store.updateGoal(actor.tenantId(), id, goalId, bound.form(), now);
		this.store.touch(actor.tenantId(), id, now);
		changed(id, "counselling.case.goal.changed", bound.form().stateOrOpen().name());
		return new Outcome(goalId, bound.checked());
	}

	/** A goal of a case (for the page's form; the case read already). */
	public Optional<Goal> goal(Actor actor, UUID id, UUID goalId) {
		return this.store.goals(actor.tenantId(), id).stream().filter((goal) -> goal.id().equals(goalId)).findFirst();
	}

	/** The active counsellors of the team by name (user id to name). */
	public Map<UUID, String> counsellors(Actor actor) {
		return this.clients.access().counsellors(actor.tenantId());
	}

	/** How many cases the tenant has. */
	public long count(UUID tenantId) {
		return this.store.count(tenantId);
	}

	/** Today in the office's time zone. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	private Grant readableClient(Actor actor, UUID clientId) {
		Grant grant = this.clients.grant(actor, clientId);
		if (!grant.kind().reads()) {
			throw new AccessDeniedException("not responsible, no deputy, no break-glass access");
		}
		return grant;
	}

	private CaseRow readableRow(Actor actor, UUID id) {
		this.access.readable(actor, id);
		return this.store.find(actor.tenantId(), id).orElseThrow(Cases::notFound);
	}

	/** A case the counsellor reads that is open (409 when closed). */
	private CaseRow writable(Actor actor, UUID id) {
		CaseRow row = readableRow(actor, id);
		Optional<String> refused = CaseRules.change(row.closed());
		if (refused.isPresent()) {
			throw new ConflictException(refused.get());
		}
		return row;
	}

	private void changed(UUID id, String action, String details) {
		this.audit.record(AuditCategory.CASE_ACCESS, action, RECORD, id.toString(), null, details);
	}

	private static String name(Map<UUID, String> counsellors, UUID id) {
		return counsellors.getOrDefault(id, "–");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static NotFoundException notFound() {
		return new NotFoundException("counselling.error.caseNotFound");
	}

	/**
	 * The outcome of a change: the id of what was stored, or null with the checked values
	 * and their errors.
	 *
	 * @param id the case or goal stored, null if nothing was stored
	 * @param checked the values and errors
	 */
	public record Outcome(UUID id, CheckedValues checked) {

		/** Whether it was stored. */
		public boolean stored() {
			return this.id != null;
		}

	}

	/**
	 * The phase to move to.
	 *
	 * @param phase the next or the previous phase
	 */
	record PhaseForm(@NotNull(message = "{form.error.required}") CasePhase phase) {
	}

	/**
	 * The benefit status of a closed case, corrected.
	 *
	 * @param benefitAtStart at the start (empty: not recorded)
	 * @param benefitAtEnd at the end (empty: not recorded)
	 */
	record BenefitChange(BenefitStatus benefitAtStart, BenefitStatus benefitAtEnd) {
	}

	/**
	 * The day a case is closed and the benefit status at its closure.
	 *
	 * @param closedOn the day, default today
	 * @param benefitAtEnd the benefit status at the closure (optional)
	 */
	record CloseForm(LocalDate closedOn, BenefitStatus benefitAtEnd) {
	}

	/**
	 * Whom a case is handed to.
	 *
	 * @param to the receiving counsellor (a user id, picked by name on the page)
	 */
	record HandoverForm(@NotNull(message = "{counselling.cases.error.handoverTo}") UUID to) {
	}

	/**
	 * A handover as the case page shows it.
	 *
	 * @param from who handed it over, by name
	 * @param to who took it, by name
	 * @param handedAt when
	 * @param deputyAdded whether the receiver was made a deputy of the client
	 */
	public record HandoverView(String from, String to, OffsetDateTime handedAt, boolean deputyAdded) {
	}

	/**
	 * A case as its page and the API show it.
	 *
	 * @param row the case
	 * @param clientName the client's name, null for a short contact
	 * @param clientNumber the client's number, null for a short contact
	 * @param responsibleName the responsible counsellor's name
	 * @param grant how the counsellor reads it
	 * @param goals the goals of the Förderplan
	 * @param handovers the handovers, oldest first
	 * @param lastContact the time of the last contact, null for none
	 * @param shortContact the one contact of a short contact, else null
	 * @param nextPhase the next phase of an open case management, null for none
	 * @param mayHandOver whether the counsellor may hand it over
	 */
	public record CaseView(CaseRow row, String clientName, String clientNumber, String responsibleName, Grant grant,
			List<Goal> goals, List<HandoverView> handovers, OffsetDateTime lastContact, ContactRow shortContact,
			CasePhase nextPhase, boolean mayHandOver) {

		/** The previous phase of an open case management, null for none. */
		public CasePhase previousPhase() {
			return (this.row.phase() != null && !this.row.closed()) ? this.row.phase().previous().orElse(null) : null;
		}

	}

}
