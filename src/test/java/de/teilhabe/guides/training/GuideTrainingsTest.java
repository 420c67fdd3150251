package de.teilhabe.guides.training;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
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
import static de.teilhabe.guides.GuidesFixtures.jsonList;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainings of the guide network through the real HTTP layer: the course form (bad
 * input all or nothing, messages naming the fields), enrolling by name, the attendance
 * grid (all or nothing, not for sessions to come), completion (granting the course's
 * qualification until the last session plus the validity, keeping a later expiry, moving
 * a guide after the first conversation on to trained; a reason when not present at every
 * session), a lapsed qualification keeping a guide out of the candidates of a request
 * that requires it, the qualifications due with the next refresher, a guide's own
 * trainings, the API, roles and tenant isolation; the demo courses.
 */
@IntegrationTest
class GuideTrainingsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	GuidesFixtures fixtures;

	Http office;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.office = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		this.api = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	@Test
	void aCourseIsEnteredAllOrNothingWithItsSessions() {
		String title = "Kurs " + UUID.randomUUID();
		String day = BerlinTime.today().plusWeeks(3).toString();
		HttpResponse<String> bad = AccessFixtures.post(this.office, "/guides/trainings/new", "/guides/trainings",
				"title", title, "kind", "FURTHER", "validityYears", "2", "capacity", "0", "sessions[0].day", day,
				"sessions[0].starts", "18:00", "sessions[0].ends", "17:00", "sessions[0].place", "Kreishaus",
				"sessions[1].day", day, "sessions[1].starts", "18:00", "sessions[1].ends", "20:00", "sessions[1].place",
				"Kreishaus", "sessions[2].day", "2010-01-01", "sessions[2].starts", "10:00", "sessions[2].ends",
				"12:00", "sessions[2].place", "");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Gültig (Jahre): Eine Gültigkeit gibt es nur mit einer Qualifikation.")
			.contains("Plätze: Bitte eine Zahl von 1 bis 200 angeben.")
			.contains("Ende (Termin 1): Das Ende muss nach dem Beginn liegen.")
			.contains("Beginn (Termin 2): Ein Termin mit diesem Tag und Beginn steht schon in einer anderen Zeile.")
			.contains("Tag (Termin 3): Der Tag muss innerhalb von 5 Jahren vor oder nach heute liegen.")
			.contains("Ort (Termin 3): Bitte ausfüllen.")
			.contains("href=\"#sessions-0-ends\"")
			.contains("value=\"" + title + "\"");
		HttpResponse<String> none = AccessFixtures.post(this.office, "/guides/trainings/new", "/guides/trainings",
				"title", "", "kind", "BASIC", "capacity", "10");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("Titel: Bitte ausfüllen.")
			.contains("Termine: Bitte mindestens einen Termin angeben.");
		assertThat(titles()).doesNotContain(title);

		HttpResponse<String> saved = AccessFixtures.post(this.office, "/guides/trainings/new", "/guides/trainings",
				"title", title, "kind", "FURTHER", "qualification", "INTERPRETING", "validityYears", "2", "capacity",
				"8", "trainers", "Dolmetscherdienst", "sessions[0].day", BerlinTime.today().plusWeeks(4).toString(),
				"sessions[0].starts", "17:00", "sessions[0].ends", "20:00", "sessions[0].place", "Kreishaus",
				"sessions[1].day", day, "sessions[1].starts", "17:00", "sessions[1].ends", "20:00", "sessions[1].place",
				"Rathaus");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String path = AccessFixtures.location(saved).replaceFirst("^https?://[^/]+", "");
		String page = this.office.get(path).body();
		assertThat(page).contains(title)
			.contains("Der Kurs ist gespeichert.")
			.contains("Sprachmittlung, 2 Jahre gültig (bei Abschluss bis "
					+ de(BerlinTime.today().plusWeeks(4).plusYears(2)) + ")")
			.contains("0 von 8")
			.contains("Noch niemand eingeschrieben.");
		// the sessions in order of their days
		assertThat(page.indexOf(de(LocalDate.parse(day)) + ", 17:00–20:00, Rathaus"))
			.isLessThan(page.indexOf(de(BerlinTime.today().plusWeeks(4)) + ", 17:00–20:00, Kreishaus"))
			.isPositive();
		assertThat(this.office.get("/guides/trainings").body()).contains(title).contains("Geplant und laufend");
		assertThat(this.office.get(path + "/edit").body()).contains("value=\"Dolmetscherdienst\"");
		assertThat(this.office.language("en").get("/guides/trainings/new").body()).contains("Further training");
		assertThat(this.office.get("/guides/trainings/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void attendanceAndCompletionGrantTheQualificationAndMoveTheLifecycle() {
		String name = "Basis " + UUID.randomUUID();
		UUID newcomer = created(this.api.send("POST", "/api/v1/guides", "application/json",
				GuidesFixtures.guideBody(name, QUAKENBRUECK, "ig")));
		assertThat(this.api
			.send("POST", "/api/v1/guides/" + newcomer + "/state", "application/json",
					"{\"state\": \"FIRST_CONVERSATION\"}")
			.statusCode()).isEqualTo(200);
		String otherName = "Fehlzeit " + UUID.randomUUID();
		UUID other = created(this.api.send("POST", "/api/v1/guides", "application/json",
				GuidesFixtures.guideBody(otherName, QUAKENBRUECK, "ig")));
		LocalDate last = BerlinTime.today().minusDays(3);
		Map<String, Object> course = course("Basisqualifizierung " + UUID.randomUUID(), "BASIC", "BASIC_TRAINING", null,
				last.minusWeeks(3), last.minusWeeks(2), last.minusWeeks(1), last);
		String path = "/guides/trainings/" + course.get("id");

		// enrolled by name: found by a part of it, never by an id typed
		String found = this.office.get(path + "?q=" + name.substring(6)).body();
		assertThat(found).contains(name + " einschreiben").contains("(Erstgespräch geführt)");
		assertThat(enrol(path, newcomer).statusCode()).isEqualTo(302);
		assertThat(enrol(path, other).statusCode()).isEqualTo(302);
		HttpResponse<String> twice = enrol(path, other);
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("Diese Person ist schon eingeschrieben.");
		assertThat(this.office.get(path + "?q=" + name.substring(6)).body()).contains("Niemand gefunden");

		// no completion without attendance and without a reason
		HttpResponse<String> early = complete(path, newcomer, null);
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(early.body()).contains("Nicht bei jedem Termin anwesend: Bitte begründen");

		// attendance: all or nothing (an unknown value refuses the whole grid)
		List<String> sessions = sessionIds(course);
		List<String> grid = new ArrayList<>();
		for (String session : sessions) {
			grid.addAll(List.of("a_" + session + "_" + newcomer, "PRESENT", "a_" + session + "_" + other,
					session.equals(sessions.get(1)) ? "EXCUSED" : "PRESENT"));
		}
		List<String> broken = new ArrayList<>(grid);
		broken.set(broken.size() - 1, "MAYBE");
		HttpResponse<String> refused = AccessFixtures.post(this.office, path, path + "/attendance",
				broken.toArray(String[]::new));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Anwesenheit von " + otherName + " am " + de(last) + " um 09:00: "
				+ "Bitte anwesend, entschuldigt, gefehlt oder nicht erfasst wählen.");
		assertThat(attendance(course, newcomer)).containsOnlyNulls();
		HttpResponse<String> recorded = AccessFixtures.post(this.office, path, path + "/attendance",
				grid.toArray(String[]::new));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		assertThat(attendance(course, newcomer)).containsExactly("PRESENT", "PRESENT", "PRESENT", "PRESENT");
		assertThat(attendance(course, other)).containsExactly("PRESENT", "EXCUSED", "PRESENT", "PRESENT");
		assertThat(this.office.get(path).body()).contains("Die Anwesenheit ist gespeichert.")
			.contains("Abschluss von " + name + " bestätigen")
			.contains("Abschluss von " + otherName + " trotz Fehlzeit bestätigen");

		// completed: the basic training is on the profile, and the guide is trained now
		HttpResponse<String> done = complete(path, newcomer, null);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(this.office.get(path).body()).contains("Der Abschluss ist bestätigt; die Person ist jetzt geschult.")
			.contains("Abgeschlossen am " + de(BerlinTime.today()));
		Map<String, Object> profile = json(this.api.get("/api/v1/guides/" + newcomer));
		assertThat(profile.get("state")).isEqualTo("TRAINED");
		assertThat(profile.get("qualifications").toString()).contains("qualification=BASIC_TRAINING, expiresOn=null");
		assertThat(complete(path, newcomer, null).body()).contains("Der Abschluss ist schon bestätigt.");

		// the other guide missed a session: completed only with a reason, and stays
		// interested (one lifecycle step at a time)
		assertThat(complete(path, other, " ").statusCode()).isEqualTo(400);
		assertThat(complete(path, other, "Termin 2 nachgeholt").statusCode()).isEqualTo(302);
		assertThat(this.office.get(path).body()).contains("(nicht bei jedem Termin anwesend: Termin 2 nachgeholt)");
		Map<String, Object> otherProfile = json(this.api.get("/api/v1/guides/" + other));
		assertThat(otherProfile.get("state")).isEqualTo("INTERESTED");
		assertThat(otherProfile.get("qualifications").toString()).contains("BASIC_TRAINING");
		assertThat(json(this.api.get("/api/v1/guide-trainings/" + course.get("id"))).get("participants").toString())
			.contains("completionReason=Termin 2 nachgeholt");

		// a qualification with validity: until the last session plus the years; a later
		// course extends it, an earlier one does not shorten it
		LocalDate summer = BerlinTime.today().minusWeeks(2);
		Map<String, Object> interpreting = course("Sprachmittlung " + UUID.randomUUID(), "FURTHER", "INTERPRETING", 2,
				summer.minusWeeks(1), summer);
		attendAndComplete(interpreting, newcomer);
		assertThat(qualification(newcomer, "INTERPRETING")).isEqualTo(summer.plusYears(2).toString());
		Map<String, Object> earlier = course("Sprachmittlung früher " + UUID.randomUUID(), "FURTHER", "INTERPRETING", 2,
				summer.minusMonths(6));
		attendAndComplete(earlier, newcomer);
		assertThat(qualification(newcomer, "INTERPRETING")).isEqualTo(summer.plusYears(2).toString());
		Map<String, Object> later = course("Sprachmittlung später " + UUID.randomUUID(), "FURTHER", "INTERPRETING", 3,
				BerlinTime.today().minusDays(1));
		attendAndComplete(later, newcomer);
		assertThat(qualification(newcomer, "INTERPRETING"))
			.isEqualTo(BerlinTime.today().minusDays(1).plusYears(3).toString());

		// a course still to come: no attendance, no completion yet
		Map<String, Object> coming = course("Kommt noch " + UUID.randomUUID(), "FURTHER", null, null,
				BerlinTime.today().plusWeeks(2));
		String comingPath = "/guides/trainings/" + coming.get("id");
		enrol(comingPath, newcomer);
		assertThat(this.office.get(comingPath).body())
			.contains("Die Anwesenheit wird ab dem Tag des ersten Termins erfasst.")
			.contains("Der Abschluss kann nach dem letzten Termin bestätigt werden.");
		HttpResponse<String> future = AccessFixtures.post(this.office, comingPath, comingPath + "/attendance",
				"a_" + sessionIds(coming).get(0) + "_" + newcomer, "PRESENT");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("Dieser Termin liegt noch in der Zukunft.");
		assertThat(complete(comingPath, newcomer, "vorab").body()).contains("Der letzte Termin steht noch aus");
		// withdrawn before it starts
		assertThat(AccessFixtures.post(this.office, comingPath, comingPath + "/participants/" + newcomer + "/withdraw")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get(comingPath).body()).contains("Die Person ist ausgetragen.")
			.contains("Noch niemand eingeschrieben.");
	}

	@Test
	void aLapsedQualificationKeepsTheGuideOutOfTheCandidatesAndIsDue() {
		String name = "Ablauf " + UUID.randomUUID();
		UUID guide = GuidesFixtures.activeGuide(this.api, name, QUAKENBRUECK, "ha");
		UUID request = created(this.api.send("POST", "/api/v1/guide-requests", "application/json", """
				{"topic": "AUTHORITY", "languages": ["ha"], "gemeinde": "%s", "date": "%s", "starts": "09:00",
				 "ends": "11:00", "requiredQualifications": ["INTERPRETING"], "contactReference": "HA-1"}"""
			.formatted(QUAKENBRUECK, thursday(5))));
		assertThat(candidates(request)).doesNotContain(guide.toString());
		long dueBefore = due();

		// completed a course two years ago whose qualification counted one year: lapsed
		Map<String, Object> old = course("Sprachmittlung alt " + UUID.randomUUID(), "FURTHER", "INTERPRETING", 1,
				BerlinTime.today().minusYears(2));
		attendAndComplete(old, guide);
		assertThat(qualification(guide, "INTERPRETING")).isEqualTo(BerlinTime.today().minusYears(1).toString());
		assertThat(candidates(request)).doesNotContain(guide.toString());
		assertThat(due()).isEqualTo(dueBefore + 1);
		String refresherTitle = "Auffrischung " + UUID.randomUUID();
		course(refresherTitle, "FURTHER", "INTERPRETING", 2, BerlinTime.today().plusDays(1));
		String duePage = this.office.get("/guides/trainings/qualifications").body();
		int row = duePage.indexOf(name);
		assertThat(row).isPositive();
		assertThat(duePage.substring(row, duePage.indexOf("</tr>", row))).contains("abgelaufen")
			.contains(de(BerlinTime.today().minusYears(1)))
			.contains("Sprachmittlung")
			.contains(refresherTitle);

		// a current course renews it: a candidate again, no longer due
		Map<String, Object> renewed = course("Sprachmittlung neu " + UUID.randomUUID(), "FURTHER", "INTERPRETING", 2,
				BerlinTime.today().minusDays(1));
		attendAndComplete(renewed, guide);
		assertThat(candidates(request)).contains(guide.toString());
		assertThat(due()).isEqualTo(dueBefore);
		assertThat(this.office.get("/guides/trainings/qualifications").body()).doesNotContain(name);
	}

	@Test
	void aGuideSeesOnlyItsOwnTrainings() {
		UUID mine = GuidesFixtures.activeGuide(this.api, "Meine " + UUID.randomUUID(), QUAKENBRUECK, "ig");
		UUID theirs = GuidesFixtures.activeGuide(this.api, "Andere " + UUID.randomUUID(), QUAKENBRUECK, "ig");
		String ownTitle = "Eigener Kurs " + UUID.randomUUID();
		String otherTitle = "Fremder Kurs " + UUID.randomUUID();
		Map<String, Object> own = course(ownTitle, "FURTHER", "FIRST_AID", 2, BerlinTime.today().minusDays(8),
				BerlinTime.today().plusDays(6));
		Map<String, Object> other = course(otherTitle, "FURTHER", null, null, BerlinTime.today().plusDays(9));
		enrol("/guides/trainings/" + own.get("id"), mine);
		enrol("/guides/trainings/" + own.get("id"), theirs);
		enrol("/guides/trainings/" + other.get("id"), theirs);
		String ownPath = "/guides/trainings/" + own.get("id");
		AccessFixtures.post(this.office, ownPath, ownPath + "/attendance", "a_" + sessionIds(own).get(0) + "_" + mine,
				"PRESENT", "a_" + sessionIds(own).get(0) + "_" + theirs, "ABSENT");

		Http guide = this.fixtures.guideSession(LANDKREIS, mine);
		assertThat(guide.get("/guides/me").body()).contains("href=\"/guides/me/trainings\"");
		HttpResponse<String> page = guide.get("/guides/me/trainings");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Meine Schulungen")
			.contains(ownTitle)
			.contains("vermittelt: Erste Hilfe")
			.contains("anwesend")
			.contains("steht noch an")
			.doesNotContain(otherTitle)
			.doesNotContain("gefehlt");
		// nothing of the coordinator's
		assertThat(guide.get("/guides/trainings").statusCode()).isEqualTo(403);
		assertThat(guide.get(ownPath).statusCode()).isEqualTo(403);
		assertThat(this.fixtures.guideApi(LANDKREIS, mine).get("/api/v1/guide-trainings").statusCode()).isEqualTo(403);
		// an account bound to no profile sees none
		Http unbound = this.fixtures.session(LANDKREIS, Role.GUIDE);
		assertThat(unbound.get("/guides/me/trainings").body()).contains("mit keinem Lotsenprofil verbunden");
		// and a coordinator has no page of its own trainings
		assertThat(this.office.get("/guides/me/trainings").statusCode()).isEqualTo(403);
	}

	@Test
	void theApiListsCreatesAndRefusesBadBodies() {
		HttpResponse<String> bad = this.api.send("POST", "/api/v1/guide-trainings", "application/json", """
				{"title": "", "kind": "SOMETIMES", "capacity": 500, "validityYears": 3,
				 "sessions": [{"day": "morgen", "starts": "10:00", "ends": "12:00", "place": "Kreishaus"}]}""");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"title\"")
			.contains("\"field\":\"kind\"")
			.contains("\"field\":\"capacity\"")
			.contains("\"field\":\"sessions[0].day\"");
		assertThat(this.api.send("POST", "/api/v1/guide-trainings", "application/json", "{}").body())
			.contains("\"field\":\"sessions\"");
		String title = "API-Kurs " + UUID.randomUUID();
		Map<String, Object> course = course(title, "BASIC", "BASIC_TRAINING", null, BerlinTime.today().plusWeeks(6));
		assertThat(course).containsEntry("kind", "BASIC").containsEntry("enrolled", 0).containsEntry("capacity", 12);
		assertThat(json(this.api.get("/api/v1/guide-trainings/" + course.get("id")))).containsEntry("title", title)
			.containsKey("participants");
		assertThat(titles()).contains(title);
		assertThat(this.api.get("/api/v1/guide-trainings?size=101").statusCode()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/guide-trainings/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherTenantNeitherSeesNorTouchesTheCourses() {
		UUID guide = GuidesFixtures.activeGuide(this.api, "Mandant " + UUID.randomUUID(), QUAKENBRUECK, "ig");
		Map<String, Object> course = course("Mandant " + UUID.randomUUID(), "FURTHER", null, null,
				BerlinTime.today().minusDays(1));
		String path = "/guides/trainings/" + course.get("id");
		enrol(path, guide);
		Http stadt = this.fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadt.get("/api/v1/guide-trainings/" + course.get("id")).statusCode()).isEqualTo(404);
		assertThat(ApiLists.all(stadt, "/api/v1/guide-trainings")).extracting((item) -> item.get("id"))
			.doesNotContain(course.get("id"));
		Http stadtOffice = this.fixtures.session(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadtOffice.get(path).statusCode()).isEqualTo(404);
		assertThat(AccessFixtures
			.post(stadtOffice, "/guides/trainings", path + "/attendance",
					"a_" + sessionIds(course).get(0) + "_" + guide, "ABSENT")
			.statusCode()).isEqualTo(404);
		assertThat(AccessFixtures
			.post(stadtOffice, "/guides/trainings", path + "/participants/" + guide + "/completion", "reason", "x")
			.statusCode()).isEqualTo(404);
		assertThat(AccessFixtures.post(stadtOffice, "/guides/trainings", path + "/participants/" + guide + "/withdraw")
			.statusCode()).isEqualTo(404);
		// its own course cannot take the other tenant's guide
		Map<String, Object> own = stadtCourse(stadt, "Stadtkurs " + UUID.randomUUID());
		String ownPath = "/guides/trainings/" + own.get("id");
		assertThat(AccessFixtures.post(stadtOffice, ownPath, ownPath + "/participants", "guideId", guide.toString())
			.statusCode()).isEqualTo(404);
		assertThat(attendance(course, guide)).containsOnlyNulls();
	}

	@Test
	void theDemoNetworkHasItsCoursesAndItsDueQualifications() {
		String start = this.office.get("/").body();
		assertThat(start).contains("Qualifikation, die abgelaufen ist oder bald abläuft")
			.contains("/guides/trainings/qualifications");
		String list = this.office.get("/guides/trainings").body();
		assertThat(list).contains("Basisqualifizierung Integrationslotsen (Frühjahr)")
			.contains("Basisqualifizierung Integrationslotsen (Herbst)")
			.contains("Datenschutz und Schweigepflicht");
		assertThat(list.indexOf("Basisqualifizierung Integrationslotsen (Frühjahr)"))
			.isLessThan(list.indexOf("Vergangen"))
			.isLessThan(list.indexOf("Basisqualifizierung Integrationslotsen (Herbst)"));
		String due = this.office.get("/guides/trainings/qualifications").body();
		int dilan = due.indexOf("Dilan Aydın");
		assertThat(dilan).isPositive();
		assertThat(due.substring(dilan, due.indexOf("</tr>", dilan))).contains("abgelaufen")
			.contains("Sprachmittlung im Behördengespräch");
		assertThat(due).contains("Iryna Bondarenko");
		Http lotse = Http.loggedIn(this.port, "lotse", "demo");
		assertThat(lotse.get("/guides/me/trainings").body()).contains("Datenschutz und Schweigepflicht")
			.contains("Sprachmittlung im Behördengespräch")
			.contains("Abgeschlossen am")
			.doesNotContain("Basisqualifizierung");
	}

	private Map<String, Object> stadtCourse(Http client, String title) {
		HttpResponse<String> response = client.send("POST", "/api/v1/guide-trainings", "application/json", """
				{"title": "%s", "kind": "FURTHER", "capacity": 5,
				 "sessions": [{"day": "%s", "starts": "10:00", "ends": "12:00", "place": "Rathaus"}]}"""
			.formatted(title, BerlinTime.today().plusDays(3)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response);
	}

	private Map<String, Object> course(String title, String kind, String qualification, Integer years,
			LocalDate... days) {
		return course(this.api, title, kind, qualification, years, days);
	}

	/** A course through the API with a session 09:00–12:00 on each day. */
	static Map<String, Object> course(Http api, String title, String kind, String qualification, Integer years,
			LocalDate... days) {
		StringBuilder sessions = new StringBuilder();
		for (LocalDate day : days) {
			sessions.append(sessions.isEmpty() ? "" : ", ")
				.append("{\"day\": \"%s\", \"starts\": \"09:00\", \"ends\": \"12:00\", \"place\": \"Kreishaus\"}"
					.formatted(day));
		}
		HttpResponse<String> response = api.send("POST", "/api/v1/guide-trainings", "application/json", """
				{"title": "%s", "kind": "%s", "qualification": %s, "validityYears": %s, "capacity": 12,
				 "trainers": "Team Integration", "sessions": [%s]}""".formatted(title, kind,
				(qualification != null) ? "\"" + qualification + "\"" : "null", years, sessions));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location").orElse(""))
			.endsWith("/api/v1/guide-trainings/" + json(response).get("id"));
		return json(response);
	}

	private HttpResponse<String> enrol(String path, UUID guide) {
		return AccessFixtures.post(this.office, path, path + "/participants", "guideId", guide.toString());
	}

	private HttpResponse<String> complete(String path, UUID guide, String reason) {
		return (reason != null)
				? AccessFixtures.post(this.office, path, path + "/participants/" + guide + "/completion", "reason",
						reason)
				: AccessFixtures.post(this.office, path, path + "/participants/" + guide + "/completion");
	}

	/** Enrols the guide, records it present at every session and completes it. */
	private void attendAndComplete(Map<String, Object> course, UUID guide) {
		String path = "/guides/trainings/" + course.get("id");
		assertThat(enrol(path, guide).statusCode()).isEqualTo(302);
		List<String> grid = new ArrayList<>();
		for (String session : sessionIds(course)) {
			grid.addAll(List.of("a_" + session + "_" + guide, "PRESENT"));
		}
		assertThat(
				AccessFixtures.post(this.office, path, path + "/attendance", grid.toArray(String[]::new)).statusCode())
			.isEqualTo(302);
		HttpResponse<String> done = complete(path, guide, null);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
	}

	@SuppressWarnings("unchecked")
	static List<String> sessionIds(Map<String, Object> course) {
		return ((List<Map<String, Object>>) course.get("sessions")).stream()
			.map((session) -> (String) session.get("id"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> attendance(Map<String, Object> course, UUID guide) {
		Map<String, Object> detail = json(this.api.get("/api/v1/guide-trainings/" + course.get("id")));
		return ((List<Map<String, Object>>) detail.get("participants")).stream()
			.filter((participant) -> guide.toString().equals(participant.get("guideId")))
			.findFirst()
			.map((participant) -> (List<String>) participant.get("attendance"))
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private String qualification(UUID guide, String qualification) {
		return ((List<Map<String, Object>>) json(this.api.get("/api/v1/guides/" + guide)).get("qualifications"))
			.stream()
			.filter((held) -> qualification.equals(held.get("qualification")))
			.map((held) -> String.valueOf(held.get("expiresOn")))
			.findFirst()
			.orElse(null);
	}

	private List<String> candidates(UUID request) {
		return jsonList(this.api.get("/api/v1/guide-requests/" + request + "/candidates")).stream()
			.map((candidate) -> String.valueOf(candidate.get("guideId")))
			.toList();
	}

	private long due() {
		String start = this.office.get("/").body();
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("(\\d+) aktive Lotsinnen und Lotsen haben eine Qualifikation|1 aktive Lotsin oder aktiver Lotse")
			.matcher(start);
		if (!matcher.find()) {
			return 0;
		}
		return (matcher.group(1) != null) ? Long.parseLong(matcher.group(1)) : 1;
	}

	private List<Object> titles() {
		return ApiLists.all(this.api, "/api/v1/guide-trainings").stream().map((item) -> item.get("title")).toList();
	}

	private static String de(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

}
