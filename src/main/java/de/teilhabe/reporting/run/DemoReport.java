package de.teilhabe.reporting.run;

import java.util.Locale;
import java.util.Set;

import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.reporting.definition.DefinitionStore;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.shared.PlatformMode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Demo mode only: the demo Landkreis Osnabrück's default report is generated once after
 * start, in the background (a while-serving task that only queues the run, after the
 * shipped indicators, the demo concept, goals, measures and network and the guides'
 * history are in place), so that its versions list shows a version from the start and the
 * first report a user generates has one to compare with. Skipped when the definition has
 * a version or a run under way (a restart on kept data); a run an earlier instance left
 * unfinished is marked failed before (InterruptedRuns), so the next start makes the
 * version.
 */
@Component
class DemoReport extends DemoLandkreisTask {

	private static final Set<String> AFTER = Set.of("report definitions", "interrupted report runs",
			"indicator catalogue", "strategy goals demo data", "strategy measures demo data", "network demo data",
			// the guides' 12 months of history, published (chapter on the guide network)
			"guides demo history",
			// the counselling service's 12 months, published (chapter on the counselling
			// service)
			"counselling demo statistics");

	private final DefinitionStore definitions;

	private final RunStore runs;

	private final ReportRuns reportRuns;

	private final MessageSource messages;

	DemoReport(Tenants tenants, DefinitionStore definitions, RunStore runs, ReportRuns reportRuns, PlatformMode mode,
			MessageSource messages) {
		super("demo report", AFTER, tenants, mode);
		this.definitions = definitions;
		this.runs = runs;
		this.reportRuns = reportRuns;
		this.messages = messages;
	}

	@Override
	protected void seed(Tenant tenant) {
		ReportDefinition standard = this.definitions.all(tenant.id())
			.stream()
			.filter(ReportDefinition::standard)
			.findFirst()
			.orElse(null);
		if (standard == null || !this.runs.versions(tenant.id(), standard.id()).isEmpty()
				|| this.runs.latest(tenant.id(), standard.id(), 10)
					.stream()
					.anyMatch((run) -> run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING)) {
			return;
		}
		String starter = this.messages.getMessage("reporting.run.demoStarter", null, Locale.GERMAN);
		Runnable start = this.reportRuns.queueAsPlatform(tenant.id(), standard.id(), starter);
		if (start == null) {
			return;
		}
		// the run is queued in this task's transaction and started once it is committed
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					start.run();
				}
			});
		}
		else {
			start.run();
		}
	}

}
