package de.teilhabe.region.tenant;

import java.util.List;

import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
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

	private final PlatformMode mode;

	private final BootstrapTenant bootstrap;

	TenantSetup(Tenants tenants, PlatformMode mode, @Value("${teilhabe.bootstrap.tenant.slug:}") String slug,
			@Value("${teilhabe.bootstrap.tenant.name:}") String name,
			@Value("${teilhabe.bootstrap.tenant.region:}") String region) {
		this.tenants = tenants;
		this.mode = mode;
		this.bootstrap = new BootstrapTenant(slug, name, region);
	}

	@Override
	public int order() {
		return TENANTS;
	}

	@Override
	public String name() {
		return "tenants";
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
