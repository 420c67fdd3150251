package de.teilhabe.guides;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.json;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing and deleting a work entry through the API ({@code PUT/DELETE
 * /api/v1/me/assignments/{id}/work-entries/{entryId}}), with the rules of the guide's
 * page: only the guide's own entries (404 for another guide's), bad bodies 422 naming the
 * fields with nothing changed, allowed after the assignment is reported done and refused
 * with 409 once the Leitstelle approved it. The guides speak Luxembourgish ({@code lb}),
 * which no other test uses.
 */
@IntegrationTest
class WorkEntryChangeApiTest {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aGuideChangesAndDeletesItsOwnEntriesUntilTheyAreApproved() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		Http office = fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		UUID guide = GuidesFixtures.activeGuide(office, "Eintrag " + UUID.randomUUID(), QUAKENBRUECK, "lb");
		UUID request = GuidesFixtures.request(office, thursday(13), "lb", "E-1");
		HttpResponse<String> assigned = office.send("POST", "/api/v1/guide-requests/" + request + "/assignments", JSON,
				"{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		String assignment = (String) ((Map<?, ?>) json(assigned).get("assignment")).get("id");
		String base = "/api/v1/me/assignments/" + assignment + "/work-entries";
		LocalDate today = BerlinTime.today();

		Http own = fixtures.guideApi(LANDKREIS, guide);
		assertThat(own.send("POST", "/api/v1/me/assignments/" + assignment + "/accept", JSON, "").statusCode())
			.isEqualTo(200);
		String entry = id(own.send("POST", base, JSON, entry(today, 90, "12.5", null)));
		String second = id(own.send("POST", base, JSON, entry(today, 30, null, null)));
		String path = base + "/" + entry;

		// a bad body: 422 naming each field, nothing changed
		HttpResponse<String> bad = own.send("PUT", path, JSON, entry(today.plusDays(2), 0, "3000", null));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(bad.body()).contains("\"field\":\"workedOn\"")
			.contains("Der Tag liegt in der Zukunft.")
			.contains("\"field\":\"minutes\"")
			.contains("Bitte 1 bis 1440 Minuten angeben.")
			.contains("\"field\":\"kilometres\"")
			.contains("Bitte 0 bis 2000 Kilometer angeben.");
		HttpResponse<String> empty = own.send("PUT", path, JSON, "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("\"field\":\"workedOn\"").contains("\"field\":\"minutes\"");
		assertThat(own.send("PUT", path, JSON, "{\"workedOn\": \"gestern\", \"minutes\": \"viele\"}").statusCode())
			.isEqualTo(422);
		assertThat(entries(own, base)).contains(entry + " 90 12.5 null");

		// another guide, another tenant, the coordinator, unknown entries
		Http stranger = fixtures.guideApi(LANDKREIS,
				GuidesFixtures.activeGuide(office, "Fremd " + UUID.randomUUID(), QUAKENBRUECK, "lb"));
		assertThat(stranger.send("PUT", path, JSON, entry(today, 60, null, null)).statusCode()).isEqualTo(404);
		assertThat(stranger.send("DELETE", path, null, null).statusCode()).isEqualTo(404);
		Http otherTenant = fixtures.api(STADT, Role.GUIDE);
		assertThat(otherTenant.send("PUT", path, JSON, entry(today, 60, null, null)).statusCode()).isEqualTo(404);
		assertThat(office.send("PUT", path, JSON, entry(today, 60, null, null)).statusCode()).isEqualTo(403);
		assertThat(office.send("DELETE", path, null, null).statusCode()).isEqualTo(403);
		assertThat(own.send("PUT", base + "/" + UUID.randomUUID(), JSON, entry(today, 60, null, null)).statusCode())
			.isEqualTo(404);
		assertThat(entries(own, base)).contains(entry + " 90 12.5 null").hasSize(2);

		// changed: every field replaced
		HttpResponse<String> changed = own.send("PUT", path, JSON, entry(today, 120, "7.5", "Rückweg mit dem Bus"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("id", entry)
			.containsEntry("minutes", 120)
			.containsEntry("kilometres", 7.5)
			.containsEntry("note", "Rückweg mit dem Bus")
			.containsEntry("workedOn", today.toString());
		assertThat(entries(own, base)).contains(entry + " 120 7.5 Rückweg mit dem Bus");

		// deleted
		assertThat(own.send("DELETE", base + "/" + second, null, null).statusCode()).isEqualTo(204);
		assertThat(entries(own, base)).hasSize(1).noneMatch((line) -> line.startsWith(second));
		assertThat(own.send("DELETE", base + "/" + second, null, null).statusCode()).isEqualTo(404);

		// reported done: still changeable until the Leitstelle approves
		assertThat(own.send("POST", "/api/v1/me/assignments/" + assignment + "/done", JSON, "").statusCode())
			.isEqualTo(200);
		assertThat(own.send("PUT", path, JSON, entry(today, 105, "7.5", null)).statusCode()).isEqualTo(200);
		HttpResponse<String> approved = office.send("POST", "/api/v1/guide-assignments/" + assignment + "/approval",
				JSON, "");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(json(approved)).containsEntry("minutes", 105);

		// approved: neither changed nor deleted
		HttpResponse<String> late = own.send("PUT", path, JSON, entry(today, 200, "1", null));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("Die Leitstelle hat diese Zeiten schon bestätigt");
		HttpResponse<String> lateDelete = own.send("DELETE", path, null, null);
		assertThat(lateDelete.statusCode()).isEqualTo(409);
		assertThat(lateDelete.body()).contains("Die Leitstelle hat diese Zeiten schon bestätigt");
		assertThat(entries(own, base)).containsExactly(entry + " 105 7.5 null");
	}

	@Test
	void theNewEndpointsAreDescribedInOpenApi() {
		assertThat(new Http(this.port).get("/v3/api-docs").body())
			.contains("\"/api/v1/me/assignments/{id}/work-entries/{entryId}\"");
	}

	private static String entry(LocalDate day, int minutes, String kilometres, String note) {
		return "{\"workedOn\": \"" + day + "\", \"minutes\": " + minutes + ", \"kilometres\": " + kilometres
				+ ", \"note\": " + ((note != null) ? "\"" + note + "\"" : "null") + "}";
	}

	private static String id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return (String) json(created).get("id");
	}

	/** The entries as {@code id minutes kilometres note}. */
	@SuppressWarnings("unchecked")
	private static List<String> entries(Http own, String base) {
		Map<String, Object> page = json(own.get(base + "?size=100"));
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.map((item) -> item.get("id") + " " + item.get("minutes") + " " + item.get("kilometres") + " "
					+ item.get("note"))
			.toList();
	}

}
