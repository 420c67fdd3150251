package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.accompaniment.GuideAccompaniments;
import de.teilhabe.counselling.client.ClientConsents;
import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: Berna Beratung asks the Leitstelle for a guide from four of her open
 * cases (after {@link DemoCases}), for clients who speak Arabic, Farsi, Ukrainian or
 * Tigrinya, on the next weeks' weekdays, each client with the consent to pass first name
 * and phone to the guide. The requests appear in the Leitstelle's open requests, where
 * the coordinator assigns a guide. Skipped when the Landkreis has an accompaniment
 * already.
 */
@Component
class DemoAccompaniments extends DemoOfficeTask {

	static final String NAME = "counselling demo accompaniments";

	private static final Logger log = LoggerFactory.getLogger(DemoAccompaniments.class);

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Language, topic, place and brief of each demo request. */
	private static final List<List<String>> ASKED = List.of(
			List.of("ar", "AUTHORITY", "Ausländerbehörde, Am Schölerberg 1, Osnabrück",
					"Termin zur Verlängerung des Aufenthaltstitels; Unterlagen sind vollständig."),
			List.of("fa", "HOUSING", "Wohnungsbesichtigung, Treffpunkt am Rathaus",
					"Erste Wohnungsbesichtigung; Hilfe beim Gespräch mit dem Vermieter."),
			List.of("uk", "AUTHORITY", "Jobcenter, Johann-Domann-Straße 6, Osnabrück",
					"Termin zur Antragstellung; bitte Kopien der Unterlagen mitbringen lassen."),
			List.of("ti", "ORIENTATION", "Bushaltestelle am Bahnhof", "Weg zur Sprachschule und Busfahrkarte zeigen."));

	private final GuideAccompaniments accompaniments;

	private final ClientConsents consents;

	private final ClientStore clients;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoAccompaniments(Tenants tenants, UserDirectory users, PlatformMode mode, GuideAccompaniments accompaniments,
			ClientConsents consents, ClientStore clients, JdbcClient jdbc, Clock clock) {
		super(NAME, DemoCases.NAME, tenants, users, mode);
		this.clients = clients;
		this.accompaniments = accompaniments;
		this.consents = consents;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		if (this.jdbc.sql("SELECT count(*) FROM counselling_accompaniment WHERE tenant_id = ?")
			.param(tenant.id())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		long started = System.nanoTime();
		Actor berna = new Actor(office.berna(), tenant.id(), "beratung",
				this.users.displayNameOf(tenant.id(), office.berna()).orElse("Berna Beratung"),
				Set.of(Role.COUNSELLOR));
		LocalDate monday = LocalDate.now(this.clock.withZone(BERLIN)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int count = 0;
		for (int i = 0; i < ASKED.size(); i++) {
			List<String> asked = ASKED.get(i);
			Case found = openCaseSpeaking(tenant.id(), office.berna(), asked.get(0));
			if (found == null) {
				continue;
			}
			this.consents.recordBySystem(tenant.id(), found.clientId(), Purpose.GUIDE_ACCOMPANIMENT, "de",
					now.minusDays(1), HowGiven.WRITTEN);
			LocalDate day = monday.plusWeeks(i / 2).plusDays(1 + i);
			GuideAccompaniments.Asked result = this.accompaniments.ask(berna, found.id(),
					Map.of("topic", asked.get(1), "language", asked.get(0), "gemeinde", found.gemeinde(), "place",
							asked.get(2), "date", day.toString(), "starts", "09:30", "ends", "11:30", "brief",
							asked.get(3)));
			if (result.id() != null) {
				count++;
			}
			else {
				log.warn("Counselling demo accompaniment not asked: {}", result.checked().errors().keySet());
			}
		}
		log.info("Counselling demo data: {} accompaniments by a guide in {} ms", count,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * An open case of the counsellor (not asked for yet) whose client speaks the language
	 * and lives in a known Gemeinde: the clients' languages decrypted one by one, newest
	 * case first, without an audit entry (the system seeds, nobody reads).
	 */
	private Case openCaseSpeaking(UUID tenantId, UUID counsellor, String language) {
		List<UUID[]> open = this.jdbc.sql("""
				SELECT c.id, c.client_id FROM counselling_case c
				WHERE c.tenant_id = ? AND c.responsible_id = ? AND c.status = 'OPEN' AND c.client_id IS NOT NULL
				  AND c.kind <> 'SHORT_CONTACT'
				  AND NOT EXISTS (SELECT 1 FROM counselling_accompaniment a WHERE a.tenant_id = c.tenant_id
				                  AND a.case_id = c.id)
				ORDER BY c.opened_on DESC, c.id LIMIT 200""")
			.params(tenantId, counsellor)
			.query((rs, row) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class) })
			.list();
		for (UUID[] found : open) {
			if (this.clients.languagesOf(tenantId, found[1]).contains(language)) {
				String gemeinde = this.clients.gemeindeOf(tenantId, found[1]).orElse(null);
				if (gemeinde != null) {
					return new Case(found[0], found[1], gemeinde);
				}
			}
		}
		return null;
	}

	/** A demo case with its client and the Gemeinde of the appointment. */
	record Case(UUID id, UUID clientId, String gemeinde) {
	}

}
