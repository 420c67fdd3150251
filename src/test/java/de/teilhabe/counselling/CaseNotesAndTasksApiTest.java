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

import static de.teilhabe.counselling.CaseContactsApiTest.items;
import static de.teilhabe.counselling.ContactFixtures.today;
import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes (append-only, a correction is a new note) and tasks (assigned to a counsellor who
 * reads the client, done and open again, the counsellor's own by when they are due, the
 * count on the start page) of a case through the API, each read audited.
 */
@IntegrationTest
class CaseNotesAndTasksApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	ContactFixtures cases;

	TestUser counsellor;

	Http api;

	UUID client;

	UUID caseId;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.cases = new ContactFixtures(this.fixtures.jdbc());
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
		this.client = create(this.api, body("Yonas", uniqueName("Notiz"), 1988));
		this.caseId = this.cases.insertCase(this.client, this.counsellor.id(), "CASE_MANAGEMENT", false);
	}

	private String base() {
		return "/api/v1/counselling/cases/" + this.caseId;
	}

	@Test
	void notesAreAppendedAndCorrectedByANewNote() {
		HttpResponse<String> first = this.api.send("POST", base() + "/notes", "application/json",
				"{\"text\": \"Termin beim Jobcenter am Montag.\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		Map<String, Object> note = json(first);
		assertThat(note).containsEntry("text", "Termin beim Jobcenter am Montag.")
			.containsEntry("author", "Test " + this.counsellor.username())
			.containsEntry("corrects", null);
		HttpResponse<String> correction = this.api.send("POST", base() + "/notes", "application/json",
				"{\"text\": \"Termin beim Jobcenter ist am Dienstag.\", \"corrects\": \"" + note.get("id") + "\"}");
		assertThat(correction.statusCode()).as(correction.body()).isEqualTo(201);
		assertThat(json(correction)).containsEntry("corrects", note.get("id"));

		List<Map<String, Object>> notes = items(json(this.api.get(base() + "/notes")));
		assertThat(notes).extracting((item) -> item.get("text"))
			.containsExactly("Termin beim Jobcenter ist am Dienstag.", "Termin beim Jobcenter am Montag.");
		assertThat(notes.get(1).get("correctedAt")).isNotNull();

		// nothing changes or deletes a note
		String id = (String) note.get("id");
		assertThat(this.api.send("PUT", base() + "/notes/" + id, "application/json", "{\"text\": \"anders\"}")
			.statusCode()).isBetween(400, 499);
		assertThat(this.api.send("DELETE", base() + "/notes/" + id, "application/json", "").statusCode()).isBetween(400,
				499);
		// wrong bodies
		HttpResponse<String> empty = this.api.send("POST", base() + "/notes", "application/json", "{\"text\": \" \"}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("\"field\":\"text\"");
		UUID otherCase = this.cases.openCase(this.client, this.counsellor.id());
		String foreign = (String) json(this.api.send("POST", "/api/v1/counselling/cases/" + otherCase + "/notes",
				"application/json", "{\"text\": \"anderer Fall\"}"))
			.get("id");
		HttpResponse<String> wrongCase = this.api.send("POST", base() + "/notes", "application/json",
				"{\"text\": \"Korrektur\", \"corrects\": \"" + foreign + "\"}");
		assertThat(wrongCase.statusCode()).isEqualTo(422);
		assertThat(wrongCase.body()).contains("\"field\":\"corrects\"");
		assertThat(this.cases.count("counselling_case_note", this.caseId)).isEqualTo(2);
		assertThat(this.cases.reasons("counselling.case.notes.read", this.caseId, this.counsellor.id()))
			.containsExactly("notes");

		// a closed case takes notes (corrections stay possible), a short contact none
		this.cases.close(this.caseId);
		assertThat(
				this.api.send("POST", base() + "/notes", "application/json", "{\"text\": \"Nachtrag\"}").statusCode())
			.isEqualTo(201);
		UUID anonymous = this.cases.shortContact(this.counsellor.tenantId(), this.counsellor.id());
		HttpResponse<String> shortContact = this.api.send("POST", "/api/v1/counselling/cases/" + anonymous + "/notes",
				"application/json", "{\"text\": \"Nachtrag\"}");
		assertThat(shortContact.statusCode()).isEqualTo(409);
		assertThat(shortContact.body()).contains("Kurzkontakt");
	}

	@Test
	void tasksAreAssignedToWhoReadsTheClientAndMarkedDone() {
		TestUser deputy = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.cases.deputy(this.client, deputy.id());
		HttpResponse<String> toColleague = this.api.send("POST", base() + "/tasks", "application/json", """
				{"title": "Unterlagen prüfen", "dueOn": "%s", "assigneeId": "%s"}""".formatted(today().plusDays(2),
				colleague.id()));
		assertThat(toColleague.statusCode()).isEqualTo(422);
		assertThat(toColleague.body()).contains("\"field\":\"assigneeId\"");
		HttpResponse<String> wrong = this.api.send("POST", base() + "/tasks", "application/json", """
				{"title": "", "dueOn": "%s", "assigneeId": "kein-mensch"}""".formatted(today().minusDays(1)));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"title\"")
			.contains("\"field\":\"dueOn\"")
			.contains("\"field\":\"assigneeId\"");
		assertThat(this.cases.count("counselling_task", this.caseId)).isZero();

		HttpResponse<String> toDeputy = this.api.send("POST", base() + "/tasks", "application/json", """
				{"title": "Rückruf Kita-Platz", "dueOn": "%s", "assigneeId": "%s"}""".formatted(today().plusDays(2),
				deputy.id()));
		assertThat(toDeputy.statusCode()).as(toDeputy.body()).isEqualTo(201);
		Map<String, Object> task = json(toDeputy);
		assertThat(task).containsEntry("assignee", "Test " + deputy.username())
			.containsEntry("title", "Rückruf Kita-Platz")
			.containsEntry("done", false);
		HttpResponse<String> mine = this.api.send("POST", base() + "/tasks", "application/json", """
				{"title": "Bescheid nachfragen", "dueOn": "%s"}""".formatted(today()));
		assertThat(json(mine)).containsEntry("assigneeId", this.counsellor.id().toString());

		String taskPath = base() + "/tasks/" + task.get("id");
		Http deputyApi = this.fixtures.api(deputy);
		assertThat(deputyApi.send("PUT", taskPath, "application/json", "{}").statusCode()).isEqualTo(422);
		HttpResponse<String> done = deputyApi.send("PUT", taskPath, "application/json", "{\"done\": true}");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(json(done)).containsEntry("done", true).containsEntry("doneBy", "Test " + deputy.username());
		assertThat(items(json(this.api.get(base() + "/tasks")))).extracting((item) -> item.get("done"))
			.containsExactly(false, true);
		HttpResponse<String> reopened = deputyApi.send("PUT", taskPath, "application/json", "{\"done\": false}");
		assertThat(json(reopened)).containsEntry("done", false).containsEntry("doneAt", null);
		assertThat(
				this.fixtures.api(colleague).send("PUT", taskPath, "application/json", "{\"done\": true}").statusCode())
			.isEqualTo(403);
		assertThat(this.api.send("PUT", base() + "/tasks/" + UUID.randomUUID(), "application/json", "{\"done\": true}")
			.statusCode()).isEqualTo(404);

		// a closed case takes no new tasks, but its tasks can still be done
		this.cases.close(this.caseId);
		assertThat(this.api.send("POST", base() + "/tasks", "application/json", """
				{"title": "Noch etwas", "dueOn": "%s"}""".formatted(today())).statusCode()).isEqualTo(409);
		assertThat(deputyApi.send("PUT", taskPath, "application/json", "{\"done\": true}").statusCode()).isEqualTo(200);
		assertThat(this.cases.reasons("counselling.case.tasks.read", this.caseId, this.counsellor.id()))
			.containsExactly("tasks");
	}

	@Test
	void myFollowUpsAreSortedByWhenTheyAreDueAndCountedOnTheStartPage() {
		Map<String, UUID> tasks = new java.util.LinkedHashMap<>();
		for (String title : List.of("überfällig", "heute", "bald", "später")) {
			tasks.put(title, UUID.fromString((String) json(this.api.send("POST", base() + "/tasks", "application/json",
					"{\"title\": \"" + title + "\", \"dueOn\": \"" + today() + "\"}"))
				.get("id")));
		}
		this.cases.due(tasks.get("überfällig"), today().minusDays(3));
		this.cases.due(tasks.get("bald"), today().plusDays(4));
		this.cases.due(tasks.get("später"), today().plusDays(20));
		// a done one and one of another counsellor do not count
		String done = (String) json(this.api.send("POST", base() + "/tasks", "application/json",
				"{\"title\": \"erledigt\", \"dueOn\": \"" + today() + "\"}"))
			.get("id");
		this.api.send("PUT", base() + "/tasks/" + done, "application/json", "{\"done\": true}");

		assertThat(titles("/api/v1/counselling/tasks?due=overdue")).containsExactly("überfällig");
		assertThat(titles("/api/v1/counselling/tasks?due=today")).containsExactly("heute");
		assertThat(titles("/api/v1/counselling/tasks?due=week")).containsExactly("bald");
		assertThat(titles("/api/v1/counselling/tasks")).containsExactly("überfällig", "heute", "bald", "später");
		Map<String, Object> first = items(json(this.api.get("/api/v1/counselling/tasks?due=overdue"))).get(0);
		assertThat(first).containsEntry("overdue", true)
			.containsEntry("clientId", this.client.toString())
			.containsEntry("caseId", this.caseId.toString());
		assertThat((String) first.get("clientName")).startsWith("Yonas Notiz");
		assertThat(this.api.get("/api/v1/counselling/tasks?due=someday").statusCode()).isEqualTo(400);
		assertThat(this.cases.reasons("counselling.case.tasks.read", this.caseId, this.counsellor.id()))
			.containsOnly("my tasks")
			.hasSize(5);

		Http pages = this.fixtures.session(this.counsellor);
		assertThat(pages.get("/").body()).contains("2 Wiedervorlagen fällig").contains("/counselling/tasks");
		String page = pages.get("/counselling/tasks").body();
		assertThat(page).contains("Überfällig (1)")
			.contains("Heute fällig (1)")
			.contains("In den nächsten 7 Tagen (1)")
			.contains("Später (1)")
			.contains("Yonas Notiz")
			.doesNotContain("erledigt</h3>");

		// a counsellor who no longer reads the client does not see its tasks
		TestUser other = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.fixtures.jdbc()
			.sql("UPDATE counselling_task SET assignee_id = ? WHERE id = ?")
			.params(other.id(), tasks.get("später"))
			.update();
		Http otherApi = this.fixtures.api(other);
		assertThat(titles(otherApi, "/api/v1/counselling/tasks")).isEmpty();
		assertThat(this.fixtures.session(other).get("/").body()).contains("Keine Wiedervorlagen fällig");
	}

	private List<Object> titles(String path) {
		return titles(this.api, path);
	}

	private static List<Object> titles(Http api, String path) {
		HttpResponse<String> response = api.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return items(json(response)).stream().map((item) -> item.get("title")).toList();
	}

}
