package de.teilhabe.region.tenant;

import java.util.List;
import java.util.Set;

import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the tenants at start: in demo mode the two demo tenants (and refuses a database
 * that holds real tenants); in production the first tenant from
 * {@code teilhabe.bootstrap.tenant.*} when there is none yet.
 */
@Component
class TenantSetup implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(TenantSetup.class);

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final PlatformMode mode;

	private final BootstrapTenant bootstrap;

	TenantSetup(Tenants tenants, JdbcClient jdbc, PlatformMode mode,
			@Value("${teilhabe.bootstrap.tenant.slug:}") String slug,
			@Value("${teilhabe.bootstrap.tenant.name:}") String name,
			@Value("${teilhabe.bootstrap.tenant.region:}") String region) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.mode = mode;
		this.bootstrap = new BootstrapTenant(slug, name, region);
	}

	@Override
	public String name() {
		return "tenants";
	}

	@Override
	public Set<String> after() {
		// a tenant names its region
		return Set.of("regions");
	}

	@Override
	public void run() {
		if (this.mode.isDemo()) {
			createDemoTenants();
		}
		else if (this.tenants.all().isEmpty()) {
			bootstrapFirstTenant();
		}
	}

	private void createDemoTenants() {
		if (this.tenants.all().stream().anyMatch((tenant) -> !tenant.demo())) {
			throw new IllegalStateException("Demo mode is refused: this database holds real (non-demo) tenants. "
					+ "Start without demo mode (teilhabe.demo=false) or use another data folder.");
		}
		for (BootstrapTenant demo : List.of(new BootstrapTenant("landkreis-osnabrueck", "Landkreis Osnabrück", "03459"),
				new BootstrapTenant("stadt-osnabrueck", "Stadt Osnabrück", "03404"))) {
			if (this.tenants.findBySlug(demo.slug()).isEmpty()) {
				this.tenants.create(demo.slug(), demo.name(), demo.region(), true);
				log.info("Demo tenant {} created", demo.name());
			}
		}
		fillDemoSettings("landkreis-osnabrueck", new DemoSettings("Koordinierungsstelle Integration",
				"Am Schölerberg 1", "49082", "Osnabrück",
				"Mo–Do 8:30–12:00 Uhr\nDo 14:00–17:00 Uhr\nund nach Vereinbarung", "0541 501-0000",
				"integration@landkreis-osnabrueck.example",
				"Landkreis Osnabrück, Am Schölerberg 1, 49082 Osnabrück\nVertreten durch die Landrätin\n\n"
						+ "Demonstrationsbetrieb: Alle Angaben sind Beispieldaten.",
				"Wir verarbeiten Ihre Daten nur, um Ihre Anfrage zu beantworten (Art. 6 Abs. 1 lit. e DSGVO).\n\n"
						+ "Demonstrationsbetrieb: Dieser Text ist ein Beispiel."));
		// the Stadt has no privacy text yet: its page says that the office has not
		// written it
		fillDemoSettings("stadt-osnabrueck",
				new DemoSettings("Büro für Integration", "Bierstraße 28", "49074", "Osnabrück",
						"Di und Do 9:00–12:00 Uhr", "0541 323-0000", "integration@stadt-osnabrueck.example",
						"Stadt Osnabrück, Bierstraße 28, 49074 Osnabrück\n\n"
								+ "Demonstrationsbetrieb: Alle Angaben sind Beispieldaten.",
						null));
	}

	/**
	 * Gives a demo tenant an address, office hours, contact and texts for its public
	 * pages, unless its settings were ever saved (an ADMIN's changes stay).
	 */
	private void fillDemoSettings(String slug, DemoSettings demo) {
		this.tenants.findBySlug(slug)
			.ifPresent((tenant) -> this.jdbc
				.sql("""
						UPDATE tenant_settings SET office_name = ?, street = ?, postcode = ?, city = ?, office_hours = ?,
						       phone = ?, email = ?, imprint_text = ?, privacy_text = ?
						WHERE tenant_id = ? AND version = 0 AND street IS NULL AND office_hours IS NULL AND email IS NULL""")
				.params(demo.officeName(), demo.street(), demo.postcode(), demo.city(), demo.officeHours(),
						demo.phone(), demo.email(), demo.imprint(), demo.privacy(), tenant.id())
				.update());
	}

	record DemoSettings(String officeName, String street, String postcode, String city, String officeHours,
			String phone, String email, String imprint, String privacy) {
	}

	private void bootstrapFirstTenant() {
		if (!this.bootstrap.isComplete()) {
			log.warn("No tenant exists yet. Set TEILHABE_BOOTSTRAP_TENANT_SLUG, TEILHABE_BOOTSTRAP_TENANT_NAME and "
					+ "TEILHABE_BOOTSTRAP_TENANT_REGION to create the first one (see docs/operations.md).");
			return;
		}
		this.tenants.create(this.bootstrap.slug(), this.bootstrap.name(), this.bootstrap.region(), false);
		log.info("First tenant {} ({}) created from the bootstrap configuration", this.bootstrap.name(),
				this.bootstrap.slug());
	}

	record BootstrapTenant(String slug, String name, String region) {

		boolean isComplete() {
			return !this.slug.isBlank() && !this.name.isBlank() && !this.region.isBlank();
		}

	}

}
