package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads a client: the responsible counsellor and named deputies; another counsellor
 * of the team only through break-glass with a reason (audited, shown to the
 * PRIVACY_OFFICER); every other role 403, another tenant 404; an ADMIN cannot give itself
 * COUNSELLOR.
 */
@IntegrationTest
class ClientAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	TestUser responsible;

	Http responsibleApi;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.responsible = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.responsibleApi = this.fixtures.api(this.responsible);
	}

	@Test
	void anotherCounsellorOpensAClientOnlyThroughBreakGlass() {
		String last = uniqueName("Notfall");
		UUID client = create(this.responsibleApi, body("Samira", last, 1993));
		String number = (String) json(this.responsibleApi.get("/api/v1/counselling/clients/" + client))
			.get("clientNumber");
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http colleagueApi = this.fixtures.api(colleague);
		Http colleaguePages = this.fixtures.session(colleague);

		assertThat(colleagueApi.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(403);
		assertThat(colleagueApi
			.send("PUT", "/api/v1/counselling/clients/" + client, "application/json", body("Samira", last, 1993))
			.statusCode()).isEqualTo(403);
		// found by name, but without it
		Map<String, Object> found = json(colleagueApi.get("/api/v1/counselling/clients?q=Samira%20" + last));
		assertThat(found.get("items").toString()).contains(number).contains("NONE").doesNotContain(last);
		HttpResponse<String> detail = colleaguePages.get("/counselling/clients/" + client);
		assertThat(detail.statusCode()).isEqualTo(302);
		assertThat(detail.headers().firstValue("Location").orElseThrow()).endsWith("/break-glass");
		String page = colleaguePages.get("/counselling/clients/" + client + "/break-glass").body();
		assertThat(page).contains(number).contains("Notfallzugriff").doesNotContain(last);

		String form = "/counselling/clients/" + client + "/break-glass";
		HttpResponse<String> tooShort = AccessFixtures.post(colleaguePages, form, form, "reason", "kurz");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("mindestens 10");
		assertThat(this.fixtures.readReasons(client, colleague.id())).isEmpty();

		String reason = "Vertretung, Kollegin erkrankt, Termin heute um 14 Uhr";
		HttpResponse<String> opened = AccessFixtures.post(colleaguePages, form, form, "reason", reason);
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(colleaguePages.get("/counselling/clients/" + client).body()).contains(last)
			.contains("Notfallzugriff");
		assertThat(json(colleagueApi.get("/api/v1/counselling/clients/" + client))).containsEntry("lastName", last);
		// the audit log names the access, never the reason typed (it stays after an
		// erasure): the officer reads the reason, decrypted, on the review page
		UUID access = this.fixtures.jdbc()
			.sql("SELECT id FROM counselling_break_glass WHERE client_id = ? AND user_id = ?")
			.params(client, colleague.id())
			.query(UUID.class)
			.single();
		// three reads: the page (the client and its household section, each under the
		// access) and the API
		assertThat(this.fixtures.readReasons(client, colleague.id())).containsExactly("break-glass access " + access,
				"break-glass access " + access, "break-glass access " + access);
		assertThat(this.fixtures.jdbc()
			.sql("SELECT reason FROM audit_event WHERE action = 'counselling.client.break-glass' AND record_id = ?")
			.param(client.toString())
			.query(String.class)
			.list()).containsExactly("break-glass access " + access);
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE reason LIKE ? OR details LIKE ?")
			.params("%" + reason + "%", "%" + reason + "%")
			.query(Long.class)
			.single()).isZero();

		// the data protection officer is told on the start page and reviews it there
		TestUser officer = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
		Http officerPages = this.fixtures.session(officer);
		assertThat(officerPages.get("/").body()).contains("noch nicht geprüft").contains("/privacy/break-glass");
		assertThat(officerPages.get("/privacy/break-glass").body()).contains(reason).contains(number);
	}

	@Test
	void theResponsibleCounsellorNamesDeputies() {
		UUID client = create(this.responsibleApi, body("Karim", uniqueName("Vertreten"), 1980));
		TestUser deputy = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http deputyApi = this.fixtures.api(deputy);
		assertThat(deputyApi.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(403);

		Http pages = this.fixtures.session(this.responsible);
		String form = "/counselling/clients/" + client + "/deputies";
		assertThat(pages.get(form).body()).contains("Test " + deputy.username());
		assertThat(AccessFixtures
			.post(pages, form, form, "deputies", deputy.id().toString(), "deputies", UUID.randomUUID().toString())
			.statusCode()).isEqualTo(302);
		assertThat(pages.get("/counselling/clients/" + client).body()).contains("Test " + deputy.username());

		assertThat(deputyApi.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(200);
		assertThat(this.fixtures.readReasons(client, deputy.id())).containsExactly("detail");
		// a deputy reads and edits, but does not name deputies
		assertThat(this.fixtures.session(deputy).get(form).statusCode()).isEqualTo(403);
	}

	@Test
	void everyOtherRoleIsRefusedAndAnotherTenantFindsNothing() {
		UUID client = create(this.responsibleApi, body("Dilan", uniqueName("Geschuetzt"), 1999));
		for (Role role : List.of(Role.ADMIN, Role.PRIVACY_OFFICER, Role.STRATEGY, Role.GUIDE_COORDINATOR,
				Role.PARTNER)) {
			TestUser user = this.fixtures.user(CounsellingFixtures.LANDKREIS, role);
			Http api = this.fixtures.api(user);
			assertThat(api.get("/api/v1/counselling/clients").statusCode()).as(role.name()).isEqualTo(403);
			assertThat(api.get("/api/v1/counselling/clients/" + client).statusCode()).as(role.name()).isEqualTo(403);
			assertThat(api.send("POST", "/api/v1/counselling/clients", "application/json", body("A", "B", 1990))
				.statusCode()).as(role.name()).isEqualTo(403);
			Http pages = this.fixtures.session(user);
			assertThat(pages.get("/counselling/clients").statusCode()).as(role.name()).isEqualTo(403);
			assertThat(pages.get("/counselling/clients/" + client).statusCode()).as(role.name()).isEqualTo(403);
		}
		TestUser stranger = this.fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR);
		Http strangerApi = this.fixtures.api(stranger);
		assertThat(strangerApi.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(404);
		assertThat(strangerApi
			.send("PUT", "/api/v1/counselling/clients/" + client, "application/json", body("A", "B", 1990))
			.statusCode()).isEqualTo(404);
		Http strangerPages = this.fixtures.session(stranger);
		assertThat(strangerPages.get("/counselling/clients/" + client).statusCode()).isEqualTo(404);
		assertThat(strangerPages.get("/counselling/clients/" + client + "/break-glass").statusCode()).isEqualTo(404);
		String form = "/counselling/clients";
		assertThat(AccessFixtures
			.post(strangerPages, form, "/counselling/clients/" + client + "/break-glass", "reason",
					"Ich möchte das bitte sehen, dringend")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void anAdminCannotGiveItselfTheCounsellorRole() {
		TestUser admin = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.ADMIN);
		Http pages = this.fixtures.session(admin);
		String own = "/admin/users/" + admin.id();
		HttpResponse<String> refused = AccessFixtures.post(pages, own, own + "/roles", "roles", "ADMIN", "roles",
				"COUNSELLOR");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(pages.get(own).body()).contains("Ihre eigenen Rollen können Sie nicht ändern.");
		assertThat(AccessFixtures.of(this.context).roles(admin.id())).isEqualTo("ADMIN");
		assertThat(pages.get("/counselling/clients").statusCode()).isEqualTo(403);
		// nor through a second account invited to its own e-mail address
		String username = AccessFixtures.unique("zweitkonto");
		HttpResponse<String> invited = AccessFixtures.post(pages, "/admin/users/new", "/admin/users", "username",
				username, "displayName", "Zweites Konto", "email", admin.email().toUpperCase(java.util.Locale.ROOT),
				"roles", "COUNSELLOR");
		assertThat(invited.statusCode()).isEqualTo(400);
		assertThat(invited.body())
			.contains("Mit Ihrer eigenen E-Mail-Adresse können Sie kein Konto mit der Rolle " + "Beratung einladen");
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single()).isZero();
		// another role to its own address, or the counsellor role to another address, is
		// fine
		assertThat(AccessFixtures
			.post(pages, "/admin/users/new", "/admin/users", "username", AccessFixtures.unique("kollege"),
					"displayName", "Neuer Kollege", "email", AccessFixtures.unique("kollege") + "@example.org", "roles",
					"COUNSELLOR")
			.statusCode()).isEqualTo(302);
	}

}
