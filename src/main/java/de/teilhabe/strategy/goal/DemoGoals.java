package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.dialog.DemoDialog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Demo mode only: SMART goals of the demo Landkreis Osnabrück under the Handlungsfelder
 * of its current concept, twelve of them bound to real indicators with values for
 * Landkreis Osnabrück (03459) in the shipped Integrationsmonitoring Niedersachsen, three
 * measured by custom measures with hand-entered values; baselines and targets chosen so
 * that some are reached, some on track, some at risk or off track, and one has no data.
 * Responsible are the demo organisations of the network; a goal answers statements of the
 * demo dialog of its Handlungsfeld where the dialog's demo data exist. Runs once: skipped
 * when the tenant has goals. The statuses are computed after the commit from the values
 * there are then; the shipped indicators are computed while the platform serves, and
 * their {@link de.teilhabe.monitoring.IndicatorsChanged} computes the statuses again (the
 * start never waits for them).
 */
@Component
public class DemoGoals extends DemoLandkreisTask {

	/** The name the next demo task of the module names in its {@code after()}. */
	public static final String NAME = "strategy goals demo data";

	private static final String LANDKREIS = "03459";

	private final ConceptStore concepts;

	private final GoalStore goals;

	private final GoalStatuses statuses;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoGoals(Tenants tenants, ConceptStore concepts, GoalStore goals, GoalStatuses statuses,
			Organisations organisations, JdbcClient jdbc, PlatformMode mode, Clock clock) {
		super(NAME, Set.of(DemoDialog.NAME, "network demo data"), Timing.BEFORE_HEALTHY, tenants, mode);
		this.concepts = concepts;
		this.goals = goals;
		this.statuses = statuses;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A demo goal: its Handlungsfeld, text, indicator (or custom measure with unit and
	 * hand values), baseline, target and the names of the organisations responsible.
	 */
	record DemoGoal(String field, String title, String indicator, String customMeasure, String unit,
			Map<Integer, String> values, String baselineValue, int baselineYear, String targetValue, int targetYear,
			List<String> organisations) {

		static DemoGoal indicator(String field, String title, String code, String baseline, int baselineYear,
				String target, int targetYear, String... organisations) {
			return new DemoGoal(field, title, code, null, null, Map.of(), baseline, baselineYear, target, targetYear,
					List.of(organisations));
		}

		static DemoGoal custom(String field, String title, String measure, String unit, Map<Integer, String> values,
				String baseline, int baselineYear, String target, int targetYear, String... organisations) {
			return new DemoGoal(field, title, null, measure, unit, values, baseline, baselineYear, target, targetYear,
					List.of(organisations));
		}

	}

	private static final String SPRACHE = "Sprache und Bildung";

	private static final String ARBEIT = "Arbeit und Ausbildung";

	private static final String WOHNEN = "Wohnen";

	private static final String GESUNDHEIT = "Gesundheit";

	private static final String TEILHABE = "Gesellschaftliche Teilhabe und Ehrenamt";

	private static final String OEFFNUNG = "Interkulturelle Öffnung";

	private static final String ANTIDISKRIMINIERUNG = "Antidiskriminierung";

	private static final String SPRACHSCHULE = "Sprachschule am Dörenberg";

	private static final String BRUECKENSCHLAG = "Brückenschlag";

	private static final String WOHLFAHRT = "Wohlfahrtsverband Nordkreis";

	private static final String MELLE = "Nachbarschaft Melle Ost";

	private static final String SPORTVEREIN = "SV Beispiel Georgsmarienhütte";

	/**
	 * The demo goals (values of the indicators: Integrationsmonitoring Niedersachsen).
	 */
	static final List<DemoGoal> GOALS = List.of(
			DemoGoal.indicator(SPRACHE,
					"Mehr Kinder mit Zuwanderungsgeschichte von 3 bis unter 6 Jahren besuchen eine Kita: 22 % bis 2026",
					"3-1-3", "19.66", 2018, "22", 2026, SPRACHSCHULE, BRUECKENSCHLAG),
			DemoGoal.indicator(SPRACHE,
					"Mindestens 2 500 Kinder unter 6 Jahren mit Zuwanderungsgeschichte werden in Kitas betreut",
					"3-1-2", "2263", 2018, "2500", 2022, BRUECKENSCHLAG),
			DemoGoal.indicator(SPRACHE,
					"Der Anteil ausländischer Achtklässlerinnen und Achtklässler am Gymnasium steigt auf 6 % bis 2026",
					"4-1-1", "3.1", 2018, "6", 2026, SPRACHSCHULE),
			DemoGoal.indicator(SPRACHE,
					"Weniger ausländische Jugendliche verlassen die Schule ohne Hauptschulabschluss: 25 % bis 2024",
					"4-1-4", "31.58", 2018, "25", 2024, SPRACHSCHULE, MELLE),
			DemoGoal.indicator(ARBEIT,
					"Weniger ausländische Erwerbsfähige sind auf Mindestsicherung angewiesen: höchstens 240 je 1 000 bis 2020",
					"6-2-2", "268", 2016, "240", 2020, WOHLFAHRT),
			DemoGoal.indicator(ARBEIT,
					"Übergang Schule–Beruf: Anteil ausländischer Abgängerinnen und Abgänger ohne Hauptschulabschluss unter 35 % bis 2028",
					"4-1-4", "40.06", 2023, "35", 2028, MELLE),
			DemoGoal.indicator(ARBEIT,
					"Die Mindestsicherungsquote der Ausländerinnen und Ausländer sinkt wieder auf 200 je 1 000 bis 2027",
					"6-2-1", "227", 2023, "200", 2027, WOHLFAHRT, MELLE),
			DemoGoal.indicator(WOHNEN,
					"Weniger ausländische Haushalte auf Mindestsicherung, auch für die Wohnkosten: 150 je 1 000 bis 2026",
					"6-2-1", "176", 2018, "150", 2026, WOHLFAHRT),
			DemoGoal.indicator(WOHNEN,
					"Wohnkosten sichern ohne Mindestsicherung: Quote der 18- bis 65-jährigen Ausländerinnen und Ausländer auf 200 je 1 000 bis 2026",
					"6-2-2", "230", 2022, "200", 2026, WOHLFAHRT),
			DemoGoal.indicator(TEILHABE, "Mehr Einbürgerungen: 380 im Jahr bis 2028", "2-3-1", "298", 2018, "380", 2028,
					SPORTVEREIN, MELLE),
			DemoGoal.indicator(TEILHABE,
					"Die Einbürgerungsquote steigt auf 0,95 je 100 Ausländerinnen und Ausländer bis 2027", "2-3-3",
					"0.7327", 2021, "0.95", 2027, MELLE),
			DemoGoal.indicator(TEILHABE,
					"15 000 Ausländerinnen und Ausländer leben seit zehn Jahren und länger im Landkreis und sind hier zu Hause",
					"1-2-3", "12700", 2018, "15000", 2024, SPORTVEREIN),
			DemoGoal.custom(GESUNDHEIT,
					"Sprach- und Kulturmittlung in Arztpraxen und Kliniken: 520 Einsätze im Jahr bis 2025",
					"Einsätze der Sprach- und Kulturmittlung im Gesundheitswesen", "Einsätze",
					Map.of(2020, "350", 2022, "420", 2024, "480"), "300", 2019, "520", 2025, WOHLFAHRT),
			DemoGoal.custom(OEFFNUNG,
					"40 % der Beschäftigten der Kreisverwaltung sind interkulturell geschult bis 2025",
					"Anteil interkulturell geschulter Beschäftigter der Kreisverwaltung", "Prozent",
					Map.of(2019, "15", 2021, "24", 2023, "31", 2024, "37"), "12", 2018, "40", 2025, BRUECKENSCHLAG),
			DemoGoal.custom(ANTIDISKRIMINIERUNG,
					"80 % der gemeldeten Diskriminierungsfälle werden innerhalb von vier Wochen beraten bis 2027",
					"Anteil der innerhalb von vier Wochen beratenen Diskriminierungsmeldungen", "Prozent",
					Map.of(2023, "52"), "55", 2024, "80", 2027, MELLE));

	@Override
	protected void seed(Tenant tenant) {
		UUID tenantId = tenant.id();
		Concept concept = this.concepts.current(tenantId).orElse(null);
		boolean hasGoals = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM strategy_goal WHERE tenant_id = ?)")
			.param(tenantId)
			.query(Boolean.class)
			.single();
		if (concept == null || hasGoals) {
			return;
		}
		List<Field> fields = this.concepts.fields(tenantId, concept.id());
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (DemoGoal demo : GOALS) {
			Field field = fields.stream().filter((each) -> each.name().equals(demo.field())).findFirst().orElse(null);
			if (field == null) {
				continue;
			}
			List<GoalForm.HandValue> values = new ArrayList<>();
			demo.values()
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach((entry) -> values
					.add(new GoalForm.HandValue(entry.getKey(), new BigDecimal(entry.getValue()))));
			GoalForm form = new GoalForm(demo.title(), null, field.id(), demo.indicator(),
					(demo.indicator() != null) ? LANDKREIS : null, demo.customMeasure(), demo.unit(),
					new BigDecimal(demo.baselineValue()), demo.baselineYear(), new BigDecimal(demo.targetValue()),
					demo.targetYear(), organisations(tenantId, demo.organisations()), values, List.of());
			UUID id = this.goals.create(tenantId, form, now);
			List<UUID> statements = this.jdbc.sql("""
					SELECT id FROM strategy_statement WHERE tenant_id = ? AND field_id = ? AND merged_into IS NULL
					ORDER BY created_at, id LIMIT 2""").params(tenantId, field.id()).query(UUID.class).list();
			if (!statements.isEmpty()) {
				this.goals.answers(tenantId, id, statements);
			}
		}
		// the statuses from the values there are once the goals are committed (a change
		// of the indicators meanwhile computes them again by itself)
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					DemoGoals.this.statuses.recomputeAllOnItsOwn(tenantId);
				}
			});
		}
		else {
			this.statuses.recomputeAll(tenantId);
		}
	}

	/** The demo organisations by (part of) their names; those not found are left out. */
	private List<UUID> organisations(UUID tenantId, List<String> names) {
		List<UUID> ids = new ArrayList<>();
		for (String name : names) {
			this.organisations.searchByName(tenantId, name, new ApiPaging(0, 1))
				.items()
				.stream()
				.map(OrganisationSummary::id)
				.findFirst()
				.ifPresent(ids::add);
		}
		return ids;
	}

}
