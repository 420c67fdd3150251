package de.teilhabe.council.committee;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committees the office sits on live in the council's tables (kind {@code NETWORK},
 * one model of a body) and keep their pages in the network's section: the network's
 * tables are gone, the demo committees are there with their members by name; such a
 * committee, its members and meetings never appear in OParl nor on the council's pages;
 * removing an organisation removes its memberships.
 */
@IntegrationTest
class NetworkCommitteesTest {

	private static final String OPARL = "/oparl/v1.1/bodies/landkreis-osnabrueck";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	NetworkFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
	}

	@Test
	void theCommitteesLiveInTheCouncilsTablesWithTheirPagesInTheNetwork() {
		for (String table : new String[] { "network_committee", "network_committee_membership",
				"network_committee_meeting" }) {
			assertThat(this.jdbc.sql("SELECT to_regclass(?) IS NULL").param(table).query(Boolean.class).single())
				.as(table)
				.isTrue();
		}
		Map<String, Object> demo = this.jdbc.sql("""
				SELECT c.id, c.office_role,
				       (SELECT count(*) FROM council_membership m WHERE m.tenant_id = c.tenant_id
				        AND m.committee_id = c.id) AS members,
				       (SELECT count(*) FROM council_meeting m WHERE m.tenant_id = c.tenant_id
				        AND m.committee_id = c.id) AS meetings
				FROM council_committee c JOIN tenant t ON t.id = c.tenant_id
				WHERE t.slug = 'landkreis-osnabrueck' AND c.kind = 'NETWORK'
				  AND c.name = 'Arbeitskreis Integration Landkreis Osnabrück'""").query().singleRow();
		assertThat(demo).containsEntry("office_role", "Geschäftsführung")
			.containsEntry("members", 3L)
			.containsEntry("meetings", 2L);
		Http council = Http.loggedIn(this.port, "beirat", "demo");
		String page = council.get("/network/committees/" + demo.get("id")).body();
		// members by the names the network keeps, current first; meetings with their
		// place
		assertThat(page).contains("Arbeitskreis Integration Landkreis Osnabrück", "Geschäftsführung", "Sprecherin",
				"Brückenschlag", "Kreishaus Osnabrück, Raum 3", "Sitzung des Arbeitskreises");
	}

	@Test
	void anOfficeCommitteeIsNeitherInOParlNorOnTheCouncilsPages() throws Exception {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String name = unique("Fachausschuss Soziales des Kreistags");
		UUID committee = createCommittee(office, name);
		assertThat(post(office, "/network/committees/" + committee + "/memberships/new",
				"/network/committees/" + committee + "/memberships", "personName", "Dora Beispiel", "role", "Vorsitz",
				"votingRight", "true", "startDate", "2025-01-01")
			.statusCode()).isEqualTo(302);
		String meetingName = unique("Ausschusssitzung");
		assertThat(post(office, "/network/committees/" + committee + "/meetings/new",
				"/network/committees/" + committee + "/meetings", "name", meetingName, "date", "2099-01-15",
				"startTime", "15:00", "location", "Kreishaus, Sitzungssaal", "state", "INVITED")
			.statusCode()).isEqualTo(302);
		UUID membership = this.jdbc.sql("SELECT id FROM council_membership WHERE committee_id = ?")
			.param(committee)
			.query(UUID.class)
			.single();
		UUID meeting = this.jdbc.sql("SELECT id FROM council_meeting WHERE committee_id = ?")
			.param(committee)
			.query(UUID.class)
			.single();

		Http anonymous = new Http(this.port);
		StringBuilder lists = new StringBuilder();
		for (String list : List.of("organizations", "meetings", "memberships")) {
			String next = OPARL + "/" + list + "?limit=100";
			while (next != null) {
				HttpResponse<String> response = anonymous.get(next);
				assertThat(response.statusCode()).isEqualTo(200);
				lists.append(response.body());
				JsonNode json = JSON.readTree(response.body());
				next = json.get("links").has("next") ? json.get("links").get("next").asString() : null;
				if (next != null) {
					next = next.substring(next.indexOf("/oparl/"));
				}
			}
		}
		assertThat(lists.toString()).contains("Beirat für Migration")
			.doesNotContain(name, meetingName, "Dora Beispiel", committee.toString(), meeting.toString(),
					membership.toString(), "Arbeitskreis Integration Landkreis Osnabrück");
		assertThat(anonymous.get(OPARL + "/organizations/" + committee).statusCode()).isEqualTo(404);
		assertThat(anonymous.get(OPARL + "/meetings/" + meeting).statusCode()).isEqualTo(404);
		assertThat(anonymous.get(OPARL + "/memberships/" + membership).statusCode()).isEqualTo(404);

		Http council = Http.loggedIn(this.port, "beirat", "demo");
		assertThat(council.get("/council").body()).contains("Beirat für Migration").doesNotContain(name);
		assertThat(council.get("/council/meetings").body()).doesNotContain(meetingName);
		assertThat(council.get("/council/meetings/" + meeting).statusCode()).isEqualTo(404);
		// the start page's reminders (invite, publish the minutes) are for the Beirat's
		// meetings only
		List<String> officeMeetings = this.jdbc.sql("""
				SELECT m.name FROM council_meeting m JOIN council_committee c ON c.tenant_id = m.tenant_id
				  AND c.id = m.committee_id WHERE c.kind = 'NETWORK' AND NOT m.deleted""").query(String.class).list();
		assertThat(officeMeetings).contains(meetingName).hasSizeGreaterThan(1);
		String start = council.get("/").body();
		assertThat(officeMeetings).allSatisfy((officeMeeting) -> assertThat(start).doesNotContain(officeMeeting));
		// nor on the council's public pages and in its calendar feed
		String site = "/p/landkreis-osnabrueck";
		assertThat(anonymous.get(site + "/de/beirat/sitzungen/" + meeting).statusCode()).isEqualTo(404);
		assertThat(anonymous.get(site + "/de/beirat/sitzungen/jahr/2099").body()).doesNotContain(meetingName);
		assertThat(anonymous.get(site + "/de/beirat/sitzungen").body()).doesNotContain(">2099<");
		assertThat(anonymous.get(site + "/beirat/sitzungen.ics").body()).contains("BEGIN:VEVENT")
			.doesNotContain(meetingName);
		// where they are: the network's pages, read-only for the council's office
		assertThat(council.get("/network/committees/" + committee).body()).contains(name, meetingName, "Dora Beispiel");
	}

	@Test
	void anOrganisationsRemovalRemovesItsMemberships() {
		Http office = this.fixtures.user(LANDKREIS, Role.ADMIN);
		String organisation = unique("Auflösungsverein");
		UUID organisationId = createOrganisation(office, organisation);
		UUID committee = createCommittee(office, unique("Netzwerktreffen MSO"));
		assertThat(post(office, "/network/committees/" + committee + "/memberships/new",
				"/network/committees/" + committee + "/memberships", "organisation", organisationId.toString(), "role",
				"Mitglied")
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/network/committees/" + committee).body()).contains(organisation);

		HttpResponse<String> removed = post(office, "/network/organisations/" + organisationId + "/remove",
				"/network/organisations/" + organisationId + "/remove");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT count(*) FROM council_membership WHERE organisation_id = ?")
			.param(organisationId)
			.query(Long.class)
			.single()).isZero();
		assertThat(office.get("/network/committees/" + committee).body()).doesNotContain(organisation)
			.contains("Es sind keine Mitglieder erfasst.");
	}

	private static UUID createCommittee(Http office, String name) {
		HttpResponse<String> response = post(office, "/network/committees/new", "/network/committees", "name", name,
				"classification", "Ausschuss", "officeRole", "beratendes Mitglied");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(AccessFixtures.location(response), "/network/committees/");
	}

}
