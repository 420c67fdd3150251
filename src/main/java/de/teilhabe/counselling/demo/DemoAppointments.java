package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.calendar.AppointmentStatus;
import de.teilhabe.counselling.calendar.AppointmentStore;
import de.teilhabe.counselling.calendar.AppointmentStore.NewAppointment;
import de.teilhabe.counselling.calendar.Interpreter;
import de.teilhabe.counselling.calendar.Place;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.GermanLevel;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: about 25 appointments of Berna Beratung ({@code beratung}) this week
 * and next (relative to today, on working days between 9 and 16 o'clock, Europe/Berlin),
 * those already past held, one not attended and one cancelled; interpreting needed or
 * booked for clients with little German; one with the client Bilal Beratung is deputy for
 * (so that the deputy sees it); and a few of Bilal Beratung ({@code beratung2}). Skipped
 * when the tenant has appointments.
 */
@Component
class DemoAppointments extends DemoOfficeTask {

	static final String NAME = "counselling demo appointments";

	private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);

	private static final List<LocalTime> SLOTS = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(13, 0),
			LocalTime.of(14, 30));

	private static final List<String> ROOMS = List.of("Raum 1.12", "Raum 1.14", "Besprechungsraum EG");

	private static final List<String> NOTES = List.of("Unterlagen zur Anerkennung mitbringen lassen.",
			"Antrag auf Wohnberechtigungsschein gemeinsam ausfüllen.", "Vorbereitung Termin Ausländerbehörde.",
			"Bewerbungsunterlagen besprechen.", "Rückfragen zum Integrationskurs.");

	private final ClientStore clients;

	private final AppointmentStore appointments;

	private final JdbcClient jdbc;

	private final Times times;

	private final Clock clock;

	DemoAppointments(Tenants tenants, UserDirectory users, ClientStore clients, AppointmentStore appointments,
			PlatformMode mode, JdbcClient jdbc, Times times, Clock clock) {
		super(NAME, DemoClients.NAME, tenants, users, mode);
		this.clients = clients;
		this.appointments = appointments;
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		if (this.appointments.count(tenant.id()) > 0) {
			return;
		}
		UUID berna = office.berna();
		UUID bilal = office.bilal();
		List<Client> bernas = clientsOf(tenant.id(), berna);
		List<Client> bilals = clientsOf(tenant.id(), bilal);
		if (bernas.size() < 25 || bilals.size() < 3) {
			return;
		}
		UUID deputyClient = this.jdbc.sql(
				"SELECT client_id FROM counselling_client_deputy WHERE tenant_id = ? AND user_id = ? ORDER BY client_id")
			.params(tenant.id(), bilal)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		Random random = new Random(1603);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate monday = this.times.today(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<NewAppointment> rows = new ArrayList<>();
		int next = 0;
		for (int day = 0; day < 14; day++) {
			LocalDate date = monday.plusDays(day);
			if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			int count = 2 + ((day % 3 == 0) ? 1 : 0);
			for (int slot = 0; slot < count; slot++) {
				Client client = bernas.get((next * 7) % bernas.size());
				if (next == 3 && deputyClient != null) {
					client = bernas.stream().filter((c) -> c.id().equals(deputyClient)).findFirst().orElse(client);
				}
				rows.add(appointment(berna, client, date, SLOTS.get(slot + ((day % 2 == 0) ? 0 : 1) % 2), next, random,
						now));
				next++;
			}
		}
		for (int i = 0; i < 3; i++) {
			rows.add(appointment(bilal, bilals.get(i), monday.plusDays(1 + 2 * i), SLOTS.get(i + 1), i + 1, random,
					now));
		}
		this.appointments.insertAll(tenant.id(), rows, now);
		log.info("Counselling demo data: {} appointments", rows.size());
	}

	private NewAppointment appointment(UUID counsellor, Client client, LocalDate date, LocalTime time, int number,
			Random random, OffsetDateTime now) {
		OffsetDateTime start = this.times.at(date, time);
		OffsetDateTime end = start.plusMinutes((number % 4 == 0) ? 90 : 60);
		Place place = (number % 9 == 4) ? Place.PHONE
				: (number % 11 == 6) ? Place.OUTREACH : (number % 13 == 8) ? Place.VIDEO : Place.OFFICE;
		String detail = switch (place) {
			case OFFICE -> ROOMS.get(number % ROOMS.size());
			case OUTREACH -> "Gemeinschaftsunterkunft, Hauptstraße 1";
			case VIDEO -> "Videokonferenz des Landkreises";
			case PHONE -> null;
		};
		boolean littleGerman = client.germanLevel() == null || client.germanLevel() == GermanLevel.NONE
				|| client.germanLevel() == GermanLevel.A1 || client.germanLevel() == GermanLevel.A2;
		String language = client.languages().stream().filter((code) -> !"de".equals(code)).findFirst().orElse(null);
		boolean past = end.isBefore(now);
		Interpreter interpreter = (littleGerman && language != null)
				? (past || number % 2 == 0) ? Interpreter.BOOKED : Interpreter.NEEDED : Interpreter.NONE;
		AppointmentStatus status = !past ? AppointmentStatus.PLANNED : (number == 1) ? AppointmentStatus.NO_SHOW
				: (number == 2) ? AppointmentStatus.CANCELLED : AppointmentStatus.HELD;
		return new NewAppointment(counsellor, client.id(), start, end, place, detail,
				(random.nextInt(3) == 0) ? NOTES.get(random.nextInt(NOTES.size())) : null, interpreter,
				interpreter.needed() ? language : null, status);
	}

	private List<Client> clientsOf(UUID tenantId, UUID counsellor) {
		List<UUID> ids = this.jdbc
			.sql("SELECT id FROM counselling_client WHERE tenant_id = ? AND responsible_id = ? ORDER BY client_number")
			.params(tenantId, counsellor)
			.query(UUID.class)
			.list();
		List<Client> found = new ArrayList<>(this.clients.findAll(tenantId, ids));
		found.sort(Comparator.comparing(Client::clientNumber));
		return found;
	}

}
