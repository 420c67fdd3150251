package de.teilhabe.privacy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note on a consent withdrawal may say why a person withdrew: it is stored encrypted
 * (shared.crypto). Written through the API, it is nowhere in the table as plaintext, and
 * the API and the consent's page show it as written. A ciphertext copied into another
 * consent's row is not read as that consent's note.
 */
@IntegrationTest
class ConsentWithdrawalNoteEncryptionTest {

	static final String NOTE = "Widerruf telefonisch: Frau Kaya ist an Diabetes erkrankt und zieht nach Hamburg";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNoteIsStoredEncryptedAndShownAsWritten() {
		PrivacyFixtures fixtures = PrivacyFixtures.of(this.context);
		UUID tenant = fixtures.tenant(PrivacyFixtures.LANDKREIS);
		String subject = "c-" + UUID.randomUUID();
		ConsentRecord consent = fixtures.consent(tenant, "client", subject, fixtures.purpose(tenant));
		PrivacyFixtures.TestUser officer = fixtures.user(PrivacyFixtures.LANDKREIS, "PRIVACY_OFFICER");

		HttpResponse<String> withdrawn = Http.withToken(this.port, officer.token())
			.send("POST", "/api/v1/privacy/consents/" + consent.id() + "/withdrawal", "application/json",
					"{\"note\": \"" + NOTE + "\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.body()).contains("\"withdrawalNote\":\"" + NOTE + "\"");

		Map<String, Object> raw = this.jdbc.sql("""
				SELECT withdrawal_note, withdrawal_note_sealed, CAST(r AS TEXT) AS whole_row,
				       position(convert_to('Diabetes', 'UTF8') IN withdrawal_note_sealed) AS found
				FROM consent_record r WHERE id = ?""").param(consent.id()).query().singleRow();
		assertThat(raw.get("withdrawal_note")).as("no plaintext column").isNull();
		assertThat((byte[]) raw.get("withdrawal_note_sealed")).isNotEmpty();
		assertThat(raw.get("found")).as("no plaintext inside the ciphertext").isEqualTo(0);
		assertThat((String) raw.get("whole_row")).doesNotContain("Diabetes").doesNotContain("Kaya");

		Http session = Http.loggedIn(this.port, officer.username(), PrivacyFixtures.PASSWORD);
		assertThat(session.get("/privacy/consents/" + consent.id() + "/withdrawal").body()).contains(NOTE);
		assertThat(this.context.getBean(Consents.class).find(tenant, consent.id()).orElseThrow().withdrawalNote())
			.isEqualTo(NOTE);

		// another withdrawn consent of the tenant, its note replaced by the first one's
		// ciphertext: not decrypted as its own
		ConsentRecord other = fixtures.consent(tenant, "client", "c-" + UUID.randomUUID(), fixtures.purpose(tenant));
		assertThat(Http.withToken(this.port, officer.token())
			.send("POST", "/api/v1/privacy/consents/" + other.id() + "/withdrawal", "application/json",
					"{\"note\": \"per Brief\"}")
			.statusCode()).isEqualTo(200);
		this.jdbc.sql("UPDATE consent_record SET withdrawal_note_sealed = ? WHERE id = ?")
			.params(raw.get("withdrawal_note_sealed"), other.id())
			.update();
		HttpResponse<String> copied = session.get("/privacy/consents/" + other.id() + "/withdrawal");
		assertThat(copied.statusCode()).isEqualTo(500);
		assertThat(copied.body()).doesNotContain("Diabetes");
	}

}
