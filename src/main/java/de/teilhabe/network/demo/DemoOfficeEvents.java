package de.teilhabe.network.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.network.form.Sql;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the office's own public events of the Landkreis Osnabrück (and a few of
 * the Stadt), so that the portal's events page and its feeds are full: the
 * Interkulturelle Woche, the award of the Integrationspreis, a welcome festival, two
 * Sprachcafé series (weekly across the change to summer time), monthly information
 * evenings, a workshop for migrant organisations, a football tournament, a parents'
 * evening. Dates are relative to today (Europe/Berlin). Inserted with one batch
 * statement; skipped when the tenant has the Willkommensfest already. Made while the
 * platform already serves.
 */
@Component
class DemoOfficeEvents extends DemoLandkreisTask {

	static final String MARKER = "Willkommensfest für Neuzugewanderte";

	private final JdbcTemplate jdbc;

	private final Tenants tenants;

	private final Times times;

	private final Clock clock;

	DemoOfficeEvents(JdbcTemplate jdbc, Tenants tenants, PlatformMode mode, Times times, Clock clock) {
		// the demo import names the office's demo user
		super("network demo office events", Set.of("tenants", "users"), tenants, mode);
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.times = times;
		this.clock = clock;
	}

	private record Row(String category, String title, String description, LocalDate date, String start, String end,
			String recurrence, int interval, LocalDate until, String place, String regionKey, String languages,
			String registration, String accessibility) {
	}

	/** The Landkreis's events and import, then the few of the Stadt. */
	@Override
	protected void seed(Tenant tenant) {
		LocalDate today = this.times.today(this.clock);
		if (insert(tenant, landkreis(today))) {
			imported(tenant, today);
		}
		this.tenants.findBySlug("stadt-osnabrueck").ifPresent((stadt) -> insert(stadt, stadt(today)));
	}

	static List<Row> landkreis(LocalDate today) {
		LocalDate thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
		LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		LocalDate saturday = today.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		LocalDate ikw = LocalDate.of(today.getYear() + ((today.getMonthValue() >= 9) ? 1 : 0), 9, 1)
			.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
		LocalDate firstWednesday = today.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
		String kreishaus = "Kreishaus Osnabrück, Am Schölerberg 1, 49082 Osnabrück";
		return List.of(
				new Row("CULTURE", "Interkulturelle Woche – Eröffnung im Kreishaus",
						"Auftakt der Interkulturellen Woche im Landkreis mit Musik, Lesungen und Begegnungen. "
								+ "Das Programm aller Gemeinden liegt im Kreishaus aus.",
						ikw, "17:00", "20:00", "NONE", 1, null, kreishaus, null, "de, en, ar, uk", null,
						"Stufenloser Zugang, Induktionsschleife im Saal"),
				new Row("FESTIVAL", "Verleihung des Integrationspreises des Landkreises",
						"Der Landkreis ehrt Vereine und Initiativen, die Zugewanderte beim Ankommen begleiten.",
						today.plusMonths(4).withDayOfMonth(15), "18:30", "21:00", "NONE", 1, null, kreishaus, null,
						"de", "Anmeldung per E-Mail an die Integrationsstelle bis eine Woche vorher",
						"Stufenloser Zugang"),
				new Row("FESTIVAL", MARKER,
						"Kennenlernen, Essen aus vielen Ländern, Beratungsstände der Migrationsberatung, der "
								+ "Sprachkursträger und der Vereine, Spiele für Kinder.",
						saturday, "14:00", "18:00", "NONE", 1, null, "Marktplatz Quakenbrück", "03459030",
						"de, ar, fa, uk, ru, ti", null, "Ebenerdig, barrierefreie Toilette im Rathaus"),
				new Row("MEETING", "Sprachcafé in der Stadtbibliothek Bramsche",
						"Deutsch sprechen üben bei Kaffee und Tee, mit Ehrenamtlichen. Ohne Anmeldung, kostenlos.",
						thursday, "16:00", "18:00", "WEEKLY", 1, thursday.plusMonths(6),
						"Stadtbibliothek Bramsche, Maschstraße 6", "03459014", "de", null, "Aufzug vorhanden"),
				new Row("MEETING", "Sprachcafé Melle",
						"Alle zwei Wochen: Deutsch im Gespräch üben. Kinder sind willkommen.", tuesday, "17:00",
						"19:00", "WEEKLY", 2, tuesday.plusMonths(6), "Begegnungsstätte Melle-Mitte", "03459024",
						"de, ru, uk", null, null),
				new Row("INFORMATION", "Informationsabend: Ausbildung in Deutschland",
						"Wie funktioniert die duale Ausbildung? Mit der Berufsberatung der Agentur für Arbeit und "
								+ "Auszubildenden, die erzählen.",
						firstWednesday, "18:00", "19:30", "MONTHLY", 1, firstWednesday.plusMonths(6), kreishaus, null,
						"de, ar, fa", "Ohne Anmeldung", null),
				new Row("WORKSHOP", "Workshop: Fördermittel für Vereine",
						"Für Migrantenselbstorganisationen: Förderprogramme, Anträge, Verwendungsnachweis.",
						today.plusWeeks(5), "10:00", "15:00", "NONE", 1, null, kreishaus, null, "de",
						"Anmeldung bei der Integrationsstelle", null),
				new Row("SPORTS", "Interkulturelles Fußballturnier",
						"Teams aus Vereinen, Unterkünften und Schulen; Anmeldung der Teams bis zwei Wochen vorher.",
						today.plusMonths(5), "10:00", "17:00", "NONE", 1, null, "Sportplatz Georgsmarienhütte-Oesede",
						"03459019", "de", "Teams melden sich bei der Integrationsstelle an", null),
				new Row("TRAINING", "Elternabend: Schule in Niedersachsen",
						"Schulformen, Übergang nach Klasse 4, Elternrechte. Mit Dolmetschung in Arabisch und Farsi.",
						today.plusWeeks(2), "19:00", "21:00", "NONE", 1, null, "Grundschule Bad Iburg, Aula",
						"03459004", "de, ar, fa", null, null));
	}

	static List<Row> stadt(LocalDate today) {
		LocalDate friday = today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
		return List.of(
				new Row("MEETING", "Sprachcafé im Stadtteiltreff", "Deutsch sprechen üben, ohne Anmeldung.", friday,
						"15:00", "17:00", "WEEKLY", 1, friday.plusMonths(3), "Stadtteiltreff Schinkel", null, "de",
						null, null),
				new Row("FESTIVAL", MARKER, "Begegnungsfest der Stadt für Neuzugewanderte.", today.plusWeeks(6),
						"14:00", "18:00", "NONE", 1, null, "Rathaus Osnabrück, Friedenssaal", null, "de, en, ar, uk",
						null, null));
	}

	/**
	 * An iCal import of the Volkshochschule's courses, taken over by the office's demo
	 * user (Stefan Strategie): two events with their provenance and one refused all-day
	 * event.
	 */
	private void imported(Tenant tenant, LocalDate today) {
		List<UUID> users = this.jdbc.queryForList(
				"SELECT id FROM app_user WHERE tenant_id = ? AND lower(username) = 'strategie'", UUID.class,
				tenant.id());
		if (users.isEmpty()) {
			return;
		}
		UUID importId = UUID.randomUUID();
		Timestamp at = Timestamp.from(OffsetDateTime.now(this.clock).minusDays(3).toInstant());
		this.jdbc.update("""
				INSERT INTO network_event_import (tenant_id, id, uploaded_by, uploaded_by_name, file_name, status,
				  category, created_count, updated_count, rejected_count, created_at, imported_at)
				VALUES (?, ?, ?, 'Stefan Strategie', 'vhs-osnabrueck-land-kurse.ics', 'IMPORTED', 'TRAINING', 2, 0, 1,
				  ?, ?)""", tenant.id(), importId, users.get(0), at, at);
		this.jdbc.update("""
				INSERT INTO network_event_import_rejection (tenant_id, import_id, position, line, title, reason_key)
				VALUES (?, ?, 0, 31, 'Töpfern am Wochenende', 'allDay')""", tenant.id(), importId);
		LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
		List<Row> courses = List.of(
				new Row("TRAINING", "Deutsch für Eltern (VHS)",
						"Deutschkurs mit Themen aus Kita und Schule, Kinderbetreuung im Nebenraum.", monday, "09:00",
						"11:15", "WEEKLY", 1, monday.plusWeeks(11), "VHS Osnabrücker Land, Bramsche", "03459014", "de",
						"Anmeldung bei der VHS", null),
				new Row("TRAINING", "Computerkurs für Einsteigerinnen (VHS)",
						"E-Mail, Online-Formulare, Videotelefonie; in kleinen Gruppen.", monday.plusDays(2), "14:00",
						"16:00", "WEEKLY", 1, monday.plusWeeks(5).plusDays(2), "VHS Osnabrücker Land, Melle",
						"03459024", "de", "Anmeldung bei der VHS", null));
		int n = 0;
		for (UUID id : rows(tenant, courses, new ArrayList<>())) {
			this.jdbc.update("UPDATE network_event SET import_id = ?, import_uid = ? WHERE tenant_id = ? AND id = ?",
					importId, "vhs-demo-" + (n++) + "@vhs-osnabrueck-land.example.org", tenant.id(), id);
		}
	}

	private List<UUID> rows(Tenant tenant, List<Row> rows, List<UUID> ids) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Object[]> batch = new ArrayList<>();
		for (Row row : rows) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			OffsetDateTime start = this.times.at(row.date(), LocalTime.parse(row.start()));
			OffsetDateTime end = (row.end() != null) ? this.times.at(row.date(), LocalTime.parse(row.end())) : null;
			batch.add(new Object[] { tenant.id(), id, row.category(), row.title(), row.description(),
					Timestamp.from(start.toInstant()), (end != null) ? Timestamp.from(end.toInstant()) : null,
					row.recurrence(), row.interval(), row.until(), row.place(), row.regionKey(),
					String.join(",", Sql.array(row.languages())), row.registration(), row.accessibility(),
					Sql.searchText(row.title(), row.place(), row.description()), Timestamp.from(now.toInstant()),
					Timestamp.from(now.toInstant()) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO network_event (tenant_id, id, organisation_id, category, title, description, starts_at,
				  ends_at, recurrence, recurrence_interval, recurrence_until, place, region_key, languages,
				  registration, accessibility, public_event, search_text, created_at, updated_at)
				VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, TRUE, ?, ?, ?)""",
				batch);
		return ids;
	}

	/**
	 * Inserts the rows unless the tenant has its Willkommensfest already; whether it did.
	 */
	private boolean insert(Tenant tenant, List<Row> rows) {
		Integer present = this.jdbc.queryForObject(
				"SELECT count(*) FROM network_event WHERE tenant_id = ? AND organisation_id IS NULL AND title = ?",
				Integer.class, tenant.id(), MARKER);
		if (present != null && present > 0) {
			return false;
		}
		rows(tenant, rows, new ArrayList<>());
		return true;
	}

}
