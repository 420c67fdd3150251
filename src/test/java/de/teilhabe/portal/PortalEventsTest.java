package de.teilhabe.portal;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.Committees;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.network.PublicEvent;
import de.teilhabe.network.event.EventForm;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's events with the demo data of the Landkreis: the list in German, English
 * and Arabic ({@code lang}, {@code dir}, German texts marked {@code lang="de"}), the
 * filters, a weekly event across the change to summer time, the Beirat's public meetings
 * (never a meeting of a committee of the network), an event's page with its .ics, the
 * combined feed and one category's parsed with ical4j (VTIMEZONE, RRULE, stable UIDs,
 * ETag 304), no cookie, another tenant's event 404.
 */
@IntegrationTest
class PortalEventsTest {

	/** Quakenbrück, where the demo's Willkommensfest takes place. */
	private static final String QUAKENBRUECK = "03459030";

	private static final String BASE = "/p/landkreis-osnabrueck/";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	EventStore events;

	@Autowired
	Committees committees;

	@Autowired
	JdbcClient jdbc;

	private UUID landkreis() {
		return this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	@Test
	void theListInGermanEnglishAndArabic() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> german = anonymous.get(BASE + "de/veranstaltungen");
		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.headers().allValues("Set-Cookie")).as("no cookie for the anonymous visitor").isEmpty();
		assertThat(german.headers().firstValue("ETag")).isPresent();
		assertThat(german.body()).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"")
			.contains("<h1 class=\"kern-heading\">Veranstaltungen</h1>", "<form method=\"get\"", "name=\"kategorie\"",
					"name=\"gemeinde\"", "name=\"monat\"", "href=\"/p/landkreis-osnabrueck/veranstaltungen.ics\"")
			// a weekly event shows each of its dates: more than one page of 20
			.contains("Seite 1 von", "?seite=2");
		assertThat(anonymous.get(BASE + "de/veranstaltungen?seite=2").body()).contains("Seite 2 von");
		// the demo's events by Gemeinde: other tests add events of the coming days, which
		// can fill the first page of 20 of the whole list
		assertThat(anonymous.get(BASE + "de/veranstaltungen?gemeinde=" + QUAKENBRUECK).body())
			.contains("Willkommensfest für Neuzugewanderte", "Marktplatz Quakenbrück");
		assertThat(anonymous.get(BASE + "de/veranstaltungen?gemeinde=03459014").body())
			.contains("Sprachcafé in der Stadtbibliothek Bramsche");

		HttpResponse<String> english = anonymous.get(BASE + "en/veranstaltungen?gemeinde=" + QUAKENBRUECK);
		assertThat(english.body()).containsPattern("<html lang=\"en\"\\s+dir=\"ltr\"")
			.contains("<h1 class=\"kern-heading\">Events</h1>", "Kind of event")
			.containsPattern("lang=\"de\">Willkommensfest für Neuzugewanderte<");

		HttpResponse<String> arabic = anonymous.get(BASE + "ar/veranstaltungen?gemeinde=" + QUAKENBRUECK);
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.containsPattern("lang=\"de\">Willkommensfest für Neuzugewanderte<");
		// the page is not shadowed by the portal's pages, and a language not offered is
		// 404
		assertThat(anonymous.get(BASE + "xx/veranstaltungen").statusCode()).isEqualTo(404);
	}

	@Test
	void filtersByCategoryGemeindeAndMonth() {
		Http anonymous = new Http(this.port);
		String sports = anonymous.get(BASE + "de/veranstaltungen?kategorie=sport").body();
		assertThat(sports).contains("Interkulturelles Fußballturnier")
			.doesNotContain("Sprachcafé in der Stadtbibliothek Bramsche", "Willkommensfest")
			.contains("<option value=\"sport\" selected=\"selected\">Sport</option>")
			.contains("href=\"/p/landkreis-osnabrueck/veranstaltungen.ics?kategorie=sport\"");
		String bramsche = anonymous.get(BASE + "de/veranstaltungen?gemeinde=03459014").body();
		assertThat(bramsche).contains("Sprachcafé in der Stadtbibliothek Bramsche")
			.doesNotContain("Sprachcafé Melle", "Marktplatz Quakenbrück");
		LocalDate fest = LocalDate.parse(this.jdbc.sql("""
				SELECT (starts_at AT TIME ZONE 'Europe/Berlin')::date::text FROM network_event
				WHERE tenant_id = ? AND organisation_id IS NULL AND title = 'Willkommensfest für Neuzugewanderte'""")
			.params(landkreis())
			.query(String.class)
			.single());
		String month = fest.toString().substring(0, 7);
		assertThat(anonymous.get(BASE + "de/veranstaltungen?monat=" + month).body())
			.contains("Willkommensfest für Neuzugewanderte");
		assertThat(anonymous.get(BASE + "de/veranstaltungen?monat=" + fest.plusMonths(1).toString().substring(0, 7))
			.body()).doesNotContain("Willkommensfest für Neuzugewanderte");
		// values that cannot be a filter are left out, never an error
		HttpResponse<String> odd = anonymous
			.get(BASE + "de/veranstaltungen?kategorie=x&gemeinde=" + "9".repeat(5000) + "&monat=2026-13&seite=-1");
		assertThat(odd.statusCode()).isEqualTo(200);
		assertThat(odd.body()).contains("<h1 class=\"kern-heading\">Veranstaltungen</h1>", "Seite 1 von")
			.doesNotContain("selected=\"selected\"");
		// a control character is refused as everywhere (Bad input)
		assertThat(anonymous.get(BASE + "de/veranstaltungen?kategorie=%00x").statusCode()).isEqualTo(400);
	}

	@Test
	void aWeeklyEventKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
		LocalDate today = BerlinTime.today();
		LocalDate change = LocalDate.of(today.getYear(), 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
		if (!change.isAfter(today.plusDays(14))) {
			change = LocalDate.of(today.getYear() + 1, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
		}
		LocalDate first = change.minusDays(10);
		UUID id = UUID.randomUUID();
		Map<String, String> values = new LinkedHashMap<>(EventForm.empty());
		values.put("category", "MEETING");
		values.put("title", "Sommerzeit-Gesprächskreis " + id);
		values.put("date", first.toString());
		values.put("startTime", "18:00");
		values.put("endTime", "19:30");
		values.put("recurrence", "WEEKLY");
		values.put("recurrenceUntil", first.plusWeeks(3).toString());
		values.put("place", "Kreishaus");
		this.events.create(landkreis(), id, null, values, OffsetDateTime.now());

		String page = new Http(this.port).get(BASE + "de/veranstaltungen/" + id).body();
		for (int week = 0; week < 4; week++) {
			ZonedDateTime start = first.plusWeeks(week).atTime(18, 0).atZone(BERLIN);
			assertThat(page)
				.contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
					.withLocale(java.util.Locale.GERMAN)
					.format(start) + ", 18:00–19:30");
		}
		assertThat(page).contains("Kreishaus", "Integrationsstelle",
				"/p/landkreis-osnabrueck/veranstaltungen/" + id + "/kalender.ics");

		// the same as dates: 18:00 in Berlin is 17:00 UTC before the change and 16:00
		// after
		PublicEvent event = new PublicEvent(id, null, "MEETING", "x", null,
				first.atTime(18, 0).atZone(BERLIN).toOffsetDateTime(),
				first.atTime(19, 30).atZone(BERLIN).toOffsetDateTime(), "WEEKLY", 1, first.plusWeeks(3), null, null,
				List.of(), null, null);
		List<ZonedDateTime> dates = event.startsBetween(first.atStartOfDay(BERLIN).toOffsetDateTime(),
				first.plusMonths(2).atStartOfDay(BERLIN).toOffsetDateTime(), BERLIN);
		assertThat(dates).hasSize(4);
		assertThat(dates.get(0).toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(3600);
		assertThat(dates.get(3).toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(7200);
		assertThat(dates).allSatisfy((date) -> assertThat(date.getHour()).isEqualTo(18));

		// the event's own calendar file
		HttpResponse<String> ics = new Http(this.port)
			.get("/p/landkreis-osnabrueck/veranstaltungen/" + id + "/kalender.ics");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		Calendar calendar = parse(ics.body());
		List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
		assertThat(vevents).hasSize(1);
		assertThat(vevents.get(0).getProperty(Property.UID).orElseThrow().getValue()).startsWith(id + "@");
		assertThat(vevents.get(0).getProperty(Property.RRULE).orElseThrow().getValue()).contains("FREQ=WEEKLY");
		assertThat(vevents.get(0).getProperty(Property.DTSTART).orElseThrow().toString())
			.contains("TZID=Europe/Berlin");
	}

	@Test
	void theBeiratsMeetingsAppearButNeverACommitteeOfTheNetwork() {
		UUID tenant = landkreis();
		UUID committee = UUID.randomUUID();
		this.committees.create(tenant, committee, new Committees.CommitteeValues("Netzwerk-Gremium " + committee, null,
				"Arbeitskreis", null, null, null, "MEMBER", null), OffsetDateTime.now());
		UUID meeting = UUID.randomUUID();
		String secret = "Geheime Netzwerksitzung " + meeting;
		this.committees.createMeeting(tenant, meeting, committee, new Committees.MeetingValues(secret,
				OffsetDateTime.now().plusDays(9), null, "Kreishaus", MeetingState.SCHEDULED, null),
				OffsetDateTime.now());
		Http anonymous = new Http(this.port);
		String all = anonymous.get(BASE + "de/veranstaltungen?kategorie=beirat").body();
		assertThat(all).doesNotContain(secret);
		List<String> councilMeetings = this.jdbc.sql("""
				SELECT m.name FROM council_meeting m
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind = 'COUNCIL'
				WHERE m.tenant_id = ? AND NOT m.deleted AND m.starts_at > now() + interval '1 hour'
				  AND m.starts_at < now() + interval '300 days' ORDER BY m.starts_at LIMIT 1""")
			.params(tenant)
			.query(String.class)
			.list();
		assertThat(councilMeetings).as("the demo Beirat meets in the coming months").isNotEmpty();
		assertThat(all).contains(councilMeetings.get(0), "/beirat/sitzungen/");
		assertThat(anonymous.get(BASE + "de/veranstaltungen").body()).doesNotContain(secret);
		String feed = anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics").body();
		assertThat(feed).doesNotContain("Geheime Netzwerksitzung").contains("council-meeting-");
	}

	@Test
	void theCombinedFeedAndOneCategory() throws Exception {
		Http anonymous = new Http(this.port);
		HttpResponse<String> feed = anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(feed.headers().allValues("Set-Cookie")).isEmpty();
		Calendar calendar = parse(feed.body());
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		assertThat(feed.body()).contains("TZID:Europe/Berlin");
		List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
		VEvent sprachcafe = vevents.stream()
			.filter((vevent) -> vevent.getProperty(Property.SUMMARY)
				.orElseThrow()
				.getValue()
				.equals("Sprachcafé in der Stadtbibliothek Bramsche"))
			.findFirst()
			.orElseThrow();
		assertThat(sprachcafe.getProperty(Property.RRULE).orElseThrow().getValue()).contains("FREQ=WEEKLY", "UNTIL=");
		String uid = sprachcafe.getProperty(Property.UID).orElseThrow().getValue();
		assertThat(vevents).anySatisfy((vevent) -> assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue())
			.startsWith("council-meeting-"));

		// 304 for the client that has it; the UIDs stay
		String etag = feed.headers().firstValue("ETag").orElseThrow();
		assertThat(anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics", Map.of("If-None-Match", etag))
			.statusCode()).isEqualTo(304);
		assertThat(anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics").body()).contains("UID:" + uid);

		// one category: only its events, no meetings of the Beirat
		Calendar sports = parse(anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics?kategorie=sport").body());
		List<VEvent> sportsEvents = sports.getComponents(Component.VEVENT);
		assertThat(sportsEvents).isNotEmpty()
			.allSatisfy((vevent) -> assertThat(vevent.getProperty(Property.CATEGORIES).orElseThrow().getValue())
				.isEqualTo("SPORTS"));
		Calendar council = parse(anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics?kategorie=beirat").body());
		assertThat(council.<VEvent>getComponents(Component.VEVENT)).isNotEmpty()
			.allSatisfy((vevent) -> assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue())
				.startsWith("council-meeting-"));
		assertThat(anonymous.get("/p/landkreis-osnabrueck/veranstaltungen.ics?kategorie=gibt-es-nicht").statusCode())
			.isEqualTo(404);
		assertThat(anonymous.get("/p/gibt-es-nicht/veranstaltungen.ics").statusCode()).isEqualTo(404);
	}

	@Test
	void anEventsPageAndAnotherTenantsEvent() {
		UUID id = this.jdbc.sql("""
				SELECT id FROM network_event WHERE tenant_id = ? AND organisation_id IS NULL
				  AND title = 'Willkommensfest für Neuzugewanderte'""").params(landkreis()).query(UUID.class).single();
		Http anonymous = new Http(this.port);
		HttpResponse<String> arabic = anonymous.get(BASE + "ar/veranstaltungen/" + id);
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("lang=\"de\" dir=\"ltr\">Marktplatz Quakenbrück<")
			.containsPattern("<h1 class=\"kern-heading\" lang=\"de\">Willkommensfest für Neuzugewanderte</h1>");
		// the Stadt's slug does not find the Landkreis' event; a malformed id is 404 too
		assertThat(anonymous.get("/p/stadt-osnabrueck/de/veranstaltungen/" + id).statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/p/stadt-osnabrueck/veranstaltungen/" + id + "/kalender.ics").statusCode())
			.isEqualTo(404);
		assertThat(anonymous.get(BASE + "de/veranstaltungen/kein-termin").statusCode()).isEqualTo(404);
	}

	private static Calendar parse(String text) {
		try {
			return new CalendarBuilder().build(new StringReader(text));
		}
		catch (Exception ex) {
			throw new AssertionError("not iCalendar: " + ex, ex);
		}
	}

}
