package de.teilhabe.strategy.goal;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.ControllingDashboards;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The controlling through the HTTP layer: the overview counts each Handlungsfeld's goals
 * per status and the measures serving them, and leads to the field's dashboard with the
 * goals' status and reason in words and the measures; a field that is not one of the
 * tenant's current version answers 404.
 */
@IntegrationTest
class ControllingPagesTest {

	/** The overview line's cells: the field, five statuses, the goals, the measures. */
	private static final int REACHED = 1;

	private static final int ON_TRACK = 2;

	private static final int AT_RISK = 3;

	private static final int OFF_TRACK = 4;

	private static final int NO_DATA = 5;

	private static final int TOTAL = 6;

	private static final int MEASURES = 7;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOverviewCountsAFieldsGoalsAndMeasuresAndLeadsToItsDashboard() {
		TestUser office = AccessFixtures.of(this.context).create(AccessFixtures.STADT, "controlling", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, office.username(), AccessFixtures.PASSWORD);
		String overview = ControllingDashboards.overview(http);
		// the statuses in words, as the column heads of the overview
		assertThat(overview).contains(">erreicht</th>")
			.contains(">auf Kurs</th>")
			.contains(">gefährdet</th>")
			.contains(">nicht auf Kurs</th>")
			.contains(">keine Daten</th>")
			.contains("Toleranz einstellen")
			.doesNotContain("Die Indikatorwerte werden gerade nach dem Start berechnet");
		List<String> before = ControllingDashboards.overviewLine(overview, "Wohnen");

		String form = http.get("/strategy/goals/new").body();
		String organisation = GoalPagesTest.option(form, "Haus der Kulturen Osnabrück e.V. (Beispiel)");
		String reached = NetworkFixtures.unique("Mehr Wohnungen für Familien");
		// 100 (2020) to 200 (2024): 250 in 2022 has reached the target
		String reachedId = createGoal(http, form, reached, organisation, "values[0].year", "2022", "values[0].value",
				"250");
		String noData = NetworkFixtures.unique("Wohnberatung ohne Werte");
		createGoal(http, form, noData, organisation);
		String measure = NetworkFixtures.unique("Mietführerschein");
		HttpResponse<String> planned = AccessFixtures.post(http, "/strategy/measures/new", "/strategy/measures",
				"title", measure, "goals", reachedId, "status", "RUNNING");
		assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);

		overview = ControllingDashboards.overview(http);
		List<String> after = ControllingDashboards.overviewLine(overview, "Wohnen");
		assertThat(number(after, REACHED)).isEqualTo(number(before, REACHED) + 1);
		assertThat(number(after, ON_TRACK)).isEqualTo(number(before, ON_TRACK));
		assertThat(number(after, AT_RISK)).isEqualTo(number(before, AT_RISK));
		assertThat(number(after, OFF_TRACK)).isEqualTo(number(before, OFF_TRACK));
		assertThat(number(after, NO_DATA)).isEqualTo(number(before, NO_DATA) + 1);
		assertThat(number(after, TOTAL)).isEqualTo(number(before, TOTAL) + 2);
		assertThat(running(after.get(MEASURES))).isEqualTo(running(before.get(MEASURES)) + 1);
		assertThat(after.get(MEASURES)).matches("(\\d+ (läuft|laufen|geplant|abgeschlossen|aufgegeben)(, )?)+");

		// the field's dashboard, through the overview's link
		String dashboard = ControllingDashboards.field(http, "Wohnen");
		assertThat(dashboard).contains("<h1 class=\"kern-heading\">Integrationscontrolling: Wohnen</h1>")
			.contains("<title>Wohnen – Integrationscontrolling – Teilhabe</title>")
			.contains("href=\"/strategy/controlling\"")
			.doesNotContain("Die Indikatorwerte werden gerade nach dem Start berechnet");
		assertThat(ControllingDashboards.goalRow(dashboard, reached)).contains(">erreicht<")
			.contains("Erreicht: 2022 lag der Wert bei 250 Fälle; der Zielwert für 2024 ist 200 Fälle.")
			.contains("250 Fälle (2022)")
			.contains("1 läuft");
		assertThat(ControllingDashboards.goalRow(dashboard, noData)).contains(">keine Daten<")
			.contains("Keine Daten: Für diese Messgröße gibt es keinen Wert ab dem Ausgangsjahr 2020.")
			.contains(">keine<");
		String measures = dashboard.substring(dashboard.indexOf("id=\"field-measures\""));
		assertThat(measures.substring(0, measures.indexOf("</ul>"))).contains(measure)
			.contains("läuft")
			.contains("für 1 Ziel dieses Handlungsfelds");
		// the kept content carries no indentation of the templates
		String goals = dashboard.substring(dashboard.indexOf("id=\"field-goals\""));
		assertThat(goals.substring(0, goals.indexOf("</table>"))).doesNotContainPattern("\n[ \t]+");
	}

	@Test
	void aFieldOfAnotherTenantOfAnotherVersionOrNoneAnswers404() {
		AccessFixtures access = AccessFixtures.of(this.context);
		TestUser counsellor = access.create(AccessFixtures.LANDKREIS, "controlling", Role.COUNSELLOR);
		Http landkreis = Http.loggedIn(this.port, counsellor.username(), AccessFixtures.PASSWORD);
		String wohnen = ControllingDashboards.fieldPath(ControllingDashboards.overview(landkreis), "Wohnen");
		assertThat(landkreis.get(wohnen).statusCode()).isEqualTo(200);

		TestUser office = access.create(AccessFixtures.STADT, "controlling", Role.STRATEGY);
		Http stadt = Http.loggedIn(this.port, office.username(), AccessFixtures.PASSWORD);
		assertThat(ControllingDashboards.field(stadt, "Wohnen")).contains("Integrationscontrolling: Wohnen");
		HttpResponse<String> other = stadt.get(wohnen);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body())
			.contains("Dieses Handlungsfeld gibt es in der aktuellen Fassung des Integrationskonzepts nicht.")
			.doesNotContain("Integrationscontrolling: Wohnen");
		assertThat(stadt.get("/strategy/controlling/fields/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/controlling/fields/kein-feld").statusCode()).isBetween(400, 499);

		// a Handlungsfeld of the Landkreis's superseded concept of 2013
		UUID old = this.jdbc
			.sql("""
					SELECT f.id FROM strategy_field f JOIN strategy_concept c ON c.tenant_id = f.tenant_id AND c.id = f.concept_id
					WHERE f.tenant_id = ? AND c.status = 'SUPERSEDED' ORDER BY f.position LIMIT 1""")
			.param(counsellor.tenantId())
			.query(UUID.class)
			.single();
		assertThat(landkreis.get("/strategy/controlling/fields/" + old).statusCode()).isEqualTo(404);
	}

	/** Creates a goal on a custom measure in Wohnen through the form; its id. */
	private static String createGoal(Http http, String form, String title, String organisation, String... values) {
		List<String> pairs = new ArrayList<>(List.of("title", title, "field", GoalPagesTest.option(form, "Wohnen"),
				"customMeasure", "Beratene Haushalte", "unit", "Fälle", "baselineValue", "100", "baselineYear", "2020",
				"targetValue", "200", "targetYear", "2024", "organisations", organisation));
		pairs.addAll(List.of(values));
		HttpResponse<String> saved = AccessFixtures.post(http, "/strategy/goals/new", "/strategy/goals",
				pairs.toArray(String[]::new));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = java.net.URI.create(AccessFixtures.location(saved)).getPath();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static int number(List<String> line, int cell) {
		return Integer.parseInt(line.get(cell));
	}

	/** The running measures of an overview's measures cell („2 laufen, 1 geplant“). */
	private static int running(String measures) {
		Matcher matcher = Pattern.compile("(\\d+) (läuft|laufen)").matcher(measures);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
