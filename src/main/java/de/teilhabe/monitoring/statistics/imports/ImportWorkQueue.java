package de.teilhabe.monitoring.statistics.imports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
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

	// TODO(merge): use shared.time.Times once it exists (platform-wide Europe/Berlin
	// formatting)
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
		.withZone(ZoneId.of("Europe/Berlin"));

	private final StatisticsImports imports;

	ImportWorkQueue(StatisticsImports imports) {
		this.imports = imports;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.hasAny(Role.STRATEGY, Role.ADMIN)) {
			return List.of();
		}
		return this.imports.history(actor.tenantId(), 1)
			.stream()
			.map((last) -> new WorkItem("monitoring.work.lastImport", "/statistics/imports/" + last.id(),
					last.fileName(), WHEN.format(last.startedAt()),
					new DefaultMessageSourceResolvable("monitoring.status." + last.status())))
			.findFirst()
			.map(List::of)
			.orElse(List.of(new WorkItem("monitoring.work.noImport", "/statistics/upload")));
	}

}
