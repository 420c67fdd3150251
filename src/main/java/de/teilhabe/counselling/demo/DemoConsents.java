package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.client.ClientConsents;
import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: consent records for most demo clients of the Landkreis Osnabrück (after
 * {@link DemoClients}): nearly all agreed to the counselling itself on the day they were
 * entered (mostly in writing, in German or English); some also to passing their data to
 * the Jobcenter, to the Migrationsberatung für Erwachsene (MBE) or to a language course
 * provider, a few of those withdrawn later. The same seed gives the same consents;
 * skipped when any demo client has a valid consent to the counselling already.
 */
@Component
class DemoConsents extends DemoOfficeTask {

	static final String NAME = "counselling demo consents";

	private static final Logger log = LoggerFactory.getLogger(DemoConsents.class);

	private final ClientConsents consents;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoConsents(Tenants tenants, UserDirectory users, ClientConsents consents, PlatformMode mode, JdbcClient jdbc,
			Clock clock) {
		super(NAME, DemoClients.NAME, tenants, users, mode);
		this.consents = consents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		List<DemoClient> clients = this.jdbc
			.sql("SELECT id, created_at FROM counselling_client WHERE tenant_id = ? ORDER BY client_number")
			.param(tenant.id())
			.query(DemoClient.class)
			.list();
		if (clients.isEmpty() || !this.consents
			.withValidConsent(tenant.id(), clients.stream().map((client) -> client.id().toString()).toList(),
					Purpose.COUNSELLING)
			.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(1616);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int count = 0;
		for (DemoClient client : clients) {
			if (random.nextInt(10) == 0) {
				continue; // about one in ten: no consent recorded yet
			}
			String language = (random.nextInt(5) == 0) ? "en" : "de";
			HowGiven how = (random.nextInt(6) == 0) ? HowGiven.ORAL : HowGiven.WRITTEN;
			OffsetDateTime given = client.createdAt().isAfter(now) ? now : client.createdAt();
			this.consents.recordBySystem(tenant.id(), client.id(), Purpose.COUNSELLING, language, given, how);
			count++;
			for (Purpose referral : List.of(Purpose.REFERRAL_JOBCENTER, Purpose.REFERRAL_MBE,
					Purpose.REFERRAL_LANGUAGE_COURSE)) {
				if (random.nextInt(4) != 0) {
					continue;
				}
				long days = Math.max(0, ChronoUnit.DAYS.between(given, now));
				OffsetDateTime referred = given.plusDays((days > 0) ? random.nextLong(days + 1) : 0);
				ConsentRecord consent = this.consents.recordBySystem(tenant.id(), client.id(), referral, language,
						referred.isAfter(now) ? now : referred, how);
				count++;
				long left = ChronoUnit.DAYS.between(consent.givenAt(), now);
				if (random.nextInt(6) == 0 && left > 1) {
					this.consents.withdrawBySystem(tenant.id(), consent.id(),
							consent.givenAt().plusDays(1 + random.nextLong(left - 1)),
							"Widerruf mündlich in der Beratung");
				}
			}
		}
		log.info("Counselling demo data: {} consents in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	/** A demo client: its id and when it was entered. */
	record DemoClient(UUID id, OffsetDateTime createdAt) {
	}

}
