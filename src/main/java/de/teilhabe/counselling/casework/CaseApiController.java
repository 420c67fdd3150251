package de.teilhabe.counselling.casework;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.CaseStore.CaseRow;
import de.teilhabe.counselling.casework.CaseStore.Goal;
import de.teilhabe.counselling.casework.CaseStore.ListRow;
import de.teilhabe.counselling.casework.Cases.CaseView;
import de.teilhabe.counselling.casework.Cases.Outcome;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases API (COUNSELLOR): a client's cases (open one: 201 with {@code id}; list
 * them), the counsellor's case list ({@code ?status=OPEN|CLOSED&kind=}, paged), one case,
 * changing its topics and title, its phase, closing, reopening, handing it over, the
 * goals of its Förderplan, and short anonymous contacts. A case the counsellor may not
 * read answers 403, another tenant's or an unknown one 404, a change of a closed case
 * 409, a wrong body 422 with {@code errors: [{field, message}]}. Every case returned is
 * recorded in the audit log.
 */
@RestController
class CaseApiController {

	private final Cases cases;

	private final MessageSource messages;

	CaseApiController(Cases cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@PostMapping("/api/v1/counselling/clients/{id}/cases")
	ResponseEntity<Map<String, Object>> open(@PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		UUID caseId = stored(this.cases.open(actor, id, orEmpty(body)));
		return ResponseEntity.created(URI.create("/api/v1/counselling/cases/" + caseId))
			.body(item(this.cases.read(actor, caseId, "detail")));
	}

	@GetMapping("/api/v1/counselling/clients/{id}/cases")
	ApiPage<Map<String, Object>> ofClient(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		List<CaseRow> rows = this.cases.ofClient(CurrentActor.get(), id);
		return ApiPage.slice(rows, paging).map(this::clientCase);
	}

	@GetMapping("/api/v1/counselling/cases")
	ApiPage<Map<String, Object>> mine(@RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return this.cases.mine(CurrentActor.get(), status(status), kind(kind), paging).map(this::listItem);
	}

	@GetMapping("/api/v1/counselling/cases/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		return item(this.cases.read(CurrentActor.get(), id, "detail"));
	}

	@PutMapping("/api/v1/counselling/cases/{id}")
	Map<String, Object> change(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		stored(this.cases.change(actor, id, orEmpty(body)));
		return item(this.cases.read(actor, id, "detail"));
	}

	@PostMapping("/api/v1/counselling/cases/{id}/phase")
	Map<String, Object> phase(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		stored(this.cases.phase(actor, id, orEmpty(body)));
		return item(this.cases.read(actor, id, "detail"));
	}

	@PostMapping("/api/v1/counselling/cases/{id}/close")
	Map<String, Object> close(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		stored(this.cases.close(actor, id, orEmpty(body)));
		return item(this.cases.read(actor, id, "detail"));
	}

	@PostMapping("/api/v1/counselling/cases/{id}/reopen")
	Map<String, Object> reopen(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		this.cases.reopen(actor, id);
		return item(this.cases.read(actor, id, "detail"));
	}

	@PostMapping("/api/v1/counselling/cases/{id}/handover")
	Map<String, Object> handOver(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		stored(this.cases.handOver(actor, id, orEmpty(body)));
		if (!this.cases.stillReads(actor, id)) {
			// handed on by a counsellor who held it through an earlier handover only
			return Map.of("id", id, "access", "NONE");
		}
		return item(this.cases.read(actor, id, "detail"));
	}

	@PostMapping("/api/v1/counselling/cases/{id}/goals")
	ResponseEntity<Map<String, Object>> addGoal(@PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		UUID goal = stored(this.cases.addGoal(actor, id, orEmpty(body)));
		return ResponseEntity.created(URI.create("/api/v1/counselling/cases/" + id + "/goals/" + goal))
			.body(goal(this.cases.goal(actor, id, goal).orElseThrow()));
	}

	@PutMapping("/api/v1/counselling/cases/{id}/goals/{goalId}")
	Map<String, Object> changeGoal(@PathVariable UUID id, @PathVariable UUID goalId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		stored(this.cases.changeGoal(actor, id, goalId, orEmpty(body)));
		return goal(this.cases.goal(actor, id, goalId).orElseThrow());
	}

	@PostMapping("/api/v1/counselling/short-contacts")
	ResponseEntity<Map<String, Object>> shortContact(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		UUID id = stored(this.cases.recordShortContact(actor, orEmpty(body)));
		return ResponseEntity.created(URI.create("/api/v1/counselling/cases/" + id))
			.body(item(this.cases.read(actor, id, "detail")));
	}

	private Map<String, Object> item(CaseView view) {
		CaseRow row = view.row();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", row.id());
		item.put("kind", row.kind());
		item.put("status", row.closed() ? "CLOSED" : "OPEN");
		item.put("phase", row.phase());
		item.put("nextPhase", view.nextPhase());
		item.put("topics", topics(row.topics()));
		item.put("title", row.title());
		item.put("openedOn", row.openedOn());
		item.put("closedOn", row.closedOn());
		item.put("benefitAtStart", row.benefitAtStart());
		item.put("benefitAtEnd", row.benefitAtEnd());
		if (row.clientId() != null) {
			Map<String, Object> client = new LinkedHashMap<>();
			client.put("id", row.clientId());
			client.put("clientNumber", view.clientNumber());
			client.put("name", view.clientName());
			item.put("client", client);
		}
		else {
			item.put("client", null);
		}
		item.put("responsible", view.responsibleName());
		item.put("lastContactAt", view.lastContact());
		if (view.shortContact() != null) {
			Map<String, Object> contact = new LinkedHashMap<>();
			contact.put("happenedAt", view.shortContact().happenedAt());
			contact.put("durationMinutes", view.shortContact().minutes());
			contact.put("channel", view.shortContact().channel());
			contact.put("language", view.shortContact().language());
			item.put("shortContact", contact);
		}
		item.put("goals", view.goals().stream().map(CaseApiController::goal).toList());
		item.put("handovers", view.handovers().stream().map((handover) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("from", handover.from());
			entry.put("to", handover.to());
			entry.put("handedAt", handover.handedAt());
			entry.put("deputyAdded", handover.deputyAdded());
			return entry;
		}).toList());
		item.put("createdAt", row.createdAt());
		item.put("updatedAt", row.updatedAt());
		return item;
	}

	private Map<String, Object> clientCase(CaseRow row) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", row.id());
		item.put("kind", row.kind());
		item.put("status", row.closed() ? "CLOSED" : "OPEN");
		item.put("phase", row.phase());
		item.put("topics", topics(row.topics()));
		item.put("title", row.title());
		item.put("openedOn", row.openedOn());
		item.put("closedOn", row.closedOn());
		item.put("benefitAtStart", row.benefitAtStart());
		item.put("benefitAtEnd", row.benefitAtEnd());
		return item;
	}

	private Map<String, Object> listItem(ListRow row) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", row.id());
		item.put("clientId", row.clientId());
		item.put("clientNumber", row.clientNumber());
		item.put("clientName", row.clientName());
		item.put("kind", row.kind());
		item.put("status", row.status());
		item.put("phase", row.phase());
		item.put("topics", topics(row.topics()));
		item.put("title", row.title());
		item.put("openedOn", row.openedOn());
		item.put("closedOn", row.closedOn());
		item.put("lastContactAt", row.lastContact());
		return item;
	}

	private static Map<String, Object> goal(Goal goal) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", goal.id());
		item.put("text", goal.text());
		item.put("dueOn", goal.dueOn());
		item.put("state", goal.state());
		item.put("updatedAt", goal.updatedAt());
		return item;
	}

	private List<Map<String, String>> topics(List<Topic> topics) {
		Locale locale = LocaleContextHolder.getLocale();
		return topics.stream()
			.map((topic) -> Map.of("code", topic.name(), "name",
					this.messages.getMessage("counselling.topic." + topic.name(), null, locale)))
			.toList();
	}

	/** The id of what was stored, or 422 with the errors. */
	private static UUID stored(Outcome outcome) {
		if (!outcome.stored()) {
			throw new InvalidBodyException(outcome.checked().errors());
		}
		return outcome.id();
	}

	/** A status filter: OPEN, CLOSED or none (400 else). */
	static String status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		if (!status.equals("OPEN") && !status.equals("CLOSED")) {
			throw new BadRequestException("counselling.cases.error.status");
		}
		return status;
	}

	/** A kind filter: a kind or none (400 else). */
	static CaseKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		for (CaseKind each : CaseKind.values()) {
			if (each.name().equals(kind)) {
				return each;
			}
		}
		throw new BadRequestException("counselling.cases.error.kind");
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
