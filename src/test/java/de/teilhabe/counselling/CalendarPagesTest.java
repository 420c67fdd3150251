package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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

import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar pages as a counsellor uses them: picking the client by name, the form with
 * interpreting already noted from the client's languages, its errors, the week with today
 * marked and the appointment in it, marking it as held, and the start page with today's
 * appointments (times and names) and tomorrow's count.
 */
@IntegrationTest
class CalendarPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http pages;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.pages = this.fixtures.session(this.counsellor);
	}

	@Test
	void aCounsellorMakesAnAppointmentSeesItInTheWeekAndOnTheStartPage() {
		assertThat(this.pages.get("/").body()).contains("Heute: keine Termine").doesNotContain("Morgen:");
		String last = uniqueName("Nazari");
		UUID client = create(this.fixtures.api(this.counsellor), """
				{"firstName": "Parwana", "lastName": "%s", "languages": ["fa", "en"], "confirmDuplicate": true}"""
			.formatted(last));

		String pick = this.pages.get("/counselling/appointments/new?q=" + last).body();
		assertThat(pick).contains("1 Treffer").contains(last + ", Parwana");
		String form = "/counselling/appointments/new?client=" + client;
		String formPage = this.pages.get(form).body();
		assertThat(formPage).contains("Termin mit Parwana " + last)
			.contains("Sprachen der Person: Persisch (Farsi) – فارسی, Englisch – English")
			.containsPattern("<option value=\"NEEDED\" selected=\"selected\">")
			.containsPattern("<option value=\"fa\" selected=\"selected\">");

		LocalDate today = BerlinTime.today();
		HttpResponse<String> wrong = AccessFixtures.post(this.pages, form, "/counselling/appointments", "clientId",
				client.toString(), "date", today.toString(), "startTime", "10:00", "endTime", "09:00", "place",
				"OFFICE", "interpreter", "NEEDED", "interpreterLanguage", "fa");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Ende: Das Ende muss nach dem Beginn liegen.");

		HttpResponse<String> created = AccessFixtures.post(this.pages, form, "/counselling/appointments", "clientId",
				client.toString(), "date", today.toString(), "startTime", "00:00", "endTime", "00:30", "place", "PHONE",
				"interpreter", "NEEDED", "interpreterLanguage", "fa", "note", "Rückruf");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.location(created)).contains("/counselling/calendar?week=" + today);
		AccessFixtures.post(this.pages, form, "/counselling/appointments", "clientId", client.toString(), "date",
				today.plusDays(1).toString(), "startTime", "11:00", "endTime", "12:00", "place", "OFFICE",
				"interpreter", "NONE");

		String week = this.pages.get("/counselling/calendar").body();
		assertThat(week).contains("Parwana " + last)
			.contains("Dolmetschen für Persisch (Farsi) – noch nicht gebucht")
			.contains("aria-current=\"date\"")
			.contains("heute")
			.contains("Vorige Woche")
			.contains("Nächste Woche");
		String start = this.pages.get("/").body();
		assertThat(start).contains("Heute: 1 Termin – 00:00 Parwana " + last).contains("Morgen: 1 Termin");

		UUID id = this.fixtures.jdbc()
			.sql("SELECT id FROM counselling_appointment WHERE counsellor_id = ? ORDER BY starts_at LIMIT 1")
			.param(this.counsellor.id())
			.query(UUID.class)
			.single();
		assertThat(this.pages.get("/counselling/appointments/" + id).body()).contains("Rückruf");
		HttpResponse<String> held = AccessFixtures.post(this.pages, "/counselling/calendar",
				"/counselling/appointments/" + id + "/status", "status", "HELD");
		assertThat(held.statusCode()).isEqualTo(302);
		assertThat(this.pages.get("/counselling/calendar").body()).contains("stattgefunden");
		assertThat(this.pages.get("/").body()).contains("Heute: keine Termine");
		HttpResponse<String> nonsense = AccessFixtures.post(this.pages, "/counselling/calendar",
				"/counselling/appointments/" + id + "/status", "status", "PLANNED");
		assertThat(nonsense.statusCode()).isEqualTo(400);
		assertThat(this.pages.get("/counselling/calendar?week=gestern").statusCode()).isEqualTo(400);
	}

}
