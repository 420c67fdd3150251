package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.ContactFixtures.today;
import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts of a case through the API: entering (the client's first language by default,
 * the interpreter hint), the list newest first, changing one's own, bad bodies (422
 * naming every field, nothing stored, never a 5xx), a closed case (409), a follow-up that
 * becomes a task with the contact or not at all, the audit entry of every read, and who
 * may do what (403 for a counsellor who does not read the client, 404 for another
 * tenant).
 */
@IntegrationTest
class CaseContactsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	ContactFixtures cases;

	TestUser counsellor;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.cases = new ContactFixtures(this.fixtures.jdbc());
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
	}

	private UUID newCase(String languages) {
		UUID client = create(this.api, """
				{"firstName": "Amina", "lastName": "%s", "birthYear": 1990, "languages": %s,
				 "confirmDuplicate": true}""".formatted(uniqueName("Kontakt"), languages));
		return this.cases.openCase(client, this.counsellor.id());
	}

	private HttpResponse<String> post(UUID caseId, String body) {
		return this.api.send("POST", "/api/v1/counselling/cases/" + caseId + "/contacts", "application/json", body);
	}

	@Test
	void contactsAreEnteredListedNewestFirstAndChanged() {
		UUID caseId = newCase("[\"ar\", \"de\"]");
		String earlier = today().minusDays(3).toString();
		HttpResponse<String> first = post(caseId, """
				{"date": "%s", "time": "09:30", "durationMinutes": 45, "channel": "IN_PERSON", "language": "ar",
				 "interpreter": "PROFESSIONAL", "summary": "Erstgespräch zur Anerkennung."}""".formatted(earlier));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		Map<String, Object> created = json(first);
		assertThat(created).containsEntry("durationMinutes", 45)
			.containsEntry("channel", "IN_PERSON")
			.containsEntry("language", "ar")
			.containsEntry("interpreter", "PROFESSIONAL")
			.containsEntry("summary", "Erstgespräch zur Anerkennung.")
			.containsEntry("counsellor", "Test " + this.counsellor.username())
			.containsEntry("interpreterHint", false)
			.containsEntry("followUpTaskId", null);
		assertThat((String) created.get("languageName")).startsWith("Arabisch");
		// 09:30 in Berlin, whatever the offset of that day
		assertThat((String) created.get("happenedAt")).startsWith(earlier + "T09:30").matches(".*\\+0[12]:00");
		HttpResponse<String> second = post(caseId, """
				{"date": "%s", "time": "14:00", "durationMinutes": 20, "channel": "PHONE"}"""
			.formatted(today().minusDays(1)));
		assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
		// no language sent: the client's first one
		assertThat(json(second)).containsEntry("language", "ar").containsEntry("summary", null);

		Map<String, Object> list = json(this.api.get("/api/v1/counselling/cases/" + caseId + "/contacts"));
		assertThat(list).containsEntry("totalItems", 2).containsEntry("page", 0).containsKey("totalPages");
		List<Map<String, Object>> items = items(list);
		assertThat(items).extracting((item) -> item.get("channel")).containsExactly("PHONE", "IN_PERSON");

		String id = (String) created.get("id");
		HttpResponse<String> changed = this.api.send("PUT", "/api/v1/counselling/cases/" + caseId + "/contacts/" + id,
				"application/json", """
						{"date": "%s", "time": "10:00", "durationMinutes": 60, "channel": "VIDEO", "language": "de",
						 "interpreter": "NONE", "summary": "Erstgespräch zur Anerkennung, per Video."}"""
					.formatted(earlier));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("channel", "VIDEO")
			.containsEntry("durationMinutes", 60)
			.containsEntry("summary", "Erstgespräch zur Anerkennung, per Video.");
		assertThat(json(changed).get("updatedAt")).isNotNull();

		// one audit entry per read of the case's contacts, with the purpose; none names
		// the
		// person or the text
		assertThat(this.cases.reasons("counselling.case.contacts.read", caseId, this.counsellor.id()))
			.containsExactly("contacts");
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND (details ILIKE '%Anerkennung%' "
					+ "OR reason ILIKE '%Anerkennung%')")
			.param(this.counsellor.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aClientWhoSpeaksNoGermanGetsTheInterpreterHint() {
		UUID caseId = newCase("[\"fa\", \"prs\"]");
		String day = today().minusDays(2).toString();
		HttpResponse<String> without = post(caseId, """
				{"date": "%s", "time": "11:00", "durationMinutes": 30, "channel": "IN_PERSON"}""".formatted(day));
		assertThat(without.statusCode()).as(without.body()).isEqualTo(201);
		assertThat(json(without)).containsEntry("language", "fa").containsEntry("interpreterHint", true);
		HttpResponse<String> with = post(caseId, """
				{"date": "%s", "time": "12:00", "durationMinutes": 30, "channel": "IN_PERSON",
				 "interpreter": "VOLUNTEER"}""".formatted(day));
		assertThat(json(with)).containsEntry("interpreterHint", false);

		UUID german = newCase("[\"tr\", \"de\"]");
		assertThat(json(post(german, """
				{"date": "%s", "time": "11:00", "durationMinutes": 30, "channel": "PHONE"}""".formatted(day))))
			.containsEntry("interpreterHint", false);
		// languages not known: no hint
		UUID unknown = newCase("[]");
		assertThat(json(post(unknown, """
				{"date": "%s", "time": "11:00", "durationMinutes": 30, "channel": "PHONE"}""".formatted(day))))
			.containsEntry("interpreterHint", false)
			.containsEntry("language", null);
	}

	@Test
	void badBodiesNameEveryFieldStoreNothingAndNeverFail() {
		UUID caseId = newCase("[\"ar\"]");
		HttpResponse<String> wrong = post(caseId, """
				{"date": "%s", "time": "25:99", "durationMinutes": 0, "channel": "TELEPATHY", "language": "xx",
				 "interpreter": "ROBOT", "followUpOn": "%s"}""".formatted(today().plusDays(1), today().minusDays(1)));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		for (String field : List.of("date", "time", "durationMinutes", "channel", "language", "interpreter")) {
			assertThat(wrong.body()).contains("\"field\":\"" + field + "\"");
		}
		HttpResponse<String> empty = this.fixtures.api(this.counsellor)
			.language("en")
			.send("POST", "/api/v1/counselling/cases/" + caseId + "/contacts", "application/json", "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("\"field\":\"date\"").contains("\"field\":\"channel\"").contains("Please");
		HttpResponse<String> beforeOpened = post(caseId, """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE"}"""
			.formatted(today().minusDays(40)));
		assertThat(beforeOpened.statusCode()).isEqualTo(422);
		assertThat(beforeOpened.body()).contains("vor der Eröffnung");
		String huge = "x".repeat(100_000);
		for (String hostile : List.of(
				"""
						{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE", "summary": "a\\u0000b"}"""
					.formatted(today()),
				"""
						{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE", "summary": "%s"}"""
					.formatted(today(), huge),
				"{\"date\": [1, 2]}", "[]", "{\"durationMinutes\": \"viele\"}")) {
			HttpResponse<String> response = post(caseId, hostile);
			assertThat(response.statusCode()).as(hostile.substring(0, Math.min(80, hostile.length())))
				.isBetween(400, 499);
		}
		assertThat(this.cases.count("counselling_contact", caseId)).isZero();
		assertThat(this.cases.count("counselling_task", caseId)).isZero();
	}

	@Test
	void aFollowUpIsStoredWithItsContactOrNotAtAll() {
		UUID caseId = newCase("[\"uk\"]");
		String day = today().minusDays(1).toString();
		HttpResponse<String> past = post(caseId, """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE",
				 "followUpOn": "%s", "followUpTitle": "Bescheid nachfragen"}""".formatted(day, today().minusDays(2)));
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("\"field\":\"followUpOn\"");
		HttpResponse<String> titleOnly = post(caseId, """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE",
				 "followUpTitle": "Bescheid nachfragen"}""".formatted(day));
		assertThat(titleOnly.statusCode()).isEqualTo(422);
		assertThat(this.cases.count("counselling_contact", caseId)).isZero();
		assertThat(this.cases.count("counselling_task", caseId)).isZero();

		HttpResponse<String> stored = post(caseId, """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE",
				 "followUpOn": "%s", "followUpTitle": "Bescheid nachfragen"}""".formatted(day, today().plusDays(3)));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
		Map<String, Object> contact = json(stored);
		assertThat(contact.get("followUpTaskId")).isNotNull();
		List<Map<String, Object>> tasks = items(json(this.api.get("/api/v1/counselling/cases/" + caseId + "/tasks")));
		assertThat(tasks).singleElement()
			.satisfies((task) -> assertThat(task).containsEntry("id", contact.get("followUpTaskId"))
				.containsEntry("contactId", contact.get("id"))
				.containsEntry("title", "Bescheid nachfragen")
				.containsEntry("dueOn", today().plusDays(3).toString())
				.containsEntry("assigneeId", this.counsellor.id().toString())
				.containsEntry("done", false));
		// without a title: „Wiedervorlage“
		HttpResponse<String> untitled = post(caseId, """
				{"date": "%s", "time": "11:00", "durationMinutes": 30, "channel": "PHONE", "followUpOn": "%s"}"""
			.formatted(day, today()));
		assertThat(untitled.statusCode()).isEqualTo(201);
		assertThat(json(this.api.get("/api/v1/counselling/tasks?due=today")).toString()).contains("Wiedervorlage");
		assertThat(this.cases.count("counselling_task", caseId)).isEqualTo(2);

		// a follow-up is set with a new contact, not by changing one
		HttpResponse<String> onEdit = this.api.send("PUT",
				"/api/v1/counselling/cases/" + caseId + "/contacts/" + contact.get("id"), "application/json", """
						{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE",
						 "followUpOn": "%s"}""".formatted(day, today().plusDays(5)));
		assertThat(onEdit.statusCode()).isEqualTo(422);
		assertThat(onEdit.body()).contains("\"field\":\"followUpOn\"");
		assertThat(this.cases.count("counselling_task", caseId)).isEqualTo(2);
	}

	@Test
	void aClosedCaseTakesNoContactsAndOnlyTheAuthorChangesOne() {
		UUID caseId = newCase("[\"ar\"]");
		String contact = (String) json(post(caseId, """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE"}"""
			.formatted(today().minusDays(1)))).get("id");
		UUID client = this.fixtures.jdbc()
			.sql("SELECT client_id FROM counselling_case WHERE id = ?")
			.param(caseId)
			.query(UUID.class)
			.single();
		TestUser deputy = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.cases.deputy(client, deputy.id());
		Http deputyApi = this.fixtures.api(deputy);
		String change = """
				{"date": "%s", "time": "10:00", "durationMinutes": 35, "channel": "PHONE"}"""
			.formatted(today().minusDays(1));
		assertThat(deputyApi.get("/api/v1/counselling/cases/" + caseId + "/contacts").statusCode()).isEqualTo(200);
		assertThat(deputyApi
			.send("PUT", "/api/v1/counselling/cases/" + caseId + "/contacts/" + contact, "application/json", change)
			.statusCode()).isEqualTo(403);
		assertThat(this.api
			.send("PUT", "/api/v1/counselling/cases/" + caseId + "/contacts/" + UUID.randomUUID(), "application/json",
					change)
			.statusCode()).isEqualTo(404);

		this.cases.close(caseId);
		HttpResponse<String> closed = post(caseId, change);
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(closed.body()).contains("Der Fall ist abgeschlossen");
		assertThat(this.api
			.send("PUT", "/api/v1/counselling/cases/" + caseId + "/contacts/" + contact, "application/json", change)
			.statusCode()).isEqualTo(409);
		assertThat(this.cases.count("counselling_contact", caseId)).isEqualTo(1);
		// still readable
		assertThat(this.api.get("/api/v1/counselling/cases/" + caseId + "/contacts").statusCode()).isEqualTo(200);
	}

	@Test
	void onlyWhoReadsTheClientReachesItsCase() {
		UUID caseId = newCase("[\"ar\"]");
		String contact = (String) json(post(caseId, """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "PHONE"}"""
			.formatted(today().minusDays(1)))).get("id");
		String base = "/api/v1/counselling/cases/" + caseId;
		String contactBody = "{\"date\": \"" + today() + "\", \"time\": \"10:00\", \"durationMinutes\": 5, "
				+ "\"channel\": \"PHONE\"}";
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser stranger = this.fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR);
		TestUser admin = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.ADMIN);
		Map<TestUser, Integer> expected = Map.of(colleague, 403, stranger, 404, admin, 403);
		expected.forEach((user, status) -> {
			Http other = this.fixtures.api(user);
			List<HttpResponse<String>> answers = List.of(other.get(base + "/contacts"),
					other.send("POST", base + "/contacts", "application/json", contactBody),
					other.send("PUT", base + "/contacts/" + contact, "application/json", contactBody),
					other.get(base + "/notes"),
					other.send("POST", base + "/notes", "application/json", "{\"text\": \"x\"}"),
					other.get(base + "/tasks"), other.send("POST", base + "/tasks", "application/json",
							"{\"title\": \"x\", \"dueOn\": \"" + today() + "\"}"));
			for (HttpResponse<String> answer : answers) {
				assertThat(answer.statusCode()).as(user.username() + " " + answer.uri()).isEqualTo(status);
			}
			Http pages = this.fixtures.session(user);
			for (String page : List.of("/contacts", "/notes", "/tasks")) {
				assertThat(pages.get("/counselling/cases/" + caseId + page).statusCode()).as(page).isEqualTo(status);
			}
		});
		assertThat(this.api.get("/api/v1/counselling/cases/" + UUID.randomUUID() + "/contacts").statusCode())
			.isEqualTo(404);
		assertThat(this.cases.count("counselling_contact", caseId)).isEqualTo(1);
		assertThat(this.cases.reasons("counselling.case.contacts.read", caseId, colleague.id())).isEmpty();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

}
