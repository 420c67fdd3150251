package de.teilhabe.portal.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.portal.feedback.PageFeedback;
import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageForm;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.portal.page.PortalLanguages;
import de.teilhabe.portal.page.Topic;
import de.teilhabe.portal.page.TranslationForm;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.TranslationStatus;
import de.teilhabe.portal.page.Version;
import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
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

/**
 * The office's editing of the portal (STRATEGY): the page tree with the status of every
 * translation and the translation queue per language, a page with its translations, the
 * German text's form, a translation's form beside the German text, a translation's state,
 * and "unchanged in all languages". Every form is bound by {@link FormBinder} and stored
 * all or nothing ({@link PortalEditing}); another tenant's page answers 404.
 */
@Controller
class PortalOfficeController {

	private final PageStore store;

	private final PortalEditing editing;

	private final Tenants tenants;

	private final MessageSource messages;

	private final PortalLanguages languages;

	private final PageFeedback feedback;

	PortalOfficeController(PageStore store, PortalEditing editing, Tenants tenants, MessageSource messages,
			PortalLanguages languages, PageFeedback feedback) {
		this.feedback = feedback;
		this.store = store;
		this.editing = editing;
		this.tenants = tenants;
		this.messages = messages;
		this.languages = languages;
	}

	/**
	 * A row of the tree: the page, its German title, how deep it sits, and its status in
	 * each translation language (in the order of the columns).
	 */
	record TreeRow(Page page, String title, int depth, List<TranslationStatus> statuses) {
	}

	/** A row of the queue: a language and how many pages wait in it, by status. */
	record QueueRow(Language language, int outdated, int missing, int machine, int inTranslation) {

		int total() {
			return this.outdated + this.missing + this.machine + this.inTranslation;
		}

	}

	/** A page waiting in a language. */
	record Waiting(Page page, String title, TranslationStatus status) {
	}

	/**
	 * A page to pick as the one above another, by its title with its place in the tree.
	 */
	record Choice(String value, String label) {
	}

	@GetMapping("/portal")
	String tree(@RequestParam(required = false) String language, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		List<Language> columns = translationLanguages(tenantId);
		Language chosen = null;
		if (language != null && !language.isBlank()) {
			chosen = columns.stream()
				.filter((column) -> column.code().equals(language))
				.findFirst()
				.orElseThrow(() -> new BadRequestException("portal.error.language", language));
		}
		List<Page> pages = this.store.tree(tenantId);
		Map<UUID, Map<String, Version>> states = this.store.statesOfAll(tenantId);
		List<TreeRow> rows = new ArrayList<>();
		Map<String, int[]> counts = new LinkedHashMap<>();
		columns.forEach((column) -> counts.put(column.code(), new int[4]));
		List<Waiting> waiting = new ArrayList<>();
		for (Page page : pages) {
			Map<String, Version> versions = states.getOrDefault(page.id(), Map.of());
			Version german = versions.get(PageStore.SOURCE);
			String title = (german != null) ? german.title() : page.path();
			List<TranslationStatus> statuses = new ArrayList<>();
			for (Language column : columns) {
				Version version = versions.get(column.code());
				TranslationStatus status = (version != null) ? version.status(page.revision())
						: TranslationStatus.MISSING;
				statuses.add(status);
				int[] count = counts.get(column.code());
				switch (status) {
					case OUTDATED -> count[0]++;
					case MISSING -> count[1]++;
					case MACHINE_TRANSLATED -> count[2]++;
					case IN_TRANSLATION -> count[3]++;
					default -> {
					}
				}
				if (chosen != null && chosen.equals(column) && status.waiting()) {
					waiting.add(new Waiting(page, title, status));
				}
			}
			rows.add(new TreeRow(page, title, page.depth(), statuses));
		}
		model.addAttribute("columns", columns);
		model.addAttribute("rows", rows);
		model.addAttribute("queue", columns.stream().map((column) -> {
			int[] count = counts.get(column.code());
			return new QueueRow(column, count[0], count[1], count[2], count[3]);
		}).toList());
		model.addAttribute("chosen", chosen);
		model.addAttribute("waiting", waiting);
		model.addAttribute("tenant", tenant(tenantId));
		return "portal/office/pages";
	}

	@GetMapping("/portal/pages/new")
	String newPage(@RequestParam(required = false) String parent, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Map<String, String> values = FormBinder.empty(FormBinder.fields(PageForm.class));
		if (parent != null) {
			values.put("parent", parent);
		}
		return pageForm(tenantId, null, values, Map.of(), model);
	}

	@PostMapping("/portal/pages")
	String create(@RequestParam MultiValueMap<String, String> params, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		PortalEditing.Saved saved = this.editing.create(tenantId, params);
		if (!saved.valid()) {
			return pageForm(tenantId, null, saved.checked().values(), saved.checked().errors(), model);
		}
		return "redirect:/portal/pages/" + saved.pageId();
	}

	@GetMapping("/portal/pages/{id}")
	String page(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = page(tenantId, id);
		Map<String, Version> versions = this.store.versions(tenantId, id);
		List<Language> languages = translationLanguages(tenantId);
		List<Map<String, Object>> translations = new ArrayList<>();
		boolean outdated = false;
		for (Language language : languages) {
			Version version = versions.get(language.code());
			TranslationStatus status = (version != null) ? version.status(page.revision()) : TranslationStatus.MISSING;
			outdated |= status == TranslationStatus.OUTDATED;
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("language", language);
			row.put("version", version);
			row.put("status", status);
			translations.add(row);
		}
		model.addAttribute("page", page);
		model.addAttribute("german", versions.get(PageStore.SOURCE));
		model.addAttribute("translations", translations);
		model.addAttribute("outdated", outdated);
		model.addAttribute("states", TranslationState.values());
		model.addAttribute("crumbs", crumbs(tenantId, page));
		model.addAttribute("children", this.store.children(tenantId, id));
		model.addAttribute("titles", germanTitles(tenantId));
		model.addAttribute("tenant", tenant(tenantId));
		model.addAttribute("feedbackCounts", this.feedback.counts(tenantId, id));
		model.addAttribute("feedback", this.feedback.latest(tenantId, id, 20));
		return "portal/office/page";
	}

	@GetMapping("/portal/pages/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = page(tenantId, id);
		Version german = this.store.versions(tenantId, id).get(PageStore.SOURCE);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("parent", (page.parentId() != null) ? page.parentId().toString() : "");
		values.put("segment", page.segment());
		values.put("position", String.valueOf(page.position()));
		values.put("topic", (page.topic() != null) ? page.topic().name() : "");
		values.put("title", (german != null) ? german.title() : "");
		values.put("summary", (german != null && german.summary() != null) ? german.summary() : "");
		values.put("body", (german != null) ? german.body() : "");
		return pageForm(tenantId, page, values, Map.of(), model);
	}

	@PostMapping("/portal/pages/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = page(tenantId, id);
		PortalEditing.Saved saved = this.editing.update(tenantId, id, params);
		if (!saved.valid()) {
			return pageForm(tenantId, page, saved.checked().values(), saved.checked().errors(), model);
		}
		return "redirect:/portal/pages/" + id;
	}

	@GetMapping("/portal/pages/{id}/translations/{language}")
	String translation(@PathVariable UUID id, @PathVariable String language, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = page(tenantId, id);
		Language lang = translationLanguage(tenantId, language);
		Map<String, Version> versions = this.store.versions(tenantId, id);
		Version own = versions.get(lang.code());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", (own != null) ? own.title() : "");
		values.put("summary", (own != null && own.summary() != null) ? own.summary() : "");
		values.put("body", (own != null) ? own.body() : "");
		values.put("state", (own != null) ? own.state().name() : TranslationState.CURRENT.name());
		values.put("revision", String.valueOf(page.revision()));
		return translationForm(tenantId, page, lang, versions, values, Map.of(), model);
	}

	@PostMapping("/portal/pages/{id}/translations/{language}")
	String translate(@PathVariable UUID id, @PathVariable String language,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = page(tenantId, id);
		Language lang = translationLanguage(tenantId, language);
		PortalEditing.Saved saved = this.editing.translate(tenantId, id, lang, params);
		if (!saved.valid()) {
			return translationForm(tenantId, page, lang, this.store.versions(tenantId, id), saved.checked().values(),
					saved.checked().errors(), model);
		}
		return "redirect:/portal/pages/" + id;
	}

	@PostMapping("/portal/pages/{id}/translations/{language}/state")
	String state(@PathVariable UUID id, @PathVariable String language, @RequestParam(required = false) String state) {
		UUID tenantId = CurrentActor.get().tenantId();
		page(tenantId, id);
		Language lang = translationLanguage(tenantId, language);
		TranslationState chosen;
		try {
			chosen = TranslationState.valueOf((state != null) ? state : "");
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("portal.error.state", String.valueOf(state));
		}
		if (!this.editing.setState(tenantId, id, lang, chosen)) {
			throw new NotFoundException("portal.error.notFound.translation");
		}
		return "redirect:/portal/pages/" + id;
	}

	@PostMapping("/portal/pages/{id}/confirm")
	String confirm(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		page(tenantId, id);
		this.editing.confirmUnchanged(tenantId, id);
		return "redirect:/portal/pages/" + id;
	}

	@GetMapping("/portal/pages/{id}/delete")
	String deletion(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = page(tenantId, id);
		model.addAttribute("page", page);
		model.addAttribute("german", this.store.versions(tenantId, id).get(PageStore.SOURCE));
		model.addAttribute("children", this.store.children(tenantId, id));
		model.addAttribute("titles", germanTitles(tenantId));
		model.addAttribute("translations", this.store.versions(tenantId, id).size() - 1);
		return "portal/office/page-delete";
	}

	@PostMapping("/portal/pages/{id}/delete")
	String delete(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		page(tenantId, id);
		if (!this.editing.delete(tenantId, id)) {
			throw new ConflictException("portal.delete.error.children");
		}
		return "redirect:/portal?deleted";
	}

	private String pageForm(UUID tenantId, Page page, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "portal.field.");
		List<Choice> parents = new ArrayList<>();
		parents.add(new Choice("",
				this.messages.getMessage("portal.form.topLevel", null, LocaleContextHolder.getLocale())));
		Map<UUID, String> titles = germanTitles(tenantId);
		for (Page candidate : this.store.tree(tenantId)) {
			if (page != null && (candidate.id().equals(page.id()) || candidate.path().startsWith(page.path() + "/"))) {
				continue;
			}
			parents.add(new Choice(candidate.id().toString(),
					"– ".repeat(candidate.depth()) + titles.getOrDefault(candidate.id(), candidate.path())));
		}
		model.addAttribute("parents", parents);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("page", page);
		return "portal/office/page-form";
	}

	private String translationForm(UUID tenantId, Page page, Language language, Map<String, Version> versions,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "portal.field.");
		model.addAttribute("page", page);
		model.addAttribute("german", versions.get(PageStore.SOURCE));
		model.addAttribute("own", versions.get(language.code()));
		model.addAttribute("target", language);
		model.addAttribute("states", TranslationState.values());
		return "portal/office/translation-form";
	}

	private Map<UUID, String> germanTitles(UUID tenantId) {
		Map<UUID, String> titles = new LinkedHashMap<>();
		this.store.titles(tenantId, PageStore.SOURCE).forEach((id, title) -> titles.put(id, title.text()));
		return titles;
	}

	private List<Page> crumbs(UUID tenantId, Page page) {
		List<Page> line = new ArrayList<>(this.store.ancestry(tenantId, page));
		line.remove(line.size() - 1);
		return line;
	}

	private Page page(UUID tenantId, UUID id) {
		return this.store.find(tenantId, id).orElseThrow(() -> new NotFoundException("portal.error.notFound.page"));
	}

	private Tenant tenant(UUID tenantId) {
		return this.tenants.find(tenantId).orElseThrow();
	}

	private List<Language> translationLanguages(UUID tenantId) {
		return this.languages.translations(tenantId);
	}

	private Language translationLanguage(UUID tenantId, String code) {
		return this.languages.translation(tenantId, code)
			.orElseThrow(() -> new NotFoundException("portal.error.notFound.language", code));
	}

}
