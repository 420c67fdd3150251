package de.teilhabe.strategy.dialog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;
import de.teilhabe.shared.time.Times;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.DemoConcept;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.dialog.DialogStore.WorkshopValues;
import de.teilhabe.strategy.dialog.Records.StakeholderGroup;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: the Integrationsdialog 2017 of the demo Landkreis Osnabrück (started in
 * April 2017, informing the concept 2018–2022) with one workshop per stakeholder group at
 * places in the Landkreis, each with statements of all three kinds over the
 * Handlungsfelder, capture closed; and the current Integrationsdialog 2026 of the demo
 * Stadt Osnabrück (informing its draft concept) with one workshop whose capture is open,
 * so that the demo shows live capture (its join code is drawn at start, see the capture
 * screen). Dates, places, counts and statements are invented. Runs once per tenant:
 * skipped for a tenant that has a dialog already. Part of the module's demo data, which
 * run in the order concept, dialog, goals, measures.
 */
@Component
public class DemoDialog implements StartupTask {

	/** The name the next demo task of the module names in its {@code after()}. */
	public static final String NAME = "strategy dialog demo data";

	/**
	 * The title of the Landkreis' demo dialog (the goals' demo data find its workshops by
	 * it).
	 */
	public static final String DIALOG_2017 = "Integrationsdialog 2017";

	private static final String S = "STRENGTH";

	private static final String W = "WEAKNESS";

	private static final String C = "CHALLENGE";

	private static final String LANGUAGE = "Sprache und Bildung";

	private static final String WORK = "Arbeit und Ausbildung";

	private static final String HOUSING = "Wohnen";

	private static final String HEALTH = "Gesundheit";

	private static final String SOCIETY = "Gesellschaftliche Teilhabe und Ehrenamt";

	private static final String OPENING = "Interkulturelle Öffnung";

	private static final String DISCRIMINATION = "Antidiskriminierung";

	/** A demo workshop: its group, title, start, place, participants and statements. */
	private record DemoWorkshop(String group, String title, LocalDateTime startsAt, String place, int participants,
			String facilitators, List<String[]> statements) {
	}

	private static final List<DemoWorkshop> WORKSHOPS_2017 = List.of(
			new DemoWorkshop("Bürger", "Bürgerwerkstatt Integration", LocalDateTime.of(2017, 5, 16, 18, 0),
					"Kreishaus Osnabrück, Am Schölerberg 1, Osnabrück", 42, "Team Integration",
					List.of(new String[] { S, SOCIETY, "Sportvereine nehmen Zugewanderte selbstverständlich auf." },
							new String[] { W, HOUSING, "Bezahlbare Wohnungen fehlen vor allem in den Mittelzentren." },
							new String[] { W, LANGUAGE, "Sprachkurse sind ohne Auto auf dem Land kaum zu erreichen." },
							new String[] { C, SOCIETY, "Begegnung im Alltag organisieren, nicht nur bei Festen." },
							new String[] { S, LANGUAGE,
									"Die Büchereien bieten Lesepatenschaften in vielen Orten an." })),
			new DemoWorkshop("Bürgermeister", "Dienstbesprechung der Bürgermeister zur Integration",
					LocalDateTime.of(2017, 5, 31, 14, 0), "Rathaus Bramsche, Hasestraße 11, Bramsche", 21,
					"Integrationsbeauftragte des Landkreises",
					List.of(new String[] { S, HOUSING,
							"Die dezentrale Unterbringung in den Gemeinden hat sich bewährt." },
							new String[] { W, OPENING,
									"In den Rathäusern fehlen Ansprechpersonen mit Sprachkenntnissen." },
							new String[] { C, HOUSING, "Anschlussunterbringung nach der Anerkennung sichern." },
							new String[] { C, WORK, "Fachkräfte für Handwerk und Pflege in den Gemeinden halten." })),
			new DemoWorkshop("Wohlfahrtsverbände", "Workshop mit den Wohlfahrtsverbänden",
					LocalDateTime.of(2017, 6, 13, 10, 0), "Forum am Dom, Domhof 12, Osnabrück", 28,
					"Team Integration; Caritasverband",
					List.of(new String[] { S, HEALTH, "Die Migrationsberatung ist gut mit den Ärzten vernetzt." },
							new String[] { W, HEALTH, "Dolmetschkosten im Gesundheitswesen sind nicht geregelt." },
							new String[] { W, LANGUAGE, "Kinderbetreuung während der Sprachkurse fehlt." },
							new String[] { C, DISCRIMINATION,
									"Beratung bei Diskriminierung auf dem Wohnungsmarkt aufbauen." },
							new String[] { S, SOCIETY, "Die Zusammenarbeit der Verbände im Netzwerk trägt." })),
			new DemoWorkshop("Ehrenamtliche", "Ehrenamtstag Integration", LocalDateTime.of(2017, 6, 24, 10, 0),
					"Rathaus Georgsmarienhütte, Oeseder Straße 85, Georgsmarienhütte", 55, "Freiwilligenagentur",
					List.of(new String[] { S, SOCIETY, "Viele Helferkreise begleiten Familien seit 2015 verlässlich." },
							new String[] { W, SOCIETY,
									"Ehrenamtliche fühlen sich bei Behördengängen allein gelassen." },
							new String[] { C, SOCIETY, "Helferkreise brauchen Nachwuchs und Fortbildung." },
							new String[] { W, WORK, "Praktika scheitern oft an fehlenden Busverbindungen." },
							new String[] { S, LANGUAGE, "Ehrenamtliche Sprachcafés gibt es in fast jeder Gemeinde." })),
			new DemoWorkshop("Migranten/Flüchtlinge", "Workshop mit Zugewanderten und Geflüchteten",
					LocalDateTime.of(2017, 7, 6, 17, 0), "Familienzentrum Bersenbrück, Lindenstraße 2, Bersenbrück", 37,
					"Team Integration mit Sprachmittlerinnen",
					List.of(new String[] { W, WORK, "Abschlüsse aus der Heimat werden zu langsam anerkannt." },
							new String[] { W, HOUSING, "Vermieter lehnen uns ab, wenn sie den Namen hören." },
							new String[] { S, LANGUAGE, "Die Kinder lernen in der Kita schnell Deutsch." },
							new String[] { C, HEALTH, "Psychosoziale Hilfe für traumatisierte Menschen fehlt." },
							new String[] { C, DISCRIMINATION,
									"Wir möchten wissen, wohin wir uns bei Diskriminierung wenden." })),
			new DemoWorkshop("Migrantenselbstorganisationen", "Workshop mit Migrantenselbstorganisationen",
					LocalDateTime.of(2017, 8, 29, 18, 0),
					"Kreishaus Osnabrück, Sitzungssaal, Am Schölerberg 1, Osnabrück", 19, "Team Integration",
					List.of(new String[] { S, SOCIETY,
							"Die Vereine leisten viel Brückenarbeit in ihren Gemeinschaften." },
							new String[] { W, SOCIETY, "Den Vereinen fehlen Räume und hauptamtliche Unterstützung." },
							new String[] { C, OPENING, "Migrantenselbstorganisationen an Gremien beteiligen." },
							new String[] { W, DISCRIMINATION,
									"Alltagsrassismus wird selten gemeldet und kaum verfolgt." })),
			new DemoWorkshop("Verwaltungsmitarbeitende", "Workshop Interkulturelle Öffnung der Verwaltung",
					LocalDateTime.of(2017, 9, 12, 9, 0), "Kreishaus Osnabrück, Am Schölerberg 1, Osnabrück", 33,
					"Personalentwicklung; Team Integration",
					List.of(new String[] { S, OPENING,
							"Die Fortbildungen zur interkulturellen Kompetenz sind gefragt." },
							new String[] { W, OPENING, "Formulare und Bescheide gibt es nur auf Deutsch." },
							new String[] { C, OPENING, "Mehr Beschäftigte mit Migrationsgeschichte gewinnen." },
							new String[] { W, LANGUAGE, "Für Elterngespräche an Schulen fehlen Sprachmittler." },
							new String[] { S, WORK, "Jobcenter und Ausländerbehörde stimmen sich eng ab." })),
			new DemoWorkshop("Unternehmen", "Unternehmerfrühstück Fachkräfte und Integration",
					LocalDateTime.of(2017, 9, 27, 8, 0), "Rathaus Hagen a.T.W., Schulstraße 7, Hagen a.T.W.", 24,
					"Wirtschaftsförderung; Team Integration",
					List.of(new String[] { S, WORK, "Betriebe bilden Geflüchtete erfolgreich im Handwerk aus." },
							new String[] { W, WORK,
									"Unsicherheit über Aufenthalt und Arbeitserlaubnis schreckt Betriebe ab." },
							new String[] { C, WORK, "Berufsbezogene Sprachförderung neben der Ausbildung ausbauen." },
							new String[] { C, LANGUAGE, "Fachsprache in der Berufsschule gezielt fördern." })));

	private final Tenants tenants;

	private final ConceptStore concepts;

	private final DialogStore store;

	private final PlatformMode mode;

	private final Times times;

	private final Clock clock;

	DemoDialog(Tenants tenants, ConceptStore concepts, DialogStore store, PlatformMode mode, Times times, Clock clock) {
		this.tenants = tenants;
		this.concepts = concepts;
		this.store = store;
		this.mode = mode;
		this.times = times;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> after() {
		return Set.of(DemoConcept.NAME);
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		UUID landkreis = demoTenant("landkreis-osnabrueck");
		if (landkreis != null) {
			concept(landkreis, 2018).ifPresent((concept) -> dialog2017(landkreis, concept));
		}
		UUID stadt = demoTenant("stadt-osnabrueck");
		if (stadt != null) {
			this.concepts.current(stadt).ifPresent((concept) -> currentDialog(stadt, concept));
		}
	}

	private void dialog2017(UUID tenantId, Concept concept) {
		Map<String, UUID> fields = fields(tenantId, concept);
		Map<String, UUID> groups = groups(tenantId);
		UUID dialog = this.store.createDialog(tenantId, concept.id(), DIALOG_2017,
				"Fortschreibung des Migrations- und Integrationskonzepts von 2013 mit Zielhorizont 2022: Workshops "
						+ "homogener Gruppen von bis zu 60 Personen, die sich einen Überblick über Zahlen, Daten und "
						+ "Fakten verschaffen und in Kleingruppen Stärken, Schwächen und Herausforderungen benennen.",
				LocalDate.of(2017, 4, 3), at(LocalDateTime.of(2017, 4, 3, 9, 0)));
		for (DemoWorkshop demo : WORKSHOPS_2017) {
			OffsetDateTime starts = at(demo.startsAt());
			UUID workshop = this.store
				.createWorkshop(
						tenantId, dialog, new WorkshopValues(demo.title(), starts, demo.place(),
								groups.get(demo.group()), 60, demo.facilitators(), demo.participants()),
						starts.minusWeeks(3));
			int minute = 30;
			for (String[] statement : demo.statements()) {
				this.store.addStatement(tenantId, workshop, StatementType.valueOf(statement[0]), statement[2],
						fields.get(statement[1]), "Kleingruppe " + (1 + minute % 3), starts.plusMinutes(minute));
				minute += 7;
			}
			this.store.markCaptureHeld(tenantId, workshop, starts.plusMinutes(20), starts.plusMinutes(110));
		}
	}

	private void currentDialog(UUID tenantId, Concept concept) {
		Map<String, UUID> groups = groups(tenantId);
		LocalDate today = this.times.today(this.clock);
		UUID dialog = this.store.createDialog(tenantId, concept.id(), "Integrationsdialog " + today.getYear(),
				"Werkstätten mit den Zielgruppen für das Integrationskonzept „" + concept.title() + "“.",
				today.minusWeeks(2), OffsetDateTime.now(this.clock).minusWeeks(2));
		OffsetDateTime starts = this.times.at(today, java.time.LocalTime.of(9, 0));
		UUID workshop = this.store.createWorkshop(tenantId, dialog,
				new WorkshopValues("Werkstatt mit Migrantenselbstorganisationen", starts,
						"Haus der Jugend, Große Gildewart 6–9, Osnabrück", groups.get("Migrantenselbstorganisationen"),
						40, "Büro für Integration", 0),
				OffsetDateTime.now(this.clock).minusWeeks(2));
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				this.store.openCapture(tenantId, workshop, JoinCodes.draw(), OffsetDateTime.now(this.clock));
				return;
			}
			catch (DialogStore.JoinCodeTaken ex) {
				// drawn by another workshop: draw again
			}
		}
	}

	private java.util.Optional<Concept> concept(UUID tenantId, int horizonStart) {
		return this.concepts.all(tenantId)
			.stream()
			.filter((concept) -> concept.horizonStart() == horizonStart)
			.findFirst();
	}

	private Map<String, UUID> fields(UUID tenantId, Concept concept) {
		return this.concepts.fields(tenantId, concept.id()).stream().collect(Collectors.toMap(Field::name, Field::id));
	}

	private Map<String, UUID> groups(UUID tenantId) {
		return this.store.groups(tenantId)
			.stream()
			.collect(Collectors.toMap(StakeholderGroup::name, StakeholderGroup::id, (a, b) -> a));
	}

	private OffsetDateTime at(LocalDateTime local) {
		return this.times.at(local.toLocalDate(), local.toLocalTime());
	}

	private UUID demoTenant(String slug) {
		Tenant tenant = this.tenants.findBySlug(slug).orElse(null);
		return (tenant != null && this.store.dialogs(tenant.id()).isEmpty()) ? tenant.id() : null;
	}

}
