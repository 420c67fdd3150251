package de.teilhabe.strategy.goal;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

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
		assertThat(http.get("/strategy/controlling").body()).contains(title).contains("gefährdet");

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
	void readersReadButDoNotWrite() {
		TestUser counsellor = AccessFixtures.of(this.context)
			.create(AccessFixtures.LANDKREIS, "goals", Role.COUNSELLOR);
		Http http = Http.loggedIn(this.port, counsellor.username(), AccessFixtures.PASSWORD);
		String goals = http.get("/strategy/goals").body();
		assertThat(goals).contains("Sprache und Bildung").contains("Antidiskriminierung").doesNotContain("Neues Ziel");
		assertThat(http.get("/strategy/controlling").body()).contains("Übersicht je Handlungsfeld");
		assertThat(http.get("/strategy/goals/new").statusCode()).isEqualTo(403);
	}

	/** The value of the option shown with this name. */
	private static String option(String page, String name) {
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
