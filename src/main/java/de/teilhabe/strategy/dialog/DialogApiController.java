package de.teilhabe.strategy.dialog;

import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The priorities of a dialog as JSON (staff read). */
@RestController
class DialogApiController {

	private final DialogStore store;

	DialogApiController(DialogStore store) {
		this.store = store;
	}

	/** A cell: Handlungsfeld and stakeholder group by name, the type and the count. */
	public record Cell(String field, StatementType type, String group, long count) {
	}

	/** The cells with statements (not merged into another), by field, group and type. */
	public record Priorities(List<Cell> cells) {
	}

	@GetMapping("/api/v1/strategy/dialogs/{id}/priorities")
	Priorities priorities(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		DialogStore.Priorities read = this.store.priorities(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
		return new Priorities(read.cells()
			.stream()
			.map((cell) -> new Cell(cell.field(), cell.type(), cell.group(), cell.count()))
			.toList());
	}

}
