package de.teilhabe.counselling.casework.contact;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;

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
 * The API of contacts, notes and tasks of a case (COUNSELLOR, whoever reads the case's
 * client; 403 otherwise, 404 for an unknown case or another tenant's): paged lists (each
 * read audited), entering and changing contacts (with a follow-up), writing notes,
 * setting tasks and marking them done; the user's own open tasks by when they are due.
 * Bad bodies: 422 {@code errors: [{field, message}]}; a closed case takes no contacts and
 * no tasks (409).
 */
@RestController
class CaseworkApiController {

	private static final String CASES = "/api/v1/counselling/cases/";

	private final CaseContacts contacts;

	private final CaseNotes notes;

	private final CaseTasks tasks;

	CaseworkApiController(CaseContacts contacts, CaseNotes notes, CaseTasks tasks) {
		this.contacts = contacts;
		this.notes = notes;
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/counselling/cases/{caseId}/contacts")
	ApiPage<Map<String, Object>> contacts(@PathVariable UUID caseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.contacts.list(CurrentActor.get(), caseId, ApiPaging.of(page, size))
			.map((contact) -> item(contact, locale));
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/contacts")
	ResponseEntity<Map<String, Object>> createContact(@PathVariable UUID caseId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Locale locale = LocaleContextHolder.getLocale();
		CaseContacts.Saved saved = this.contacts.create(actor, caseId, orEmpty(body), locale);
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create(CASES + caseId + "/contacts/" + saved.id()))
			.body(saved(actor, caseId, saved, locale));
	}

	@PutMapping("/api/v1/counselling/cases/{caseId}/contacts/{id}")
	Map<String, Object> updateContact(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		CaseContacts.Saved saved = this.contacts.update(actor, caseId, id, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return saved(actor, caseId, saved, LocaleContextHolder.getLocale());
	}

	private Map<String, Object> saved(Actor actor, UUID caseId, CaseContacts.Saved saved, Locale locale) {
		Map<String, Object> item = item(this.contacts.find(actor, caseId, saved.id()), locale);
		item.put("followUpTaskId", saved.taskId());
		item.put("interpreterHint", saved.interpreterHint());
		return item;
	}

	@GetMapping("/api/v1/counselling/cases/{caseId}/notes")
	ApiPage<Map<String, Object>> notes(@PathVariable UUID caseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.notes.list(CurrentActor.get(), caseId, ApiPaging.of(page, size)).map(CaseworkApiController::item);
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/notes")
	ResponseEntity<Map<String, Object>> writeNote(@PathVariable UUID caseId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		CaseNotes.Saved saved = this.notes.write(actor, caseId, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create(CASES + caseId + "/notes"))
			.body(item(this.notes.stored(actor, caseId, saved.id()).orElseThrow()));
	}

	@GetMapping("/api/v1/counselling/cases/{caseId}/tasks")
	ApiPage<Map<String, Object>> tasks(@PathVariable UUID caseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.tasks.list(CurrentActor.get(), caseId, ApiPaging.of(page, size)).map(CaseworkApiController::item);
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/tasks")
	ResponseEntity<Map<String, Object>> createTask(@PathVariable UUID caseId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		CaseTasks.Saved saved = this.tasks.create(actor, caseId, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create(CASES + caseId + "/tasks/" + saved.id()))
			.body(item(this.tasks.stored(actor, saved.id())));
	}

	@PutMapping("/api/v1/counselling/cases/{caseId}/tasks/{id}")
	Map<String, Object> updateTask(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> values = orEmpty(body);
		Actor actor = CurrentActor.get();
		boolean changesFields = values.containsKey("title") || values.containsKey("dueOn")
				|| values.containsKey("assigneeId");
		if (changesFields) {
			CaseTasks.Saved changed = this.tasks.change(actor, caseId, id, values);
			if (changed.id() == null) {
				throw new InvalidBodyException(changed.checked().errors());
			}
		}
		if (!changesFields || values.containsKey("done")) {
			Object done = values.get("done");
			return item(this.tasks.setDone(actor, caseId, id, (done instanceof Boolean yes) ? yes : null));
		}
		return item(this.tasks.stored(actor, id));
	}

	@GetMapping("/api/v1/counselling/tasks")
	ApiPage<Map<String, Object>> mine(@RequestParam(required = false) String due,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		CaseTasks.Due which = CaseTasks.Due.of(due);
		return this.tasks.mine(CurrentActor.get(), which, ApiPaging.of(page, size)).map((mine) -> {
			Map<String, Object> item = item(mine.task());
			item.put("clientId", mine.clientId());
			item.put("clientName", mine.clientName());
			item.put("clientNumber", mine.clientNumber());
			item.put("overdue", mine.overdue());
			return item;
		});
	}

	private static Map<String, Object> item(Contact contact, Locale locale) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", contact.id());
		item.put("caseId", contact.caseId());
		item.put("counsellor", contact.counsellorName());
		item.put("happenedAt", contact.happenedAt());
		item.put("durationMinutes", contact.durationMinutes());
		item.put("channel", contact.channel());
		item.put("language", contact.language());
		item.put("languageName", (contact.language() != null) ? contact.languageName(locale) : null);
		item.put("interpreter", contact.interpreter());
		item.put("summary", contact.summary());
		item.put("createdAt", contact.createdAt());
		item.put("updatedAt", contact.updatedAt());
		return item;
	}

	private static Map<String, Object> item(Note note) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", note.id());
		item.put("caseId", note.caseId());
		item.put("author", note.authorName());
		item.put("writtenAt", note.writtenAt());
		item.put("text", note.text());
		item.put("corrects", note.correctsId());
		item.put("correctedAt", note.correctedAt());
		return item;
	}

	private static Map<String, Object> item(Task task) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", task.id());
		item.put("caseId", task.caseId());
		item.put("contactId", task.contactId());
		item.put("title", task.title());
		item.put("dueOn", task.dueOn());
		item.put("assigneeId", task.assigneeId());
		item.put("assignee", task.assigneeName());
		item.put("createdBy", task.createdByName());
		item.put("createdAt", task.createdAt());
		item.put("done", task.done());
		item.put("doneAt", task.doneAt());
		item.put("doneBy", task.doneByName());
		return item;
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
