package de.teilhabe.network.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.form.NetworkLanguages;
import de.teilhabe.network.offer.OfferForm;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.time.Times;

/**
 * The fields of an event's form and their checks. Times are local times of the platform's
 * zone ({@link Times}).
 */
public final class EventForm {

	/** Repetitions end at most this many years after the first date. */
	static final int MAX_RECURRENCE_YEARS = 2;

	public static final List<String> FIELDS = List.of("category", "title", "description", "date", "startTime",
			"endTime", "recurrence", "recurrenceInterval", "recurrenceUntil", "place", "regionKey", "languages",
			"targetGroups", "registration", "accessibility", "publicEvent");

	private EventForm() {
	}

	public static FormCheck check(Map<String, String> raw, Regions regions) {
		FormCheck check = new FormCheck(raw);
		check.choice("category", EventCategory.class, true);
		check.text("title", true, 200);
		check.multiline("description", false, 4000);
		LocalDate date = check.date("date", true);
		LocalTime start = check.time("startTime", true);
		LocalTime end = check.time("endTime", false);
		if (start != null && end != null && !end.isAfter(start)) {
			check.reject("endTime", "network.error.endBeforeStart");
		}
		Recurrence recurrence = check.choice("recurrence", Recurrence.class, false);
		Integer interval = check.integer("recurrenceInterval", 1, 52, false);
		LocalDate until = check.date("recurrenceUntil", false);
		if (recurrence != null && recurrence != Recurrence.NONE) {
			if (until == null && !check.hasError("recurrenceUntil")) {
				check.reject("recurrenceUntil", "network.error.untilRequired");
			}
			else if (until != null && date != null && until.isBefore(date)) {
				check.reject("recurrenceUntil", "network.error.untilBeforeStart");
			}
			else if (until != null && date != null && until.isAfter(date.plusYears(MAX_RECURRENCE_YEARS))) {
				check.reject("recurrenceUntil", "network.error.untilTooLate", MAX_RECURRENCE_YEARS);
			}
		}
		else {
			check.values().put("recurrence", "NONE");
			check.values().put("recurrenceUntil", "");
		}
		if (interval == null && !check.hasError("recurrenceInterval")) {
			check.values().put("recurrenceInterval", "1");
		}
		check.text("place", false, 300);
		OfferForm.gemeinde(check, "regionKey", regions);
		check.list("languages", 40, NetworkLanguages::parse, "network.error.language");
		check.tags("targetGroups", 20, 80);
		check.multiline("registration", false, 1000);
		check.multiline("accessibility", false, 1000);
		check.flag("publicEvent");
		return check;
	}

	/** The form's values of a stored event, times local to the platform's zone. */
	public static Map<String, String> of(NetworkEvent event, Times times) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("category", event.category().name());
		values.put("title", event.title());
		values.put("description", text(event.description()));
		values.put("date", times.local(event.startsAt()).toLocalDate().toString());
		values.put("startTime", times.time(event.startsAt()));
		values.put("endTime", times.time(event.endsAt()));
		values.put("recurrence", event.recurrence().name());
		values.put("recurrenceInterval", String.valueOf(event.recurrenceInterval()));
		values.put("recurrenceUntil", (event.recurrenceUntil() != null) ? event.recurrenceUntil().toString() : "");
		values.put("place", text(event.place()));
		values.put("regionKey", text(event.regionKey()));
		values.put("languages", String.join(FormCheck.LIST_SEPARATOR, event.languages()));
		values.put("targetGroups", String.join(FormCheck.LIST_SEPARATOR, event.targetGroups()));
		values.put("registration", text(event.registration()));
		values.put("accessibility", text(event.accessibility()));
		values.put("publicEvent", event.publicEvent() ? "true" : "");
		return values;
	}

	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, ""));
		values.put("recurrence", "NONE");
		values.put("recurrenceInterval", "1");
		values.put("publicEvent", "true");
		return values;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
