package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.startup.Preparation;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.ControllingDashboards;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goal pages of the demo Stadt (its own goals, apart from the Landkreis's): the form
 * offers Handlungsfelder, indicators, regions and organisations by name, refuses a goal
 * lacking SMART parts naming them, stores a goal on a custom measure with hand values;
 * the goal's page explains its status with the chart, the dashboard shows it, and the
 * tolerance setting moves it between at risk and off track. Readers read but do not
 * write.
 */
@IntegrationTest
class GoalPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	Organisations organisations;

	@Test
	void theOfficeEntersAGoalByNamesAndSeesItsStatusExplained() {
		TestUser office = AccessFixtures.of(this.context).create(AccessFixtures.STADT, "goals", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, office.username(), AccessFixtures.PASSWORD);
		String form = http.get("/strategy/goals/new").body();
		assertThat(form).contains(">Sprache und Bildung</option>")
			.contains("Betreute Kinder bis unter 3 Jahren und von 3 bis unter 6 Jahren")
			.contains(">Niedersachsen</option>")
			.contains("Haus der Kulturen");

		HttpResponse<String> empty = AccessFixtures.post(http, "/strategy/goals/new", "/strategy/goals", "title", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Spezifisch: Beschreiben Sie, was erreicht werden soll.")
			.contains("Wählen Sie mindestens eine verantwortliche Organisation.")
			.contains("Terminiert: Bis zu welchem Jahr soll das Ziel erreicht sein?");

		String title = "Mehr Elterncafés " + UUID.randomUUID();
		// 100 (2020) to 200 (2024): 2022 expects 150; 140 is 10 behind, the tolerance 10
		HttpResponse<String> saved = AccessFixtures.post(http, "/strategy/goals/new", "/strategy/goals", "title", title,
				"field", option(form, "Gesundheit"), "customMeasure", "Besuche der Elterncafés", "unit", "Besuche",
				"baselineValue", "100", "baselineYear", "2020", "targetValue", "200", "targetYear", "2024",
				"organisations", option(form, "Haus der Kulturen Osnabrück e.V. (Beispiel)"), "values[0].year", "2021",
				"values[0].value", "118,5", "values[1].year", "2022", "values[1].value", "140");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = java.net.URI.create(AccessFixtures.location(saved)).getPath();
		String page = http.get(location).body();
		assertThat(page).contains(title)
			.contains("gefährdet")
			.contains("2022 lag der Wert bei 140 Besuche")
			.contains("innerhalb der Toleranz von 10 %")
			.contains("<svg")
			.contains("Weg zum Ziel");
		// the controlling: the overview leads to the Handlungsfeld's dashboard, where the
		// goal stands with its status and the reason in words
		String dashboard = ControllingDashboards.field(http, "Gesundheit");
		assertThat(dashboard).contains("<h1 class=\"kern-heading\">Integrationscontrolling: Gesundheit</h1>");
		assertThat(ControllingDashboards.goalRow(dashboard, title)).contains("gefährdet")
			.contains("2022 lag der Wert bei 140 Besuche")
			.contains("innerhalb der Toleranz von 10 %");

		HttpResponse<String> stricter = AccessFixtures.post(http, "/strategy/settings", "/strategy/settings",
				"tolerance", "5");
		assertThat(stricter.statusCode()).isEqualTo(302);
		assertThat(http.get(location).body()).contains("nicht auf Kurs").contains("mehr als die Toleranz von 5 %");
		assertThat(
				AccessFixtures.post(http, "/strategy/settings", "/strategy/settings", "tolerance", "120").statusCode())
			.isEqualTo(400);
		assertThat(
				AccessFixtures.post(http, "/strategy/settings", "/strategy/settings", "tolerance", "10").statusCode())
			.isEqualTo(302);
		assertThat(http.get(location).body()).contains("gefährdet");

		// the edit form shows the hand values again
		String edit = http.get(location + "/edit").body();
		assertThat(edit).contains("value=\"118.5\"").contains("value=\"2022\"");
	}

	@Test
	void aRefusedToleranceAnswers400WithTheFieldsMessageKeepsTheValueAndStoresNothing() {
		AccessFixtures access = AccessFixtures.of(this.context);
		TestUser office = access.create(AccessFixtures.STADT, "settings", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, office.username(), AccessFixtures.PASSWORD);
		UUID tenant = office.tenantId();
		Optional<BigDecimal> before = storedTolerance(access, tenant);
		long audited = toleranceChanges(access, tenant);
		String shown = inputValue(http.get("/strategy/settings").body(), "tolerance");

		for (String refused : List.of("120", "-1", "12,345", "zehn", "", "1".repeat(10_000))) {
			HttpResponse<String> answer = AccessFixtures.post(http, "/strategy/settings", "/strategy/settings",
					"tolerance", refused);
			assertThat(answer.statusCode()).as(refused).isEqualTo(400);
			assertThat(answer.body()).as(refused)
				.containsPattern("<p class=\"kern-error\" id=\"tolerance-error\">Bitte eine Zahl von 0 bis 100.</p>")
				.contains("Es wurde nichts gespeichert.")
				.contains("Toleranz in Prozent: Bitte eine Zahl von 0 bis 100.")
				.containsPattern("<input[^>]*id=\"tolerance\"[^>]*aria-describedby=\"tolerance-error\"");
			// the value as sent, to correct it
			assertThat(inputValue(answer.body(), "tolerance")).as(refused).isEqualTo(refused);
		}
		// a control character is refused before any form reads it, in words
		HttpResponse<String> nul = AccessFixtures.post(http, "/strategy/settings", "/strategy/settings", "tolerance",
				"1\u00000");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("Steuerzeichen");

		assertThat(storedTolerance(access, tenant)).isEqualTo(before);
		assertThat(toleranceChanges(access, tenant)).isEqualTo(audited);
		assertThat(inputValue(http.get("/strategy/settings").body(), "tolerance")).isEqualTo(shown);
	}

	/** The value of the input with this id on a page. */
	private static String inputValue(String page, String id) {
		Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(page);
		assertThat(input.find()).as("an input " + id).isTrue();
		Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
		return value.find() ? value.group(1) : "";
	}

	private static Optional<BigDecimal> storedTolerance(AccessFixtures access, UUID tenant) {
		return access.jdbc()
			.sql("SELECT at_risk_tolerance FROM strategy_settings WHERE tenant_id = ?")
			.param(tenant)
			.query(BigDecimal.class)
			.optional();
	}

	private static long toleranceChanges(AccessFixtures access, UUID tenant) {
		return access.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = 'strategy.settings.changed'")
			.param(tenant)
			.query(Long.class)
			.single();
	}

	@Test
	void theFormOffersTheDialogsStatementsByTextAndTheGoalShowsThoseItAnswers() {
		TestUser office = AccessFixtures.of(this.context).create(AccessFixtures.LANDKREIS, "goals", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, office.username(), AccessFixtures.PASSWORD);
		Map<String, Object> statement = AccessFixtures.of(this.context).jdbc().sql("""
				SELECT s.text, s.type, w.title FROM strategy_statement s
				JOIN strategy_workshop w ON w.tenant_id = s.tenant_id AND w.id = s.workshop_id
				JOIN tenant t ON t.id = s.tenant_id
				WHERE t.slug = 'landkreis-osnabrueck' AND s.merged_into IS NULL AND s.type = 'WEAKNESS'
				ORDER BY s.created_at, s.id LIMIT 1""").query().singleRow();
		String form = http.get("/strategy/goals/new").body();
		// grouped by workshop (a group that opens), by text with its type, never an id as
		// a label
		assertThat(form).contains("Aussagen des Integrationsdialogs, auf die das Ziel antwortet")
			.contains("<summary>Integrationsdialog")
			.contains((String) statement.get("title"));
		String checkbox = option(form, "Schwäche: " + statement.get("text"));
		String organisation = this.organisations
			.list(this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id(), new ApiPaging(0, 1))
			.items()
			.get(0)
			.id()
			.toString();
		String title = "Antwort auf eine Schwäche " + UUID.randomUUID();
		HttpResponse<String> saved = AccessFixtures.post(http, "/strategy/goals/new", "/strategy/goals", "title", title,
				"field", option(form, "Wohnen"), "indicator", "6-2-1", "region", "03459", "baselineValue", "5",
				"baselineYear", "2018", "targetValue", "7", "targetYear", "2026", "organisations", organisation,
				"statements", checkbox);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = java.net.URI.create(AccessFixtures.location(saved)).getPath();
		String page = http.get(location).body();
		assertThat(page).contains("Beantwortet eine Aussage des Integrationsdialogs.")
			.contains((String) statement.get("text"))
			.contains((String) statement.get("title"));
		// the edit form has it ticked (its group opened)
		String edit = http.get(location + "/edit").body();
		assertThat(edit).containsPattern("value=\"" + checkbox + "\"\\s+checked");
		// another tenant's or an unknown statement is refused at its field, nothing
		// stored
		HttpResponse<String> unknown = AccessFixtures.post(http, "/strategy/goals/new", "/strategy/goals", "title",
				title + " 2", "field", option(form, "Wohnen"), "indicator", "6-2-1", "region", "03459", "baselineValue",
				"5", "baselineYear", "2018", "targetValue", "7", "targetYear", "2026", "organisations", organisation,
				"statements", UUID.randomUUID().toString());
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("Diese Aussage gibt es im Integrationsdialog nicht (mehr).");
		assertThat(http.get("/strategy/goals").body()).doesNotContain(title + " 2");
	}

	@Test
	void whileTheFiguresAreBeingPreparedAGoalWithoutValuesSaysSoInsteadOfNoData() {
		TestUser office = AccessFixtures.of(this.context).create(AccessFixtures.STADT, "goals", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, office.username(), AccessFixtures.PASSWORD);
		String form = http.get("/strategy/goals/new").body();
		String title = "Noch ohne Werte " + UUID.randomUUID();
		// no value at or after 2098: no data, as a fact once the figures are prepared
		HttpResponse<String> saved = AccessFixtures.post(http, "/strategy/goals/new", "/strategy/goals", "title", title,
				"field", option(form, "Sprache und Bildung"), "indicator", "3-1-3", "region",
				option(form, "Niedersachsen"), "baselineValue", "1", "baselineYear", "2098", "targetValue", "2",
				"targetYear", "2100", "organisations", option(form, "Haus der Kulturen Osnabrück e.V. (Beispiel)"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = java.net.URI.create(AccessFixtures.location(saved)).getPath();
		assertThat(http.get(location).body()).contains("Keine Daten: ");

		Set<String> preparing = preparingTasks();
		preparing.add("goal-pages-test");
		try {
			String page = http.get(location).body();
			assertThat(page).contains("id=\"figures-being-prepared\"")
				.contains(">Zahlen werden vorbereitet<")
				.contains("bis dahin fehlt sein Wert nicht, er ist nur noch nicht da")
				.doesNotContain("Keine Daten: ");
			String list = http.get("/strategy/goals").body();
			assertThat(list).contains("id=\"figures-being-prepared\"").contains(title);
			assertThat(list.substring(list.indexOf(title))).containsPattern("(?s)^.{0,2000}?Zahlen werden vorbereitet");
			assertThat(ControllingDashboards.overview(http)).contains("Zahlen werden vorbereitet")
				.contains("Die Indikatorwerte werden gerade nach dem Start berechnet");
			String dashboard = ControllingDashboards.field(http, "Sprache und Bildung");
			assertThat(dashboard).contains("Die Indikatorwerte werden gerade nach dem Start berechnet");
			assertThat(ControllingDashboards.goalRow(dashboard, title)).contains("Zahlen werden vorbereitet")
				.doesNotContain("Keine Daten: ");
		}
		finally {
			preparing.remove("goal-pages-test");
		}
		assertThat(http.get(location).body()).doesNotContain("figures-being-prepared").contains("Keine Daten: ");
	}

	/**
	 * The names of the start-up tasks still being prepared (the tests' configuration has
	 * finished them all before the first test): one added makes the platform prepare.
	 */
	@SuppressWarnings("unchecked")
	private Set<String> preparingTasks() {
		Object runner = AopTestUtils.getTargetObject(this.context.getBean(Preparation.class));
		return (Set<String>) ReflectionTestUtils.getField(runner, "preparing");
	}

	@Test
	void readersReadButDoNotWrite() {
		TestUser counsellor = AccessFixtures.of(this.context)
			.create(AccessFixtures.LANDKREIS, "goals", Role.COUNSELLOR);
		Http http = Http.loggedIn(this.port, counsellor.username(), AccessFixtures.PASSWORD);
		String goals = http.get("/strategy/goals").body();
		assertThat(goals).contains("Sprache und Bildung").contains("Antidiskriminierung").doesNotContain("Neues Ziel");
		String overview = ControllingDashboards.overview(http);
		assertThat(overview).contains("Übersicht je Handlungsfeld").doesNotContain("Toleranz einstellen");
		assertThat(ControllingDashboards.field(http, "Antidiskriminierung"))
			.contains("Integrationscontrolling: Antidiskriminierung")
			.contains("Keine Daten: ");
		assertThat(http.get("/strategy/goals/new").statusCode()).isEqualTo(403);
	}

	/** The value of the option shown with this name. */
	static String option(String page, String name) {
		Matcher matcher = Pattern.compile("value=\"([^\"]+)\"[^>]*>\\s*" + Pattern.quote(name) + "\\s*<").matcher(page);
		if (!matcher.find()) {
			// a checkbox: its label follows the input
			Matcher check = Pattern
				.compile("value=\"([0-9a-f-]{36})\"[^>]*>\\s*<label[^>]*>" + Pattern.quote(name) + "<")
				.matcher(page);
			assertThat(check.find()).as(name).isTrue();
			return check.group(1);
		}
		return matcher.group(1);
	}

}
