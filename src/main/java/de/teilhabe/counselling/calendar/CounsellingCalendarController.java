package de.teilhabe.counselling.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar pages of the Beratungsstelle: a week (Monday to Sunday, today marked,
 * previous and next week) of the appointments the counsellor sees; making an appointment
 * (first the client, found by name among those the counsellor reads, then the form with
 * the interpreting already noted from the client's languages); changing one and marking
 * it as held, not attended or cancelled.
 */
@Controller
class CounsellingCalendarController {

	private static final String LABELS = "counselling.calendar.field.";

	private static final int MAX_QUERY = 200;

	private final Appointments appointments;

	private final AppointmentStore store;

	private final MessageSource messages;

	private final Times times;

	CounsellingCalendarController(Appointments appointments, AppointmentStore store, MessageSource messages,
			Times times) {
		this.appointments = appointments;
		this.store = store;
		this.messages = messages;
		this.times = times;
	}

	@GetMapping("/counselling/calendar")
	String week(@RequestParam(required = false) String week, Model model) {
		Actor actor = CurrentActor.get();
		LocalDate today = this.appointments.today();
		LocalDate day = today;
		if (week != null && !week.isBlank()) {
			try {
				day = LocalDate.parse(week.strip());
			}
			catch (DateTimeParseException ex) {
				throw new BadRequestException("counselling.calendar.error.week");
			}
		}
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<AppointmentView> shown = this.appointments.between(actor, this.appointments.startOf(monday),
				this.appointments.startOf(monday.plusDays(7)));
		Locale locale = LocaleContextHolder.getLocale();
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			String label = this.messages.getMessage("counselling.calendar.day." + date.getDayOfWeek(), null, locale)
					+ ", " + String.format("%02d.%02d.", date.getDayOfMonth(), date.getMonthValue());
			days.add(new Day(date, date.equals(today), label,
					shown.stream()
						.filter((appointment) -> appointment.startsAt().toLocalDate().equals(date))
						.map((appointment) -> new Shown(appointment,
								CalendarTexts.interpreterNote(this.messages, appointment, locale)))
						.toList()));
		}
		model.addAttribute("days", days);
		model.addAttribute("monday", this.times.date(monday));
		model.addAttribute("sunday", this.times.date(monday.plusDays(6)));
		model.addAttribute("previous", monday.minusWeeks(1));
		model.addAttribute("next", monday.plusWeeks(1));
		model.addAttribute("thisWeek", !today.isBefore(monday) && today.isBefore(monday.plusDays(7)));
		model.addAttribute("count", shown.size());
		return "counselling/calendar";
	}

	@GetMapping("/counselling/appointments/new")
	String form(@RequestParam(required = false) String q, @RequestParam(required = false) UUID client,
			@RequestParam(required = false) String date, Model model) {
		if (q != null && q.length() > MAX_QUERY) {
			throw new BadRequestException("counselling.error.queryTooLong", MAX_QUERY);
		}
		Actor actor = CurrentActor.get();
		if (client == null) {
			model.addAttribute("q", (q != null) ? q.strip() : "");
			model.addAttribute("clients", this.appointments.pickableClients(actor, q));
			return "counselling/appointment-client";
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("clientId", client.toString());
		values.put("date", (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) ? date
				: this.appointments.today().plusDays(1).toString());
		values.put("startTime", "09:00");
		values.put("endTime", "10:00");
		values.put("place", Place.OFFICE.name());
		List<String> languages = this.appointments.languagesOf(actor, client);
		List<String> foreign = languages.stream().filter((code) -> !Appointments.GERMAN.equals(code)).toList();
		boolean interpreting = !foreign.isEmpty() && !languages.contains(Appointments.GERMAN);
		values.put("interpreter", (interpreting ? Interpreter.NEEDED : Interpreter.NONE).name());
		values.put("interpreterLanguage", interpreting ? foreign.get(0) : "");
		return formPage(model, actor, null, values, Map.of());
	}

	@PostMapping("/counselling/appointments")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Appointments.Saved saved = this.appointments.create(actor, params.toSingleValueMap());
		if (saved.id() == null) {
			return formPage(model, actor, null, saved.checked().values(), saved.checked().errors());
		}
		return saved(saved, "created", redirect);
	}

	@GetMapping("/counselling/appointments/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AppointmentView appointment = this.appointments.read(actor, id, "edit");
		if (!appointment.readable()) {
			throw new org.springframework.security.access.AccessDeniedException("no access to the client");
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("clientId", appointment.clientId().toString());
		values.put("caseId", (appointment.caseId() != null) ? appointment.caseId().toString() : "");
		values.put("date", appointment.startsAt().toLocalDate().toString());
		values.put("startTime", appointment.startsAt().toLocalTime().toString());
		values.put("endTime", appointment.endsAt().toLocalTime().toString());
		values.put("place", appointment.place().name());
		values.put("placeDetail", (appointment.placeDetail() != null) ? appointment.placeDetail() : "");
		values.put("note", (appointment.note() != null) ? appointment.note() : "");
		values.put("interpreter", appointment.interpreter().name());
		values.put("interpreterLanguage",
				(appointment.interpreterLanguage() != null) ? appointment.interpreterLanguage() : "");
		return formPage(model, actor, appointment, values, Map.of());
	}

	@PostMapping("/counselling/appointments/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		AppointmentView appointment = this.appointments.read(actor, id, "edit");
		Appointments.Saved saved = this.appointments.update(actor, id, params.toSingleValueMap());
		if (saved.id() == null) {
			return formPage(model, actor, appointment, saved.checked().values(), saved.checked().errors());
		}
		return saved(saved, "changed", redirect);
	}

	@PostMapping("/counselling/appointments/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
		AppointmentStatus chosen;
		try {
			chosen = AppointmentStatus.valueOf((status != null) ? status : "");
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("counselling.calendar.error.status");
		}
		if (chosen == AppointmentStatus.PLANNED) {
			throw new BadRequestException("counselling.calendar.error.status");
		}
		AppointmentView appointment = this.appointments.setStatus(CurrentActor.get(), id, chosen);
		redirect.addFlashAttribute("saved", "status." + chosen.name());
		return "redirect:/counselling/calendar?week=" + appointment.startsAt().toLocalDate();
	}

	private String saved(Appointments.Saved saved, String what, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", what);
		redirect.addFlashAttribute("overlaps",
				saved.overlaps()
					.stream()
					.map((overlap) -> String.format("%s %02d:%02d–%02d:%02d", this.times.date(overlap.startsAt()),
							overlap.startsAt().getHour(), overlap.startsAt().getMinute(), overlap.endsAt().getHour(),
							overlap.endsAt().getMinute()))
					.toList());
		return "redirect:/counselling/calendar?week=" + saved.checked().values().get("date");
	}

	private String formPage(Model model, Actor actor, AppointmentView appointment, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		Locale locale = LocaleContextHolder.getLocale();
		UUID clientId = parse(values.get("clientId"));
		de.teilhabe.counselling.client.Client client = (clientId != null)
				? this.appointments.clientToPick(actor, clientId).orElse(null) : null;
		String clientName = (client != null) ? client.name() : null;
		List<String> clientLanguages = (client != null) ? client.languages() : List.of();
		model.addAttribute("appointment", appointment);
		model.addAttribute("clientName", clientName);
		model.addAttribute("clientLanguages", Languages.displayNames(clientLanguages, locale));
		model.addAttribute("cases", (clientId != null) ? this.store.casesOfClient(actor.tenantId(), clientId)
			.stream()
			.map((option) -> new Option(option.id().toString(),
					this.messages.getMessage("counselling.calendar.case",
							new Object[] { this.messages.getMessage("counselling.calendar.caseKind." + option.kind(),
									null, locale), this.times.date(option.openedOn()) },
							locale)))
			.toList() : List.of());
		model.addAttribute("places", Place.values());
		List<Option> interpreters = new ArrayList<>();
		for (Interpreter interpreter : Interpreter.values()) {
			interpreters.add(new Option(interpreter.name(),
					this.messages.getMessage("counselling.calendar.interpreter." + interpreter, null, locale)));
		}
		model.addAttribute("interpreters", interpreters);
		model.addAttribute("languages",
				Languages.sortedByName(locale)
					.stream()
					.map((language) -> new Option(language.code(), language.displayName(locale)))
					.toList());
		return "counselling/appointment-form";
	}

	private static UUID parse(String value) {
		try {
			return (value != null && !value.isBlank()) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A day of the week shown.
	 *
	 * @param date the day
	 * @param today whether it is today
	 * @param label its weekday and date
	 * @param appointments its appointments by start
	 */
	record Day(LocalDate date, boolean today, String label, List<Shown> appointments) {
	}

	/**
	 * An appointment as the week shows it.
	 *
	 * @param appointment the appointment
	 * @param interpreterNote {@code Dolmetschen für …}, or null
	 */
	record Shown(AppointmentView appointment, String interpreterNote) {
	}

	/**
	 * One option of a choice.
	 *
	 * @param key what is sent
	 * @param label what is shown
	 */
	record Option(String key, String label) {
	}

}
