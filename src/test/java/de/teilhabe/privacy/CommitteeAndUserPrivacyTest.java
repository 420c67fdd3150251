package de.teilhabe.privacy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committee members and user accounts as data subjects: found, exported (Art. 15), erased
 * (Art. 17) and removed after their retention period.
 */
@IntegrationTest
class CommitteeAndUserPrivacyTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	NetworkFixtures network;

	Http officer;

	@BeforeEach
	void setUp() {
		this.network = new NetworkFixtures(this.context, this.port);
		this.officer = this.network.user(NetworkFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
	}

	@Test
	void aCommitteeMemberIsFoundExportedAndErased() {
		Http office = this.network.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		String committeeName = unique("Beirat für Teilhabe");
		UUID committee = createCommittee(office, committeeName);
		String person = unique("Gerda Gremium");
		UUID alone = addMember(office, committee, "personName", person, "role", "Vorsitz", "votingRight", "true",
				"startDate", "2024-02-01");
		String organisationName = unique("Entsendeverein");
		UUID organisation = createOrganisation(office, organisationName);
		UUID forOrganisation = addMember(office, committee, "personName", person, "organisation",
				organisation.toString(), "role", "Vertretung");

		String found = this.officer.get("/privacy/subjects?q=" + person.replace(" ", "+")).body();
		assertThat(found).contains("type=committee-member&amp;id=" + alone)
			.contains("type=committee-member&amp;id=" + forOrganisation)
			.contains(committeeName)
			.doesNotContain("nur als Name gespeichert");

		String document = this.officer.submit("/privacy/subjects?type=committee-member&id=" + alone,
				"/privacy/subjects/committee-member/" + alone + "/report", java.util.Map.of("reason", "Antrag 1/2026"))
			.body();
		assertThat(document).contains("Mitglied eines Gremiums")
			.contains("Gremium")
			.contains(committeeName)
			.contains("Rolle im Gremium")
			.contains("Vorsitz")
			.contains("Stimmberechtigt")
			.contains("01.02.2024");

		String json = api()
			.get("/api/v1/privacy/subjects/committee-member/" + forOrganisation + "/export?reason=Antrag")
			.body();
		assertThat(json).contains(person).contains(organisationName).contains("network.committee-member");

		for (UUID membership : new UUID[] { alone, forOrganisation }) {
			HttpResponse<String> erased = api().send("POST",
					"/api/v1/privacy/subjects/committee-member/" + membership + "/erasure", "application/json",
					"{\"reason\": \"Antrag 1/2026\", \"confirm\": true}");
			assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
			assertThat(erased.body()).contains("\"affected\":1").contains("Name aus der Mitgliedschaft entfernt");
		}
		String committeePage = office.get("/network/committees/" + committee).body();
		assertThat(committeePage).doesNotContain(person).contains(organisationName);
		assertThat(count("SELECT count(*) FROM council_membership WHERE id = ?", alone)).isZero();
		assertThat(
				count("SELECT count(*) FROM council_membership WHERE id = ? AND person_name IS NULL", forOrganisation))
			.isOne();
		assertThat(this.officer.get("/privacy/subjects?q=" + person.replace(" ", "+")).body())
			.contains("Keine Treffer");
	}

	@Test
	void formerCommitteeMembersAreRemovedFiveYearsAfterTheirMembershipEnded() {
		Http office = this.network.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		UUID committee = createCommittee(office, unique("Alter Arbeitskreis"));
		String longGone = unique("Fritz Früher");
		String recent = unique("Rita Kürzlich");
		String current = unique("Carla Aktuell");
		UUID gone = addMember(office, committee, "personName", longGone, "startDate", "2015-01-01", "endDate",
				"2020-06-30");
		UUID left = addMember(office, committee, "personName", recent, "startDate", "2015-01-01", "endDate",
				"2024-06-30");
		UUID stays = addMember(office, committee, "personName", current, "startDate", "2015-01-01");

		assertThat(rule("network.committee-member.former")
			.apply(this.network.access().tenantId(NetworkFixtures.LANDKREIS), Instant.parse("2026-12-04T10:00:00Z")))
			.isGreaterThanOrEqualTo(1);
		assertThat(count("SELECT count(*) FROM council_membership WHERE id = ?", gone)).isZero();
		assertThat(count("SELECT count(*) FROM council_membership WHERE id IN (?, ?)", left, stays)).isEqualTo(2);
		assertThat(office.get("/network/committees/" + committee).body()).doesNotContain(longGone)
			.contains(recent)
			.contains(current);

		String retention = this.officer.get("/privacy/retention").body();
		assertThat(retention).contains("Ehemalige Gremienmitglieder")
			.contains("5 Jahre nach dem Ende der Mitgliedschaft")
			.contains("Deaktivierte Zugänge")
			.contains("1 Jahr nach der Deaktivierung");
	}

	@Test
	void aDeactivatedAccountIsAnonymisedOnErasureButAnActiveOneIsNot() {
		AccessFixtures access = this.network.access();
		TestUser user = access.create(NetworkFixtures.LANDKREIS, "konto", Role.COUNSELLOR);
		String export = api().get("/api/v1/privacy/subjects/user/" + user.id() + "/export?reason=Antrag").body();
		assertThat(export).contains(user.username()).contains(user.email()).contains("COUNSELLOR");

		HttpResponse<String> refused = erase(user.id());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("noch aktiv");
		assertThat(loginTarget(user)).as("the account still works").doesNotContain("error");

		Http admin = this.network.user(NetworkFixtures.LANDKREIS, Role.ADMIN);
		assertThat(post(admin, "/admin/users/" + user.id(), "/admin/users/" + user.id() + "/deactivate").statusCode())
			.isEqualTo(302);
		HttpResponse<String> erased = erase(user.id());
		assertThat(erased.body()).contains("\"affected\":1").contains("Zugang anonymisiert");

		assertThat(this.jdbc.sql("SELECT username FROM app_user WHERE id = ?")
			.param(user.id())
			.query(String.class)
			.single()).isEqualTo("geloescht-" + user.id());
		assertThat(
				count("SELECT count(*) FROM app_user WHERE id = ? AND (email IS NOT NULL OR password_hash IS NOT NULL)",
						user.id()))
			.isZero();
		assertThat(count("SELECT count(*) FROM user_role WHERE user_id = ?", user.id())).isZero();
		assertThat(this.officer.get("/privacy/subjects?q=" + user.username()).body()).contains("Keine Treffer");
		assertThat(api().get("/api/v1/privacy/subjects/user/" + user.id() + "/export?reason=Antrag").statusCode())
			.isEqualTo(404);
		assertThat(loginTarget(user)).contains("error");
		assertThat(admin.get("/admin/users").body()).doesNotContain(user.id().toString());
		assertThat(admin.get("/admin/users/" + user.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void accountsDeactivatedAYearAgoAreAnonymisedByTheRetentionRule() {
		AccessFixtures access = this.network.access();
		TestUser old = access.create(NetworkFixtures.LANDKREIS, "alt", Role.GUIDE);
		TestUser recent = access.create(NetworkFixtures.LANDKREIS, "neu", Role.GUIDE);
		TestUser active = access.create(NetworkFixtures.LANDKREIS, "aktiv", Role.GUIDE);
		this.jdbc.sql("UPDATE app_user SET active = FALSE, deactivated_at = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.parse("2025-11-01T10:00:00+01:00"), old.id())
			.update();
		this.jdbc.sql("UPDATE app_user SET active = FALSE, deactivated_at = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.parse("2026-06-01T10:00:00+02:00"), recent.id())
			.update();

		assertThat(rule("access.user.deactivated").apply(old.tenantId(), Instant.parse("2026-12-04T10:00:00Z")))
			.isGreaterThanOrEqualTo(1);
		assertThat(count("SELECT count(*) FROM app_user WHERE id = ? AND anonymised_at IS NOT NULL", old.id())).isOne();
		assertThat(count("SELECT count(*) FROM app_user WHERE id IN (?, ?) AND anonymised_at IS NULL", recent.id(),
				active.id()))
			.isEqualTo(2);
		assertThat(this.officer.get("/privacy/subjects?q=" + old.username()).body()).contains("Keine Treffer");
	}

	private HttpResponse<String> erase(UUID userId) {
		return api().send("POST", "/api/v1/privacy/subjects/user/" + userId + "/erasure", "application/json",
				"{\"reason\": \"Antrag 2/2026\", \"confirm\": true}");
	}

	/**
	 * Where the login form sends the user after signing in (an error page if refused).
	 */
	private String loginTarget(TestUser user) {
		return new Http(this.port).login(user.username(), AccessFixtures.PASSWORD)
			.headers()
			.firstValue("Location")
			.orElse("");
	}

	private Http api() {
		return Http.withToken(this.port, "demo-token-datenschutz");
	}

	private RetentionRule rule(String name) {
		return this.context.getBeansOfType(RetentionRule.class)
			.values()
			.stream()
			.filter((rule) -> rule.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static UUID createCommittee(Http office, String name) {
		HttpResponse<String> response = post(office, "/network/committees/new", "/network/committees", "name", name,
				"classification", "Beirat", "officeRole", "Geschäftsstelle", "startDate", "2010-01-01");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(AccessFixtures.location(response), "/network/committees/");
	}

	/** Adds a membership and answers its id (the newest of the committee). */
	private UUID addMember(Http office, UUID committee, String... pairs) {
		HttpResponse<String> response = post(office, "/network/committees/" + committee + "/memberships/new",
				"/network/committees/" + committee + "/memberships", pairs);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return this.jdbc
			.sql("SELECT id FROM council_membership WHERE committee_id = ? ORDER BY created_at DESC, id LIMIT 1")
			.param(committee)
			.query(UUID.class)
			.single();
	}

}
