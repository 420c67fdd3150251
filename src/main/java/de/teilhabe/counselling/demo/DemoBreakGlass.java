package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two break-glass accesses of Bilal Beratung ({@code beratung2}) to
 * clients of Berna Beratung, three days and two weeks ago, so the PRIVACY_OFFICER's
 * review page and start page show something. Skipped when the tenant has any break-glass
 * access.
 */
@Component
class DemoBreakGlass extends DemoOfficeTask {

	static final String NAME = "counselling demo break-glass accesses";

	private final ClientAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoBreakGlass(Tenants tenants, UserDirectory users, ClientAccess access, PlatformMode mode, JdbcClient jdbc,
			Clock clock) {
		super(NAME, DemoClients.NAME, tenants, users, mode);
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		UUID berna = office.berna();
		UUID bilal = office.bilal();
		if (this.jdbc.sql("SELECT count(*) FROM counselling_break_glass WHERE tenant_id = ?")
			.param(tenant.id())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		var clients = this.jdbc.sql("""
				SELECT c.id FROM counselling_client c WHERE c.tenant_id = ? AND c.responsible_id = ?
				AND NOT EXISTS (SELECT 1 FROM counselling_client_deputy d WHERE d.client_id = c.id AND d.user_id = ?)
				ORDER BY c.client_number LIMIT 2""").params(tenant.id(), berna, bilal).query(UUID.class).list();
		if (clients.size() < 2) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.access.breakGlass(tenant.id(), bilal, "beratung2", clients.get(0),
				"Vertretung: Kollegin im Urlaub, Termin bei der Ausländerbehörde am nächsten Morgen", now.minusDays(3));
		this.access.breakGlass(tenant.id(), bilal, "beratung2", clients.get(1),
				"Klientin kam ohne Termin in die Sprechstunde, zuständige Kollegin krank", now.minusDays(14));
	}

}
