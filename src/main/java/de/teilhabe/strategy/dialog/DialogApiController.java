package de.teilhabe.strategy.dialog;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The priorities of a dialog as JSON (staff read). */
@RestController
class DialogApiController {

	static final int MAX_KEPT_ANSWERS = 1_000;

	private final DialogStore store;

	private final JsonMapper json;

	/**
	 * The last answer of each dialog as JSON, made for one priorities version of the
	 * tenant (see {@link DialogStore#prioritiesVersion}): a request whose version is the
	 * kept one's gets it without reading the counts or writing the JSON again; any change
	 * of the counts, groups or fields moves the version on in its own transaction.
	 * Emptied when full.
	 */
	private final Map<UUID, KeptAnswer> answers = new ConcurrentHashMap<>();

	private record KeptAnswer(long version, RawValue json) {
	}

	DialogApiController(DialogStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	/** A cell: Handlungsfeld and stakeholder group by name, the type and the count. */
	public record Cell(String field, StatementType type, String group, long count) {
	}

	/** The cells with statements (not merged into another), by field, group and type. */
	public record Priorities(List<Cell> cells) {
	}

	/**
	 * The answer as kept JSON, written as it is by the platform's JSON converter (so the
	 * content negotiation is the one of every other answer); the API document names its
	 * schema, {@link Priorities}.
	 */
	@GetMapping("/api/v1/strategy/dialogs/{id}/priorities")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = "*/*", schema = @Schema(implementation = Priorities.class)))
	RawValue priorities(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		long version = this.store.prioritiesVersion(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"))
			.version();
		KeptAnswer kept = this.answers.get(id);
		if (kept == null || kept.version() != version) {
			// the counts with the version of their own snapshot (never older counts under
			// a
			// newer number)
			DialogStore.Priorities read = this.store.priorities(tenantId, id)
				.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
			kept = new KeptAnswer(read.version(),
					new RawValue(this.json.writeValueAsString(new Priorities(read.cells()
						.stream()
						.map((cell) -> new Cell(cell.field(), cell.type(), cell.group(), cell.count()))
						.toList()))));
			if (this.answers.size() >= MAX_KEPT_ANSWERS) {
				this.answers.clear();
			}
			this.answers.put(id, kept);
		}
		return kept.json();
	}

}
