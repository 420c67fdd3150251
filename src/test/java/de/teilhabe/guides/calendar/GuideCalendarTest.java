package de.teilhabe.guides.calendar;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.security.Secrets;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guide's calendar feed through the real HTTP layer: the guide makes a secret address
 * on its page (shown once, only a hash stored), the feed answers without login with each
 * appointment (topic, Gemeinde, place, time in Europe/Berlin) but no contact reference,
 * brief or name; a new address replaces the old one, a revoked or unknown one answers
 * 404; too many fetches from one address answer 429.
 */
@IntegrationTest
class GuideCalendarTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalendarController controller;

	GuidesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.controller.reset();
	}

	@AfterEach
	void tearDown() {
		this.controller.reset();
	}

	@Test
	void theFeedListsTheAppointmentsWithoutPersonalDataUntilItIsRevoked() {
		Http coordinator = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		String name = "Kalender " + UUID.randomUUID();
		UUID guide = GuidesFixtures.activeGuide(coordinator, name, QUAKENBRUECK, "tw");
		String contact = "KAL-" + UUID.randomUUID();
		LocalDate day = thursday(13);
		UUID request = GuidesFixtures.request(coordinator, day, "tw", contact);
		assertThat(coordinator
			.send("POST", "/api/v1/guide-requests/" + request + "/assignments", "application/json",
					"{\"guideId\": \"" + guide + "\"}")
			.statusCode()).isEqualTo(201);

		Http own = this.fixtures.guideSession(LANDKREIS, guide);
		assertThat(own.get("/guides/me").body()).contains("href=\"/guides/me/calendar\"");
		assertThat(own.get("/guides/me/calendar").body()).contains("Sie haben keine Kalenderadresse.");
		String token = renew(own);
		assertThat(this.jdbc.sql("SELECT token_hash FROM guide_calendar_feed WHERE guide_id = ?")
			.param(guide)
			.query(String.class)
			.single()).isEqualTo(Secrets.sha256(token)).doesNotContain(token);
		// the address is shown once
		assertThat(own.get("/guides/me/calendar").body()).doesNotContain(token).contains("gilt seit");

		Http anonymous = new Http(this.port);
		HttpResponse<String> feed = anonymous.get("/ical/guides/" + token);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		String ics = feed.body().replace("\r\n ", "");
		assertThat(ics).contains("BEGIN:VCALENDAR")
			.contains("TZID:Europe/Berlin")
			.contains("SUMMARY:Begleitung: Begleitung zu Behörden und Verbänden")
			.contains("DTSTART;TZID=Europe/Berlin:" + day.toString().replace("-", "") + "T090000")
			.contains("DTEND;TZID=Europe/Berlin:" + day.toString().replace("-", "") + "T110000")
			.contains("LOCATION:Rathaus\\, Stadt Quakenbrück")
			.contains("Stand: beauftragt")
			.doesNotContain(contact)
			.doesNotContain("Termin beim Amt")
			.doesNotContain(name);

		// a new address replaces the old one; revoked, the feed is gone
		String renewed = renew(own);
		assertThat(anonymous.get("/ical/guides/" + token).statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/ical/guides/" + renewed).statusCode()).isEqualTo(200);
		HttpResponse<String> revoked = AccessFixtures.post(own, "/guides/me/calendar", "/guides/me/calendar/revoke");
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(own.get("/guides/me/calendar").body()).contains("Die Kalenderadresse ist gesperrt.")
			.contains("Sie haben keine Kalenderadresse.");
		assertThat(anonymous.get("/ical/guides/" + renewed).statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/ical/guides/unknown").statusCode()).isEqualTo(404);
		// the office has no calendar page of its own
		assertThat(this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR).get("/guides/me/calendar").statusCode())
			.isEqualTo(403);
	}

	@Test
	void tooManyFetchesFromOneAddressAreRefused() {
		Http anonymous = new Http(this.port);
		int status = 0;
		for (int i = 0; i < 40 && status != 429; i++) {
			status = anonymous.get("/ical/guides/unknown-" + i).statusCode();
			assertThat(status).isIn(404, 429);
		}
		assertThat(status).isEqualTo(429);
	}

	private static String renew(Http own) {
		HttpResponse<String> made = AccessFixtures.post(own, "/guides/me/calendar", "/guides/me/calendar");
		assertThat(made.statusCode()).isEqualTo(302);
		String page = own.get("/guides/me/calendar").body();
		Matcher address = Pattern.compile("/ical/guides/([A-Za-z0-9_-]{43})\"").matcher(page);
		assertThat(address.find()).as(page).isTrue();
		return address.group(1);
	}

}
