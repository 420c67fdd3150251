package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
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
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of a case's contacts, notes and tasks as a counsellor uses them: the forms
 * (every wrong field named, 400, nothing stored), the interpreter hint for a client who
 * speaks no German, the contact with a follow-up, changing one's own contact, a
 * correction of a note, a task marked done, and a closed case.
 */
@IntegrationTest
class CaseworkPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	ContactFixtures cases;

	TestUser counsellor;

	Http pages;

	String last;

	UUID caseId;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.cases = new ContactFixtures(this.fixtures.jdbc());
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.pages = this.fixtures.session(this.counsellor);
		this.last = uniqueName("Seite");
		UUID client = create(this.fixtures.api(this.counsellor), """
				{"firstName": "Parwana", "lastName": "%s", "birthYear": 1995, "languages": ["prs", "fa"],
				 "confirmDuplicate": true}""".formatted(this.last));
		this.caseId = this.cases.openCase(client, this.counsellor.id());
	}

	@Test
	void aContactIsEnteredWithAFollowUpAndChanged() {
		String path = "/counselling/cases/" + this.caseId + "/contacts";
		String page = this.pages.get(path).body();
		assertThat(page).contains("Kontakte: Parwana " + this.last)
			.contains("Noch keine Kontakte erfasst.")
			.contains("Dolmetschen nötig?")
			.contains("Sprachen der Person: Dari")
			// the client's first language is chosen, by name
			.containsPattern("<option value=\"prs\" selected=\"selected\">Dari");

		HttpResponse<String> wrong = AccessFixtures.post(this.pages, path, path, "date", today().plusDays(2).toString(),
				"time", "10:00", "durationMinutes", "0", "channel", "PHONE", "language", "prs", "interpreter", "NONE",
				"summary", "", "followUpOn", "", "followUpTitle", "");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Das Datum darf nicht in der Zukunft liegen.")
			.contains("Bitte eine Zahl von 1 bis 1440 angeben.")
			.contains("Dolmetschen nötig?");
		// with an interpreter the hint goes away
		HttpResponse<String> withInterpreter = AccessFixtures.post(this.pages, path, path, "date",
				today().plusDays(2).toString(), "time", "10:00", "durationMinutes", "30", "channel", "PHONE",
				"language", "prs", "interpreter", "PROFESSIONAL", "summary", "", "followUpOn", "", "followUpTitle", "");
		assertThat(withInterpreter.statusCode()).isEqualTo(400);
		assertThat(withInterpreter.body()).doesNotContain("Dolmetschen nötig?");
		assertThat(this.cases.count("counselling_contact", this.caseId)).isZero();

		HttpResponse<String> saved = AccessFixtures.post(this.pages, path, path, "date",
				today().minusDays(1).toString(), "time", "09:15", "durationMinutes", "50", "channel", "OUTREACH",
				"language", "prs", "interpreter", "VOLUNTEER", "summary", "Hausbesuch nach dem Umzug.", "followUpOn",
				today().plusDays(5).toString(), "followUpTitle", "Möbelbedarf nachfragen");
		assertThat(saved.statusCode()).isEqualTo(302);
		page = this.pages.get(path).body();
		assertThat(page).contains("Der Kontakt und die Wiedervorlage wurden gespeichert.")
			.contains("1 Kontakt")
			.contains("aufsuchend")
			.contains("50 Minuten")
			.contains("ehrenamtliche Dolmetschung")
			.contains("Hausbesuch nach dem Umzug.")
			.contains("Dari");
		assertThat(this.pages.get("/counselling/cases/" + this.caseId + "/tasks").body())
			.contains("Möbelbedarf nachfragen")
			.contains("Test " + this.counsellor.username());

		UUID contact = this.fixtures.jdbc()
			.sql("SELECT id FROM counselling_contact WHERE case_id = ?")
			.param(this.caseId)
			.query(UUID.class)
			.single();
		String edit = path + "/" + contact + "/edit";
		assertThat(page).contains(edit);
		String form = this.pages.get(edit).body();
		assertThat(form).contains("Hausbesuch nach dem Umzug.").contains("value=\"09:15\"");
		HttpResponse<String> changed = AccessFixtures.post(this.pages, edit, path + "/" + contact, "date",
				today().minusDays(1).toString(), "time", "09:15", "durationMinutes", "70", "channel", "OUTREACH",
				"language", "prs", "interpreter", "VOLUNTEER", "summary", "Hausbesuch nach dem Umzug, mit Nachbarin.");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(this.pages.get(path).body()).contains("70 Minuten").contains("mit Nachbarin").contains("geändert");

		// another counsellor who reads the client sees the contact but cannot change it
		TestUser deputy = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.cases.deputy(this.fixtures.jdbc()
			.sql("SELECT client_id FROM counselling_case WHERE id = ?")
			.param(this.caseId)
			.query(UUID.class)
			.single(), deputy.id());
		Http deputyPages = this.fixtures.session(deputy);
		assertThat(deputyPages.get(path).body()).contains("mit Nachbarin").doesNotContain(edit);
		assertThat(deputyPages.get(edit).statusCode()).isEqualTo(403);
	}

	@Test
	void aNoteIsCorrectedByANewNote() {
		String path = "/counselling/cases/" + this.caseId + "/notes";
		assertThat(this.pages.get(path).body()).contains("Noch keine Notizen.")
			.contains("weder geändert noch gelöscht");
		assertThat(AccessFixtures.post(this.pages, path, path, "text", "", "corrects", "").statusCode()).isEqualTo(400);
		assertThat(
				AccessFixtures.post(this.pages, path, path, "text", "Termin am Montag.", "corrects", "").statusCode())
			.isEqualTo(302);
		UUID note = this.fixtures.jdbc()
			.sql("SELECT id FROM counselling_case_note WHERE case_id = ?")
			.param(this.caseId)
			.query(UUID.class)
			.single();
		String correct = path + "?corrects=" + note;
		String form = this.pages.get(correct).body();
		assertThat(form).contains("Korrektur der Notiz vom").contains("Termin am Montag.").contains(note.toString());
		assertThat(AccessFixtures
			.post(this.pages, correct, path, "text", "Termin am Dienstag.", "corrects", note.toString())
			.statusCode()).isEqualTo(302);
		String page = this.pages.get(path).body();
		assertThat(page).contains("2 Notizen")
			.contains("Termin am Montag.")
			.contains("Termin am Dienstag.")
			.contains("Korrigiert durch eine Notiz vom");
	}

	@Test
	void aTaskIsSetAndMarkedDoneAndAClosedCaseTakesNoContacts() {
		String path = "/counselling/cases/" + this.caseId + "/tasks";
		String page = this.pages.get(path).body();
		assertThat(page).contains("Noch keine Aufgaben.").contains("Test " + this.counsellor.username());
		HttpResponse<String> wrong = AccessFixtures.post(this.pages, path, path, "title", "", "dueOn",
				today().minusDays(1).toString(), "assigneeId", this.counsellor.id().toString());
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte ausfüllen.").contains("Das Datum darf nicht in der Vergangenheit");
		assertThat(AccessFixtures
			.post(this.pages, path, path, "title", "Zeugnisse übersetzen lassen", "dueOn", today().toString(),
					"assigneeId", this.counsellor.id().toString())
			.statusCode()).isEqualTo(302);
		UUID task = this.fixtures.jdbc()
			.sql("SELECT id FROM counselling_task WHERE case_id = ?")
			.param(this.caseId)
			.query(UUID.class)
			.single();
		assertThat(this.pages.get("/counselling/tasks").body()).contains("Zeugnisse übersetzen lassen")
			.contains("Heute fällig (1)")
			.contains("Parwana " + this.last);
		HttpResponse<String> done = AccessFixtures.post(this.pages, "/counselling/tasks", path + "/" + task + "/done",
				"done", "true", "back", "mine");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.location(done)).endsWith("/counselling/tasks");
		assertThat(this.pages.get("/counselling/tasks").body()).doesNotContain("Zeugnisse übersetzen lassen");
		assertThat(this.pages.get(path).body()).contains("erledigt am").contains("Wieder öffnen");

		this.cases.close(this.caseId);
		String contacts = "/counselling/cases/" + this.caseId + "/contacts";
		String closed = this.pages.get(contacts).body();
		assertThat(closed).contains("Der Fall ist abgeschlossen: Kontakte können nicht mehr erfasst")
			.doesNotContain("Kontakt speichern");
		HttpResponse<String> refused = AccessFixtures.post(this.pages, contacts, contacts, "date", today().toString(),
				"time", "10:00", "durationMinutes", "30", "channel", "PHONE");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Der Fall ist abgeschlossen");
		assertThat(json(this.fixtures.api(this.counsellor).get("/api/v1/counselling/cases/" + this.caseId + "/tasks")))
			.containsEntry("totalItems", 1);
	}

	@Test
	void aLongListHasPages() {
		this.fixtures.jdbc().sql("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, interpreter, created_at)
				SELECT c.tenant_id, gen_random_uuid(), c.id, c.responsible_id, now() - n * interval '1 hour', 30,
				       'PHONE', 'NONE', now()
				FROM counselling_case c, generate_series(1, 51) n WHERE c.id = ?""").param(this.caseId).update();
		String path = "/counselling/cases/" + this.caseId + "/contacts";
		String first = this.pages.get(path).body();
		assertThat(first).contains("51 Kontakte").contains("Seite 1 von 2").contains(path + "?page=1");
		assertThat(this.pages.get(path + "?page=1").body()).contains("Seite 2 von 2").contains(path + "?page=0");
	}

}
