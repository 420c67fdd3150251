package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.ClientConsents;
import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.DataCategory;
import de.teilhabe.counselling.referral.ReferralStatus;
import de.teilhabe.counselling.referral.Referrals;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.web.ApiPaging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: referrals of open demo cases of Berna Beratung to approved demo
 * organisations of the Landkreis in every state — to Brückenschlag (the organisation of
 * the demo login {@code partner}) pending, accepted, done, rejected and revoked, so that
 * the partner sees incoming ones; to the welfare association and the language school
 * pending, one with its outcome check overdue (the counsellor's start page). Each client
 * referred agrees to „Weitergabe bei einer Vermittlung“ first. Skipped when the Landkreis
 * has referrals, or lacks the demo organisations.
 */
@Component
class DemoReferrals extends DemoOfficeTask {

	static final String NAME = "counselling demo referrals";

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	private static final Set<DataCategory> SHARED = EnumSet.of(DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES,
			DataCategory.CONCERN);

	private final Referrals referrals;

	private final ClientConsents consents;

	private final ClientStore clients;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoReferrals(Tenants tenants, UserDirectory users, PlatformMode mode, Referrals referrals, ClientConsents consents,
			ClientStore clients, Organisations organisations, JdbcClient jdbc, Clock clock) {
		super(NAME, DemoConsents.NAME, tenants, users, mode);
		this.referrals = referrals;
		this.consents = consents;
		this.clients = clients;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<String> after() {
		return Set.of(DemoConsents.NAME, DemoCases.NAME, "network demo data");
	}

	@Override
	void seed(Office office) {
		UUID tenant = office.tenant().id();
		if (this.jdbc.sql("SELECT count(*) FROM counselling_referral WHERE tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		Optional<OrganisationSummary> bruecke = organisation(tenant, "Brückenschlag");
		Optional<OrganisationSummary> welfare = organisation(tenant, "Wohlfahrtsverband");
		Optional<OrganisationSummary> school = organisation(tenant, "Sprachschule");
		if (bruecke.isEmpty() || welfare.isEmpty() || school.isEmpty()) {
			return;
		}
		List<Map<String, Object>> cases = this.jdbc.sql("""
				SELECT c.id, c.client_id FROM counselling_case c
				JOIN counselling_client cl ON cl.tenant_id = c.tenant_id AND cl.id = c.client_id
				WHERE c.tenant_id = ? AND c.status = 'OPEN' AND cl.responsible_id = ?
				ORDER BY c.id LIMIT 8""").params(tenant, office.berna()).query().listOfRows();
		if (cases.size() < 8) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
		List<Step> steps = List.of(new Step(bruecke.get(), ReferralStatus.PENDING, 2, "Elterncafé für die Familie"),
				new Step(bruecke.get(), ReferralStatus.PENDING, 5, "Hausaufgabenhilfe für die Kinder"),
				new Step(bruecke.get(), ReferralStatus.ACCEPTED, 12, "Frauentreff, Kontakt zu anderen Müttern"),
				new Step(bruecke.get(), ReferralStatus.DONE, 30, "Begleitung zur Kita-Anmeldung"),
				new Step(bruecke.get(), ReferralStatus.REJECTED, 20, "Sprachcafé am Vormittag"),
				new Step(bruecke.get(), ReferralStatus.REVOKED, 9, "Hausaufgabenhilfe"),
				new Step(welfare.get(), ReferralStatus.PENDING, 18, "Migrationsberatung zum Aufenthalt"),
				new Step(school.get(), ReferralStatus.ACCEPTED, 25, "Platz im Integrationskurs"));
		int count = 0;
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			UUID caseId = (UUID) cases.get(i).get("id");
			UUID clientId = (UUID) cases.get(i).get("client_id");
			Client client = this.clients.findAll(tenant, List.of(clientId)).stream().findFirst().orElse(null);
			if (client == null) {
				continue;
			}
			OffsetDateTime sent = now.minusDays(step.daysAgo());
			if (this.consents.withValidConsent(tenant, List.of(clientId.toString()), Purpose.REFERRAL).isEmpty()) {
				this.consents.recordBySystem(tenant, clientId, Purpose.REFERRAL, "de", sent.minusHours(1),
						HowGiven.WRITTEN);
			}
			// the outcome is checked two weeks after sending: overdue for the older ones
			LocalDate followUp = today.minusDays(step.daysAgo()).plusDays(14);
			Optional<UUID> id = this.referrals.sendBySystem(tenant, caseId, client, office.berna(), step.organisation(),
					SHARED, step.concern(), "Vermittlung in der Beratung besprochen", sent, followUp);
			if (id.isEmpty()) {
				continue;
			}
			count++;
			OffsetDateTime answered = sent.plusDays(2);
			switch (step.status()) {
				case ACCEPTED -> this.referrals.moveBySystem(tenant, id.get(), ReferralStatus.PENDING,
						ReferralStatus.ACCEPTED, office.berna(), answered, null);
				case DONE -> {
					this.referrals.moveBySystem(tenant, id.get(), ReferralStatus.PENDING, ReferralStatus.ACCEPTED,
							office.berna(), answered, null);
					this.referrals.moveBySystem(tenant, id.get(), ReferralStatus.ACCEPTED, ReferralStatus.DONE,
							office.berna(), answered.plusDays(7), "Die Anmeldung ist erledigt, ein Platz ab Februar.");
				}
				case REJECTED -> this.referrals.moveBySystem(tenant, id.get(), ReferralStatus.PENDING,
						ReferralStatus.REJECTED, office.berna(), answered, "Das Sprachcafé ist zurzeit voll.");
				case REVOKED -> this.referrals.moveBySystem(tenant, id.get(), ReferralStatus.PENDING,
						ReferralStatus.REVOKED, office.berna(), answered, "Die Familie ist umgezogen.");
				default -> {
				}
			}
		}
		log.info("Counselling demo data: {} referrals", count);
	}

	private Optional<OrganisationSummary> organisation(UUID tenant, String name) {
		return this.organisations.searchByName(tenant, name, new ApiPaging(0, 5)).items().stream().findFirst();
	}

	/**
	 * A demo referral: to whom, its state, how many days ago it was sent, the concern.
	 */
	record Step(OrganisationSummary organisation, ReferralStatus status, int daysAgo, String concern) {
	}

}
