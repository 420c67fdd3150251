package de.teilhabe.guides.run;

import java.util.Set;

import de.teilhabe.guides.demo.DemoGuides;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a proposal of the batch assignment for the demo guide network's open
 * requests, computed after the demo data and shown at {@code /guides/matching/runs/…}
 * (served beside what taking the cheapest pair first serves). Skipped for a tenant that
 * has runs. Nobody needs the demo proposal in the first second, and loading the solver's
 * native libraries costs about a second of CPU: it is made while the platform already
 * serves.
 */
@Component
class DemoMatchingRun extends DemoLandkreisTask {

	private final MatchingRuns runs;

	private final JdbcClient jdbc;

	DemoMatchingRun(Tenants tenants, MatchingRuns runs, PlatformMode mode, JdbcClient jdbc) {
		super("guides matching demo run", Set.of(DemoGuides.NAME), tenants, mode);
		this.runs = runs;
		this.jdbc = jdbc;
	}

	@Override
	protected void seed(Tenant tenant) {
		if (this.jdbc.sql("SELECT count(*) FROM guide_matching_run WHERE tenant_id = ?")
			.param(tenant.id())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.runs.propose(tenant.id(), "Konrad Koordination");
	}

}
