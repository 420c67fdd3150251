package de.teilhabe.strategy.measure;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.measure.MeasureFixtures.Workshop;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Integrationskonferenz through the real HTTP layer: goals of a dialog's workshops
 * side by side by Handlungsfeld, merging keeps the origins (workshops and statements) and
 * undoing restores the goal, a measure planned right there for marked goals and
 * organisations, the count per carrier, the projector view, roles and tenants.
 */
@IntegrationTest
class ConferenceTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	MeasureFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new MeasureFixtures(this.context, this.port);
		this.office = this.fixtures.network().user(LANDKREIS, Role.STRATEGY);
	}

	@Test
	void mergingKeepsTheOriginsAndUndoRestoresTheGoal() {
		String firstWorkshop = unique("Workshop Ehrenamtliche");
		String secondWorkshop = unique("Workshop Migrantenorganisationen");
		Workshop first = this.fixtures.workshop(LANDKREIS, firstWorkshop);
		Workshop second = this.fixtures.workshop(LANDKREIS, secondWorkshop);
		String keptTitle = unique("Mehr Sprachkurse mit Kinderbetreuung");
		String mergedTitle = unique("Sprachkurse für Mütter kleiner Kinder");
		UUID kept = this.fixtures.goal(LANDKREIS, "Sprache und Bildung", keptTitle, first);
		UUID merged = this.fixtures.goal(LANDKREIS, "Sprache und Bildung", mergedTitle, second);
		String weakness = unique("Keine Kinderbetreuung während der Kurse");
		this.fixtures.statement(LANDKREIS, merged, second, "WEAKNESS", weakness);
		String strength = unique("Engagierte Ehrenamtliche");
		this.fixtures.statement(LANDKREIS, kept, first, "STRENGTH", strength);

		String page = this.office.get("/strategy/conference").body();
		assertThat(page).contains("Sprache und Bildung").contains(keptTitle).contains(mergedTitle);
		// the goals of one dialog only
		String firstDialog = this.office.get("/strategy/conference?dialog=" + first.dialog()).body();
		assertThat(firstDialog).contains(keptTitle).doesNotContain(mergedTitle);

		HttpResponse<String> tooFew = AccessFixtures.post(this.office, "/strategy/conference",
				"/strategy/conference/merge", "goals", kept.toString());
		assertThat(tooFew.statusCode()).isEqualTo(400);
		assertThat(tooFew.body()).contains("Bitte mindestens zwei Ziele zum Zusammenführen markieren.");

		HttpResponse<String> response = AccessFixtures.post(this.office, "/strategy/conference",
				"/strategy/conference/merge", "goals", merged.toString(), "goals", kept.toString(), "into",
				kept.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(this.fixtures.mergedInto(LANDKREIS, merged)).isEqualTo(kept);
		String after = this.office.get("/strategy/conference").body();
		assertThat(after).contains("Die Ziele sind zusammengeführt.")
			.contains("1 zusammengeführtes Ziel")
			.contains("aus dem Workshop „" + firstWorkshop + "“")
			.contains("aus dem Workshop „" + secondWorkshop + "“")
			.contains("Schwäche: " + weakness)
			.contains("Stärke: " + strength);
		// the merged goal is no longer a goal of its own: not choosable for a measure
		assertThat(this.office.get("/strategy/measures/new").body()).contains(keptTitle).doesNotContain(mergedTitle);
		// the kept goal now shows in the second dialog too (through its origin)
		assertThat(this.office.get("/strategy/conference?dialog=" + second.dialog()).body()).contains(keptTitle);
		// a merged goal cannot be merged again
		HttpResponse<String> again = AccessFixtures.post(this.office, "/strategy/conference",
				"/strategy/conference/merge", "goals", merged.toString(), "goals", kept.toString());
		assertThat(again.statusCode()).isEqualTo(400);

		HttpResponse<String> undo = AccessFixtures.post(this.office, "/strategy/conference",
				"/strategy/conference/unmerge", "unmerge", merged.toString());
		assertThat(undo.statusCode()).as(undo.body()).isEqualTo(302);
		assertThat(this.fixtures.mergedInto(LANDKREIS, merged)).isNull();
		String restored = this.office.get("/strategy/conference?dialog=" + second.dialog()).body();
		assertThat(restored).contains(mergedTitle).contains("Schwäche: " + weakness).doesNotContain(keptTitle);
		assertThat(AccessFixtures
			.post(this.office, "/strategy/conference", "/strategy/conference/unmerge", "unmerge", merged.toString())
			.statusCode()).isEqualTo(404);
		assertThat(this.fixtures.network().access().auditDetails("strategy.goal.merged", kept)).hasSize(1);
	}

	@Test
	void aMeasureIsPlannedForMarkedGoalsAndCountedPerCarrier() {
		String leadName = unique("Konferenzträger");
		UUID lead = createOrganisation(this.office, leadName);
		UUID partner = createOrganisation(this.office, unique("Konferenzpartner"));
		UUID goalA = this.fixtures.goal(LANDKREIS, "Arbeit und Ausbildung", unique("Mehr Ausbildungsplätze"), null);
		UUID goalB = this.fixtures.goal(LANDKREIS, "Arbeit und Ausbildung", unique("Anerkennung beschleunigen"), null);
		String title = unique("Ausbildungsbörse");
		HttpResponse<String> response = AccessFixtures.post(this.office, "/strategy/conference",
				"/strategy/conference/measures", "goals", goalA.toString(), "goals", goalB.toString(), "title", title,
				"leadOrganisation", lead.toString(), "partnerOrganisations", partner.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String page = this.office.get("/strategy/conference").body();
		assertThat(page).contains("Die Maßnahme ist gespeichert.").contains("Maßnahmen: " + title);
		int row = page.indexOf("<th scope=\"row\">" + leadName + "</th>");
		assertThat(row).as("the lead counts in the carriers table").isPositive();
		assertThat(page.substring(row, page.indexOf("</tr>", row))).contains("<td class=\"num\">1</td>");
		assertThat(this.office.get("/strategy/measures?organisation=" + partner).body()).contains(title);

		HttpResponse<String> invalid = AccessFixtures.post(this.office, "/strategy/conference",
				"/strategy/conference/measures", "goals", goalA.toString(), "title", "");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Titel: Bitte ausfüllen.");

		String present = this.office.get("/strategy/conference/present").body();
		assertThat(present).contains("strategy-conference.css")
			.contains(title)
			.contains(leadName)
			.doesNotContain("site-header");
	}

	@Test
	void staffReadTheConferenceOnlyTheOfficeChangesItAndTenantsStayApart() {
		UUID goal = this.fixtures.goal(LANDKREIS, "Wohnen", unique("Nur Landkreis"), null);
		UUID other = this.fixtures.goal(LANDKREIS, "Wohnen", unique("Auch Landkreis"), null);
		Http counsellor = this.fixtures.network().user(LANDKREIS, Role.COUNSELLOR);
		String page = counsellor.get("/strategy/conference").body();
		assertThat(page).contains("Nur Landkreis").doesNotContain("name=\"goals\"");
		assertThat(counsellor.get("/strategy/conference/present").statusCode()).isEqualTo(200);
		String csrf = counsellor.csrfFrom("/strategy/conference");
		assertThat(counsellor.postForm("/strategy/conference/merge", java.util.Map.of("goals", goal.toString()), csrf)
			.statusCode()).isEqualTo(403);

		Http stadt = this.fixtures.network().user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/strategy/conference").body()).doesNotContain("Nur Landkreis");
		HttpResponse<String> merge = AccessFixtures.post(stadt, "/strategy/conference", "/strategy/conference/merge",
				"goals", goal.toString(), "goals", other.toString());
		assertThat(merge.statusCode()).isEqualTo(400);
		assertThat(this.fixtures.mergedInto(LANDKREIS, other)).isNull();
		assertThat(stadt.get("/strategy/conference?dialog=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

}
