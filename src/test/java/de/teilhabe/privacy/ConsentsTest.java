package de.teilhabe.privacy;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ConsentsTest {

	@LocalServerPort
	int port;

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	PrivacyFixtures fixtures;

	UUID landkreis;

	@BeforeEach
	void fixtures() {
		this.fixtures = PrivacyFixtures.of(this.context);
		this.landkreis = this.fixtures.tenant(PrivacyFixtures.LANDKREIS);
	}

	@Test
	void recordedConsentIsGivenUntilWithdrawnAndBothAreAudited() {
		String purpose = this.fixtures.purpose(this.landkreis);
		String client = "c-" + UUID.randomUUID();
		assertThat(this.consents.isGiven(this.landkreis, "client", client, purpose)).isFalse();

		ConsentRecord consent = this.fixtures.consent(this.landkreis, "client", client, purpose);
		assertThat(consent.givenHow()).isEqualTo(HowGiven.WRITTEN);
		assertThat(consent.textVersion()).isEqualTo(1);
		assertThat(this.consents.isGiven(this.landkreis, "client", client, purpose)).isTrue();
		assertThat(this.consents.isGiven(this.landkreis, "client", client, "other.purpose")).isFalse();
		assertThat(this.consents.isGiven(this.landkreis, "volunteer", client, purpose)).isFalse();

		ConsentRecord withdrawn = this.consents.withdraw(this.landkreis, consent.id(), null, "per Telefon");
		assertThat(withdrawn.withdrawnAt()).isNotNull();
		assertThat(withdrawn.withdrawalNote()).isEqualTo("per Telefon");
		assertThat(this.consents.isGiven(this.landkreis, "client", client, purpose)).isFalse();
		assertThat(this.consents.history(this.landkreis, "client", client)).extracting(ConsentRecord::id)
			.containsExactly(consent.id());

		List<String> audited = this.jdbc.sql(
				"SELECT action FROM audit_event WHERE tenant_id = ? AND record_id = ? AND category = 'PRIVACY' ORDER BY id")
			.params(this.landkreis, consent.id().toString())
			.query(String.class)
			.list();
		assertThat(audited).containsExactly("consent.recorded", "consent.withdrawn");
	}

	@Test
	void unknownPurposeTextVersionOrLanguageIsRefusedNamingTheField() {
		String purpose = this.fixtures.purpose(this.landkreis);
		assertThatThrownBy(() -> record(new NewConsent(this.landkreis, "client", "c1", "unknown.purpose", 1, "de",
				OffsetDateTime.now(), HowGiven.ORAL)))
			.isInstanceOfSatisfying(InvalidConsentException.class, (ex) -> assertThat(ex.field()).isEqualTo("purpose"))
			.hasMessageContaining("unknown purpose");
		assertThatThrownBy(() -> record(
				new NewConsent(this.landkreis, "client", "c1", purpose, 2, "de", OffsetDateTime.now(), HowGiven.ORAL)))
			.isInstanceOfSatisfying(InvalidConsentException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("textVersion"));
		assertThatThrownBy(() -> record(
				new NewConsent(this.landkreis, "client", "c1", purpose, 1, "ar", OffsetDateTime.now(), HowGiven.ORAL)))
			.isInstanceOfSatisfying(InvalidConsentException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("textVersion"));
		assertThatThrownBy(() -> record(new NewConsent(this.landkreis, "client", "c1", purpose, 1, "de",
				OffsetDateTime.now().plusDays(1), HowGiven.ORAL)))
			.isInstanceOfSatisfying(InvalidConsentException.class, (ex) -> assertThat(ex.field()).isEqualTo("givenAt"));
		assertThatThrownBy(() -> record(new NewConsent(this.landkreis, "Client X", "c1", purpose, 1, "de",
				OffsetDateTime.now(), HowGiven.ORAL)))
			.isInstanceOfSatisfying(InvalidConsentException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("subjectType"));
		assertThatThrownBy(() -> record(
				new NewConsent(this.landkreis, "client", "", purpose, 1, "de", OffsetDateTime.now(), HowGiven.ORAL)))
			.isInstanceOfSatisfying(InvalidConsentException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("subjectId"));
		assertThatThrownBy(() -> record(
				new NewConsent(this.landkreis, "client", "c1", purpose, 1, "de", OffsetDateTime.now(), null)))
			.isInstanceOfSatisfying(InvalidConsentException.class, (ex) -> assertThat(ex.field()).isEqualTo("how"));
	}

	@Test
	void textsAreNeverChangedAndWithdrawalsAreChecked() {
		String purpose = this.fixtures.purpose(this.landkreis);
		assertThatThrownBy(() -> this.consents
			.defineText(new ConsentText(this.landkreis, purpose, 1, "de", "Neu", "Anderer Text", null)))
			.isInstanceOfSatisfying(InvalidConsentException.class, (ex) -> assertThat(ex.field()).isEqualTo("version"));
		assertThatThrownBy(() -> this.consents
			.defineText(new ConsentText(this.landkreis, "Bad Purpose", 1, "de", "T", "Text", null)))
			.isInstanceOf(InvalidConsentException.class);
		this.consents.defineText(new ConsentText(this.landkreis, purpose, 2, "de", "Fassung 2", "Neuer Text", null));
		assertThat(this.consents.texts(this.landkreis, purpose)).extracting(ConsentText::version)
			.containsExactly(2, 1, 1);

		ConsentRecord consent = this.fixtures.consent(this.landkreis, "client", "c-" + UUID.randomUUID(), purpose);
		assertThatThrownBy(
				() -> this.consents.withdraw(this.landkreis, consent.id(), consent.givenAt().minusDays(1), null))
			.isInstanceOfSatisfying(InvalidConsentException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("withdrawnAt"));
		this.consents.withdraw(this.landkreis, consent.id(), null, null);
		assertThatThrownBy(() -> this.consents.withdraw(this.landkreis, consent.id(), null, null))
			.isInstanceOf(ConsentAlreadyWithdrawnException.class)
			.hasMessageContaining("withdrawn already");
	}

	@Test
	void anotherTenantNeitherSeesNorWithdrawsTheConsent() {
		UUID stadt = this.fixtures.tenant(PrivacyFixtures.STADT);
		String purpose = this.fixtures.purpose(this.landkreis);
		String client = "c-" + UUID.randomUUID();
		ConsentRecord consent = this.fixtures.consent(this.landkreis, "client", client, purpose);

		assertThat(this.consents.find(stadt, consent.id())).isEmpty();
		assertThat(this.consents.history(stadt, "client", client)).isEmpty();
		assertThat(this.consents.isGiven(stadt, "client", client, purpose)).isFalse();
		assertThatThrownBy(() -> this.consents.withdraw(stadt, consent.id(), null, null))
			.isInstanceOf(de.teilhabe.shared.web.NotFoundException.class);
		assertThatThrownBy(() -> this.consents
			.record(new NewConsent(stadt, "client", client, purpose, 1, "de", OffsetDateTime.now(), HowGiven.ORAL)))
			.as("the Landkreis's purpose is unknown in the Stadt")
			.isInstanceOfSatisfying(InvalidConsentException.class, (ex) -> assertThat(ex.field()).isEqualTo("purpose"));
	}

	@Test
	void consentPageShowsCountsPerTextToTheOwnTenantsPrivacyOfficerOnly() {
		String purpose = this.fixtures.purpose(this.landkreis);
		this.fixtures.consent(this.landkreis, "client", "c-" + UUID.randomUUID(), purpose);
		ConsentRecord second = this.fixtures.consent(this.landkreis, "client", "c-" + UUID.randomUUID(), purpose);
		this.consents.withdraw(this.landkreis, second.id(), null, null);

		HttpResponse<String> page = Http.loggedIn(this.port, "datenschutz", "demo").get("/privacy/consents");
		assertThat(page.statusCode()).isEqualTo(200);
		String row = page.body().substring(page.body().indexOf(purpose));
		assertThat(row).contains("Weitergabe de");
		assertThat(row.replaceAll("\\s+", " ")).containsPattern(
				"Weitergabe de</td> <td class=\"kern-table__cell kern-table__cell--numeric\">1</td> <td class=\"kern-table__cell kern-table__cell--numeric\">1</td>");
		assertThat(page.body()).doesNotContain(second.subjectId());

		PrivacyFixtures.TestUser stadtOfficer = this.fixtures.user(PrivacyFixtures.STADT, "PRIVACY_OFFICER");
		HttpResponse<String> other = Http.loggedIn(this.port, stadtOfficer.username(), PrivacyFixtures.PASSWORD)
			.get("/privacy/consents");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).doesNotContain(purpose);

		assertThat(Http.loggedIn(this.port, "admin", "demo").get("/privacy/consents").statusCode()).isEqualTo(403);
	}

	private void record(NewConsent consent) {
		this.consents.record(consent);
	}

}
