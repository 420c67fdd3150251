package de.teilhabe.counselling.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The counsellor's start page: today's planned appointments with their times and client
 * names (the list audited once), and how many there are tomorrow (the reminder), each
 * linked to the calendar.
 */
@Component
class AppointmentWorkQueue implements WorkQueue {

	static final String CALENDAR = "/counselling/calendar";

	private final Appointments appointments;

	AppointmentWorkQueue(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		List<WorkItem> items = new ArrayList<>();
		if (!actor.has(Role.COUNSELLOR)) {
			return items;
		}
		List<AppointmentView> today = this.appointments.on(actor, this.appointments.today())
			.stream()
			.filter((appointment) -> appointment.mine() && appointment.planned())
			.toList();
		String list = today.stream()
			.map((appointment) -> String.format("%02d:%02d ", appointment.startsAt().getHour(),
					appointment.startsAt().getMinute())
					+ (appointment.readable() ? appointment.clientName() : appointment.clientNumber()))
			.collect(Collectors.joining(", "));
		items.add(new WorkItem("counselling.calendar.work.today", CALENDAR, today.size(), list));
		long tomorrow = this.appointments.countPlanned(actor, this.appointments.today().plusDays(1));
		if (tomorrow > 0) {
			items.add(new WorkItem("counselling.calendar.work.tomorrow", CALENDAR, tomorrow));
		}
		return items;
	}

}
