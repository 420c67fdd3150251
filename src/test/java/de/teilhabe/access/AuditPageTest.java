package de.teilhabe.access;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static de.teilhabe.access.AccessFixtures.LANDKREIS;
import static de.teilhabe.access.AccessFixtures.PASSWORD;
import static de.teilhabe.access.AccessFixtures.STADT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log page and API: who may read it, what an ADMIN does not see, tenant
 * isolation, filters, paging and the state of the hash chain.
 */
@IntegrationTest
class AuditPageTest extends AuditTests {

	@Test
	void privacyOfficerSeesReasonsOfCaseAccessAdminDoesNot() {
		UUID landkreis = this.fixtures.tenantId(LANDKREIS);
		String marker = "Fall-" + UUID.randomUUID();
		this.audit.record(new AuditEntry(landkreis, null, "beratung", AuditCategory.CASE_ACCESS, "case.read", "case",
				marker, "Beratungsgespräch vorbereiten " + marker, null));

		String privacy = Http.loggedIn(this.port, "datenschutz", "demo").get("/audit?category=CASE_ACCESS").body();
		assertThat(privacy).contains(marker)
			.contains("Beratungsgespräch vorbereiten " + marker)
			.contains("Fallzugriffe");
		String admin = Http.loggedIn(this.port, "admin", "demo").get("/audit?category=CASE_ACCESS").body();
		assertThat(admin).contains(marker)
			.doesNotContain("Beratungsgespräch vorbereiten " + marker)
			.contains("verborgen");

		String privacyJson = Http.withToken(this.port, "demo-token-datenschutz")
			.get("/api/v1/audit?category=CASE_ACCESS&size=100")
			.body();
		assertThat(privacyJson).contains("Beratungsgespräch vorbereiten " + marker);
		HttpResponse<String> adminJson = Http.withToken(this.port, "demo-token-admin")
			.get("/api/v1/audit?category=CASE_ACCESS&size=100");
		assertThat(adminJson.statusCode()).isEqualTo(200);
		assertThat(adminJson.body()).contains(marker)
			.doesNotContain("Beratungsgespräch vorbereiten")
			.contains("\"reasonHidden\":true")
			.contains("\"chainIntact\":true");
	}

	@Test
	void roleChangesAreShownToThePrivacyOfficerAndNeverToAnotherTenant() {
		TestUser user = this.fixtures.create(LANDKREIS, "audit-roles", Role.COUNSELLOR);
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String path = "/admin/users/" + user.id();
		AccessFixtures.post(admin, path, path + "/roles", "roles", "GUIDE_COORDINATOR");

		String page = Http.loggedIn(this.port, "datenschutz", "demo").get("/audit?category=ROLE_CHANGE").body();
		assertThat(page).contains("Rollenänderungen")
			// the record in words; its id only as the cell's title (evidence, not reading
			// matter)
			.contains("<td title=\"" + user.id() + "\">Benutzerkonto</td>")
			.contains("Beratung → Koordination Integrationslotsen")
			.contains("Die Hash-Kette des Audit-Logs ist intakt")
			.doesNotContain("user.invited");

		String stadtMarker = "stadt-" + UUID.randomUUID();
		this.audit.record(new AuditEntry(this.fixtures.tenantId(STADT), null, "system", AuditCategory.OTHER,
				"test.entry", "test", stadtMarker, null, null));
		Http stadtAdmin = Http.loggedIn(this.port, "stadt-admin", "demo");
		assertThat(stadtAdmin.get("/audit").body()).contains(stadtMarker).doesNotContain(user.id().toString());
		assertThat(Http.withToken(this.port, "demo-token-stadt-admin").get("/api/v1/audit?size=100").body())
			.contains(stadtMarker)
			.doesNotContain(user.id().toString());
		assertThat(Http.loggedIn(this.port, "datenschutz", "demo").get("/audit").body()).doesNotContain(stadtMarker);
		assertThat(Http.withToken(this.port, "demo-token-datenschutz").get("/api/v1/audit?size=100").body())
			.doesNotContain(stadtMarker);
	}

	@Test
	void apiRefusesBadParametersAndPages() {
		Http api = Http.withToken(this.port, "demo-token-datenschutz");
		for (String query : new String[] { "category=KAISER", "size=0", "size=101", "page=-1", "page=eins" }) {
			HttpResponse<String> response = api.get("/api/v1/audit?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		UUID landkreis = this.fixtures.tenantId(LANDKREIS);
		String first = "page-" + UUID.randomUUID();
		String second = "page-" + UUID.randomUUID();
		this.audit.record(
				new AuditEntry(landkreis, null, "system", AuditCategory.OTHER, "test.page", "test", first, null, null));
		this.audit.record(new AuditEntry(landkreis, null, "system", AuditCategory.OTHER, "test.page", "test", second,
				null, null));
		String newest = api.get("/api/v1/audit?category=OTHER&size=1&page=0").body();
		String older = api.get("/api/v1/audit?category=OTHER&size=1&page=1").body();
		assertThat(newest).contains(second).doesNotContain(first).contains("\"size\":1");
		assertThat(older).contains(first).doesNotContain(second);
		assertThat(Http.loggedIn(this.port, "datenschutz", "demo").get("/audit?category=KAISER").statusCode())
			.isEqualTo(400);
	}

	@Test
	void otherRolesCannotReadTheAuditLog() {
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/audit").statusCode()).isEqualTo(403);
		assertThat(Http.withToken(this.port, "demo-token-strategie").get("/api/v1/audit").statusCode()).isEqualTo(403);
		assertThat(new Http(this.port).get("/api/v1/audit").statusCode()).isEqualTo(401);
	}

	@Test
	void tamperingIsShownWithTheEntryWhereTheChainBreaks() {
		Tenant tenant = ownTenant("audit");
		TestUser officer = this.fixtures.createIn(tenant.id(), "audit-officer", Role.PRIVACY_OFFICER);
		record(tenant, 3);
		Http http = Http.loggedIn(this.port, officer.username(), PASSWORD);
		assertThat(http.get("/audit").body()).contains("Die Hash-Kette des Audit-Logs ist intakt");
		long tampered = entryId(tenant, "entry-1");
		tamper(tampered);
		assertThat(http.get("/audit").body())
			.contains("Manipulation erkannt: Die Hash-Kette ist ab Eintrag " + tampered + " gebrochen.");
		assertThat(Http.loggedIn(this.port, officer.username(), PASSWORD).get("/audit?lang=en").body())
			.contains("Tampering detected: the hash chain is broken at entry " + tampered + ".");
	}

}
