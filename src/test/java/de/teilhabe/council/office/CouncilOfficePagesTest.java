package de.teilhabe.council.office;

import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's read-only pages with the demo council of the Landkreis: the current term
 * with its members and election, the meetings, a meeting with its whole agenda (the
 * non-public part marked), the next meeting on the start page; another tenant's office
 * does not find the meeting; other roles are refused.
 */
@IntegrationTest
class CouncilOfficePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeSeesItsCouncilMeetingsAndTheWholeAgenda() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		String council = office.get("/council").body();
		assertThat(council).contains("Wahlperiode 2026–2031", "Aylin Demir", "Vorsitz", "beratend",
				"entsandt von: Kreistagsfraktion CDU", "Arbeitsgruppe Bildung und Sprache", "Nächste Sitzung:");
		UUID pastTerm = this.jdbc
			.sql("SELECT t.id FROM council_term t JOIN tenant n ON n.id = t.tenant_id"
					+ " WHERE n.slug = 'landkreis-osnabrueck' AND t.name = 'Wahlperiode 2021–2026'")
			.query(UUID.class)
			.single();
		assertThat(office.get("/council?term=" + pastTerm).body()).contains("Nachfolge für Samir Haddad",
				"Kemal Arslan", "6,7 % (1.480 von 22.100 Wahlberechtigten)");
		String meetings = office.get("/council/meetings").body();
		assertThat(meetings).contains("Sitzung des Beirats für Migration", "durchgeführt");

		// a held meeting of the demo data (planned weeks ago), not one another test held
		// just now
		UUID meeting = this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant n ON n.id = m.tenant_id
				WHERE n.slug = 'landkreis-osnabrueck' AND m.state = 'HELD' AND m.created_at < now() - interval '1 day'
				  AND EXISTS (SELECT 1 FROM council_agenda_item i
				  WHERE i.tenant_id = m.tenant_id AND i.meeting_id = m.id AND NOT i.public)
				ORDER BY m.starts_at DESC LIMIT 1""").query(UUID.class).single();
		String page = office.get("/council/meetings/" + meeting).body();
		assertThat(page).contains("Tagesordnung", "Ö 1", "N 1", "nichtöffentlich", "Kreishaus Osnabrück", "Aufzug");
		assertThat(office.get("/").body()).contains("Nächste Sitzung:");
		assertThat(office.get("/council/meetings/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(office.language("en").get("/council/meetings/" + meeting).body()).contains("Agenda", "non-public");
	}

	@Test
	void otherRolesAndTenantsAreRefused() {
		UUID meeting = this.jdbc
			.sql("SELECT m.id FROM council_meeting m JOIN tenant n ON n.id = m.tenant_id"
					+ " WHERE n.slug = 'landkreis-osnabrueck' LIMIT 1")
			.query(UUID.class)
			.single();
		assertThat(Http.loggedIn(this.port, "strategie", "demo").get("/council").statusCode()).isEqualTo(403);
		assertThat(new Http(this.port).get("/council/meetings").statusCode()).isEqualTo(302);
		// the Stadt has no council office user in the demo: its admin is refused as well
		assertThat(Http.loggedIn(this.port, "stadt-admin", "demo").get("/council/meetings/" + meeting).statusCode())
			.isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "beirat", "demo").get("/council/meetings?page=-1").statusCode())
			.isEqualTo(400);
	}

}
