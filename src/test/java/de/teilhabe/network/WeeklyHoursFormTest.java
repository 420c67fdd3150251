package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured weekly hours on the organisation form: the office's entry is stored in
 * one way and shown on the page and the form, a wrong line is refused at the field with
 * nothing stored, and a partner's change waits for approval with the old and new hours in
 * the diff (the free text stays a note of its own).
 */
@IntegrationTest
class WeeklyHoursFormTest extends NetworkOfficeTests {

	private String stored(UUID organisation) {
		return this.jdbc.sql("SELECT weekly_hours FROM network_organisation WHERE id = ?")
			.param(organisation)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void theOfficeEntersHoursInItsOwnWords() {
		UUID id = createOrganisation(this.office, unique("Treffpunkt"), "weeklyHours", "Mo–Mi 9–12 Uhr\nDi 14-16",
				"openingHours", "In den Schulferien geschlossen");
		assertThat(stored(id)).isEqualTo("Mo 09:00-12:00\nDi 09:00-12:00, 14:00-16:00\nMi 09:00-12:00");
		assertThat(this.office.get("/network/organisations/" + id).body()).contains("Öffnungszeiten je Wochentag",
				"Di 09:00-12:00, 14:00-16:00", "In den Schulferien geschlossen");
		assertThat(this.office.get("/network/organisations/" + id + "/edit").body())
			.contains("Di 09:00-12:00, 14:00-16:00\nMi 09:00-12:00</textarea>", "id=\"weeklyHours-hint\"");

		HttpResponse<String> wrong = post(this.office, "/network/organisations/" + id + "/edit",
				"/network/organisations/" + id, "kind", "MSO", "name", unique("Treffpunkt"), "weeklyHours", "Mo 12-9");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"weeklyHours-error\"", "Bitte je Zeile Tage und Uhrzeiten angeben");
		assertThat(stored(id)).as("nothing stored").startsWith("Mo 09:00-12:00");
		// a NUL never reaches the form: the platform's ControlCharacterFilter refuses the
		// request
		HttpResponse<String> nul = post(this.office, "/network/organisations/" + id + "/edit",
				"/network/organisations/" + id, "kind", "MSO", "name", unique("Treffpunkt"), "weeklyHours",
				"Mo 09-12\u0000");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("unsichtbares Steuerzeichen");
		assertThat(stored(id)).as("nothing stored").startsWith("Mo 09:00-12:00");
		// emptied: no structured hours
		assertThat(post(this.office, "/network/organisations/" + id + "/edit", "/network/organisations/" + id, "kind",
				"MSO", "name", unique("Treffpunkt"), "weeklyHours", "")
			.statusCode()).isEqualTo(302);
		assertThat(stored(id)).isNull();
	}

	@Test
	void aPartnersHoursWaitForApproval() {
		String name = unique("Partnerverein");
		UUID id = createOrganisation(this.office, name, "weeklyHours", "Mo 09:00-12:00");
		TestUser partnerUser = this.fixtures.partner(LANDKREIS, id);
		Http partner = this.fixtures.login(partnerUser);
		assertThat(partner.get("/network/organisations/" + id + "/edit").body()).contains("Mo 09:00-12:00</textarea>");
		HttpResponse<String> submitted = post(partner, "/network/organisations/" + id + "/edit",
				"/network/organisations/" + id, "kind", "MSO", "name", name, "weeklyHours", "Sa 10-13");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		assertThat(stored(id)).isEqualTo("Mo 09:00-12:00");
		UUID change = this.jdbc.sql("SELECT id FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(id)
			.query(UUID.class)
			.single();
		assertThat(this.office.get("/network/moderation/" + change).body()).contains("Öffnungszeiten je Wochentag",
				"Mo 09:00-12:00", "Sa 10-13");
		assertThat(post(this.office, "/network/moderation/" + change, "/network/moderation/" + change + "/approve")
			.statusCode()).isEqualTo(302);
		assertThat(stored(id)).isEqualTo("Sa 10:00-13:00");
	}

}
