package de.teilhabe.counselling.discrimination;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walled-off discrimination complaints: the demo counsellor {@code beratung} holds
 * the permission, {@code beratung2} does not; every complaint page and endpoint answers
 * 403 to a counsellor without it, to ADMIN and to every other role, 404 to a permitted
 * counsellor of another tenant. An ADMIN grants and revokes it by name on the user's page
 * (audited as a role change), never to itself and only to a COUNSELLOR; taking the role
 * away takes the permission with it.
 */
@IntegrationTest
class ComplaintPermissionTest {

	private static final String API = "/api/v1/counselling/discrimination-complaints";

	private static final String PAGES = "/counselling/discrimination-complaints";

	private static final String BODY = """
			{"area": "WORK", "characteristics": ["AGE"], "forms": ["DIRECT"], "description": "Probe der Berechtigung"}""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	CounsellingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
	}

	private UUID demoComplaint() {
		return this.jdbc
			.sql("SELECT c.id FROM counselling_discrimination_complaint c JOIN tenant t ON t.id = c.tenant_id "
					+ "WHERE t.slug = 'landkreis-osnabrueck' ORDER BY c.created_at LIMIT 1")
			.query(UUID.class)
			.single();
	}

	@Test
	void onlyTheNamedCounsellorGetsInEveryoneElseIsRefused() {
		UUID complaint = demoComplaint();
		Http berna = Http.withToken(this.port, "demo-token-beratung");
		assertThat(berna.get(API).statusCode()).isEqualTo(200);
		assertThat(berna.get(API + "/" + complaint).statusCode()).isEqualTo(200);
		Http bernaPages = Http.loggedIn(this.port, "beratung", "demo");
		assertThat(bernaPages.get(PAGES).statusCode()).isEqualTo(200);
		assertThat(bernaPages.get(PAGES + "/" + complaint).statusCode()).isEqualTo(200);

		for (String username : List.of("beratung2", "admin", "strategie", "koordination", "lotse", "beirat", "partner",
				"datenschutz")) {
			Http api = Http.withToken(this.port, "demo-token-" + username);
			assertThat(api.get(API).statusCode()).as(username).isEqualTo(403);
			assertThat(api.get(API + "/" + complaint).statusCode()).as(username).isEqualTo(403);
			assertThat(api.send("POST", API, "application/json", BODY).statusCode()).as(username).isEqualTo(403);
			assertThat(api.send("PUT", API + "/" + complaint, "application/json", BODY).statusCode()).as(username)
				.isEqualTo(403);
			Http pages = Http.loggedIn(this.port, username, "demo");
			for (String page : List.of(PAGES, PAGES + "/new", PAGES + "/" + complaint, PAGES + "?unreviewed=true")) {
				assertThat(pages.get(page).statusCode()).as(username + " " + page).isEqualTo(403);
			}
		}
		// nobody else's start page counts the online reports
		assertThat(Http.loggedIn(this.port, "beratung2", "demo").get("/").body())
			.doesNotContain("zu Diskriminierung noch nicht geprüft");
		assertThat(bernaPages.get("/").body()).contains("zu Diskriminierung noch nicht geprüft");

		// a permitted counsellor of another tenant does not find the Landkreis' complaint
		TestUser stadt = this.fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR);
		this.jdbc.sql("INSERT INTO user_permission (tenant_id, user_id, permission) VALUES (?, ?, ?)")
			.params(stadt.tenantId(), stadt.id(), "DISCRIMINATION_COMPLAINTS")
			.update();
		Http other = this.fixtures.api(stadt);
		assertThat(other.get(API).statusCode()).isEqualTo(200);
		assertThat(other.get(API + "/" + complaint).statusCode()).isEqualTo(404);
		assertThat(other.send("PUT", API + "/" + complaint, "application/json", BODY).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdminGrantsAndRevokesItByNameNeverToItselfAndOnlyToACounsellor() {
		TestUser admin = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.ADMIN, Role.COUNSELLOR);
		TestUser counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser strategy = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.STRATEGY);
		Http pages = this.fixtures.session(admin);
		Http counsellorApi = this.fixtures.api(counsellor);
		assertThat(counsellorApi.get(API).statusCode()).isEqualTo(403);

		String page = "/admin/users/" + counsellor.id();
		assertThat(pages.get(page).body()).contains("Besondere Berechtigungen", "Diskriminierungsbeschwerden",
				"nicht erteilt", "Diskriminierungsbeschwerden: Test " + counsellor.username() + " erteilen");
		HttpResponse<String> granted = AccessFixtures.post(pages, page, page + "/permissions", "permission",
				"DISCRIMINATION_COMPLAINTS", "granted", "true");
		assertThat(granted.statusCode()).isEqualTo(302);
		assertThat(pages.get(page).body()).contains("Die Berechtigung wurde erteilt.");
		assertThat(counsellorApi.get(API).statusCode()).isEqualTo(200);
		assertThat(auditDetails("user.permission.granted", counsellor.id()))
			.containsExactly("DISCRIMINATION_COMPLAINTS");

		AccessFixtures.post(pages, page, page + "/permissions", "permission", "DISCRIMINATION_COMPLAINTS", "granted",
				"false");
		assertThat(counsellorApi.get(API).statusCode()).isEqualTo(403);
		assertThat(auditDetails("user.permission.revoked", counsellor.id()))
			.containsExactly("DISCRIMINATION_COMPLAINTS");

		// not to itself (although it is a counsellor too)
		String own = "/admin/users/" + admin.id();
		assertThat(pages.get(own).body()).contains("können Sie sich nicht selbst erteilen");
		AccessFixtures.post(pages, own, own + "/permissions", "permission", "DISCRIMINATION_COMPLAINTS", "granted",
				"true");
		assertThat(pages.get(own).body()).contains("können Sie sich nicht selbst erteilen");
		assertThat(permissions(admin.id())).isZero();
		assertThat(this.fixtures.api(admin).get(API).statusCode()).isEqualTo(403);

		// not to a user without the role COUNSELLOR
		String strategist = "/admin/users/" + strategy.id();
		AccessFixtures.post(pages, strategist, strategist + "/permissions", "permission", "DISCRIMINATION_COMPLAINTS",
				"granted", "true");
		assertThat(pages.get(strategist).body()).contains("nur eine Person mit der Rolle Beratung erhalten");
		assertThat(permissions(strategy.id())).isZero();
		// an unknown permission is refused
		assertThat(
				AccessFixtures.post(pages, page, page + "/permissions", "permission", "EVERYTHING", "granted", "true")
					.statusCode())
			.isEqualTo(400);

		// the role taken away takes the permission with it
		AccessFixtures.post(pages, page, page + "/permissions", "permission", "DISCRIMINATION_COMPLAINTS", "granted",
				"true");
		assertThat(permissions(counsellor.id())).isOne();
		AccessFixtures.post(pages, page, page + "/roles", "roles", "STRATEGY");
		assertThat(permissions(counsellor.id())).isZero();
		assertThat(auditDetails("user.permission.revoked", counsellor.id()))
			.contains("DISCRIMINATION_COMPLAINTS (role COUNSELLOR removed)");
		// another tenant's admin does not find the user
		Http stadtAdmin = this.fixtures.session(this.fixtures.user(CounsellingFixtures.STADT, Role.ADMIN));
		assertThat(AccessFixtures
			.post(stadtAdmin, "/admin/users", page + "/permissions", "permission", "DISCRIMINATION_COMPLAINTS",
					"granted", "true")
			.statusCode()).isEqualTo(404);
		assertThat(Map.of("demo", permissionsOf("beratung"), "demo2", permissionsOf("beratung2")))
			.containsEntry("demo", 1L)
			.containsEntry("demo2", 0L);
	}

	@Test
	void theDemoComplaintsCoverEveryAreaFormAndLevelAndSomeOnlineReportsWait() {
		Map<String, Object> demo = this.jdbc.sql("""
				SELECT count(DISTINCT c.area) AS areas, count(DISTINCT c.level) AS levels,
				  (SELECT count(DISTINCT f) FROM counselling_discrimination_complaint c2, unnest(c2.forms) f
				   WHERE c2.tenant_id = c.tenant_id) AS forms,
				  count(*) FILTER (WHERE c.source = 'ONLINE' AND c.reviewed_at IS NULL) AS waiting,
				  count(*) FILTER (WHERE c.case_id IS NOT NULL) AS linked,
				  count(*) FILTER (WHERE c.created_at < now() - interval '600 days') AS old
				FROM counselling_discrimination_complaint c JOIN tenant t ON t.id = c.tenant_id
				WHERE t.slug = 'landkreis-osnabrueck' GROUP BY c.tenant_id""").query().singleRow();
		assertThat(demo).containsEntry("areas", 10L).containsEntry("levels", 3L).containsEntry("forms", 5L);
		assertThat((Long) demo.get("waiting")).isGreaterThanOrEqualTo(4);
		assertThat((Long) demo.get("linked")).isGreaterThanOrEqualTo(1);
		assertThat((Long) demo.get("old")).isGreaterThanOrEqualTo(1);
	}

	private List<String> auditDetails(String action, UUID userId) {
		return this.jdbc
			.sql("SELECT details FROM audit_event WHERE action = ? AND record_id = ? AND category = 'ROLE_CHANGE' "
					+ "ORDER BY id")
			.params(action, userId.toString())
			.query(String.class)
			.list();
	}

	private long permissions(UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM user_permission WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	private long permissionsOf(String username) {
		return this.jdbc
			.sql("SELECT count(*) FROM user_permission p JOIN app_user u ON u.id = p.user_id WHERE u.username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
