package de.teilhabe.counselling.casework.contact;

import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a case's contacts, notes and tasks (each a list with its form; wrong
 * values show the page again with every wrong field named, 400) and the counsellor's own
 * follow-ups („Meine Wiedervorlagen“). Who may read the case's client may use them (403
 * otherwise, 404 for an unknown case); every page shown is audited.
 */
@Controller
class CaseworkController {

	private static final int PAGE_SIZE = 50;

	private static final String BASE = "/counselling/cases/";

	private static final String LABELS = "counselling.contacts.field.";

	private final CaseContacts contacts;

	private final CaseNotes notes;

	private final CaseTasks tasks;

	private final CaseFiles files;

	private final MessageSource messages;

	private final CaseHeaders headers;

	CaseworkController(CaseContacts contacts, CaseNotes notes, CaseTasks tasks, CaseFiles files, MessageSource messages,
			CaseHeaders headers) {
		this.headers = headers;
		this.contacts = contacts;
		this.notes = notes;
		this.tasks = tasks;
		this.files = files;
		this.messages = messages;
	}

	@GetMapping("/counselling/cases/{caseId}/contacts")
	String contacts(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int page, Model model) {
		return contactsPage(CurrentActor.get(), caseId, page, null, Map.of(), model);
	}

	@PostMapping("/counselling/cases/{caseId}/contacts")
	String createContact(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CaseContacts.Saved saved = this.contacts.create(actor, caseId, params.toSingleValueMap(),
				LocaleContextHolder.getLocale());
		if (saved.id() == null) {
			return contactsPage(actor, caseId, 0, saved.checked().values(), saved.checked().errors(), model);
		}
		redirect.addFlashAttribute("saved", (saved.taskId() != null) ? "contactWithFollowUp" : "contact");
		return "redirect:" + BASE + caseId + "/contacts";
	}

	private String contactsPage(Actor actor, UUID caseId, int page, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		CaseView view = header(actor, caseId, "contacts", model);
		ApiPage<Contact> result = this.contacts.list(actor, caseId, new ApiPaging(page, PAGE_SIZE));
		model.addAttribute("result", result);
		String language = view.clientLanguages().isEmpty() ? null : view.clientLanguages().get(0);
		contactForm(model, (values != null) ? values : this.contacts.newValues(language), errors);
		return "counselling/contacts";
	}

	@GetMapping("/counselling/cases/{caseId}/contacts/{id}/edit")
	String editContact(@PathVariable UUID caseId, @PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Contact contact = this.contacts.ownContact(actor, caseId, id);
		header(actor, caseId, "contacts", model);
		model.addAttribute("contact", contact);
		contactForm(model, this.contacts.values(contact), Map.of());
		return "counselling/contact-form";
	}

	@PostMapping("/counselling/cases/{caseId}/contacts/{id}")
	String updateContact(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CaseContacts.Saved saved = this.contacts.update(actor, caseId, id, params.toSingleValueMap());
		if (saved.id() == null) {
			header(actor, caseId, "contacts", model);
			model.addAttribute("contact", this.contacts.find(actor, caseId, id));
			contactForm(model, saved.checked().values(), saved.checked().errors());
			return "counselling/contact-form";
		}
		redirect.addFlashAttribute("saved", "contactChanged");
		return "redirect:" + BASE + caseId + "/contacts";
	}

	private void contactForm(Model model, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("channels", options(Channel.values(), "counselling.contacts.channel.", locale));
		model.addAttribute("interpreters", options(Interpreter.values(), "counselling.contacts.interpreter.", locale));
		model.addAttribute("languages",
				Languages.sortedByName(locale)
					.stream()
					.map((language) -> new SimpleImmutableEntry<>(language.code(), language.displayName(locale)))
					.toList());
		String interpreter = values.getOrDefault("interpreter", "");
		model.addAttribute("noInterpreter", interpreter.isEmpty() || Interpreter.NONE.name().equals(interpreter));
	}

	@GetMapping("/counselling/cases/{caseId}/notes")
	String notes(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) UUID corrects, Model model) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = new LinkedHashMap<>(Map.of("text", "", "corrects", ""));
		if (corrects != null) {
			this.notes.find(actor, caseId, corrects).ifPresent((note) -> {
				values.put("text", note.text());
				values.put("corrects", note.id().toString());
				model.addAttribute("corrected", note);
			});
		}
		return notesPage(actor, caseId, page, values, Map.of(), model);
	}

	@PostMapping("/counselling/cases/{caseId}/notes")
	String writeNote(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CaseNotes.Saved saved = this.notes.write(actor, caseId, params.toSingleValueMap());
		if (saved.id() == null) {
			return notesPage(actor, caseId, 0, saved.checked().values(), saved.checked().errors(), model);
		}
		redirect.addFlashAttribute("saved", "note");
		return "redirect:" + BASE + caseId + "/notes";
	}

	private String notesPage(Actor actor, UUID caseId, int page, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		header(actor, caseId, "notes", model);
		model.addAttribute("result", this.notes.list(actor, caseId, new ApiPaging(page, PAGE_SIZE)));
		if (!model.containsAttribute("corrected")) {
			model.addAttribute("corrected", null);
		}
		FormPage.show(model, values, errors, this.messages, LABELS);
		return "counselling/notes";
	}

	@GetMapping("/counselling/cases/{caseId}/tasks")
	String tasks(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(TaskForm.class)));
		values.put("dueOn", this.tasks.today().plusDays(CaseTasks.WEEK_DAYS).toString());
		values.put("assigneeId", actor.userId().toString());
		return tasksPage(actor, caseId, page, values, Map.of(), model);
	}

	@PostMapping("/counselling/cases/{caseId}/tasks")
	String createTask(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CaseTasks.Saved saved = this.tasks.create(actor, caseId, params.toSingleValueMap());
		if (saved.id() == null) {
			return tasksPage(actor, caseId, 0, saved.checked().values(), saved.checked().errors(), model);
		}
		redirect.addFlashAttribute("saved", "task");
		return "redirect:" + BASE + caseId + "/tasks";
	}

	@GetMapping("/counselling/cases/{caseId}/tasks/{id}/edit")
	String editTask(@PathVariable UUID caseId, @PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		header(actor, caseId, "tasks", model);
		Task task = this.tasks.ofCase(actor, caseId, id);
		return taskForm(actor, caseId, task, CaseTasks.values(task), Map.of(), model);
	}

	@PostMapping("/counselling/cases/{caseId}/tasks/{id}")
	String changeTask(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CaseTasks.Saved saved = this.tasks.change(actor, caseId, id, params.toSingleValueMap());
		if (saved.id() == null) {
			header(actor, caseId, "tasks", model);
			return taskForm(actor, caseId, this.tasks.ofCase(actor, caseId, id), saved.checked().values(),
					saved.checked().errors(), model);
		}
		redirect.addFlashAttribute("saved", "taskChanged");
		return "redirect:" + BASE + caseId + "/tasks";
	}

	private String taskForm(Actor actor, UUID caseId, Task task, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		Map<UUID, String> assignees = new LinkedHashMap<>(this.tasks.assignees(actor, caseId));
		assignees.putIfAbsent(task.assigneeId(), task.assigneeName());
		model.addAttribute("task", task);
		model.addAttribute("assignees", assignees.entrySet().stream().map(SimpleImmutableEntry::new).toList());
		FormPage.show(model, values, errors, this.messages, LABELS);
		return "counselling/task-form";
	}

	@PostMapping("/counselling/cases/{caseId}/tasks/{id}/done")
	String done(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam(defaultValue = "true") boolean done,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		this.tasks.setDone(CurrentActor.get(), caseId, id, done);
		redirect.addFlashAttribute("saved", done ? "taskDone" : "taskReopened");
		return "redirect:" + ("mine".equals(back) ? "/counselling/tasks" : BASE + caseId + "/tasks");
	}

	private String tasksPage(Actor actor, UUID caseId, int page, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		header(actor, caseId, "tasks", model);
		model.addAttribute("result", this.tasks.list(actor, caseId, new ApiPaging(page, PAGE_SIZE)));
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("assignees",
				this.tasks.assignees(actor, caseId).entrySet().stream().map(SimpleImmutableEntry::new).toList());
		FormPage.show(model, values, errors, this.messages, LABELS);
		return "counselling/tasks";
	}

	@GetMapping("/counselling/tasks")
	String mine(Model model) {
		Actor actor = CurrentActor.get();
		LocalDate today = this.tasks.today();
		Map<String, List<CaseTasks.MyTask>> groups = new LinkedHashMap<>();
		for (String group : List.of("overdue", "today", "week", "later")) {
			groups.put(group, new ArrayList<>());
		}
		List<CaseTasks.MyTask> all = this.tasks.mine(actor, CaseTasks.Due.ALL, new ApiPaging(0, ApiPaging.MAX_SIZE))
			.items();
		for (CaseTasks.MyTask mine : all) {
			LocalDate due = mine.task().dueOn();
			String group = due.isBefore(today) ? "overdue" : due.equals(today) ? "today"
					: !due.isAfter(today.plusDays(CaseTasks.WEEK_DAYS)) ? "week" : "later";
			groups.get(group).add(mine);
		}
		model.addAttribute("groups", groups);
		model.addAttribute("today", today);
		return "counselling/my-tasks";
	}

	private CaseView header(Actor actor, UUID caseId, String current, Model model) {
		return this.headers.show(actor, caseId, current, model);
	}

	private List<SimpleImmutableEntry<String, String>> options(Enum<?>[] values, String prefix, Locale locale) {
		List<SimpleImmutableEntry<String, String>> options = new ArrayList<>();
		for (Enum<?> value : values) {
			options.add(new SimpleImmutableEntry<>(value.name(),
					this.messages.getMessage(prefix + value.name(), null, locale)));
		}
		return options;
	}

}
