package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PRIVACY_OFFICER reviews the break-glass accesses (in a tenant of its own, so the
 * counts are exact): the start page counts those not reviewed and links to the review
 * page, which shows who opened which client (by number) when and the reason, decrypted
 * (the view audited, the reason in no audit entry); „geprüft“ marks one as reviewed (who,
 * when; audited) and the count goes down. ADMIN and counsellors are refused; another
 * tenant's officer neither sees nor marks it.
 */
@IntegrationTest
class BreakGlassReviewTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theOfficerReviewsBreakGlassAccesses() {
		Tenant tenant = this.context.getBean(Tenants.class)
			.create("beratung-pruefung-" + System.nanoTime(), "Prüf-Landkreis", "03459", true);
		AccessFixtures access = AccessFixtures.of(this.context);
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser responsible = access.createIn(tenant.id(), "zustaendig", Role.COUNSELLOR);
		TestUser colleague = access.createIn(tenant.id(), "kollegin", Role.COUNSELLOR);
		TestUser officer = access.createIn(tenant.id(), "dsb", Role.PRIVACY_OFFICER);
		TestUser admin = access.createIn(tenant.id(), "verwaltung", Role.ADMIN);
		Http api = fixtures.api(responsible);
		UUID first = CounsellingFixtures.create(api, body(uniqueName("Notfalleins")));
		UUID second = CounsellingFixtures.create(api, body(uniqueName("Notfallzwei")));
		String number = (String) json(api.get("/api/v1/counselling/clients/" + first)).get("clientNumber");
		Http colleaguePages = fixtures.session(colleague);
		String reason = "Kollegin krank, Termin heute 15 Uhr " + uniqueName("");
		for (UUID client : new UUID[] { first, second }) {
			String form = "/counselling/clients/" + client + "/break-glass";
			assertThat(AccessFixtures.post(colleaguePages, form, form, "reason", reason).statusCode()).isEqualTo(302);
		}

		Http officerPages = fixtures.session(officer);
		assertThat(officerPages.get("/").body())
			.contains("2 Notfallzugriffe auf Klientinnen und Klienten noch nicht geprüft")
			.contains("href=\"/privacy/break-glass\"");
		String review = officerPages.get("/privacy/break-glass").body();
		assertThat(review).contains("Notfallzugriffe prüfen")
			.contains(reason)
			.contains(number)
			.contains("Test " + colleague.username())
			.contains("Als geprüft markieren");
		assertThat(fixtures.jdbc()
			.sql("SELECT details FROM audit_event WHERE action = 'counselling.break-glass.read' AND actor_id = ?")
			.param(officer.id())
			.query(String.class)
			.list()).containsExactly("records: 2");
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ? AND (reason LIKE ? OR details LIKE ?)")
			.params(tenant.id(), "%" + reason + "%", "%" + reason + "%")
			.query(Long.class)
			.single()).isZero();

		UUID access1 = fixtures.jdbc()
			.sql("SELECT id FROM counselling_break_glass WHERE client_id = ?")
			.param(first)
			.query(UUID.class)
			.single();
		// ADMIN, counsellors and another tenant's officer are refused or find nothing
		Http adminPages = fixtures.session(admin);
		assertThat(adminPages.get("/privacy/break-glass").statusCode()).isEqualTo(403);
		assertThat(AccessFixtures.post(adminPages, "/", "/privacy/break-glass/" + access1 + "/review").statusCode())
			.isEqualTo(403);
		assertThat(colleaguePages.get("/privacy/break-glass").statusCode()).isEqualTo(403);
		TestUser stranger = fixtures.user(CounsellingFixtures.STADT, Role.PRIVACY_OFFICER);
		Http strangerPages = fixtures.session(stranger);
		assertThat(strangerPages.get("/privacy/break-glass").body()).doesNotContain(reason);
		assertThat(AccessFixtures
			.post(strangerPages, "/privacy/break-glass", "/privacy/break-glass/" + access1 + "/review")
			.statusCode()).isEqualTo(404);

		HttpResponse<String> marked = AccessFixtures.post(officerPages, "/privacy/break-glass",
				"/privacy/break-glass/" + access1 + "/review");
		assertThat(marked.statusCode()).isEqualTo(302);
		String back = AccessFixtures.location(marked).replaceFirst("^https?://[^/]+", "");
		assertThat(back).isEqualTo("/privacy/break-glass?page=0");
		assertThat(officerPages.get(back).body()).contains("Der Notfallzugriff ist als geprüft markiert.")
			.contains("geprüft am")
			.contains("von Test " + officer.username());
		Map<String, Object> row = fixtures.jdbc()
			.sql("SELECT reviewed_at, reviewed_by FROM counselling_break_glass WHERE id = ?")
			.param(access1)
			.query()
			.singleRow();
		assertThat(row.get("reviewed_at")).isNotNull();
		assertThat(row.get("reviewed_by")).isEqualTo(officer.id());
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.break-glass.reviewed' AND record_id = ?")
			.param(access1.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(officerPages.get("/").body())
			.contains("1 Notfallzugriff auf Klientinnen und Klienten noch nicht geprüft");
		// marking again changes nothing
		assertThat(
				AccessFixtures.post(officerPages, "/privacy/break-glass", "/privacy/break-glass/" + access1 + "/review")
					.statusCode())
			.isEqualTo(302);
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.break-glass.reviewed' AND record_id = ?")
			.param(access1.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(officerPages.get("/privacy/break-glass?page=x").statusCode()).isEqualTo(200);
	}

	private static String body(String last) {
		return """
				{"firstName": "Rahel", "lastName": "%s", "birthYear": 1995, "languages": ["ti"],
				 "confirmDuplicate": true}""".formatted(last);
	}

}
