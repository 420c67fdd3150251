package de.teilhabe.counselling.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The appointments of the counsellors for the pages, the API and the start page. A
 * counsellor makes appointments with clients it reads; it sees its own appointments and,
 * for the clients it is deputy for (or has a break-glass access to), the responsible
 * counsellor's appointments with them. An own appointment with a client the counsellor no
 * longer reads (handed over) is shown with the client number only. Every read is recorded
 * in the audit log (category case access, record {@code counselling_appointment}): one
 * entry per appointment read, one per list with the ids of the appointments shown; no
 * entry carries a name.
 */
@Service
public class Appointments {

	/** The longest range of a list, in days. */
	public static final int MAX_RANGE_DAYS = 62;

	/**
	 * The German language code: a client who speaks it needs no interpreting by default.
	 */
	static final String GERMAN = "de";

	/** How far from today an appointment may lie, in years. */
	static final int MAX_YEARS = 2;

	private final AppointmentStore store;

	private final Clients clients;

	private final ClientStore clientStore;

	private final AuditLog audit;

	private final FormBinder binder;

	private final Times times;

	private final Clock clock;

	Appointments(AppointmentStore store, Clients clients, ClientStore clientStore, AuditLog audit, FormBinder binder,
			Times times, Clock clock) {
		this.store = store;
		this.clients = clients;
		this.clientStore = clientStore;
		this.audit = audit;
		this.binder = binder;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * Makes an appointment of the counsellor. Not stored when a value is wrong (the
	 * client not one the counsellor reads, the case not one of the client's, the end not
	 * after the start …).
	 */
	@Transactional
	public Saved create(Actor actor, Map<String, ?> raw) {
		Checked checked = check(actor, raw, null);
		if (checked.appointment() == null) {
			return new Saved(null, checked.values(), List.of());
		}
		Appointment appointment = checked.appointment();
		this.store.insert(actor.tenantId(), appointment, now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.appointment.created", "counselling_appointment",
				appointment.id().toString(), null);
		return new Saved(appointment.id(), checked.values(), overlaps(actor, appointment));
	}

	/**
	 * Changes an appointment the user may see and whose client it reads (403 otherwise,
	 * 404 if unknown). Without {@code interpreter} the stored value stays.
	 */
	@Transactional
	public Saved update(Actor actor, UUID id, Map<String, ?> raw) {
		Appointment stored = editable(actor, id);
		Checked checked = check(actor, raw, stored);
		if (checked.appointment() == null) {
			return new Saved(null, checked.values(), List.of());
		}
		Appointment appointment = checked.appointment();
		this.store.update(actor.tenantId(), appointment, now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.appointment.changed", "counselling_appointment",
				id.toString(), this.clients.grant(actor, appointment.clientId()).auditReason("edit"));
		return new Saved(id, checked.values(), overlaps(actor, appointment));
	}

	/**
	 * Marks an appointment as held, not attended or cancelled (403/404 as for a change).
	 */
	@Transactional
	public AppointmentView setStatus(Actor actor, UUID id, AppointmentStatus status) {
		Appointment stored = editable(actor, id);
		this.store.setStatus(actor.tenantId(), id, status, now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.appointment.status", "counselling_appointment",
				id.toString(), this.clients.grant(actor, stored.clientId()).auditReason("edit"), status.name());
		return read(actor, id, "detail");
	}

	/**
	 * An appointment the user may see, recorded in the audit log with the purpose (or the
	 * break-glass reason).
	 * @throws NotFoundException for an unknown appointment or one of another tenant
	 * @throws AccessDeniedException for one the user may not see
	 */
	@Transactional
	public AppointmentView read(Actor actor, UUID id, String purpose) {
		Appointment appointment = find(actor, id);
		Grant grant = this.clients.grant(actor, appointment.clientId());
		if (!visible(actor, appointment, grant)) {
			throw new AccessDeniedException("not the counsellor's appointment, no access to the client");
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.appointment.read", "counselling_appointment",
				id.toString(), grant.auditReason(purpose));
		return views(actor, List.of(appointment), Map.of(appointment.clientId(), grant)).get(0);
	}

	/**
	 * The appointments the user sees that overlap the range (from inclusive, to
	 * exclusive), by start; recorded in the audit log once, with their ids.
	 */
	@Transactional
	public List<AppointmentView> between(Actor actor, OffsetDateTime from, OffsetDateTime to) {
		List<Appointment> appointments = this.store.visible(actor.tenantId(), actor.userId(), from, to, now());
		Map<UUID, UUID> responsibles = new HashMap<>();
		appointments
			.forEach((appointment) -> responsibles.put(appointment.clientId(), appointment.clientResponsibleId()));
		Map<UUID, Grant> grants = this.clients.access().grants(actor, responsibles);
		List<Appointment> shown = appointments.stream()
			.filter((appointment) -> visible(actor, appointment, grants.get(appointment.clientId())))
			.toList();
		auditList(shown, grants);
		return views(actor, shown, grants);
	}

	/** The appointments the user sees on a day of the office's time zone, audited. */
	public List<AppointmentView> on(Actor actor, LocalDate day) {
		return between(actor, startOf(day), startOf(day.plusDays(1)));
	}

	/**
	 * How many planned appointments the counsellor has on a day (no names: not audited).
	 */
	public long countPlanned(Actor actor, LocalDate day) {
		return this.store.countPlanned(actor.tenantId(), actor.userId(), startOf(day), startOf(day.plusDays(1)));
	}

	/** The start of a day in the office's time zone. */
	public OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.times.zone()).toOffsetDateTime();
	}

	/** Today in the office's time zone. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	/**
	 * The clients the counsellor may pick: found by name, else its own (audited as list).
	 */
	public List<Clients.ClientSummary> pickableClients(Actor actor, String query) {
		return this.clients.search(actor, query, new de.teilhabe.shared.web.ApiPaging(0, 100))
			.items()
			.stream()
			.filter(Clients.ClientSummary::readable)
			.toList();
	}

	/**
	 * The client an appointment is made with, if the counsellor reads it (audited as a
	 * read of the client for an appointment).
	 */
	public Optional<Client> clientToPick(Actor actor, UUID clientId) {
		return readableClient(actor, clientId).map((client) -> this.clients.read(actor, clientId, "appointment"));
	}

	/** The client's languages (codes) if the counsellor reads it, else none. */
	public List<String> languagesOf(Actor actor, UUID clientId) {
		return readableClient(actor, clientId).map(Client::languages).orElse(List.of());
	}

	private void auditList(List<Appointment> shown, Map<UUID, Grant> grants) {
		if (shown.isEmpty()) {
			return;
		}
		List<Appointment> plain = new ArrayList<>();
		for (Appointment appointment : shown) {
			Grant grant = grants.get(appointment.clientId());
			if (grant.kind() == Kind.BREAK_GLASS) {
				this.audit.record(AuditCategory.CASE_ACCESS, "counselling.appointment.read", "counselling_appointment",
						appointment.id().toString(), grant.auditReason("list"));
			}
			else {
				plain.add(appointment);
			}
		}
		if (!plain.isEmpty()) {
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.appointment.list", "counselling_appointment",
					(plain.size() == 1) ? plain.get(0).id().toString() : null, "list",
					"ids: " + plain.stream()
						.map((appointment) -> appointment.id().toString())
						.collect(Collectors.joining(",")));
		}
	}

	private List<AppointmentView> views(Actor actor, List<Appointment> appointments, Map<UUID, Grant> grants) {
		Map<UUID, Client> clients = new HashMap<>();
		this.clientStore.findAll(actor.tenantId(), appointments.stream().map(Appointment::clientId).distinct().toList())
			.forEach((client) -> clients.put(client.id(), client));
		Map<UUID, String> counsellors = this.clients.access().counsellors(actor.tenantId());
		return appointments.stream().map((appointment) -> {
			Client client = clients.get(appointment.clientId());
			boolean readable = grants.get(appointment.clientId()).kind().reads();
			return new AppointmentView(appointment.id(), appointment.counsellorId(),
					counsellors.getOrDefault(appointment.counsellorId(), "–"),
					appointment.counsellorId().equals(actor.userId()), appointment.clientId(), client.clientNumber(),
					readable ? client.name() : null, readable ? client.languages() : List.of(), appointment.caseId(),
					this.times.local(appointment.startsAt()).toOffsetDateTime(),
					this.times.local(appointment.endsAt()).toOffsetDateTime(), appointment.place(),
					readable ? appointment.placeDetail() : null, readable ? appointment.note() : null,
					appointment.interpreter(), appointment.interpreterLanguage(), appointment.status());
		}).toList();
	}

	/**
	 * Whether the user may see the appointment: its own, or the responsible counsellor's
	 * with a client the user reads.
	 */
	private static boolean visible(Actor actor, Appointment appointment, Grant grant) {
		return appointment.counsellorId().equals(actor.userId())
				|| (appointment.counsellorId().equals(appointment.clientResponsibleId()) && grant.kind().reads());
	}

	private Appointment find(Actor actor, UUID id) {
		return this.store.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("counselling.calendar.error.notFound"));
	}

	/** An appointment the user sees and whose client it reads. */
	private Appointment editable(Actor actor, UUID id) {
		Appointment appointment = find(actor, id);
		Grant grant = this.clients.grant(actor, appointment.clientId());
		if (!visible(actor, appointment, grant) || !grant.kind().reads()) {
			throw new AccessDeniedException("not the counsellor's appointment, no access to the client");
		}
		return appointment;
	}

	private Optional<Client> readableClient(Actor actor, UUID clientId) {
		try {
			if (!this.clients.grant(actor, clientId).kind().reads()) {
				return Optional.empty();
			}
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		return this.clientStore.findAll(actor.tenantId(), List.of(clientId)).stream().findFirst();
	}

	private Checked check(Actor actor, Map<String, ?> raw, Appointment stored) {
		LocalDate today = today();
		Client[] client = new Client[1];
		FormBinder.Bound<AppointmentForm> bound = this.binder.bind(raw, AppointmentForm.class,
				(form, errors) -> check(actor, form, errors, today, client));
		if (!bound.valid()) {
			return new Checked(null, bound.checked());
		}
		AppointmentForm form = bound.form();
		Interpreter interpreter = form.interpreter();
		String language = form.interpreterLanguage();
		if (interpreter == null && stored != null) {
			interpreter = stored.interpreter();
			language = (language != null) ? language : stored.interpreterLanguage();
		}
		List<String> foreign = client[0].languages().stream().filter((code) -> !GERMAN.equals(code)).toList();
		if (interpreter == null) {
			interpreter = (!foreign.isEmpty() && !client[0].languages().contains(GERMAN)) ? Interpreter.NEEDED
					: Interpreter.NONE;
		}
		if (interpreter.needed() && language == null) {
			language = foreign.isEmpty() ? null : foreign.get(0);
		}
		if (interpreter.needed() && language == null) {
			Map<String, org.springframework.context.MessageSourceResolvable> errors = new LinkedHashMap<>(
					bound.checked().errors());
			errors.put("interpreterLanguage", new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { "counselling.calendar.error.interpreterLanguage" }));
			return new Checked(null, new CheckedValues(bound.checked().values(), errors));
		}
		OffsetDateTime start = this.times.at(form.date(), form.startTime());
		OffsetDateTime end = this.times.at(form.date(), form.endTime());
		UUID id = (stored != null) ? stored.id() : UUID.randomUUID();
		UUID counsellor = (stored != null) ? stored.counsellorId() : actor.userId();
		Map<String, String> values = new LinkedHashMap<>(bound.checked().values());
		values.put("interpreter", interpreter.name());
		values.put("interpreterLanguage", interpreter.needed() ? language : "");
		return new Checked(new Appointment(id, counsellor, form.clientId(), client[0].responsibleId(), form.caseId(),
				start, end, form.place(), form.placeDetail(), form.note(), interpreter,
				interpreter.needed() ? language : null, (stored != null) ? stored.status() : AppointmentStatus.PLANNED),
				new CheckedValues(values, bound.checked().errors()));
	}

	private void check(Actor actor, AppointmentForm form, Errors errors, LocalDate today, Client[] client) {
		if (form.clientId() != null && !errors.hasFieldErrors("clientId")) {
			client[0] = readableClient(actor, form.clientId()).orElse(null);
			if (client[0] == null) {
				errors.rejectValue("clientId", "counselling.calendar.error.client");
			}
			else if (form.caseId() != null && !errors.hasFieldErrors("caseId")
					&& !this.store.caseOfClient(actor.tenantId(), form.caseId(), form.clientId())) {
				errors.rejectValue("caseId", "counselling.calendar.error.case");
			}
		}
		if (form.date() != null && !errors.hasFieldErrors("date") && (form.date().isBefore(today.minusYears(MAX_YEARS))
				|| form.date().isAfter(today.plusYears(MAX_YEARS)))) {
			errors.rejectValue("date", "counselling.calendar.error.date", new Object[] { MAX_YEARS }, null);
		}
		if (form.startTime() != null && form.endTime() != null && !errors.hasFieldErrors("endTime")
				&& !errors.hasFieldErrors("startTime") && !form.endTime().isAfter(form.startTime())) {
			errors.rejectValue("endTime", "counselling.calendar.error.endBeforeStart");
		}
		String language = form.interpreterLanguage();
		if (language != null && !errors.hasFieldErrors("interpreterLanguage")
				&& Languages.find(language).filter((found) -> found.code().equals(language)).isEmpty()) {
			errors.rejectValue("interpreterLanguage", "counselling.calendar.error.language", new Object[] { language },
					null);
		}
	}

	/**
	 * The counsellor's other appointments that overlap this one (a warning, no error).
	 */
	private List<Overlap> overlaps(Actor actor, Appointment appointment) {
		return this.store
			.overlapping(actor.tenantId(), appointment.counsellorId(), appointment.startsAt(), appointment.endsAt(),
					appointment.id())
			.stream()
			.map((other) -> new Overlap(other.id(), this.times.local(other.startsAt()).toOffsetDateTime(),
					this.times.local(other.endsAt()).toOffsetDateTime()))
			.toList();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private record Checked(Appointment appointment, CheckedValues values) {
	}

	/**
	 * The outcome of saving: the id when stored, else the checked values with their
	 * errors; the counsellor's other appointments at the same time.
	 *
	 * @param id the appointment, null if not stored
	 * @param checked the values and errors
	 * @param overlaps the counsellor's other planned or held appointments that overlap
	 */
	public record Saved(UUID id, CheckedValues checked, List<Overlap> overlaps) {
	}

	/**
	 * Another appointment at the same time (shown without its client).
	 *
	 * @param id the other appointment
	 * @param startsAt when it starts (office's time zone)
	 * @param endsAt when it ends
	 */
	public record Overlap(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

}
