package de.teilhabe.guides.run;

import java.util.Set;

import de.teilhabe.guides.demo.DemoGuides;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a proposal of the batch assignment for the demo guide network's open
 * requests, computed after the demo data and shown at {@code /guides/matching/runs/…}
 * (served beside what taking the cheapest pair first serves). Skipped for a tenant that
 * has runs.
 */
@Component
class DemoMatchingRun implements StartupTask {

	private final Tenants tenants;

	private final MatchingRuns runs;

	private final PlatformMode mode;

	private final JdbcClient jdbc;

	DemoMatchingRun(Tenants tenants, MatchingRuns runs, PlatformMode mode, JdbcClient jdbc) {
		this.tenants = tenants;
		this.runs = runs;
		this.mode = mode;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "guides matching demo run";
	}

	@Override
	public Set<String> after() {
		return Set.of(DemoGuides.NAME);
	}

	/**
	 * Nobody needs the demo proposal in the first second, and loading the solver's native
	 * libraries costs about a second of CPU: it is made while the platform already
	 * serves.
	 */
	@Override
	public boolean whileServing() {
		return true;
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		Tenant tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElse(null);
		if (tenant == null || this.jdbc.sql("SELECT count(*) FROM guide_matching_run WHERE tenant_id = ?")
			.param(tenant.id())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.runs.propose(tenant.id(), "Konrad Koordination");
	}

}
