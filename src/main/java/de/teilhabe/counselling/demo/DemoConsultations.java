package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.consultation.ConsultationRecords;
import de.teilhabe.counselling.consultation.ConsultationRecords.Seed;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: 20 expert consultations of the last twelve months for regular services
 * (Jobcenter, Ausländerbehörde, Sozialamt, schools, a Kita, a hospital social service)
 * and for approved demo organisations of the network, by Berna and Bilal Beratung. No
 * client's personal data. Skipped when the tenant has consultations.
 */
@Component
class DemoConsultations extends DemoOfficeTask {

	static final String NAME = "counselling demo expert consultations";

	private final ConsultationRecords consultations;

	private final Organisations organisations;

	private final Clock clock;

	DemoConsultations(Tenants tenants, UserDirectory users, PlatformMode mode, ConsultationRecords consultations,
			Organisations organisations, Clock clock) {
		super(NAME, "network demo data", tenants, users, mode);
		this.consultations = consultations;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * One demo consultation: days ago, the service (or a part of an organisation's name
	 * in the network, prefixed {@code network:}), minutes, topics, question, answer.
	 */
	private record Entry(int daysAgo, String service, int minutes, String topics, String question, String answer) {
	}

	private static final List<Entry> ENTRIES = List.of(new Entry(350, "Jobcenter Landkreis Osnabrück (MaßArbeit)", 45,
			"WORK_RECOGNITION",
			"Wie lässt sich ein syrischer Abschluss als Bauingenieur anerkennen, und wer berät dazu im Landkreis?",
			"Anerkennungsberatung (IQ-Netzwerk) und zuständige Stelle Ingenieurkammer benannt; Hinweis auf Anpassungsqualifizierung."),
			new Entry(330, "Ausländerbehörde Landkreis Osnabrück", 30, "RESIDENCE_LAW",
					"Welche Sprachmittlung kann die Behörde für Termine mit Tigrinya-Sprechenden nutzen?",
					"Pool der ehrenamtlichen Sprachmittlung und Videodolmetschdienst vorgestellt; Kostenfragen geklärt."),
			new Entry(310, "Sozialamt Landkreis Osnabrück", 60, "MONEY_BENEFITS",
					"Wie erklären wir Leistungsbescheide verständlich für Menschen mit geringen Deutschkenntnissen?",
					"Textbausteine in einfacher Sprache besprochen, mehrsprachige Erklärblätter empfohlen."),
			new Entry(290, "Grundschule (Beispiel) in Bramsche", 40, "FAMILY_SCHOOL",
					"Eltern erscheinen nicht zu Elterngesprächen. Wie erreichen wir Familien, die erst kurz hier sind?",
					"Elterncafé des Brückenschlag e.V. und Integrationslotsen als Brücke empfohlen; Einladungen mehrsprachig."),
			new Entry(270, "network:Wohlfahrtsverband", 35, "HEALTH",
					"Umgang mit traumatisierten Geflüchteten in der Schuldnerberatung: Worauf sollten wir achten?",
					"Hinweise zu traumasensibler Gesprächsführung, Verweis an das Psychosoziale Zentrum."),
			new Entry(250, "Jobcenter Landkreis Osnabrück (MaßArbeit)", 50, "LANGUAGE_COURSE, WORK_RECOGNITION",
					"Welche Berufssprachkurse gibt es für Pflegehilfskräfte mit B1?",
					"Übersicht der DeuFöV-Kurse im Landkreis, Spezialkurs Pflege bei einem Träger in Osnabrück."),
			new Entry(230, "Ausländerbehörde Landkreis Osnabrück", 25, "RESIDENCE_LAW, FAMILY_SCHOOL",
					"Was bedeutet die Beschäftigungsduldung für Familienangehörige?",
					"Voraussetzungen erläutert, Verweis auf Rechtsberatung bei Einzelfragen."),
			new Entry(210, "Kita (Beispiel) in Melle", 30, "FAMILY_SCHOOL",
					"Wie gehen wir mit religiösen Speisevorschriften beim Mittagessen um?",
					"Praxisbeispiele anderer Kitas, Gesprächsleitfaden für Eltern."),
			new Entry(190, "network:Sprachschule", 20, "LANGUAGE_COURSE",
					"Wie können Teilnehmende mit Kinderbetreuungsbedarf an Integrationskursen teilnehmen?",
					"Kurse mit Kinderbetreuung und Fahrtkostenregelung des BAMF erklärt."),
			new Entry(170, "Sozialamt Landkreis Osnabrück", 45, "MONEY_BENEFITS, HOUSING",
					"Kosten der Unterkunft: Welche Unterlagen können Geflüchtete bei Wohnungswechsel realistisch beibringen?",
					"Liste der Nachweise abgestimmt, Hinweis auf Beglaubigungen und Übersetzungen."),
			new Entry(150, "Gesamtschule (Beispiel) in Georgsmarienhütte", 60, "FAMILY_SCHOOL, LANGUAGE_COURSE",
					"Übergang aus der Sprachlernklasse in die Regelklasse: Wie begleiten wir die Jugendlichen?",
					"Patenmodell und Sprachförderung im Fachunterricht besprochen, Kontakt zum Jugendmigrationsdienst."),
			new Entry(130, "Jobcenter Landkreis Osnabrück (MaßArbeit)", 30, "WORK_RECOGNITION",
					"Kundin fragt nach Anerkennung eines ukrainischen Lehramtsstudiums: Welche Schritte?",
					"Zuständige Landesschulbehörde, Unterlagen und Übersetzung, Brückenmaßnahmen benannt."),
			new Entry(110, "Krankenhaus-Sozialdienst (Beispiel)", 40, "HEALTH",
					"Aufklärungsgespräche vor Operationen mit Dari-Sprechenden: Welche Dolmetschwege gibt es?",
					"Telefon- und Videodolmetschen, Hinweis auf Familienangehörige als Notlösung nur mit Vorsicht."),
			new Entry(95, "network:Brückenschlag", 25, "DISCRIMINATION",
					"Mitglieder berichten von Absagen bei der Wohnungssuche. Wie können wir unterstützen?",
					"Antidiskriminierungsberatung vorgestellt, Hinweis auf das anonyme Meldeformular."),
			new Entry(80, "Ausländerbehörde Landkreis Osnabrück", 35, "RESIDENCE_LAW",
					"Welche Informationen sollten Einladungsschreiben mehrsprachig enthalten?",
					"Mustertext in einfacher Sprache mit Übersetzungen in Arabisch, Farsi und Ukrainisch abgestimmt."),
			new Entry(60, "Sozialamt Landkreis Osnabrück", 20, "MONEY_BENEFITS",
					"Wie erreichen wir Menschen, die Bildung und Teilhabe nicht beantragen?",
					"Informationsblatt über Integrationslotsen und Migrantenorganisationen verteilen."),
			new Entry(45, "Berufsbildende Schulen (Beispiel) in Bersenbrück", 50, "WORK_RECOGNITION, LANGUAGE_COURSE",
					"Ausbildung und Aufenthalt: Was müssen wir bei Schülerinnen mit Duldung wissen?",
					"Ausbildungsduldung erläutert, Kontakt zur Ausländerbehörde und Rechtsberatung."),
			new Entry(30, "Jobcenter Landkreis Osnabrück (MaßArbeit)", 40, "WORK_RECOGNITION, FAMILY_SCHOOL",
					"Alleinerziehende mit kleinen Kindern: Welche Teilzeit-Sprachkurse gibt es?",
					"Teilzeitkurse und Kurse mit Kinderbetreuung genannt."),
			new Entry(15, "network:Wohlfahrtsverband", 30, "HOUSING",
					"Mietschulden und Sprachbarrieren: Wie vermitteln wir zwischen Vermieter und Familie?",
					"Mediationsangebot und Dolmetschung besprochen, Verweis an die Wohnungsnotfallhilfe."),
			new Entry(5, "Ausländerbehörde Landkreis Osnabrück", 25, "RESIDENCE_LAW, OTHER",
					"Welche Begriffe im Bescheid verstehen Menschen am häufigsten falsch?",
					"Liste häufiger Missverständnisse erstellt, Glossar in einfacher Sprache angeboten."));

	@Override
	void seed(Office office) {
		if (this.consultations.count(office.tenant().id()) > 0) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Seed> seeds = new ArrayList<>();
		for (int i = 0; i < ENTRIES.size(); i++) {
			Entry entry = ENTRIES.get(i);
			UUID organisation = null;
			String service = entry.service();
			if (service.startsWith("network:")) {
				OrganisationSummary found = this.organisations
					.searchByName(office.tenant().id(), service.substring("network:".length()), ApiPaging.of(0, 1))
					.items()
					.stream()
					.findFirst()
					.orElse(null);
				if (found == null) {
					continue;
				}
				organisation = found.id();
				service = found.name();
			}
			OffsetDateTime at = now.minusDays(entry.daysAgo()).withHour(11);
			seeds.add(new Seed(organisation, service, at.toLocalDate(), entry.question(), entry.answer(),
					entry.minutes(), List.of(entry.topics().split(",\\s*")),
					(i % 3 == 2) ? office.bilal() : office.berna(), at));
		}
		this.consultations.insertAll(office.tenant().id(), seeds);
	}

}
