package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
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
 * Changing a task's title, due day and assignee after it was set, on the page and through
 * the API: all or nothing with every wrong field named; an overdue task keeps its day
 * when only the title changes; a done task or one of a closed case is not changed (409);
 * another case's task 404; the change audited.
 */
@IntegrationTest
class CaseTaskChangeTest {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aTaskIsChangedAllOrNothingUntilItIsDone() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		ContactFixtures cases = new ContactFixtures(fixtures.jdbc());
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser deputy = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Hawa", uniqueName("Aufgabe"), 1979));
		UUID caseId = cases.insertCase(client, counsellor.id(), "COUNSELLING", false);
		cases.deputy(client, deputy.id());
		String base = "/api/v1/counselling/cases/" + caseId + "/tasks";
		HttpResponse<String> created = api.send("POST", base, JSON,
				"{\"title\": \"Antrag Kinderzuschlag\", \"dueOn\": \"%s\"}".formatted(today().plusDays(3)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		UUID task = UUID.fromString((String) json(created).get("id"));
		String path = base + "/" + task;

		// wrong values: every field named, nothing changed
		HttpResponse<String> wrong = api.send("PUT", path, JSON,
				"{\"title\": \"\", \"dueOn\": \"%s\", \"assigneeId\": \"%s\"}".formatted(today().minusDays(2),
						UUID.randomUUID()));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"title\"")
			.contains("\"field\":\"dueOn\"")
			.contains("\"field\":\"assigneeId\"");
		assertThat(json(api.get(base)).toString()).contains("Antrag Kinderzuschlag");

		// changed: title, day and the deputy as assignee
		HttpResponse<String> changed = api.send("PUT", path, JSON,
				"{\"title\": \"Antrag Kinderzuschlag mit Belegen\", \"dueOn\": \"%s\", \"assigneeId\": \"%s\"}"
					.formatted(today().plusDays(7), deputy.id()));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("title", "Antrag Kinderzuschlag mit Belegen")
			.containsEntry("dueOn", today().plusDays(7).toString())
			.containsEntry("assigneeId", deputy.id().toString())
			.containsEntry("done", false);
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.task.changed' AND record_id = ?")
			.param(task.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(fixtures.jdbc()
			.sql("SELECT position('Belegen' in encode(title_sealed, 'escape')) FROM counselling_task WHERE id = ?")
			.param(task)
			.query(Integer.class)
			.single()).isZero();

		// overdue: the title alone changes, the day stays
		cases.due(task, today().minusDays(4));
		HttpResponse<String> overdue = api.send("PUT", path, JSON,
				"{\"title\": \"Kinderzuschlag\", \"dueOn\": \"%s\"}".formatted(today().minusDays(4)));
		assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
		assertThat(json(overdue)).containsEntry("assigneeId", deputy.id().toString())
			.containsEntry("dueOn", today().minusDays(4).toString());

		// the page: the form with the stored values, errors named, then saved
		Http pages = fixtures.session(counsellor);
		String page = "/counselling/cases/" + caseId + "/tasks";
		assertThat(pages.get(page).body()).contains(page + "/" + task + "/edit");
		HttpResponse<String> form = pages.get(page + "/" + task + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"Kinderzuschlag\"");
		HttpResponse<String> pageWrong = AccessFixtures.post(pages, page + "/" + task + "/edit", page + "/" + task,
				"title", "", "dueOn", today().plusDays(1).toString(), "assigneeId", counsellor.id().toString());
		assertThat(pageWrong.statusCode()).isEqualTo(400);
		assertThat(pageWrong.body()).contains("error-summary");
		HttpResponse<String> pageSaved = AccessFixtures.post(pages, page + "/" + task + "/edit", page + "/" + task,
				"title", "Kinderzuschlag beantragen", "dueOn", today().plusDays(1).toString(), "assigneeId",
				counsellor.id().toString());
		assertThat(pageSaved.statusCode()).isEqualTo(302);
		assertThat(pages.get(page).body()).contains("Kinderzuschlag beantragen").contains("Die Aufgabe ist geändert.");

		// done: no longer changed; another case's task: 404; a closed case: 409
		api.send("PUT", path, JSON, "{\"done\": true}");
		assertThat(
				api.send("PUT", path, JSON, "{\"title\": \"Neu\", \"dueOn\": \"%s\"}".formatted(today())).statusCode())
			.isEqualTo(409);
		UUID other = cases.insertCase(client, counsellor.id(), "COUNSELLING", false);
		assertThat(api
			.send("PUT", "/api/v1/counselling/cases/" + other + "/tasks/" + task, JSON,
					"{\"title\": \"Neu\", \"dueOn\": \"%s\"}".formatted(today()))
			.statusCode()).isEqualTo(404);
		HttpResponse<String> open = api.send("POST", base, JSON,
				"{\"title\": \"Offen\", \"dueOn\": \"%s\"}".formatted(today()));
		String openPath = base + "/" + json(open).get("id");
		cases.close(caseId);
		assertThat(api.send("PUT", openPath, JSON, "{\"title\": \"Neu\", \"dueOn\": \"%s\"}".formatted(today()))
			.statusCode()).isEqualTo(409);
		Map<String, Object> unchanged = json(api.get(base));
		assertThat(unchanged.toString()).contains("Offen").doesNotContain("Neu,");
	}

}
