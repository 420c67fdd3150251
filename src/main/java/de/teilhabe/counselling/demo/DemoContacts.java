package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.casework.contact.CaseworkRecords;
import de.teilhabe.counselling.casework.contact.CaseworkRecords.NewContact;
import de.teilhabe.counselling.casework.contact.CaseworkRecords.NewNote;
import de.teilhabe.counselling.casework.contact.CaseworkRecords.NewTask;
import de.teilhabe.counselling.casework.contact.Channel;
import de.teilhabe.counselling.casework.contact.Interpreter;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: every demo case of the Landkreis Osnabrück with a client (counselling
 * case or case management) that has fewer than two contacts gets 2 to 8 contacts over its
 * life (synthetic German summaries without names; the client's language, an interpreter
 * for most clients who speak no German), a few notes, and tasks: done ones, and on open
 * cases open ones of the client's responsible counsellor, for Berna Beratung
 * ({@code beratung}) overdue, due today, due in the next days and later. The same case
 * gets the same records on every fresh start; a case with two or more contacts is left as
 * it is, so running it again adds nothing.
 */
@Component
class DemoContacts extends DemoOfficeTask {

	static final String NAME = "counselling demo contacts";

	private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

	private static final Set<String> GERMAN = Set.of("de", "de-x-ls");

	private static final List<String> SUMMARIES = List.of(
			"Erstgespräch: Anliegen geklärt, Aufenthaltstitel und Bescheide gemeinsam gesichtet. Nächste Schritte besprochen.",
			"Unterlagen zur Anerkennung des Berufsabschlusses durchgesehen; fehlende Übersetzungen notiert.",
			"Fragen zum Integrationskurs: Anmeldung beim Kursträger vorbereitet, Kinderbetreuung während des Kurses offen.",
			"Brief der Ausländerbehörde erklärt; Termin zur Verlängerung des Aufenthaltstitels vereinbart.",
			"Wohnungssuche: Wohnberechtigungsschein beantragt, Hinweise auf Angebote der Wohnungsbaugenossenschaft gegeben.",
			"Antrag auf Kindergeld und Kinderzuschlag gemeinsam ausgefüllt; Nachweise fehlen noch.",
			"Bewerbungsunterlagen überarbeitet; Kontakt zur Beratungsstelle für Anerkennung vermittelt.",
			"Telefonische Nachfrage: Bescheid des Jobcenters ist angekommen, Leistungen sind bewilligt.",
			"Begleitung zum Termin beim Jobcenter; Eingliederungsvereinbarung erläutert.",
			"Arzttermin und Krankenversicherung besprochen; Hinweis auf die Gesundheitskarte gegeben.",
			"Schulanmeldung der Kinder vorbereitet; Kontakt zur Schulsozialarbeit hergestellt.",
			"Bericht über eine Benachteiligung bei der Wohnungssuche aufgenommen; Möglichkeiten der Antidiskriminierungsberatung erläutert.",
			"Rückfragen zum Mietvertrag und zur Nebenkostenabrechnung geklärt.",
			"Video-Gespräch: Stand der Anträge besprochen, keine neuen Probleme.",
			"Hausbesuch: Lage der Familie nach dem Umzug besprochen; Bedarf an Möbeln aufgenommen.",
			"Fortschritt im Sprachkurs besprochen; Prüfung B1 ist angemeldet.",
			"Widerspruch gegen einen Bescheid vorbereitet; Frist notiert.",
			"Abschlussgespräch: Ziele erreicht, Person weiß, wohin sie sich bei neuen Fragen wenden kann.");

	private static final List<String> NOTES = List.of(
			"Person wünscht Gespräche möglichst am Vormittag (Kinderbetreuung).",
			"Dolmetschung über den Sprachmittlerpool klappt gut; bei Terminen rechtzeitig anfragen.",
			"Unterlagen liegen in Kopie in der Papierakte (Schrank 2).",
			"Absprache im Team: Vertretung übernimmt während des Urlaubs die Rückrufe.",
			"Person hat Einwilligung zur Weitergabe an den Sprachkursträger gegeben.",
			"Bitte bei Anrufen nur die Mobilnummer verwenden.");

	private static final List<String> TASKS = List.of("Bescheid der Ausländerbehörde nachfragen",
			"Übersetzungen der Zeugnisse anfordern", "Rückruf wegen Kita-Platz", "Termin beim Jobcenter begleiten",
			"Antrag auf Wohngeld prüfen", "Anmeldung zum Integrationskurs nachhalten",
			"Kopie des Mietvertrags anfordern", "Widerspruchsfrist prüfen", "Nachfrage zur Schulanmeldung",
			"Stand der Anerkennung erfragen");

	private final ClientStore clients;

	private final CaseworkRecords records;

	private final JdbcClient jdbc;

	private final Times times;

	private final Clock clock;

	DemoContacts(Tenants tenants, UserDirectory users, ClientStore clients, CaseworkRecords records, PlatformMode mode,
			JdbcClient jdbc, Times times, Clock clock) {
		super(NAME, DemoCases.NAME, tenants, users, mode);
		this.clients = clients;
		this.records = records;
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		UUID berna = office.berna();
		List<DemoCase> cases = this.jdbc
			.sql("""
					SELECT c.id, c.client_id, c.status, c.opened_on, c.closed_on, c.responsible_id,
					       cl.responsible_id AS client_responsible_id
					FROM counselling_case c
					JOIN counselling_client cl ON cl.tenant_id = c.tenant_id AND cl.id = c.client_id
					WHERE c.tenant_id = ? AND c.kind IN ('COUNSELLING', 'CASE_MANAGEMENT') AND c.anonymised_at IS NULL
					  AND (SELECT count(*) FROM counselling_contact k WHERE k.tenant_id = c.tenant_id AND k.case_id = c.id) < 2
					ORDER BY c.id""")
			.param(tenant.id())
			.query((rs, row) -> new DemoCase(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					"OPEN".equals(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
					rs.getObject("closed_on", LocalDate.class), rs.getObject("responsible_id", UUID.class),
					rs.getObject("client_responsible_id", UUID.class)))
			.list();
		if (cases.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = this.times.today(this.clock);
		List<NewContact> contacts = new ArrayList<>();
		List<NewNote> notes = new ArrayList<>();
		List<NewTask> tasks = new ArrayList<>();
		int bernasOpen = 0;
		for (DemoCase demo : cases) {
			Random random = new Random(demo.id().getMostSignificantBits() ^ demo.id().getLeastSignificantBits());
			List<String> languages = this.clients.languagesOf(tenant.id(), demo.clientId());
			boolean german = languages.stream().anyMatch(GERMAN::contains);
			LocalDate end = (demo.closedOn() != null) ? demo.closedOn() : today.minusDays(1);
			if (end.isBefore(demo.openedOn())) {
				end = demo.openedOn();
			}
			long span = ChronoUnit.DAYS.between(demo.openedOn(), end);
			int count = 2 + random.nextInt(7);
			List<LocalDate> days = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				days.add((i == 0) ? demo.openedOn() : demo.openedOn().plusDays((span * i) / count + random.nextInt(3)));
			}
			UUID counsellor = demo.responsibleId();
			NewContact last = null;
			for (int i = 0; i < count; i++) {
				LocalDate day = days.get(i).isAfter(end) ? end : days.get(i);
				OffsetDateTime at = this.times.at(day, LocalTime.of(8 + random.nextInt(8), 15 * random.nextInt(4)));
				Channel channel = (i == 0) ? Channel.IN_PERSON : Channel.values()[random.nextInt(10) % 4];
				String summary = (i == 0) ? SUMMARIES.get(0) : (demo.closedOn() != null && i == count - 1)
						? SUMMARIES.get(SUMMARIES.size() - 1) : SUMMARIES.get(1 + random.nextInt(SUMMARIES.size() - 2));
				Interpreter interpreter = Interpreter.NONE;
				if (!german && !languages.isEmpty() && random.nextInt(5) > 0) {
					interpreter = Interpreter.values()[1 + random.nextInt(3)];
				}
				String language = german || languages.isEmpty() ? "de" : languages.get(0);
				if (interpreter == Interpreter.NONE && !german) {
					language = languages.isEmpty() ? null : languages.get(0);
				}
				last = new NewContact(UUID.randomUUID(), demo.id(), counsellor, at, 15 + 5 * random.nextInt(16),
						channel, language, interpreter, summary);
				contacts.add(last);
			}
			for (int i = random.nextInt(3); i > 0; i--) {
				OffsetDateTime at = this.times.at(
						days.get(random.nextInt(count)).isAfter(end) ? end : days.get(random.nextInt(count)),
						LocalTime.of(16, 30 + i));
				notes.add(new NewNote(UUID.randomUUID(), demo.id(), counsellor, at,
						NOTES.get(random.nextInt(NOTES.size()))));
			}
			UUID assignee = demo.clientResponsibleId();
			OffsetDateTime created = last.happenedAt();
			if (random.nextInt(3) > 0 || demo.closedOn() != null) {
				LocalDate due = days.get(Math.min(1, count - 1));
				tasks.add(new NewTask(UUID.randomUUID(), demo.id(), null, TASKS.get(random.nextInt(TASKS.size())), due,
						assignee, this.times.at(demo.openedOn(), LocalTime.of(17, 0)),
						this.times.at(due.isAfter(end) ? end : due, LocalTime.of(17, 30))));
			}
			if (demo.open()) {
				LocalDate due;
				if (assignee.equals(berna)) {
					due = switch (bernasOpen++ % 4) {
						case 0 -> today.minusDays(1 + random.nextInt(10));
						case 1 -> today;
						case 2 -> today.plusDays(2 + random.nextInt(6));
						default -> today.plusDays(14 + random.nextInt(30));
					};
				}
				else {
					due = today.plusDays(random.nextInt(21) - 5);
				}
				tasks.add(new NewTask(UUID.randomUUID(), demo.id(), last.id(), TASKS.get(random.nextInt(TASKS.size())),
						due, assignee, created, null));
			}
		}
		int written = this.records.insertAll(tenant.id(), contacts, notes, tasks);
		log.info("Demo contacts: {} contacts, {} notes, {} tasks for {} cases ({} rows) in {} ms", contacts.size(),
				notes.size(), tasks.size(), cases.size(), written, (System.nanoTime() - started) / 1_000_000);
	}

	private record DemoCase(UUID id, UUID clientId, boolean open, LocalDate openedOn, LocalDate closedOn,
			UUID responsibleId, UUID clientResponsibleId) {
	}

}
