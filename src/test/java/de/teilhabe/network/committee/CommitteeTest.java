package de.teilhabe.network.committee;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
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
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committees: create, members (persons and organisations), meetings with notes,
 * validation, roles, tenant isolation.
 */
@IntegrationTest
class CommitteeTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	NetworkFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
	}

	@Test
	void theOfficeKeepsACommitteeWithMembersAndMeetings() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String member = unique("Mitgliedsverein");
		UUID memberId = createOrganisation(office, member);
		String name = unique("Runder Tisch Integration");
		UUID id = createCommittee(office, name);
		assertThat(this.fixtures.access().auditDetails("network.committee.created", id)).hasSize(1);

		HttpResponse<String> membership = post(office, "/network/committees/" + id + "/memberships/new",
				"/network/committees/" + id + "/memberships", "personName", "Erika Beispiel", "organisation",
				memberId.toString(), "role", "Vorsitz", "votingRight", "true", "startDate", "2025-01-01");
		assertThat(membership.statusCode()).as(membership.body()).isEqualTo(302);
		HttpResponse<String> meeting = post(office, "/network/committees/" + id + "/meetings/new",
				"/network/committees/" + id + "/meetings", "name", "Frühjahrssitzung", "date", "2026-03-10",
				"startTime", "14:00", "endTime", "16:30", "location", "Kreishaus", "state", "SCHEDULED");
		assertThat(meeting.statusCode()).isEqualTo(302);

		String detail = office.get("/network/committees/" + id).body();
		assertThat(detail).contains("<h1 class=\"kern-heading\">" + name + "</h1>")
			.contains("Arbeitskreis")
			.contains("ständiges Mitglied")
			.contains("Erika Beispiel")
			.contains(member)
			.contains("Vorsitz")
			.contains("10.03.2026 14:00–16:30")
			.contains("Frühjahrssitzung")
			.contains("geplant");
		assertThat(office.get("/network/committees?q=" + name.substring(name.indexOf('-') + 1)).body()).contains(name);

		// notes after the meeting
		String meetingEdit = detail.substring(detail.indexOf("/network/committee-meetings/"));
		UUID meetingId = idFrom(meetingEdit, "/network/committee-meetings/");
		HttpResponse<String> notes = post(office, "/network/committee-meetings/" + meetingId + "/edit",
				"/network/committee-meetings/" + meetingId, "name", "Frühjahrssitzung", "date", "2026-03-10",
				"startTime", "14:00", "state", "HELD", "notes", "Interkulturelle Woche geplant");
		assertThat(notes.statusCode()).isEqualTo(302);
		assertThat(office.get("/network/committees/" + id).body()).contains("stattgefunden")
			.contains("Interkulturelle Woche geplant");
		assertThat(this.fixtures.access().auditDetails("network.committee_meeting.updated", meetingId)).hasSize(1);
	}

	@Test
	void badInputIsNamedAtEachFieldAndNothingIsStored() {
		Http office = this.fixtures.user(LANDKREIS, Role.ADMIN);
		String name = unique("Fehlergremium");
		HttpResponse<String> committee = post(office, "/network/committees/new", "/network/committees", "name", name,
				"classification", "", "officeRole", "", "startDate", "2026-05-01", "endDate", "2025-01-01", "website",
				"kein-link");
		assertThat(committee.statusCode()).isEqualTo(400);
		assertThat(committee.body()).contains("Bitte korrigieren Sie 4 Fehler")
			.contains("id=\"classification-error\"")
			.contains("id=\"officeRole-error\"")
			.contains("Das Ende muss nach dem Beginn liegen.")
			.contains("Bitte eine vollständige Adresse mit http:// oder https:// angeben.");
		assertThat(office.get("/network/committees?q=" + name).body()).contains("0 Gremien gefunden");

		UUID id = createCommittee(office, name);
		HttpResponse<String> member = post(office, "/network/committees/" + id + "/memberships/new",
				"/network/committees/" + id + "/memberships", "role", "Gast");
		assertThat(member.statusCode()).isEqualTo(400);
		assertThat(member.body()).contains("Bitte eine Person oder eine Mitgliedsorganisation angeben.")
			.contains("value=\"Gast\"");
		HttpResponse<String> meeting = post(office, "/network/committees/" + id + "/meetings/new",
				"/network/committees/" + id + "/meetings", "name", "Sitzung", "date", "2026-03-10", "startTime",
				"16:00", "endTime", "15:00", "state", "VERTAGT");
		assertThat(meeting.statusCode()).isEqualTo(400);
		assertThat(meeting.body()).contains("id=\"endTime-error\"").contains("id=\"state-error\"");
		String detail = office.get("/network/committees/" + id).body();
		assertThat(detail).contains("Es sind keine Mitglieder erfasst.").contains("Es sind keine Sitzungen erfasst.");
	}

	@Test
	void readersReadOthersAndOtherTenantsDoNot() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String name = unique("Integrationsbeirat AG");
		UUID id = createCommittee(office, name);
		Http reader = this.fixtures.user(LANDKREIS, Role.GUIDE_COORDINATOR);
		assertThat(reader.get("/network/committees/" + id).body()).contains(name)
			.doesNotContain("/network/committees/" + id + "/edit");
		assertThat(reader.get("/network/committees/" + id + "/meetings/new").statusCode()).isEqualTo(403);

		Http stadt = this.fixtures.user(STADT, Role.ADMIN);
		assertThat(stadt.get("/network/committees/" + id).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/network/committees/" + id + "/memberships/new").statusCode()).isEqualTo(404);
		assertThat(
				post(stadt, "/network/committees", "/network/committees/" + id + "/meetings", "name", "x").statusCode())
			.isEqualTo(404);
		assertThat(stadt.get("/network/committees").body()).doesNotContain(name);
	}

	@Test
	void theCouncilsOfficeReadsTheCommitteesOnly() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String member = unique("Beiratsverein");
		UUID memberId = createOrganisation(office, member);
		String name = unique("Migrationsbeirat");
		UUID id = createCommittee(office, name);
		assertThat(post(office, "/network/committees/" + id + "/memberships/new",
				"/network/committees/" + id + "/memberships", "organisation", memberId.toString(), "role", "Mitglied")
			.statusCode()).isEqualTo(302);

		Http council = this.fixtures.user(LANDKREIS, Role.COUNCIL_OFFICE);
		HttpResponse<String> list = council.get("/network/committees?q=" + name.substring(name.indexOf('-') + 1));
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(name).doesNotContain("/network/committees/new");
		HttpResponse<String> detail = council.get("/network/committees/" + id);
		assertThat(detail.statusCode()).isEqualTo(200);
		// the member organisation by name, without a link to a page the council's office
		// may not open
		assertThat(detail.body()).contains(member)
			.doesNotContain("/network/organisations/" + memberId)
			.doesNotContain("/network/committees/" + id + "/edit")
			.doesNotContain("/memberships/new");
		assertThat(council.get("/").body()).contains("href=\"/network/committees\"");
		assertThat(council.get("/network/committees/" + id + "/edit").statusCode()).isEqualTo(403);
		assertThat(council.get("/network/organisations/" + memberId).statusCode()).isEqualTo(403);
		assertThat(council.get("/network/projects").statusCode()).isEqualTo(403);
	}

	private static UUID createCommittee(Http office, String name) {
		HttpResponse<String> response = post(office, "/network/committees/new", "/network/committees", "name", name,
				"classification", "Arbeitskreis", "officeRole", "ständiges Mitglied", "startDate", "2020-01-01",
				"website", "https://www.example.org/ak");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(AccessFixtures.location(response), "/network/committees/");
	}

}
