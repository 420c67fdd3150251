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

import static de.teilhabe.counselling.ContactFixtures.today;
import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of contacts, notes and tasks are nowhere at rest in plain: after a contact
 * summary, a follow-up title, a note and its correction and a task title are written,
 * changed and read (API and pages), no text, JSON, array or binary column of any table
 * (the audit log, the event registry and the outbox included) holds any of them, and no
 * log line does; the API still answers them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseworkEncryptionAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noTextOfAContactNoteOrTaskIsStoredOrLoggedInPlain(CapturedOutput output) {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		ContactFixtures cases = new ContactFixtures(fixtures.jdbc());
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Helen", uniqueName("Verschluesselt"), 1984));
		UUID caseId = cases.openCase(client, counsellor.id());
		String base = "/api/v1/counselling/cases/" + caseId;
		String summary = "Gespraech " + uniqueName("Kontaktgeheimnis");
		String changedSummary = "Gespraech " + uniqueName("Geaendertgeheimnis");
		String followUp = "Wiedervorlage " + uniqueName("Folgegeheimnis");
		String note = "Notiz " + uniqueName("Notizgeheimnis");
		String correction = "Korrektur " + uniqueName("Korrekturgeheimnis");
		String task = "Aufgabe " + uniqueName("Aufgabengeheimnis");

		HttpResponse<String> contact = api.send("POST", base + "/contacts", "application/json", """
				{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "IN_PERSON", "summary": "%s",
				 "followUpOn": "%s", "followUpTitle": "%s"}""".formatted(today(), summary, today(), followUp));
		assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
		String contactId = (String) json(contact).get("id");
		assertThat(api
			.send("PUT", base + "/contacts/" + contactId, "application/json",
					"""
							{"date": "%s", "time": "10:00", "durationMinutes": 30, "channel": "IN_PERSON", "summary": "%s"}"""
						.formatted(today(), changedSummary))
			.statusCode()).isEqualTo(200);
		String noteId = (String) json(
				api.send("POST", base + "/notes", "application/json", "{\"text\": \"" + note + "\"}"))
			.get("id");
		assertThat(api
			.send("POST", base + "/notes", "application/json",
					"{\"text\": \"" + correction + "\", \"corrects\": \"" + noteId + "\"}")
			.statusCode()).isEqualTo(201);
		assertThat(api
			.send("POST", base + "/tasks", "application/json",
					"{\"title\": \"" + task + "\", \"dueOn\": \"" + today() + "\"}")
			.statusCode()).isEqualTo(201);

		assertThat(api.get(base + "/contacts").body()).contains(changedSummary);
		assertThat(api.get(base + "/notes").body()).contains(note).contains(correction);
		assertThat(api.get(base + "/tasks").body()).contains(task).contains(followUp);
		assertThat(api.get("/api/v1/counselling/tasks?due=today").body()).contains(task);
		Http pages = fixtures.session(counsellor);
		assertThat(pages.get("/counselling/cases/" + caseId + "/contacts").body()).contains(changedSummary);
		assertThat(pages.get("/counselling/cases/" + caseId + "/notes").body()).contains(correction);
		assertThat(pages.get("/counselling/cases/" + caseId + "/tasks").body()).contains(followUp);
		assertThat(pages.get("/counselling/tasks").body()).contains(task);

		List<String> secrets = List.of(summary, changedSummary, followUp, note, correction, task);
		List<String> words = secrets.stream().map((secret) -> secret.substring(secret.indexOf(' ') + 1)).toList();
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), words)).isEmpty();
		for (String word : words) {
			assertThat(output.getAll()).as("the log").doesNotContain(word);
		}
		// the reads are audited, without the texts (searched above in the audit log too)
		assertThat(cases.reasons("counselling.case.contacts.read", caseId, counsellor.id())).containsOnly("contacts");
		assertThat(cases.reasons("counselling.case.notes.read", caseId, counsellor.id())).containsOnly("notes");
		assertThat(cases.reasons("counselling.case.tasks.read", caseId, counsellor.id())).contains("tasks", "my tasks");
	}

}
