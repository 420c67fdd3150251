package de.teilhabe.guides.training;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrolment, attendance and completion of courses through the API, with the rules of the
 * course page: bad bodies answer 422 naming the field in the reader's language, the
 * attendance is all or nothing and not for sessions to come, a completion grants the
 * qualification with its expiry and moves a guide after the first conversation on to
 * trained (visible on the profile), a completion twice or before the last session 409, a
 * completed participant stays; roles and another tenant. The guides speak Tibetan
 * ({@code bo}), which no other test uses.
 */
@IntegrationTest
class TrainingApiTest {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	GuidesFixtures fixtures;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.api = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	@Test
	void enrolmentAttendanceAndCompletionFollowTheRulesOfThePage() {
		UUID newcomer = guide("Neu " + UUID.randomUUID(), "FIRST_CONVERSATION");
		String otherName = "Fehlzeit " + UUID.randomUUID();
		UUID other = guide(otherName, null);
		LocalDate last = BerlinTime.today().minusDays(3);
		Map<String, Object> course = course("Basis API " + UUID.randomUUID(), "BASIC", "BASIC_TRAINING", null,
				last.minusWeeks(1), last);
		String base = "/api/v1/guide-trainings/" + course.get("id");
		List<String> sessions = GuideTrainingsTest.sessionIds(course);

		// enrolment: the guide must be named, exist and not be enrolled already
		assertInvalid(post(base + "/enrolments", "{}"), "guideId",
				"Bitte die ID einer Lotsin oder eines Lotsen angeben.");
		assertInvalid(post(base + "/enrolments", "{\"guideId\": \"kein-uuid\"}"), "guideId",
				"Bitte die ID einer Lotsin oder eines Lotsen angeben.");
		assertInvalid(post(base + "/enrolments", "{\"guideId\": \"" + UUID.randomUUID() + "\"}"), "guideId",
				"Diese Lotsin oder diesen Lotsen gibt es nicht.");
		HttpResponse<String> enrolled = post(base + "/enrolments", guideBody(newcomer));
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		assertThat(json(enrolled)).containsEntry("enrolled", 1);
		assertThat(participant(json(enrolled), newcomer)).containsEntry("completedOn", null);
		assertInvalid(post(base + "/enrolments", guideBody(newcomer)), "guideId",
				"Diese Person ist schon eingeschrieben.");
		assertThat(post(base + "/enrolments", guideBody(other)).statusCode()).isEqualTo(201);
		assertThat(post("/api/v1/guide-trainings/" + UUID.randomUUID() + "/enrolments", guideBody(other)).statusCode())
			.isEqualTo(404);

		// attendance: all or nothing, only participants, only known sessions
		String first = base + "/sessions/" + sessions.get(0) + "/attendance";
		HttpResponse<String> unknownValue = put(first, attendance(newcomer, "PRESENT", other, "MAYBE"));
		assertInvalid(unknownValue, "attendance[1].status",
				"Bitte anwesend, entschuldigt, gefehlt oder nicht erfasst wählen.");
		assertThat(attendance(course, newcomer)).containsOnlyNulls();
		UUID stranger = guide("Nicht eingeschrieben " + UUID.randomUUID(), null);
		assertInvalid(put(first, attendance(stranger, "PRESENT")), "attendance[0].guideId",
				"Diese Person ist in diesem Kurs nicht eingeschrieben.");
		assertInvalid(put(first, "{}"), "attendance", "Bitte die Anwesenheit als Liste angeben");
		assertInvalid(put(first, attendance(newcomer, "PRESENT", newcomer, "ABSENT")), "attendance[1].guideId",
				"Diese Person steht schon in einem anderen Eintrag der Liste.");
		assertThat(put(base + "/sessions/" + UUID.randomUUID() + "/attendance", attendance(newcomer, "PRESENT"))
			.statusCode()).isEqualTo(404);
		HttpResponse<String> recorded = put(first, attendance(newcomer, "PRESENT", other, "PRESENT"));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		assertThat(participant(json(recorded), newcomer).get("attendance"))
			.isEqualTo(java.util.Arrays.asList("PRESENT", null));
		assertThat(put(base + "/sessions/" + sessions.get(1) + "/attendance",
				attendance(newcomer, "PRESENT", other, "ABSENT"))
			.statusCode()).isEqualTo(200);
		assertThat(attendance(course, newcomer)).containsExactly("PRESENT", "PRESENT");
		assertThat(attendance(course, other)).containsExactly("PRESENT", "ABSENT");

		// completion: the basic training is on the profile and the guide is trained now
		assertInvalid(post(base + "/completions", "{}"), "guideId",
				"Bitte die ID einer Lotsin oder eines Lotsen angeben.");
		assertInvalid(post(base + "/completions", guideBody(stranger)), "guideId",
				"Diese Person ist in diesem Kurs nicht eingeschrieben.");
		assertInvalid(post(base + "/completions", guideBody(other)), "reason",
				"Nicht bei jedem Termin anwesend: Bitte begründen");
		assertInvalid(post(base + "/completions", "{\"guideId\": \"" + other + "\", \"reason\": \"a\\u001bb\"}"),
				"reason", "Steuerzeichen");
		assertInvalid(post(base + "/completions", "{\"guideId\": \"" + other + "\", \"reason\": 5}"), "reason",
				"Bitte die Begründung als Text angeben.");
		HttpResponse<String> completed = post(base + "/completions", guideBody(newcomer));
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(201);
		assertThat(json(completed)).containsEntry("guideId", newcomer.toString())
			.containsEntry("completedOn", BerlinTime.today().toString())
			.containsEntry("qualification", "BASIC_TRAINING")
			.containsEntry("qualificationExpiresOn", null)
			.containsEntry("trained", true)
			.containsEntry("state", "TRAINED");
		Map<String, Object> profile = json(this.api.get("/api/v1/guides/" + newcomer));
		assertThat(profile.get("state")).isEqualTo("TRAINED");
		assertThat(profile.get("qualifications").toString()).contains("qualification=BASIC_TRAINING, expiresOn=null");
		HttpResponse<String> twice = post(base + "/completions", guideBody(newcomer));
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body()).contains("Der Abschluss ist schon bestätigt.");
		// the other one missed a session: completed with a reason, and stays interested
		HttpResponse<String> withReason = post(base + "/completions",
				"{\"guideId\": \"" + other + "\", \"reason\": \"Termin 2 nachgeholt\"}");
		assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(201);
		assertThat(json(withReason)).containsEntry("trained", false)
			.containsEntry("state", "INTERESTED")
			.containsEntry("completionReason", "Termin 2 nachgeholt");
		assertThat(json(this.api.get("/api/v1/guides/" + other)).get("qualifications").toString())
			.contains("BASIC_TRAINING");
		// a completed participant stays
		HttpResponse<String> withdrawCompleted = this.api.send("DELETE", base + "/enrolments/" + newcomer, null, null);
		assertThat(withdrawCompleted.statusCode()).isEqualTo(409);
		assertThat(withdrawCompleted.body()).contains("kann nicht mehr ausgetragen werden");
		assertThat(participant(json(this.api.get(base)), newcomer)).isNotNull();
	}

	@Test
	void aQualificationWithValidityLapsesAfterTheLastSessionAndACourseToComeTakesNoAttendance() {
		UUID guide = GuidesFixtures.activeGuide(this.api, "Sprachmittlung " + UUID.randomUUID(), QUAKENBRUECK, "bo");
		LocalDate day = BerlinTime.today().minusWeeks(2);
		Map<String, Object> course = course("Sprachmittlung API " + UUID.randomUUID(), "FURTHER", "INTERPRETING", 2,
				day);
		String base = "/api/v1/guide-trainings/" + course.get("id");
		assertThat(post(base + "/enrolments", guideBody(guide)).statusCode()).isEqualTo(201);
		assertThat(put(base + "/sessions/" + GuideTrainingsTest.sessionIds(course).get(0) + "/attendance",
				attendance(guide, "PRESENT"))
			.statusCode()).isEqualTo(200);
		HttpResponse<String> completed = post(base + "/completions", guideBody(guide));
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(201);
		assertThat(json(completed)).containsEntry("qualificationExpiresOn", day.plusYears(2).toString())
			.containsEntry("trained", false)
			.containsEntry("state", "ACTIVE");
		assertThat(json(this.api.get("/api/v1/guides/" + guide)).get("qualifications").toString())
			.contains("qualification=INTERPRETING, expiresOn=" + day.plusYears(2));

		// a course still to come: no attendance, no completion, and withdrawing is fine
		Map<String, Object> coming = course("Kommt noch API " + UUID.randomUUID(), "FURTHER", null, null,
				BerlinTime.today().plusWeeks(2));
		String comingBase = "/api/v1/guide-trainings/" + coming.get("id");
		assertThat(post(comingBase + "/enrolments", guideBody(guide)).statusCode()).isEqualTo(201);
		assertInvalid(
				put(comingBase + "/sessions/" + GuideTrainingsTest.sessionIds(coming).get(0) + "/attendance",
						attendance(guide, "PRESENT")),
				"attendance[0].status", "Dieser Termin liegt noch in der Zukunft.");
		HttpResponse<String> early = post(comingBase + "/completions",
				"{\"guideId\": \"" + guide + "\", \"reason\": \"vorab\"}");
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("Der letzte Termin steht noch aus");
		assertThat(this.api.send("DELETE", comingBase + "/enrolments/" + guide, null, null).statusCode())
			.isEqualTo(204);
		assertThat(json(this.api.get(comingBase))).containsEntry("enrolled", 0);
		assertThat(this.api.send("DELETE", comingBase + "/enrolments/" + guide, null, null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void otherRolesAreRefusedAnotherTenantFindsNothingAndMessagesFollowTheReader() {
		UUID guide = guide("Rolle " + UUID.randomUUID(), null);
		Map<String, Object> course = course("Rollen " + UUID.randomUUID(), "FURTHER", null, null,
				BerlinTime.today().minusDays(1));
		String base = "/api/v1/guide-trainings/" + course.get("id");
		String session = base + "/sessions/" + GuideTrainingsTest.sessionIds(course).get(0) + "/attendance";
		assertThat(post(base + "/enrolments", guideBody(guide)).statusCode()).isEqualTo(201);
		for (Http other : List.of(this.fixtures.api(LANDKREIS, Role.GUIDE), this.fixtures.api(LANDKREIS, Role.PARTNER),
				this.fixtures.api(LANDKREIS, Role.COUNSELLOR))) {
			assertThat(other.send("POST", base + "/enrolments", JSON, guideBody(guide)).statusCode()).isEqualTo(403);
			assertThat(other.send("PUT", session, JSON, attendance(guide, "ABSENT")).statusCode()).isEqualTo(403);
			assertThat(other.send("POST", base + "/completions", JSON, guideBody(guide)).statusCode()).isEqualTo(403);
			assertThat(other.send("DELETE", base + "/enrolments/" + guide, null, null).statusCode()).isEqualTo(403);
		}
		Http stadt = this.fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadt.send("POST", base + "/enrolments", JSON, guideBody(guide)).statusCode()).isEqualTo(404);
		assertThat(stadt.send("PUT", session, JSON, attendance(guide, "ABSENT")).statusCode()).isEqualTo(404);
		assertThat(stadt.send("POST", base + "/completions", JSON, guideBody(guide)).statusCode()).isEqualTo(404);
		assertThat(stadt.send("DELETE", base + "/enrolments/" + guide, null, null).statusCode()).isEqualTo(404);
		assertThat(attendance(course, guide)).containsOnlyNulls();
		assertThat(json(this.api.get(base))).containsEntry("enrolled", 1);

		HttpResponse<String> english = this.api.language("en").send("POST", base + "/enrolments", JSON, "{}");
		assertInvalid(english, "guideId", "Please give the id of a guide.");
	}

	@Test
	void theNewEndpointsAreDescribedInOpenApi() {
		String document = new Http(this.port).get("/v3/api-docs").body();
		for (String path : List.of("/api/v1/guide-trainings/{id}/enrolments",
				"/api/v1/guide-trainings/{id}/enrolments/{guideId}",
				"/api/v1/guide-trainings/{id}/sessions/{sessionId}/attendance",
				"/api/v1/guide-trainings/{id}/completions")) {
			assertThat(document).as(path).contains("\"" + path + "\"");
		}
	}

	/** A guide (interested, or moved to the given state), speaking Tibetan. */
	private UUID guide(String name, String state) {
		UUID id = created(
				this.api.send("POST", "/api/v1/guides", JSON, GuidesFixtures.guideBody(name, QUAKENBRUECK, "bo")));
		if (state != null) {
			assertThat(this.api.send("POST", "/api/v1/guides/" + id + "/state", JSON, "{\"state\": \"" + state + "\"}")
				.statusCode()).isEqualTo(200);
		}
		return id;
	}

	private Map<String, Object> course(String title, String kind, String qualification, Integer years,
			LocalDate... days) {
		return GuideTrainingsTest.course(this.api, title, kind, qualification, years, days);
	}

	private HttpResponse<String> post(String path, String body) {
		return this.api.send("POST", path, JSON, body);
	}

	private HttpResponse<String> put(String path, String body) {
		return this.api.send("PUT", path, JSON, body);
	}

	private static String guideBody(UUID guide) {
		return "{\"guideId\": \"" + guide + "\"}";
	}

	/** {@code {"attendance": [...]}} of guide and status pairs. */
	private static String attendance(Object... pairs) {
		StringBuilder entries = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			entries.append(entries.isEmpty() ? "" : ", ")
				.append("{\"guideId\": \"" + pairs[i] + "\", \"status\": \"" + pairs[i + 1] + "\"}");
		}
		return "{\"attendance\": [" + entries + "]}";
	}

	/** A 422 problem naming the field with the message. */
	private static void assertInvalid(HttpResponse<String> response, String field, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains(message);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> participant(Map<String, Object> course, UUID guide) {
		return ((List<Map<String, Object>>) course.get("participants")).stream()
			.filter((participant) -> guide.toString().equals(participant.get("guideId")))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private List<String> attendance(Map<String, Object> course, UUID guide) {
		Map<String, Object> found = participant(json(this.api.get("/api/v1/guide-trainings/" + course.get("id"))),
				guide);
		assertThat(found).as("participant " + guide).isNotNull();
		return (List<String>) found.get("attendance");
	}

}
