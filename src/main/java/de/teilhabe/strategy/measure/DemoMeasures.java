package de.teilhabe.strategy.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.goal.DemoGoals;
import de.teilhabe.strategy.measure.Measure.GoalRef;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: the measures of the demo Landkreis for its concept 2018–2022, carried
 * by demo organisations of the network (among them the demo partner's, the organisation
 * the demo user {@code partner} is bound to) and the office itself, with budgets,
 * funding, statuses of all four kinds and progress notes. Each measure serves the first
 * goals of its Handlungsfeld, if the demo goals exist. Part of the module's demo data,
 * which run in the order concept, dialog, goals, measures; skipped for a tenant that has
 * measures.
 */
@Component
public class DemoMeasures extends DemoLandkreisTask {

	/** The name the next demo task of the module names in its {@code after()}. */
	public static final String NAME = "strategy measures demo data";

	private static final String LAND = "Land Niedersachsen, Richtlinie Migration und Teilhabe";

	private final ConceptStore concepts;

	private final MeasureStore measures;

	private final OrganisationNames names;

	private final UserDirectory users;

	private final Clock clock;

	DemoMeasures(Tenants tenants, ConceptStore concepts, MeasureStore measures, OrganisationNames names,
			UserDirectory users, PlatformMode mode, Clock clock) {
		super(NAME, Set.of(DemoGoals.NAME, "network demo data"), Timing.BEFORE_HEALTHY, tenants, mode);
		this.concepts = concepts;
		this.measures = measures;
		this.names = names;
		this.users = users;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		Concept concept = this.concepts.current(tenant.id()).orElse(null);
		if (concept == null
				|| this.measures.search(tenant.id(), concept.id(), MeasureFilter.NONE, null, new ApiPaging(0, 1))
					.totalItems() > 0) {
			return;
		}
		landkreis(tenant.id(), concept.id());
	}

	private void landkreis(UUID t, UUID concept) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<UUID, String> organisations = this.names.of(t);
		UUID partner = this.users.findUserId(t, "partner")
			.flatMap((user) -> this.users.organisationOf(t, user))
			.orElse(null);
		UUID bruecke = (partner != null) ? partner : named(organisations, "Brückenschlag");
		UUID melle = named(organisations, "Nachbarschaft Melle Ost");
		UUID wohlfahrt = named(organisations, "Wohlfahrtsverband Nordkreis");
		UUID sprachschule = named(organisations, "Sprachschule am Dörenberg");
		UUID sport = named(organisations, "SV Beispiel Georgsmarienhütte");
		List<GoalRef> goals = this.measures.goalChoices(t, concept);

		UUID elterncafe = measure(t, concept, now, goals, "Sprache und Bildung", "Elterncafé „Schule verstehen“",
				"Monatliches Elterncafé in Bramsche: Eltern mit Migrationsgeschichte lernen das niedersächsische "
						+ "Schulsystem kennen, mit Sprachmittlung in Arabisch, Kurdisch und Türkisch.",
				bruecke, List.of(sprachschule), "2019-02-01", "2022-12-31", "18500", LAND, MeasureStatus.RUNNING);
		note(t, elterncafe, "2019-03-06", "Auftakt mit 14 Müttern und 3 Vätern; Schulleitung der Grundschule dabei.",
				"Paula Partner", now);
		note(t, elterncafe, "2020-11-12",
				"Wegen der Kontaktbeschränkungen als Telefonsprechstunde weitergeführt; 9 Familien regelmäßig erreicht.",
				"Paula Partner", now);
		note(t, elterncafe, "2022-05-18", "Zweite Gruppe in Bramsche-Engter gestartet.", "Stefan Strategie", now);

		UUID kurse = measure(t, concept, now, goals, "Sprache und Bildung", "Integrationskurse mit Kinderbetreuung",
				"Integrationskurse am Vormittag mit Kinderbetreuung im Haus, damit Mütter kleiner Kinder teilnehmen "
						+ "können.",
				sprachschule, List.of(bruecke), "2018-09-01", "2021-07-31", "42000",
				"BAMF, Integrationskurse nach § 43 AufenthG; Kinderbetreuung aus Kreismitteln", MeasureStatus.DONE);
		note(t, kurse, "2021-07-30", "Drei Kurse abgeschlossen, 41 von 52 Teilnehmenden mit B1.", "Stefan Strategie",
				now);

		UUID bewerbung = measure(t, concept, now, goals, "Arbeit und Ausbildung",
				"Bewerbungstraining für junge Zugewanderte in Melle",
				"Wöchentliches Bewerbungstraining mit Praktikumsbörse gemeinsam mit Betrieben aus Melle.", melle,
				List.of(wohlfahrt), "2019-04-01", "2022-06-30", "24000", LAND, MeasureStatus.RUNNING);
		note(t, bewerbung, "2021-09-15", "17 Praktika vermittelt, davon 6 in Ausbildung übernommen.",
				"Stefan Strategie", now);

		UUID wohnen = measure(t, concept, now, goals, "Wohnen", "Wohnraumbörse und Mietführerschein",
				"Kurs „Mietführerschein“ für Geflüchtete und eine Börse, die Vermieterinnen und Vermieter mit "
						+ "Wohnungssuchenden zusammenbringt.",
				wohlfahrt, List.of(), "2022-03-01", "2022-12-31", "15000",
				"Landkreis Osnabrück, Haushaltsmittel Integration", MeasureStatus.PLANNED);
		note(t, wohnen, "2022-01-20", "Gespräche mit der Kreiswohnbau laufen; Start im Frühjahr geplant.",
				"Stefan Strategie", now);

		UUID gesundheit = measure(t, concept, now, goals, "Gesundheit",
				"Gesundheitslotsinnen in den Sprachen der Zugewanderten",
				"Geschulte Lotsinnen informieren in Arabisch, Farsi und Tigrinya über Vorsorge, Impfungen und das "
						+ "Gesundheitssystem.",
				wohlfahrt, List.of(bruecke), "2018-05-01", "2020-12-31", "21600",
				"Niedersächsisches Sozialministerium, Projekt „MiMi – Mit Migranten für Migranten“",
				MeasureStatus.DONE);
		note(t, gesundheit, "2020-12-15", "12 Lotsinnen geschult, 64 Informationsveranstaltungen.", "Paula Partner",
				now);

		UUID sportVerbindet = measure(t, concept, now, goals, "Gesellschaftliche Teilhabe und Ehrenamt",
				"Sport verbindet – interkulturelle Öffnung im Vereinssport",
				"Schnupperangebote, Übungsleiterinnen mit Migrationsgeschichte und Beitragspatenschaften.", sport,
				List.of(melle), "2019-08-01", "2022-07-31", "9000",
				"Landessportbund Niedersachsen, Programm „Integration durch Sport“", MeasureStatus.RUNNING);
		note(t, sportVerbindet, "2021-06-30", "Zwei Übungsleiterinnen ausgebildet; 23 neue Mitglieder.",
				"Stefan Strategie", now);

		UUID schulung = measure(t, concept, now, goals, "Interkulturelle Öffnung",
				"Interkulturelle Schulung der Kreisverwaltung",
				"Pflichtschulung für Beschäftigte mit Publikumsverkehr (Ausländerbehörde, Jobcenter, Jugendamt).", null,
				List.of(), "2018-10-01", "2020-03-31", "12000", "Landkreis Osnabrück, Fortbildungsbudget",
				MeasureStatus.DONE);
		note(t, schulung, "2020-03-10", "186 Beschäftigte geschult; Auswertung im Ausschuss vorgestellt.",
				"Stefan Strategie", now);

		UUID beratung = measure(t, concept, now, goals, "Antidiskriminierung",
				"Antidiskriminierungsberatung im Nordkreis",
				"Mobile Sprechstunde in Quakenbrück und Bersenbrück für Menschen, die Diskriminierung erleben.", null,
				List.of(wohlfahrt, bruecke), "2020-01-01", "2021-12-31", "30000", "Bundesprogramm „Demokratie leben!“",
				MeasureStatus.DROPPED);
		note(t, beratung, "2020-09-01",
				"Förderantrag abgelehnt; die Beratung übernimmt die landesweite Antidiskriminierungsstelle.",
				"Stefan Strategie", now);

		measure(t, concept, now, goals, "Gesellschaftliche Teilhabe und Ehrenamt",
				"Netzwerk der Migrantenselbstorganisationen stärken",
				"Vierteljährliche Netzwerktreffen, Fortbildungen zu Vereinsrecht und Förderanträgen.", null,
				List.of(bruecke, melle), "2022-04-01", "2022-12-31", "6000",
				"BAMF, Strukturförderung von Migrantenorganisationen", MeasureStatus.PLANNED);
	}

	private UUID measure(UUID t, UUID concept, OffsetDateTime now, List<GoalRef> goals, String field, String title,
			String description, UUID lead, List<UUID> partners, String start, String end, String budget, String funding,
			MeasureStatus status) {
		List<UUID> served = goals.stream()
			.filter((goal) -> goal.field().equals(field))
			.limit(2)
			.map(GoalRef::id)
			.toList();
		List<MeasureForm.Partner> rows = new ArrayList<>();
		partners.stream()
			.filter(Objects::nonNull)
			.filter((partner) -> !partner.equals(lead))
			.distinct()
			.forEach((partner) -> rows.add(new MeasureForm.Partner(partner)));
		return this.measures.create(t, concept, new MeasureForm(title, description, served, lead, rows,
				LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(budget), funding, status), now);
	}

	private void note(UUID t, UUID measure, String date, String text, String author, OffsetDateTime now) {
		this.measures.addNote(t, measure, LocalDate.parse(date), text, author, now);
	}

	private static UUID named(Map<UUID, String> organisations, String part) {
		return organisations.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(part))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

}
