package de.teilhabe.guides.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideForm;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Mobility;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention of guide data with the dates set in the data and the run's time given:
 * the certificate record goes 3 months after the engagement ended, the profile 12 months
 * after, nothing earlier and nothing of another tenant; the renewal reminder lists the
 * certificates whose 5 years end within the reminder's days, on the start page and on its
 * page for the coordinator only.
 */
@IntegrationTest
class GuideRetentionTest {

	/**
	 * The run's time: now, so the demo network's ended guides (ended today) stay for the
	 * other tests of this context.
	 */
	static final Instant RUN = Instant.now();

	static final LocalDate TODAY = RUN.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();

	@LocalServerPort
	int port;

	@Autowired
	GuideStore guides;

	@Autowired
	GuideRegions regions;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	CertificateRenewals renewals;

	@Autowired
	Consents consents;

	UUID landkreis;

	UUID stadt;

	@BeforeEach
	void tenants() {
		this.landkreis = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		this.stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
	}

	@Test
	void theCertificateGoesThreeMonthsAndTheProfileTwelveMonthsAfterTheEnd() {
		UUID endedTwoMonths = ended(this.landkreis, TODAY.minusMonths(2));
		UUID endedFourMonths = ended(this.landkreis, TODAY.minusMonths(4));
		UUID endedElevenMonths = ended(this.landkreis, TODAY.minusMonths(11));
		UUID endedThirteenMonths = ended(this.landkreis, TODAY.minusMonths(13));
		UUID otherTenant = ended(this.stadt, TODAY.minusMonths(13));
		ConsentText text = this.consents.texts(this.landkreis, "guides.signup").isEmpty()
				? this.consents
					.defineText(new ConsentText(this.landkreis, "guides.signup", 1, "de", "Einwilligung", "Text", null))
				: this.consents.texts(this.landkreis, "guides.signup").get(0);
		this.consents.record(new NewConsent(this.landkreis, "guide", endedThirteenMonths.toString(), "guides.signup",
				text.version(), text.language(), OffsetDateTime.now().minusYears(2), HowGiven.ELECTRONIC));

		rule("guides.certificate").apply(this.landkreis, RUN);
		assertThat(certificate(endedTwoMonths)).isEqualTo("2024-01-10 true");
		assertThat(certificate(endedFourMonths)).isEqualTo("none false");
		assertThat(certificate(endedElevenMonths)).isEqualTo("none false");
		assertThat(certificate(otherTenant)).isEqualTo("2024-01-10 true");

		assertThat(rule("guides.profile").apply(this.landkreis, RUN)).isGreaterThanOrEqualTo(1);
		assertThat(exists(endedElevenMonths)).isTrue();
		assertThat(exists(endedThirteenMonths)).isFalse();
		// its consent is withdrawn with it, so privacy anonymises it in turn
		assertThat(this.consents.isGiven(this.landkreis, "guide", endedThirteenMonths.toString(), "guides.signup"))
			.isFalse();
		assertThat(this.consents.history(this.landkreis, "guide", endedThirteenMonths.toString())).singleElement()
			.satisfies((consent) -> assertThat(consent.withdrawnAt()).isNotNull());
		assertThat(exists(otherTenant)).isTrue();
		// applied again, nothing more goes
		assertThat(rule("guides.profile").apply(this.landkreis, RUN)).isZero();
		assertThat(rule("guides.profile").apply(null, RUN)).isZero();
	}

	@Test
	void theCoordinatorIsRemindedOfCertificatesWhoseFiveYearsEndSoon() {
		UUID due = active(this.landkreis, TODAY.minusYears(5).plusDays(30));
		UUID overdue = active(this.landkreis, TODAY.minusYears(5).minusDays(1));
		UUID fresh = active(this.landkreis, TODAY.minusYears(4));
		UUID ended = ended(this.landkreis, TODAY.minusMonths(1));
		List<UUID> listed = this.renewals.due(this.landkreis, TODAY)
			.stream()
			.map(CertificateRenewals.Due::guideId)
			.toList();
		assertThat(listed).contains(due, overdue).doesNotContain(fresh, ended);
		assertThat(this.renewals.due(this.landkreis, TODAY)
			.stream()
			.filter((d) -> d.guideId().equals(overdue))
			.findFirst()
			.orElseThrow()
			.overdue()).isTrue();
		assertThat(this.renewals.due(this.stadt, TODAY).stream().map(CertificateRenewals.Due::guideId))
			.doesNotContain(due, overdue);

		String page = Http.loggedIn(this.port, "koordination", "demo").get("/guides/certificate-renewals").body();
		assertThat(page).contains("Führungszeugnisse erneuern", "gilt bis");
		assertThat(new Http(this.port).get("/guides/certificate-renewals").statusCode()).isEqualTo(302);
	}

	private RetentionRule rule(String name) {
		return this.rules.stream().filter((rule) -> rule.name().equals(name)).findFirst().orElseThrow();
	}

	private UUID active(UUID tenantId, LocalDate inspected) {
		UUID id = create(tenantId, GuideState.ACTIVE, inspected);
		return id;
	}

	private UUID ended(UUID tenantId, LocalDate endedOn) {
		UUID id = create(tenantId, GuideState.ENDED, LocalDate.of(2024, 1, 10));
		this.jdbc.sql("UPDATE guide_profile SET ended_on = ? WHERE tenant_id = ? AND id = ?")
			.params(endedOn, tenantId, id)
			.update();
		return id;
	}

	private UUID create(UUID tenantId, GuideState state, LocalDate inspected) {
		String gemeinde = this.regions.of(this.landkreis).get(0).key();
		GuideForm form = new GuideForm("Retention " + UUID.randomUUID(), null, null, gemeinde, List.of(gemeinde),
				List.of(), Mobility.CAR, 2, inspected, true,
				List.of(new GuideForm.LanguageRow("uk", LanguageLevel.NATIVE)), List.of(), List.of());
		return this.guides.create(tenantId, form, state, "test", OffsetDateTime.now());
	}

	private String certificate(UUID id) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT certificate_inspected_on, certificate_no_relevant_entry FROM guide_profile WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		Object inspected = row.get("certificate_inspected_on");
		return ((inspected != null) ? inspected.toString() : "none") + " " + row.get("certificate_no_relevant_entry");
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM guide_profile WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

}
