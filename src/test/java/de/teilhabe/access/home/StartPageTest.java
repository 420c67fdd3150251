package de.teilhabe.access.home;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page shows the work waiting for the signed-in user (from every module's work
 * queue), with German plurals right; roles whose module is not built yet read what they
 * can do today.
 */
@IntegrationTest
class StartPageTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	NetworkFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
	}

	@Test
	void theOfficeSeesHowManyChangesWaitForApproval() {
		Http office = this.fixtures.user(STADT, Role.STRATEGY);
		UUID organisation = createOrganisation(office, unique("Startseitenverein"));
		Http partner = this.fixtures.login(this.fixtures.partner(STADT, organisation));
		assertThat(post(partner, "/network/organisations/" + organisation + "/edit",
				"/network/organisations/" + organisation, "kind", "MSO", "name", unique("Umbenannt"))
			.statusCode()).isEqualTo(302);

		int pending = this.fixtures.access()
			.jdbc()
			.sql("SELECT count(*) FROM network_change WHERE tenant_id = ? AND status = 'PENDING'")
			.param(this.fixtures.access().tenantId(STADT))
			.query(Integer.class)
			.single();
		String expected = (pending == 1) ? "1 Änderung wartet auf Freigabe"
				: pending + " Änderungen warten auf Freigabe";
		String start = office.get("/").body();
		assertThat(start).contains("Wartet auf Sie")
			.contains("<a class=\"kern-link\" href=\"/network/moderation\">" + expected + "</a>");
		// the partner sees its own change waiting, not the office's queue
		assertThat(partner.get("/").body()).contains(
				"<a class=\"kern-link\" href=\"/network/mine\">1 Ihrer Änderungen wartet auf Freigabe durch die Stelle</a>")
			.doesNotContain("href=\"/network/moderation\"");
	}

	@Test
	void aPartnerIsAskedToConfirmAnEntryNotConfirmedForAYear() {
		Http office = this.fixtures.user(STADT, Role.STRATEGY);
		String name = unique("Bestätigungsverein");
		UUID organisation = createOrganisation(office, name);
		Http partner = this.fixtures.login(this.fixtures.partner(STADT, organisation));
		assertThat(partner.get("/").body()).contains("Im Moment wartet nichts auf Sie.");
		this.fixtures.access()
			.jdbc()
			.sql("UPDATE network_organisation SET confirmed_at = now() - interval '13 months' WHERE id = ?")
			.param(organisation)
			.update();
		assertThat(partner.get("/").body()).contains("href=\"/network/organisations/" + organisation + "\"")
			.contains("Bitte bestätigen Sie, dass der Eintrag „" + name + "“ noch stimmt");
		assertThat(office.get("/").body()).contains("href=\"/network/confirmations\"");
	}

	@Test
	void countsAreWordedWithTheRightPluralInBothLanguages() {
		assertThat(message("network.work.moderation", Locale.GERMAN, 1)).isEqualTo("1 Änderung wartet auf Freigabe");
		assertThat(message("network.work.moderation", Locale.GERMAN, 2)).isEqualTo("2 Änderungen warten auf Freigabe");
		assertThat(message("network.work.moderation", Locale.GERMAN, 1234))
			.isEqualTo("1.234 Änderungen warten auf Freigabe");
		assertThat(message("network.work.moderation", Locale.ENGLISH, 1)).isEqualTo("1 change waits for approval");
		assertThat(message("network.work.confirmations", Locale.GERMAN, 1))
			.isEqualTo("1 Organisation hat ihren Eintrag seit über einem Jahr nicht bestätigt");
		assertThat(message("network.work.confirmations", Locale.GERMAN, 3))
			.isEqualTo("3 Organisationen haben ihre Einträge seit über einem Jahr nicht bestätigt");
	}

	@Test
	void whoImportsStatisticsSeesTheLastImportWithItsLocalTime() {
		String fileName = unique("kaputt") + ".csv";
		StatisticsHttp.withToken(this.port, "strategie")
			.upload(fileName, "keine;Statistik\n".getBytes(StandardCharsets.UTF_8), null);
		OffsetDateTime started = this.fixtures.access()
			.jdbc()
			.sql("SELECT started_at FROM statistics_import WHERE file_name = ?")
			.param(fileName)
			.query(OffsetDateTime.class)
			.single();
		String when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
			.format(started.atZoneSameInstant(ZoneId.of("Europe/Berlin")));
		String start = Http.loggedIn(this.port, "strategie", "demo").get("/").body();
		assertThat(start).contains("Letzter Statistik-Import: „" + fileName + "“ am " + when + " Uhr – Fehlgeschlagen");
		// a reader of the statistics does not import: no import line
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/").body()).doesNotContain("Statistik-Import");
	}

	@Test
	void rolesWithoutTheirModuleReadWhatTheyCanDoToday() {
		for (String[] user : new String[][] { { "lotse", "Ihr Profil und Ihr Passwort pflegen" },
				{ "koordination", "Leitstelle der Integrationslotsen" },
				{ "beratung", "Sie legen Klientinnen und Klienten der Beratung an" },
				{ "beirat", "die Mitglieder und Arbeitsgruppen, die Sitzungen mit Tagesordnung" } }) {
			HttpResponse<String> start = Http.loggedIn(this.port, user[0], "demo").get("/");
			assertThat(start.body()).as(user[0]).contains("Was Sie heute hier tun können").contains(user[1]);
		}
		assertThat(Http.loggedIn(this.port, "beirat", "demo").get("/").body()).contains("href=\"/network/committees\"");
		assertThat(Http.loggedIn(this.port, "strategie", "demo").get("/").body())
			.doesNotContain("Was Sie heute hier tun können");
		assertThat(Http.loggedIn(this.port, "lotse", "demo").language("en").get("/?lang=en").body())
			.contains("What you can do here today");
	}

	private String message(String key, Locale locale, int count) {
		return this.messages.getMessage(key, new Object[] { count }, locale);
	}

}
