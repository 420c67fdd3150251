package de.teilhabe.counselling.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.shared.jobs.JobLock;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.PlatformAddress;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder of next day's appointments, run with a clock set to the afternoon before a
 * day no other test uses: one mail to the counsellor through the outbox that says how
 * many planned appointments there are (a cancelled one not counted) and links to the
 * calendar, with no name, client number, time, place or note in it; the job run again
 * queues nothing more.
 */
@IntegrationTest
class AppointmentReminderTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReminderSaysHowManyAndNothingAboutTheClients() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String last = uniqueName("Erinnerung");
		UUID client = create(api, """
				{"firstName": "Tesfay", "lastName": "%s", "languages": ["ti"], "confirmDuplicate": true}"""
			.formatted(last));
		String number = fixtures.jdbc()
			.sql("SELECT client_number FROM counselling_client WHERE id = ?")
			.param(client)
			.query(String.class)
			.single();
		// a day about 20 months ahead that no other test uses
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		LocalDate day = LocalDate.now(berlin).plusMonths(20).withDayOfMonth(17);
		String cancelled = null;
		for (String start : List.of("08:15", "10:45", "13:20", "15:50")) {
			var created = api.send("POST", "/api/v1/counselling/appointments", "application/json", """
					{"clientId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "place": "OUTREACH",
					 "placeDetail": "Weg %s", "note": "Notiz %s"}""".formatted(client, day, start,
					start.replace(":", "").compareTo("1500") > 0 ? "16:30" : "15:00", last, last));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			cancelled = (String) json(created).get("id");
		}
		api.send("POST", "/api/v1/counselling/appointments/" + cancelled + "/cancel", "application/json", "");

		Clock afternoonBefore = Clock.fixed(day.minusDays(1).atTime(16, 0).atZone(berlin).toInstant(), berlin);
		AppointmentReminders reminders = new AppointmentReminders(this.context.getBean(AppointmentStore.class),
				this.context.getBean(JobLock.class), this.context.getBean(MailOutbox.class),
				this.context.getBean(UserDirectory.class), this.context.getBean(MessageSource.class),
				this.context.getBean(Times.class), afternoonBefore, this.jdbc,
				new PlatformAddress(this.context.getBean(Environment.class), "https://teilhabe.example.org/"));
		reminders.remind();
		reminders.remind();

		List<Map<String, Object>> mails = this.jdbc
			.sql("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY created_at")
			.param(counsellor.email())
			.query()
			.listOfRows();
		assertThat(mails).hasSize(1);
		String subject = (String) mails.get(0).get("subject");
		String body = (String) mails.get(0).get("body");
		assertThat(subject).isEqualTo("Ihre Termine morgen");
		assertThat(body).contains("Sie haben morgen 3 Termine, siehe Kalender:")
			.contains("https://teilhabe.example.org/counselling/calendar?week=" + day);
		for (String personal : List.of(last, "Tesfay", number, "08:15", "10:45", "Weg", "Notiz", "Tigrinya",
				"Dolmetsch")) {
			assertThat(subject + body).as("the mail").doesNotContain(personal);
		}
		assertThat(
				this.jdbc.sql("SELECT appointments FROM counselling_appointment_reminder WHERE user_id = ? AND day = ?")
					.params(counsellor.id(), day)
					.query(Integer.class)
					.single())
			.isEqualTo(3);
	}

}
