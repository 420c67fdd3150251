package de.teilhabe.guides;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.json;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work on an assignment through the real HTTP layer: the guide logs its time on its
 * own page (bad input all or nothing, with messages naming the fields; time and
 * kilometres as a German user types them), corrects and deletes an entry, marks the
 * assignment done; the Leitstelle sees it waiting on its start page and the approval
 * page, corrects an entry (audited) and approves it with its entries, after which nothing
 * changes any more. The same through the API (accept, decline, entries, done, approval)
 * with 404 for another guide's assignment, 409 for a step the status does not allow and
 * 403 for the wrong role.
 */
@IntegrationTest
class GuideWorkTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	GuidesFixtures fixtures;

	Http coordinatorApi;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.coordinatorApi = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	@Test
	void aGuideLogsItsWorkAllOrNothingAndTheOfficeApprovesIt() {
		String name = "Zeiten " + UUID.randomUUID();
		UUID guide = GuidesFixtures.activeGuide(this.coordinatorApi, name, QUAKENBRUECK, "tw");
		UUID request = GuidesFixtures.request(this.coordinatorApi, thursday(9), "tw", "Z-1");
		String assignment = commission(request, guide);
		String page = "/guides/me/assignments/" + assignment;
		LocalDate today = BerlinTime.today();

		Http own = this.fixtures.guideSession(LANDKREIS, guide);
		String mine = own.get("/guides/me").body();
		assertThat(mine).contains("Beauftragung").contains("href=\"" + page + "\"");
		// no entries before the guide accepted
		assertThat(AccessFixtures.post(own, page, page + "/entries", "workedOn", today.toString(), "time", "1:30")
			.statusCode()).isEqualTo(409);
		assertThat(
				AccessFixtures.post(own, "/guides/me", "/guides/me/assignments/" + assignment + "/accept").statusCode())
			.isEqualTo(302);
		assertThat(own.get(page).body()).contains("Beauftragt durch")
			.contains("Noch keine Zeiten eingetragen.")
			.doesNotContain("Z-1");

		// bad input: every field named, nothing stored
		HttpResponse<String> bad = AccessFixtures.post(own, page, page + "/entries", "workedOn",
				today.plusDays(1).toString(), "time", "anderthalb", "kilometres", "12,55", "note", "x".repeat(1001));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Tag: Der Tag liegt in der Zukunft.")
			.contains("Zeit: Bitte die Zeit als Stunden und Minuten")
			.contains("Kilometer: Bitte die Kilometer als Zahl mit höchstens einer Nachkommastelle")
			.contains("Notiz: Höchstens 1000 Zeichen.")
			.contains("value=\"anderthalb\"");
		HttpResponse<String> early = AccessFixtures.post(own, page, page + "/entries", "workedOn",
				today.minusDays(1).toString(), "time", "25:00", "kilometres", "2000,1");
		assertThat(early.body()).contains("Der Tag liegt vor der Beauftragung am")
			.contains("Zeit: Bitte mindestens 1 Minute und höchstens 24 Stunden angeben.")
			.contains("Kilometer: Bitte 0 bis 2000 Kilometer angeben.");
		HttpResponse<String> empty = AccessFixtures.post(own, page, page + "/entries");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Tag: Bitte ausfüllen.").contains("Zeit: Bitte ausfüllen.");
		assertThat(own.get(page).body()).contains("Noch keine Zeiten eingetragen.");

		// as a German user types: 1,5 hours, 12,5 km; 45 min without kilometres
		HttpResponse<String> logged = AccessFixtures.post(own, page, page + "/entries", "workedOn", today.toString(),
				"time", "1,5", "kilometres", "12,5 km", "note", "Hin und zurück");
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(302);
		assertThat(AccessFixtures.post(own, page, page + "/entries", "workedOn", today.toString(), "time", "45 min")
			.statusCode()).isEqualTo(302);
		String withEntries = own.get(page).body();
		assertThat(withEntries).contains("Die Zeit ist eingetragen.")
			.contains("1:30 Stunden, 12,5 km")
			.contains("0:45 Stunden, 0,0 km")
			.contains("Hin und zurück")
			.contains("Zusammen: 1 Tag, 2:15 Stunden, 12,5 km");
		List<String> entries = entryLinks(withEntries, page);
		assertThat(entries).hasSize(2);

		// corrected and deleted by the guide
		String first = entries.get(0);
		assertThat(own.get(first).body()).contains("value=\"1:30\"").contains("value=\"12,5\"");
		HttpResponse<String> badChange = AccessFixtures.post(own, first, first, "workedOn", today.toString(), "time",
				"0");
		assertThat(badChange.statusCode()).isEqualTo(400);
		assertThat(badChange.body()).contains("Zeit: Bitte mindestens 1 Minute");
		assertThat(AccessFixtures
			.post(own, first, first, "workedOn", today.toString(), "time", "2 h 15", "kilometres", "12,5", "note",
					"Hin und zurück")
			.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.post(own, page, entries.get(1) + "/delete").statusCode()).isEqualTo(302);
		assertThat(own.get(page).body()).contains("2:15 Stunden, 12,5 km").doesNotContain("0:45 Stunden");

		// the commissioning to print, and as a PDF
		assertThat(own.get(page + "/commission").body()).contains("Beauftragung als Integrationslotsin oder -lotse")
			.contains("Beauftragt durch")
			.doesNotContain("Z-1");
		HttpResponse<byte[]> pdf = own.getBytes(page + "/commission.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(Pdfs.pdfUaFailures(pdf.body())).isEmpty();
		assertThat(Pdfs.text(pdf.body())).contains("Beauftragt durch").contains("Stadt Quakenbrück");

		// another guide sees and touches none of it
		Http stranger = this.fixtures.guideSession(LANDKREIS,
				GuidesFixtures.activeGuide(this.coordinatorApi, "Fremd " + UUID.randomUUID(), QUAKENBRUECK, "tw"));
		assertThat(stranger.get(page).statusCode()).isEqualTo(404);
		assertThat(stranger.get(first).statusCode()).isEqualTo(404);
		assertThat(stranger.get(page + "/commission").statusCode()).isEqualTo(404);
		assertThat(stranger.getBytes(page + "/commission.pdf").statusCode()).isEqualTo(404);
		assertThat(AccessFixtures
			.post(stranger, "/guides/me", page + "/entries", "workedOn", today.toString(), "time", "1:00")
			.statusCode()).isEqualTo(404);
		assertThat(AccessFixtures.post(stranger, "/guides/me", page + "/done").statusCode()).isEqualTo(404);

		// done: the request is done and the office sees it waiting
		assertThat(AccessFixtures.post(own, page, page + "/done").statusCode()).isEqualTo(302);
		assertThat(own.get(page).body()).contains("erledigt").contains("Erledigt gemeldet am");
		assertThat(json(this.coordinatorApi.get("/api/v1/guide-requests/" + request))).containsEntry("status", "DONE");
		assertThat(AccessFixtures.post(own, page, page + "/done").statusCode()).isEqualTo(409);

		Http office = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		assertThat(office.get("/").body()).contains("auf Bestätigung").contains("/guides/approvals");
		String approvals = office.get("/guides/approvals").body();
		assertThat(approvals).contains(name).contains("2:15 Stunden, 12,5 km").contains("Hin und zurück");
		String correct = "/guides/approvals/" + assignment + "/entries/" + first.substring(first.lastIndexOf('/') + 1);
		HttpResponse<String> badCorrection = AccessFixtures.post(office, correct, correct, "workedOn", today.toString(),
				"time", "viel");
		assertThat(badCorrection.statusCode()).isEqualTo(400);
		assertThat(badCorrection.body()).contains("Zeit: Bitte die Zeit als");
		assertThat(AccessFixtures
			.post(office, correct, correct, "workedOn", today.toString(), "time", "2:00", "kilometres", "10")
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'guides.work.corrected' " + "AND record_id = ?")
			.param(first.substring(first.lastIndexOf('/') + 1))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(office.get("/guides/approvals").body()).contains("2:00 Stunden, 10,0 km");

		assertThat(AccessFixtures.post(office, "/guides/approvals", "/guides/approvals/" + assignment).statusCode())
			.isEqualTo(302);
		assertThat(office.get("/guides/approvals").body()).contains("Die Begleitung ist mit ihren Zeiten bestätigt.")
			.doesNotContain(name);
		assertThat(AccessFixtures.post(office, "/guides/approvals", "/guides/approvals/" + assignment).statusCode())
			.isEqualTo(409);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM guide_work_entry WHERE assignment_id = ?::uuid AND approved_at IS NOT NULL "
					+ "AND approved_by IS NOT NULL")
			.param(assignment)
			.query(Long.class)
			.single()).isEqualTo(1);

		// approved: the guide sees it and changes nothing any more
		assertThat(own.get(page).body()).contains("bestätigt").doesNotContain("Eintrag vom");
		assertThat(AccessFixtures.post(own, page, first, "workedOn", today.toString(), "time", "3:00").statusCode())
			.isEqualTo(409);
		assertThat(AccessFixtures.post(own, page, first + "/delete").statusCode()).isEqualTo(409);
		assertThat(AccessFixtures.post(own, page, page + "/entries", "workedOn", today.toString(), "time", "1:00")
			.statusCode()).isEqualTo(409);
		// a guide has no approval page, the office no guide page
		assertThat(own.get("/guides/approvals").statusCode()).isEqualTo(403);
		assertThat(office.get(page).statusCode()).isEqualTo(403);
		assertThat(office.language("en").get("/guides/approvals").body()).contains("Approve done assignments");
	}

	@Test
	void theApiAcceptsDeclinesLogsFinishesAndApproves() {
		UUID guide = GuidesFixtures.activeGuide(this.coordinatorApi, "Api " + UUID.randomUUID(), QUAKENBRUECK, "tw");
		UUID first = GuidesFixtures.request(this.coordinatorApi, thursday(11), "tw", "A-1");
		UUID second = GuidesFixtures.request(this.coordinatorApi, thursday(12), "tw", "A-2");
		String accepted = commission(first, guide);
		String declined = commission(second, guide);
		String base = "/api/v1/me/assignments/";
		LocalDate today = BerlinTime.today();

		Http own = this.fixtures.guideApi(LANDKREIS, guide);
		Http stranger = this.fixtures.guideApi(LANDKREIS,
				GuidesFixtures.activeGuide(this.coordinatorApi, "Fremd " + UUID.randomUUID(), QUAKENBRUECK, "tw"));
		for (String path : List.of(base + accepted + "/accept", base + accepted + "/decline", base + accepted + "/done",
				base + accepted + "/work-entries")) {
			assertThat(stranger.send("POST", path, "application/json", "{}").statusCode()).as(path).isEqualTo(404);
		}
		assertThat(stranger.get(base + accepted + "/work-entries").statusCode()).isEqualTo(404);
		// the wrong roles
		assertThat(this.coordinatorApi.send("POST", base + accepted + "/accept", "application/json", "").statusCode())
			.isEqualTo(403);
		assertThat(own.send("POST", "/api/v1/guide-assignments/" + accepted + "/approval", "application/json", "")
			.statusCode()).isEqualTo(403);
		assertThat(new Http(this.port).send("POST", base + accepted + "/accept", "application/json", "").statusCode())
			.isEqualTo(401);

		// no entries and no done before the answer
		assertThat(post(own, base + accepted + "/work-entries", entry(today, 60)).statusCode()).isEqualTo(409);
		assertThat(post(own, base + accepted + "/done", "").statusCode()).isEqualTo(409);

		HttpResponse<String> accept = post(own, base + accepted + "/accept", "");
		assertThat(accept.statusCode()).as(accept.body()).isEqualTo(200);
		assertThat(json(accept)).containsEntry("status", "ACCEPTED").doesNotContainKey("contactReference");
		assertThat(json(accept).get("commissionedBy")).isNotNull();
		assertThat(post(own, base + accepted + "/accept", "").statusCode()).isEqualTo(409);
		HttpResponse<String> decline = post(own, base + declined + "/decline", "");
		assertThat(json(decline)).containsEntry("status", "DECLINED");
		assertThat(json(this.coordinatorApi.get("/api/v1/guide-requests/" + second))).containsEntry("status", "OPEN");
		assertThat(post(own, base + declined + "/work-entries", entry(today, 60)).statusCode()).isEqualTo(409);

		// a bad body: 422 naming each field
		HttpResponse<String> bad = post(own, base + accepted + "/work-entries",
				"{\"workedOn\": \"" + today.plusDays(3) + "\", \"minutes\": 0, \"kilometres\": 12.55}");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(bad.body()).contains("\"field\":\"workedOn\"")
			.contains("\"field\":\"minutes\"")
			.contains("\"field\":\"kilometres\"")
			.contains("Der Tag liegt in der Zukunft.");
		HttpResponse<String> wrongType = post(own, base + accepted + "/work-entries",
				"{\"workedOn\": \"gestern\", \"minutes\": \"viele\"}");
		assertThat(wrongType.statusCode()).isEqualTo(422);
		assertThat(wrongType.body()).contains("\"field\":\"workedOn\"").contains("\"field\":\"minutes\"");
		assertThat(post(own, base + accepted + "/work-entries", "").statusCode()).isEqualTo(422);

		HttpResponse<String> created = post(own, base + accepted + "/work-entries",
				"{\"workedOn\": \"" + today + "\", \"minutes\": 90, \"kilometres\": 12.5, \"note\": null}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(json(created)).containsEntry("minutes", 90)
			.containsEntry("kilometres", 12.5)
			.containsEntry("workedOn", today.toString())
			.containsEntry("approvedAt", null);
		Map<String, Object> list = json(own.get(base + accepted + "/work-entries?size=10"));
		assertThat(list).containsEntry("totalItems", 1).containsEntry("size", 10).containsKey("totalPages");
		assertThat(own.get(base + accepted + "/work-entries?size=101").statusCode()).isEqualTo(400);

		// approval only of a done assignment, once
		String approval = "/api/v1/guide-assignments/" + accepted + "/approval";
		assertThat(post(this.coordinatorApi, approval, "").statusCode()).isEqualTo(409);
		HttpResponse<String> done = post(own, base + accepted + "/done", "");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(json(done)).containsEntry("status", "DONE");
		assertThat(json(done).get("doneAt")).isNotNull();
		assertThat(post(own, base + accepted + "/done", "").statusCode()).isEqualTo(409);
		assertThat(json(this.coordinatorApi.get("/api/v1/guide-requests/" + first))).containsEntry("status", "DONE");
		assertThat(post(this.fixtures.api(STADT, Role.GUIDE_COORDINATOR), approval, "").statusCode()).isEqualTo(404);
		HttpResponse<String> approved = post(this.coordinatorApi, approval, "");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(json(approved)).containsEntry("entries", 1).containsEntry("minutes", 90);
		assertThat(json(approved).get("approvedAt")).isNotNull();
		assertThat(post(this.coordinatorApi, approval, "").statusCode()).isEqualTo(409);
		assertThat(own.get(base + accepted + "/work-entries").body()).doesNotContain("\"approvedAt\":null");
		assertThat(post(own, base + accepted + "/work-entries", entry(today, 30)).statusCode()).isEqualTo(409);
		assertThat(post(this.coordinatorApi, "/api/v1/guide-assignments/" + UUID.randomUUID() + "/approval", "")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theNewEndpointsAreDescribedInOpenApi() {
		String document = new Http(this.port).get("/v3/api-docs").body();
		for (String path : List.of("/api/v1/me/assignments/{id}/accept", "/api/v1/me/assignments/{id}/decline",
				"/api/v1/me/assignments/{id}/work-entries", "/api/v1/me/assignments/{id}/done",
				"/api/v1/guide-assignments/{id}/approval")) {
			assertThat(document).as(path).contains("\"" + path + "\"");
		}
	}

	@Test
	void theDemoHasApprovedWorkOfLotseAndWorkAwaitingApproval() {
		Http lotse = Http.loggedIn(this.port, "lotse", "demo");
		String mine = lotse.get("/guides/me").body();
		Matcher done = Pattern.compile("href=\"(/guides/me/assignments/[0-9a-f-]{36})\"").matcher(mine);
		boolean approvedSeen = false;
		while (done.find()) {
			String page = lotse.get(done.group(1)).body();
			approvedSeen |= page.contains("Bestätigt") && page.contains("1:45 Stunden, 18,4 km");
		}
		assertThat(approvedSeen).as("an approved done assignment of lotse").isTrue();
		assertThat(Http.loggedIn(this.port, "koordination", "demo").get("/guides/approvals").body())
			.contains("Svetlana Becker")
			.contains("2:30 Stunden, 9,5 km");
	}

	private String commission(UUID request, UUID guide) {
		HttpResponse<String> assigned = this.coordinatorApi.send("POST",
				"/api/v1/guide-requests/" + request + "/assignments", "application/json",
				"{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		return (String) ((Map<?, ?>) json(assigned).get("assignment")).get("id");
	}

	private static HttpResponse<String> post(Http http, String path, String body) {
		return http.send("POST", path, "application/json", body);
	}

	private static String entry(LocalDate day, int minutes) {
		return "{\"workedOn\": \"" + day + "\", \"minutes\": " + minutes + "}";
	}

	private static List<String> entryLinks(String page, String base) {
		Matcher matcher = Pattern.compile("href=\"(" + Pattern.quote(base) + "/entries/[0-9a-f-]{36})\"").matcher(page);
		List<String> links = new java.util.ArrayList<>();
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
