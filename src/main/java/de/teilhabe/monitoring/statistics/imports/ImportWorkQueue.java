package de.teilhabe.monitoring.statistics.imports;

import java.util.List;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * For the start page of those who import statistics: the tenant's last import, when it
 * was and how it ended.
 */
@Component
class ImportWorkQueue implements WorkQueue {

	private final StatisticsImports imports;

	private final Times times;

	ImportWorkQueue(StatisticsImports imports, Times times) {
		this.imports = imports;
		this.times = times;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.hasAny(Role.STRATEGY, Role.ADMIN)) {
			return List.of();
		}
		return this.imports.history(actor.tenantId(), 1)
			.stream()
			.map((last) -> new WorkItem("monitoring.work.lastImport", "/statistics/imports/" + last.id(),
					last.fileName(), this.times.dateTime(last.startedAt()),
					new DefaultMessageSourceResolvable("monitoring.status." + last.status())))
			.findFirst()
			.map(List::of)
			.orElse(List.of(new WorkItem("monitoring.work.noImport", "/statistics/upload")));
	}

}
