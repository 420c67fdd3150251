package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.discrimination.ComplaintRecords;
import de.teilhabe.counselling.discrimination.ComplaintRecords.Seed;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: 22 discrimination complaints entered by Berna Beratung over the last
 * two years (every area of life, form and level appears; four linked to cases of her
 * clients, the others anonymous) and four reports of the public form not yet reviewed.
 * The descriptions are synthetic and name nobody. Skipped when the tenant has complaints.
 */
@Component
class DemoDiscrimination extends DemoOfficeTask {

	static final String NAME = "counselling demo discrimination complaints";

	private final ComplaintRecords complaints;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoDiscrimination(Tenants tenants, UserDirectory users, PlatformMode mode, ComplaintRecords complaints,
			JdbcClient jdbc, Clock clock) {
		super(NAME, DemoCases.NAME, tenants, users, mode);
		this.complaints = complaints;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One demo complaint: days ago, area, characteristics, forms, level, interventions,
	 * outcome, description.
	 */
	private record Entry(int daysAgo, String area, String characteristics, String forms, String level,
			String interventions, String outcome, String description) {
	}

	private static final List<Entry> ENTERED = List.of(new Entry(715, "WORK", "ETHNIC_ORIGIN", "DIRECT", "INDIVIDUAL",
			"COMPLAINT_LETTER", "RESOLVED",
			"Bewerbung als Lagerhelfer abgelehnt mit dem Hinweis, man suche „Muttersprachler“. Die Stelle verlangte keine Deutschkenntnisse über A2."),
			new Entry(680, "HOUSING", "ETHNIC_ORIGIN, NATIONALITY", "DIRECT", "INDIVIDUAL",
					"COMPLAINT_LETTER, LEGAL_SUPPORT", "PARTLY_RESOLVED",
					"Vermieter sagte einen Besichtigungstermin nach Nennung des Nachnamens ab; Testing mit deutsch klingendem Namen erhielt am selben Tag einen Termin."),
			new Entry(640, "EDUCATION", "RELIGION_BELIEF, GENDER", "INDIRECT", "INSTITUTIONAL", "MEDIATION", "RESOLVED",
					"Praktikumsplatz in einer Kita wegen Kopftuch verweigert, begründet mit einer allgemeinen Kleiderordnung."),
			new Entry(600, "AUTHORITIES", "LANGUAGE, RESIDENCE_STATUS", "INDIRECT", "STRUCTURAL", "ACCOMPANIMENT",
					"PARTLY_RESOLVED",
					"Antrag auf Leistungen wurde ohne Dolmetschung nicht angenommen; Formulare nur auf Deutsch, Wartezeit für einen Termin mit Sprachmittlung acht Wochen."),
			new Entry(575, "GOODS_SERVICES", "ETHNIC_ORIGIN", "DIRECT", "INDIVIDUAL", "COMPLAINT_LETTER", "RESOLVED",
					"Einlass in eine Diskothek verweigert, Begleitpersonen ohne Migrationsgeschichte kamen ohne Kontrolle hinein."),
			new Entry(540, "HEALTH", "LANGUAGE, ETHNIC_ORIGIN", "HARASSMENT", "INDIVIDUAL", "COMPLAINT_LETTER",
					"NOT_RESOLVED",
					"In einer Praxis abfällige Bemerkungen über Sprachkenntnisse vor anderen Patientinnen, Behandlung auf später verschoben."),
			new Entry(500, "POLICE_JUSTICE", "ETHNIC_ORIGIN", "DIRECT", "INSTITUTIONAL", "REFERRAL, LEGAL_SUPPORT",
					"OPEN",
					"Wiederholte Personenkontrollen am Bahnhof ohne erkennbaren Anlass, nach eigener Aussage dreimal in zwei Wochen."),
			new Entry(470, "MEDIA_INTERNET", "RELIGION_BELIEF", "HARASSMENT", "INDIVIDUAL", "REFERRAL", "RESOLVED",
					"Beleidigende Kommentare unter einem Foto des Moscheevereins in einer lokalen Facebook-Gruppe; Meldung an die Plattform und Weiterleitung an eine Fachstelle."),
			new Entry(440, "LEISURE", "ETHNIC_ORIGIN, AGE", "DIRECT", "INDIVIDUAL", "MEDIATION", "RESOLVED",
					"Jugendlicher nicht in die Fußballmannschaft aufgenommen, Trainer verwies auf fehlende Spielerlaubnis, die andere Neuzugänge ebenfalls nicht hatten."),
			new Entry(410, "WORK", "GENDER, RELIGION_BELIEF", "SEXUAL_HARASSMENT", "INDIVIDUAL",
					"ACCOMPANIMENT, REFERRAL", "PARTLY_RESOLVED",
					"Wiederholte übergriffige Bemerkungen eines Vorarbeiters in der Produktion; Begleitung zum Gespräch mit dem Betriebsrat."),
			new Entry(380, "HOUSING", "SOCIAL_STATUS, NATIONALITY", "INDIRECT", "STRUCTURAL", "OTHER", "NOT_RESOLVED",
					"Wohnungsgesellschaft verlangt von allen Bewerbern eine Schufa-Auskunft und einen unbefristeten Arbeitsvertrag, was Geflüchtete mit Duldung praktisch ausschließt."),
			new Entry(350, "AUTHORITIES", "ETHNIC_ORIGIN", "INSTRUCTION", "INSTITUTIONAL", "COMPLAINT_LETTER", "OPEN",
					"Nach Aussage einer Mitarbeiterin gibt es in einem Amt die mündliche Vorgabe, Termine für bestimmte Herkunftsländer nur vormittags zu vergeben."),
			new Entry(320, "EDUCATION", "LANGUAGE, ETHNIC_ORIGIN", "INDIRECT", "STRUCTURAL", "MEDIATION, REFERRAL",
					"PARTLY_RESOLVED",
					"Kind nach drei Monaten Sprachlernklasse ohne Prüfung auf eine Förderschule verwiesen; Eltern wurden ohne Dolmetschung informiert."),
			new Entry(290, "GOODS_SERVICES", "NATIONALITY, RESIDENCE_STATUS", "INDIRECT", "INSTITUTIONAL",
					"COMPLAINT_LETTER", "RESOLVED",
					"Bank verweigerte ein Basiskonto mit Verweis auf den Aufenthaltstitel, obwohl ein Anspruch besteht."),
			new Entry(260, "WORK", "AGE, ETHNIC_ORIGIN", "DIRECT", "INDIVIDUAL", "LEGAL_SUPPORT", "WITHDRAWN",
					"Absage nach Vorstellungsgespräch mit dem Hinweis, das Team sei „jung und deutsch“. Die Person wollte später keine weiteren Schritte."),
			new Entry(230, "HEALTH", "DISABILITY, LANGUAGE", "INDIRECT", "STRUCTURAL", "ACCOMPANIMENT, OTHER",
					"PARTLY_RESOLVED",
					"Gehörlose Person ohne Gebärdensprachdolmetschung in der Notaufnahme; Kostenübernahme für Dolmetschung ungeklärt."),
			new Entry(200, "POLICE_JUSTICE", "SEXUAL_IDENTITY, NATIONALITY", "HARASSMENT", "INDIVIDUAL",
					"ACCOMPANIMENT", "OPEN",
					"Bei einer Anzeige wegen Beleidigung abfällige Bemerkungen über die sexuelle Identität der anzeigenden Person."),
			new Entry(170, "LEISURE", "RELIGION_BELIEF, GENDER", "INDIRECT", "INSTITUTIONAL", "MEDIATION", "RESOLVED",
					"Schwimmbad untersagte Burkini mit Verweis auf die Badeordnung; nach Gespräch mit dem Betreiber geändert."),
			new Entry(120, "MEDIA_INTERNET", "ETHNIC_ORIGIN", "HARASSMENT", "INDIVIDUAL", "REFERRAL", "OPEN",
					"Rassistische Nachrichten in einer Eltern-Chatgruppe der Grundschule nach einem Elternabend."),
			new Entry(80, "AUTHORITIES", "RESIDENCE_STATUS, SOCIAL_STATUS", "DIRECT", "INSTITUTIONAL",
					"COMPLAINT_LETTER, ACCOMPANIMENT", "OPEN",
					"Vorsprache bei einer Behörde abgewiesen, weil keine Meldebescheinigung vorlag, obwohl die Zuständigkeit nicht davon abhängt."),
			new Entry(45, "OTHER", "OTHER", "HARASSMENT", "INDIVIDUAL", "OTHER", "OPEN",
					"Wiederholte Anfeindungen im Treppenhaus durch einen Nachbarn; Hausverwaltung reagiert nicht."),
			new Entry(20, "WORK", "ETHNIC_ORIGIN, LANGUAGE", "DIRECT", "INDIVIDUAL", "COMPLAINT_LETTER", "OPEN",
					"Zeitarbeitsfirma setzt Beschäftigte mit Akzent nur in der Spätschicht ein, Begründung: Kundenkontakt."));

	private static final List<Entry> ONLINE = List.of(
			new Entry(9, "GOODS_SERVICES", "ETHNIC_ORIGIN", "DIRECT", null, "", "OPEN",
					"Im Supermarkt wurde nur meine Tasche kontrolliert, nicht die von anderen Kunden vor mir."),
			new Entry(6, "HOUSING", "NATIONALITY, RESIDENCE_STATUS", "", null, "", "OPEN",
					"Ich habe viele Wohnungen angefragt. Wenn ich sage, woher ich komme, ist die Wohnung immer schon weg."),
			new Entry(3, "AUTHORITIES", "LANGUAGE", "HARASSMENT", null, "", "OPEN",
					"Am Schalter wurde ich angeschrien, weil ich nicht gut Deutsch spreche. Ich sollte wiederkommen mit jemand, der übersetzt."),
			new Entry(1, "EDUCATION", "RELIGION_BELIEF", "", null, "", "OPEN",
					"Meine Tochter darf in der Schule nicht beten in der Pause, andere Kinder lachen über sie und die Lehrerin sagt nichts."));

	@Override
	void seed(Office office) {
		if (this.complaints.count(office.tenant().id()) > 0) {
			return;
		}
		List<UUID> cases = this.jdbc.sql("""
				SELECT c.id FROM counselling_case c JOIN counselling_client cl ON cl.tenant_id = c.tenant_id
				  AND cl.id = c.client_id
				WHERE c.tenant_id = ? AND cl.responsible_id = ? AND c.kind <> 'SHORT_CONTACT'
				ORDER BY ('DISCRIMINATION' = ANY (c.topics)) DESC, c.opened_on DESC, c.id LIMIT 4""")
			.params(office.tenant().id(), office.berna())
			.query(UUID.class)
			.list();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Seed> seeds = new ArrayList<>();
		for (int i = 0; i < ENTERED.size(); i++) {
			Entry entry = ENTERED.get(i);
			// the more recent ones linked to cases (a case of the last two years)
			UUID caseId = (i >= ENTERED.size() - 2 * cases.size() && i % 2 == 1 && !cases.isEmpty())
					? cases.get((i / 2) % cases.size()) : null;
			seeds.add(seed(false, entry, caseId, office.berna(), now));
		}
		for (Entry entry : ONLINE) {
			seeds.add(seed(true, entry, null, null, now));
		}
		this.complaints.insertAll(office.tenant().id(), seeds);
	}

	private static Seed seed(boolean online, Entry entry, UUID caseId, UUID by, OffsetDateTime now) {
		OffsetDateTime at = now.minusDays(entry.daysAgo()).withHour(online ? 21 : 10);
		return new Seed(online, at.toLocalDate().minusDays(online ? 2 : 9), entry.area(),
				codes(entry.characteristics()), codes(entry.forms()), entry.level(), codes(entry.interventions()),
				entry.outcome(), entry.description(), null, caseId, by, at);
	}

	private static List<String> codes(String list) {
		return list.isBlank() ? List.of() : List.of(list.split(",\\s*"));
	}

}
