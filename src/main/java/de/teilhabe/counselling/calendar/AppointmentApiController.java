package de.teilhabe.counselling.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The appointments API (COUNSELLOR): the appointments the counsellor sees from one day to
 * another (both included, at most {@link Appointments#MAX_RANGE_DAYS} days, else 422;
 * without them the next 14 days; paged), making one (201; 422 with {@code errors:
 * [{field, message}]} for bad values), one appointment, changing it and marking it as
 * held, not attended or cancelled. An appointment the counsellor may not see answers 403,
 * another tenant's or an unknown one 404. Every appointment returned is recorded in the
 * audit log; a list once, with the ids of its appointments.
 */
@RestController
class AppointmentApiController {

	/** The days listed without a range. */
	static final int DEFAULT_DAYS = 14;

	private final Appointments appointments;

	private final MessageSource messages;

	AppointmentApiController(Appointments appointments, MessageSource messages) {
		this.appointments = appointments;
		this.messages = messages;
	}

	@GetMapping("/api/v1/counselling/appointments")
	ApiPage<Map<String, Object>> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		List<Invalid> errors = new ArrayList<>();
		LocalDate first = day(from, "from", this.appointments.today(), errors);
		LocalDate last = day(to, "to", (first != null) ? first.plusDays(DEFAULT_DAYS - 1) : null, errors);
		if (errors.isEmpty() && last.isBefore(first)) {
			errors.add(new Invalid("to", "counselling.calendar.error.toBeforeFrom"));
		}
		else if (errors.isEmpty() && ChronoUnit.DAYS.between(first, last) + 1 > Appointments.MAX_RANGE_DAYS) {
			errors.add(new Invalid("to", "counselling.calendar.error.range", Appointments.MAX_RANGE_DAYS));
		}
		if (!errors.isEmpty()) {
			throw new InvalidBodyException(errors);
		}
		Actor actor = CurrentActor.get();
		Locale locale = LocaleContextHolder.getLocale();
		return ApiPage
			.slice(this.appointments.between(actor, this.appointments.startOf(first),
					this.appointments.startOf(last.plusDays(1))), paging)
			.map((appointment) -> item(appointment, locale));
	}

	private static LocalDate day(String value, String field, LocalDate otherwise, List<Invalid> errors) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new Invalid(field, "counselling.calendar.error.day"));
			return null;
		}
	}

	@GetMapping("/api/v1/counselling/appointments/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		return item(this.appointments.read(CurrentActor.get(), id, "detail"), LocaleContextHolder.getLocale());
	}

	@PostMapping("/api/v1/counselling/appointments")
	ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Appointments.Saved saved = this.appointments.create(actor, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/counselling/appointments/" + saved.id()))
			.body(withOverlaps(this.appointments.read(actor, saved.id(), "detail"), saved));
	}

	@PutMapping("/api/v1/counselling/appointments/{id}")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Appointments.Saved saved = this.appointments.update(actor, id, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return withOverlaps(this.appointments.read(actor, id, "detail"), saved);
	}

	@PostMapping("/api/v1/counselling/appointments/{id}/cancel")
	Map<String, Object> cancel(@PathVariable UUID id) {
		return status(id, AppointmentStatus.CANCELLED);
	}

	@PostMapping("/api/v1/counselling/appointments/{id}/held")
	Map<String, Object> held(@PathVariable UUID id) {
		return status(id, AppointmentStatus.HELD);
	}

	@PostMapping("/api/v1/counselling/appointments/{id}/no-show")
	Map<String, Object> noShow(@PathVariable UUID id) {
		return status(id, AppointmentStatus.NO_SHOW);
	}

	private Map<String, Object> status(UUID id, AppointmentStatus status) {
		return item(this.appointments.setStatus(CurrentActor.get(), id, status), LocaleContextHolder.getLocale());
	}

	private Map<String, Object> withOverlaps(AppointmentView appointment, Appointments.Saved saved) {
		Map<String, Object> item = item(appointment, LocaleContextHolder.getLocale());
		item.put("overlaps", saved.overlaps()
			.stream()
			.map((overlap) -> Map.of("id", overlap.id(), "startsAt", overlap.startsAt(), "endsAt", overlap.endsAt()))
			.toList());
		return item;
	}

	private Map<String, Object> item(AppointmentView appointment, Locale locale) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", appointment.id());
		item.put("counsellor", appointment.counsellorName());
		item.put("mine", appointment.mine());
		item.put("clientId", appointment.clientId());
		item.put("clientNumber", appointment.clientNumber());
		item.put("clientName", appointment.clientName());
		item.put("caseId", appointment.caseId());
		item.put("startsAt", appointment.startsAt());
		item.put("endsAt", appointment.endsAt());
		item.put("place", appointment.place());
		item.put("placeDetail", appointment.placeDetail());
		item.put("note", appointment.note());
		item.put("interpreter", appointment.interpreter());
		item.put("interpreterLanguage", appointment.interpreterLanguage());
		item.put("interpreterNote", CalendarTexts.interpreterNote(this.messages, appointment, locale));
		item.put("status", appointment.status());
		return item;
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
