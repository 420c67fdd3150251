package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact persons with consent (public API, vCard, withdrawal, export and erasure),
 * events with recurrence and the iCal feed, and the confirmation of entries older than 12
 * months.
 */
@IntegrationTest
class ContactsEventsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Consents consents;

	NetworkFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.ADMIN);
	}

	@Test
	void contactPersonsNeedConsentAndArePublicOnlyIfTheyAgreed() {
		String orgName = unique("Kontaktverein");
		UUID organisation = createOrganisation(this.office, orgName);
		String form = "/network/organisations/" + organisation + "/contacts/new";
		String action = "/network/organisations/" + organisation + "/contacts";
		HttpResponse<String> bad = post(this.office, form, action, "name", "", "email", "nope", "consentHow", "",
				"consentDate", "2999-01-01");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"name-error\"")
			.contains("id=\"email-error\"")
			.contains("id=\"consentHow-error\"")
			.contains("Das Datum darf nicht in der Zukunft liegen.");
		String publicName = unique("Erika Beispiel");
		String internalName = unique("Max Muster");
		assertThat(post(this.office, form, action, "name", publicName, "function", "Vorsitz", "email",
				"vorsitz@example.org", "publicContact", "true", "consentHow", "WRITTEN", "consentDate", "2026-01-10")
			.statusCode()).isEqualTo(302);
		assertThat(post(this.office, form, action, "name", internalName, "phone", "0541 000000", "consentHow", "ORAL",
				"consentDate", "2026-01-10")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/network/organisations/" + organisation).body()).contains(publicName)
			.contains(internalName)
			.contains("nur intern");
		String api = new Http(this.port).get("/api/v1/organisations?tenant=landkreis-osnabrueck&q=" + orgName).body();
		assertThat(api).contains(publicName).contains("vorsitz@example.org").doesNotContain(internalName);

		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(publicName)
			.query(UUID.class)
			.single();
		HttpResponse<String> vcard = this.office.get("/network/contacts/" + contact + "/vcard");
		assertThat(vcard.headers().firstValue("Content-Type").orElse("")).startsWith("text/vcard");
		assertThat(vcard.body()).contains("BEGIN:VCARD").contains("FN:" + publicName).contains("TITLE:Vorsitz");

		// Art. 15 export through the privacy module
		String export = Http.withToken(this.port, "demo-token-datenschutz")
			.get("/api/v1/privacy/subjects/network-contact/" + contact + "/export?reason=Auskunftsersuchen")
			.body();
		assertThat(export).contains("network.contact").contains(publicName).contains("network.contact");

		// withdrawn: hidden everywhere, then deleted by the retention rule
		UUID consent = this.consents
			.history(this.fixtures.access().tenantId(LANDKREIS), "network-contact", contact.toString())
			.get(0)
			.id();
		this.consents.withdraw(this.fixtures.access().tenantId(LANDKREIS), consent, OffsetDateTime.now(), "test");
		assertThat(this.office.get("/network/organisations/" + organisation).body()).doesNotContain(publicName)
			.contains("widerrufen");
		assertThat(new Http(this.port).get("/api/v1/organisations?tenant=landkreis-osnabrueck&q=" + orgName).body())
			.doesNotContain(publicName);
		assertThat(this.office.get("/network/contacts/" + contact + "/vcard").statusCode()).isEqualTo(404);
		this.context.getBeansOfType(de.teilhabe.shared.privacy.RetentionRule.class)
			.values()
			.stream()
			.filter((rule) -> rule.name().equals("network.contact.without-consent"))
			.findFirst()
			.orElseThrow()
			.apply(this.fixtures.access().tenantId(LANDKREIS), java.time.Instant.now());
		assertThat(this.jdbc.sql("SELECT count(*) FROM network_contact WHERE id = ?")
			.param(contact)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eventsRepeatAndThePublicOnesAreInTheCalendarFeed() {
		String title = unique("Sprachcafé");
		String hidden = unique("Internes-Treffen");
		HttpResponse<String> bad = post(this.office, "/network/events/new", "/network/events", "category", "MEETING",
				"title", title, "date", "2030-03-04", "startTime", "18:00", "endTime", "17:00", "recurrence", "WEEKLY",
				"recurrenceInterval", "99");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Das Ende muss nach dem Beginn liegen.")
			.contains("Bitte eine Zahl von 1 bis 52 angeben.")
			.contains("Bitte angeben, bis wann die Veranstaltung wiederholt wird.");
		HttpResponse<String> created = post(this.office, "/network/events/new", "/network/events", "category",
				"MEETING", "title", title, "date", "2030-03-04", "startTime", "18:00", "endTime", "20:00", "recurrence",
				"WEEKLY", "recurrenceInterval", "2", "recurrenceUntil", "2030-06-30", "place", "Stadtbibliothek",
				"languages", "de, ar", "publicEvent", "true");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		UUID event = idFrom(created.headers().firstValue("Location").orElseThrow(), "/network/events/");
		assertThat(this.office.get("/network/events/" + event).body()).contains("04.03.2030 18:00")
			.contains("wöchentlich, Abstand 2, bis 30.06.2030");
		assertThat(post(this.office, "/network/events/new", "/network/events", "category", "MEETING", "title", hidden,
				"date", "2030-03-05", "startTime", "10:00")
			.statusCode()).isEqualTo(302);

		HttpResponse<String> feed = new Http(this.port).get("/api/v1/events.ics?tenant=landkreis-osnabrueck");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		String ics = feed.body().replace("\r\n ", "");
		assertThat(ics).contains("BEGIN:VCALENDAR")
			.contains("SUMMARY:" + title)
			.contains("DTSTART;TZID=Europe/Berlin:20300304T180000")
			.contains("RRULE:FREQ=WEEKLY;UNTIL=20300630T215959Z;INTERVAL=2")
			.contains("BEGIN:VTIMEZONE")
			.doesNotContain(hidden);
		String vevent = ics.substring(ics.lastIndexOf("BEGIN:VEVENT", ics.indexOf("SUMMARY:" + title)));
		assertThat(vevent.substring(0, vevent.indexOf("END:VEVENT")).split("DTSTAMP", -1)).as("one DTSTAMP").hasSize(2);
		assertThat(new Http(this.port).get("/api/v1/events?tenant=landkreis-osnabrueck&q=" + title).body())
			.contains("\"totalItems\":1");
		assertThat(new Http(this.port).get("/api/v1/events?tenant=landkreis-osnabrueck&q=" + hidden).body())
			.contains("\"totalItems\":0");
		assertThat(new Http(this.port).get("/api/v1/events").statusCode()).isEqualTo(400);
		assertThat(new Http(this.port).get("/api/v1/events?tenant=nirgendwo").statusCode()).isEqualTo(404);
		assertThat(new Http(this.port).get("/api/v1/offers?tenant=landkreis-osnabrueck&size=500").statusCode())
			.isEqualTo(400);
	}

	@Test
	void theCalendarLinkOfTheEventsPageWorksForTheSignedInUserAndACalendarApp() {
		String title = unique("Kalenderfest");
		assertThat(post(this.office, "/network/events/new", "/network/events", "category", "MEETING", "title", title,
				"date", "2030-05-06", "startTime", "15:00", "publicEvent", "true")
			.statusCode()).isEqualTo(302);
		String page = this.office.get("/network/events").body();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/api/v1/events\\.ics[^\"]*)\"")
			.matcher(page);
		assertThat(link.find()).as("calendar link on the events page").isTrue();
		String href = link.group(1).replace("&amp;", "&");
		for (Http client : new Http[] { this.office, new Http(this.port) }) {
			HttpResponse<String> feed = client.get(href);
			assertThat(feed.statusCode()).as(href).isEqualTo(200);
			assertThat(feed.body().replace("\r\n ", "")).contains("SUMMARY:" + title);
		}
	}

	@Test
	void entriesNotConfirmedForAYearAreListedAndThePartnerConfirms() {
		String name = unique("Altverein");
		UUID organisation = createOrganisation(this.office, name, "email", "altverein@example.org");
		this.jdbc.sql("UPDATE network_organisation SET confirmed_at = now() - interval '13 months' WHERE id = ?")
			.param(organisation)
			.update();
		assertThat(this.office.get("/network/confirmations").body()).contains(name);
		HttpResponse<String> asked = post(this.office, "/network/confirmations",
				"/network/organisations/" + organisation + "/confirmation-request");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/network/confirmations").body()).contains("Die Bitte um Bestätigung an " + name);
		assertThat(this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?")
			.param("altverein@example.org")
			.query(String.class)
			.list()).anyMatch((body) -> body.contains("/network/organisations/" + organisation));
		TestUser partner = this.fixtures.partner(LANDKREIS, organisation);
		Http partnerSession = this.fixtures.login(partner);
		assertThat(post(partnerSession, "/network/organisations/" + organisation,
				"/network/organisations/" + organisation + "/confirm")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/network/confirmations").body()).doesNotContain(name);
	}

}
