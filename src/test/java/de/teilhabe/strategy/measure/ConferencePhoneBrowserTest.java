package de.teilhabe.strategy.measure;

import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.measure.MeasureFixtures.Workshop;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conference, its projector view and the measure pages fit a 390 px phone (and pass
 * axe-core there).
 */
@IntegrationTest
class ConferencePhoneBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void conferencePagesFitAPhone() {
		MeasureFixtures fixtures = new MeasureFixtures(this.context, this.port);
		Http setup = fixtures.network().user(LANDKREIS, Role.STRATEGY);
		Workshop workshop = fixtures.workshop(LANDKREIS, unique("Workshop Unternehmen"));
		String goal = unique("Betriebe stellen mehr Auszubildende mit Fluchtgeschichte ein");
		fixtures.goal(LANDKREIS, "Arbeit und Ausbildung", goal, workshop);
		UUID measure = MeasureFixtures.createMeasure(setup, unique("Ausbildungslotsen für Betriebe"), "budget", "48000",
				"funding", "Land Niedersachsen, Richtlinie Migration und Teilhabe");
		TestUser office = fixtures.network().access().create(LANDKREIS, "telefon", Role.STRATEGY);

		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/strategy/conference?dialog=" + workshop.dialog());
		assertThat(this.browser.text()).contains(goal);
		this.browser.open("/strategy/conference/present?dialog=" + workshop.dialog());
		assertThat(this.browser.text()).contains(goal);
		this.browser.open("/strategy/measures");
		this.browser.open("/strategy/measures/" + measure);
		this.browser.open("/strategy/measures/" + measure + "/edit");
		this.browser.logout();
	}

}
