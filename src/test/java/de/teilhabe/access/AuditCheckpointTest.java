package de.teilhabe.access;

import java.net.http.HttpResponse;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static de.teilhabe.access.AccessFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page verifies its tenant's hash chain incrementally: only the entries after
 * the checkpoint of the last full check. Tampering before the checkpoint is found by the
 * full check the privacy officer starts; the page says when that last ran.
 */
@IntegrationTest
class AuditCheckpointTest extends AuditTests {

	static final String INTACT = "Die Hash-Kette des Audit-Logs ist intakt";

	@Test
	void aViewChecksOnlyWhatCameAfterTheLastFullCheckAndTheFullCheckFindsTheRest() {
		Tenant tenant = ownTenant("checkpoint");
		TestUser officer = this.fixtures.createIn(tenant.id(), "checkpoint-officer", Role.PRIVACY_OFFICER);
		record(tenant, 3);
		Http http = Http.loggedIn(this.port, officer.username(), PASSWORD);
		assertThat(http.get("/audit").body()).contains(INTACT).contains("noch nie vollständig geprüft");

		HttpResponse<String> started = AccessFixtures.post(http, "/audit", "/audit/full-check");
		assertThat(started.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.location(started)).endsWith("/audit");
		assertThat(http.get("/audit").body()).contains(INTACT).contains("Die ganze Kette wurde zuletzt am");

		// an entry before the checkpoint is changed: the view re-hashes only what came
		// after
		long before = entryId(tenant, "entry-1");
		record(tenant, 1);
		tamper(before);
		assertThat(http.get("/audit").body()).contains(INTACT);

		// the full check re-hashes everything and finds it; from then on every view shows
		// it
		AccessFixtures.post(http, "/audit", "/audit/full-check");
		assertThat(http.get("/audit").body())
			.contains("Manipulation erkannt: Die Hash-Kette ist ab Eintrag " + before + " gebrochen.");
		assertThat(Http.withToken(this.port, "demo-token-datenschutz").get("/api/v1/audit").body())
			.contains("\"fullCheckAt\"");
	}

	@Test
	void tamperingAfterTheCheckpointOrOfItsOwnEntryIsFoundByTheView() {
		Tenant tenant = ownTenant("checkpoint");
		TestUser officer = this.fixtures.createIn(tenant.id(), "checkpoint-view", Role.PRIVACY_OFFICER);
		record(tenant, 2);
		Http http = Http.loggedIn(this.port, officer.username(), PASSWORD);
		AccessFixtures.post(http, "/audit", "/audit/full-check");
		long checkpoint = entryId(tenant, "entry-1");

		record(tenant, 2); // entry-0 and entry-1 again, after the checkpoint
		long after = this.fixtures.jdbc()
			.sql("SELECT max(id) FROM audit_event WHERE tenant_id = ? AND record_id = 'entry-0'")
			.param(tenant.id())
			.query(Long.class)
			.single();
		tamper(after);
		assertThat(http.get("/audit").body())
			.contains("Manipulation erkannt: Die Hash-Kette ist ab Eintrag " + after + " gebrochen.");

		tamper(checkpoint);
		assertThat(http.get("/audit").body())
			.contains("Manipulation erkannt: Die Hash-Kette ist ab Eintrag " + checkpoint + " gebrochen.");
	}

	@Test
	void onlyThePrivacyOfficerStartsAFullCheck() {
		assertThat(Http.loggedIn(this.port, "datenschutz", "demo").get("/audit").body())
			.contains("Ganze Kette jetzt prüfen");
		assertThat(Http.loggedIn(this.port, "admin", "demo").get("/audit").body())
			.doesNotContain("Ganze Kette jetzt prüfen");
	}

}
