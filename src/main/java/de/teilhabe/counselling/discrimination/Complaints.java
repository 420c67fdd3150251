package de.teilhabe.counselling.discrimination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.access.Permissions;
import de.teilhabe.counselling.casework.CaseAccess;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Intervention;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Outcome;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Source;
import de.teilhabe.counselling.discrimination.ComplaintStore.Values;
import de.teilhabe.region.Language;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Permission;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.RecordApiController;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SavedForm;
import de.teilhabe.shared.web.form.FormBinder.Bound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The discrimination complaints, walled off: every use checks first that the user is a
 * COUNSELLOR holding the permission {@link Permission#DISCRIMINATION_COMPLAINTS} (403
 * otherwise, also for ADMIN), then that the complaint is the user's tenant's (404). Every
 * read is audited (category {@code CASE_ACCESS}), no entry holds a text.
 */
@Service
class Complaints implements RecordApiController.Records<Complaint> {

	static final String RECORD = ComplaintColumns.TABLE;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final ComplaintStore store;

	private final Permissions permissions;

	private final CaseAccess cases;

	private final FormBinder forms;

	private final AuditLog audit;

	private final Clock clock;

	Complaints(ComplaintStore store, Permissions permissions, CaseAccess cases, FormBinder forms, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.permissions = permissions;
		this.cases = cases;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the user may work with complaints. */
	boolean permitted(Actor actor) {
		return this.permissions.holds(actor, Permission.DISCRIMINATION_COMPLAINTS);
	}

	/**
	 * @throws AccessDeniedException unless the user may work with complaints
	 */
	void requirePermitted(Actor actor) {
		if (!permitted(actor)) {
			throw new AccessDeniedException("no permission for discrimination complaints");
		}
	}

	/** A page of the tenant's complaints, newest first; audited as one entry. */
	@Transactional
	ApiPage<Complaint> list(Actor actor, boolean unreviewedOnly, ApiPaging paging) {
		requirePermitted(actor);
		List<Complaint> page = this.store.page(actor.tenantId(), unreviewedOnly, paging);
		this.audit.recordBatch(AuditCategory.CASE_ACCESS, "counselling.discrimination.read", RECORD,
				page.stream().map((complaint) -> complaint.id().toString()).toList(), "list");
		return ApiPage.of(page, paging, this.store.count(actor.tenantId(), unreviewedOnly));
	}

	/** One complaint with its texts, as the API reads it; audited ({@code detail}). */
	@Override
	@Transactional
	public Complaint read(Actor actor, UUID id) {
		return read(actor, id, "detail");
	}

	/** One complaint with its texts; audited with the purpose. */
	@Transactional
	Complaint read(Actor actor, UUID id, String purpose) {
		requirePermitted(actor);
		Complaint complaint = this.store.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("counselling.discrimination.error.notFound"));
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.discrimination.read", RECORD, id.toString(), purpose);
		return complaint;
	}

	/** Whether the user reads the linked case (to show the link). */
	boolean readsCase(Actor actor, UUID caseId) {
		return caseId != null
				&& this.cases.stub(actor, caseId).map((stub) -> stub.grant().kind().reads()).orElse(false);
	}

	/** Enters a complaint; all or nothing. */
	@Transactional
	@Override
	public Saved create(Actor actor, Map<String, ?> input) {
		requirePermitted(actor);
		Bound<ComplaintForm> bound = bind(actor, input, null);
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		UUID id = UUID.randomUUID();
		this.store.insert(actor.tenantId(), id, Source.COUNSELLING, null, values(bound.form()), actor.userId(), now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.discrimination.created", RECORD, id.toString(), null,
				(bound.form().caseId() != null) ? "case " + bound.form().caseId() : "anonymous");
		return new Saved(id, bound.checked());
	}

	/** Changes a complaint (and marks an online report reviewed); all or nothing. */
	@Transactional
	@Override
	public Saved update(Actor actor, UUID id, Map<String, ?> input) {
		Complaint stored = read(actor, id, "edit");
		Bound<ComplaintForm> bound = bind(actor, input, stored.caseId());
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		this.store.update(actor.tenantId(), id, values(bound.form()), actor.userId(), now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.discrimination.changed", RECORD, id.toString(), null,
				stored.reviewed() ? null : "reviewed");
		return new Saved(id, bound.checked());
	}

	/**
	 * An anonymous report of the public form: stored as reported online, not yet
	 * reviewed; audited with the system as actor (nobody is signed in).
	 */
	@Transactional
	CheckedValues report(UUID tenantId, Language language, Map<String, ?> input) {
		Bound<ReportForm> bound = this.forms.bind(input, ReportForm.class, (form, errors) -> {
			if (form.incidentOn() != null && form.incidentOn().isAfter(today())) {
				errors.rejectValue("incidentOn", ReportForm.ERROR + "future");
			}
			if (form.replyContact() != null && !Boolean.TRUE.equals(form.replyConsent())) {
				errors.rejectValue("replyConsent", "counselling.discrimination.report.error.consent");
			}
		});
		if (!bound.valid()) {
			return bound.checked();
		}
		ReportForm form = bound.form();
		UUID id = UUID.randomUUID();
		this.store.insert(tenantId, id, Source.ONLINE, language.code(),
				new Values(form.incidentOn(), form.area(), parse(form.characteristics(), Characteristic.class),
						parse(form.forms(), DiscriminationForm.class), null, List.of(), Outcome.OPEN,
						form.description(), form.replyContact(), null),
				null, now());
		this.audit.record(new AuditEntry(tenantId, null, "public", AuditCategory.CASE_ACCESS,
				"counselling.discrimination.reported", RECORD, id.toString(), null, "online, " + language.code()));
		return bound.checked();
	}

	/**
	 * The values of a report as sent, checked but not stored (to show the form again).
	 */
	CheckedValues check(Map<String, ?> input) {
		return this.forms.bind(input, ReportForm.class).checked();
	}

	/** How many online reports wait for review in the tenant. */
	long countUnreviewed(UUID tenantId) {
		return this.store.count(tenantId, true);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(BERLIN));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private Bound<ComplaintForm> bind(Actor actor, Map<String, ?> input, UUID storedCase) {
		return this.forms.bind(input, ComplaintForm.class, (form, errors) -> {
			notInFuture(form.incidentOn(), errors);
			// a case already linked stays linkable, even if the user no longer reads it
			if (form.caseId() != null && !form.caseId().equals(storedCase)
					&& this.cases.stub(actor, form.caseId()).filter((stub) -> stub.grant().kind().reads()).isEmpty()) {
				errors.rejectValue("caseId", "counselling.discrimination.error.case");
			}
		});
	}

	private void notInFuture(LocalDate day, Errors errors) {
		if (day != null && day.isAfter(today())) {
			errors.rejectValue("incidentOn", "counselling.discrimination.error.future");
		}
	}

	private static Values values(ComplaintForm form) {
		return new Values(form.incidentOn(), form.area(), parse(form.characteristics(), Characteristic.class),
				parse(form.forms(), DiscriminationForm.class), form.level(),
				parse(form.interventions(), Intervention.class), form.outcome(), form.description(), null,
				form.caseId());
	}

	private static <E extends Enum<E>> List<E> parse(List<String> names, Class<E> type) {
		return names.stream().map((name) -> Enum.valueOf(type, name)).distinct().toList();
	}

	/**
	 * The outcome of a save.
	 *
	 * @param id the complaint, null if nothing was stored
	 * @param checked the values and errors
	 */
	record Saved(UUID id, CheckedValues checked) implements SavedForm {
	}

}
