package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's texts are nowhere at rest in plain: after a case management with a distinctive
 * title and Förderplan goals is opened, changed, handed over and read (API, pages and the
 * case list), every text, JSON and binary column of every table (the cases, the goals,
 * the handovers, the audit log, the event registry …) is searched for each text and none
 * is found; the log lines hold none either. The API still answers the texts.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseEncryptionAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noTitleOrGoalOfACaseIsStoredOrLoggedInPlain(CapturedOutput output) {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser colleague = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Nilofar", uniqueName("Haidari"), 1998));
		String title = "Trauma " + uniqueName("Falltitelgeheim");
		String changedTitle = "Asyl " + uniqueName("Neuertitelgeheim");
		String goal = "Therapie " + uniqueName("Zielgeheim");
		String changedGoal = "Klinik " + uniqueName("Zielneugeheim");
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", """
						{"kind": "CASE_MANAGEMENT", "topics": ["HEALTH"], "title": "%s"}""".formatted(title));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String id = (String) json(opened).get("id");
		String path = "/api/v1/counselling/cases/" + id;
		HttpResponse<String> added = api.send("POST", path + "/goals", "application/json",
				"{\"text\": \"" + goal + "\"}");
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(api
			.send("PUT", path + "/goals/" + json(added).get("id"), "application/json",
					"{\"text\": \"" + changedGoal + "\", \"state\": \"PARTLY_ACHIEVED\"}")
			.statusCode()).isEqualTo(200);
		assertThat(api
			.send("PUT", path, "application/json",
					"{\"topics\": [\"HEALTH\", \"RESIDENCE_LAW\"], \"title\": \"" + changedTitle + "\"}")
			.statusCode()).isEqualTo(200);
		assertThat(api.send("POST", path + "/handover", "application/json", "{\"to\": \"" + colleague.id() + "\"}")
			.statusCode()).isEqualTo(200);
		assertThat(api.get(path).body()).contains(changedTitle).contains(changedGoal);
		assertThat(api.get("/api/v1/counselling/cases?size=100").body()).contains(changedTitle);
		Http session = fixtures.session(counsellor);
		assertThat(session.get("/counselling/cases/" + id).body()).contains(changedTitle).contains(changedGoal);
		assertThat(session.get("/counselling/clients/" + client).body()).contains(changedTitle);

		List<String> secrets = List.of(title.substring("Trauma ".length()), changedTitle.substring("Asyl ".length()),
				goal.substring("Therapie ".length()), changedGoal.substring("Klinik ".length()));
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), secrets)).isEmpty();
		for (String secret : secrets) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
		}
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM counselling_case_goal WHERE case_id = ? AND text_sealed IS NOT NULL")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
