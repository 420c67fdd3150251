package de.teilhabe.strategy.dialog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.dialog.Forms.DialogForm;
import de.teilhabe.strategy.dialog.Forms.GroupForm;
import de.teilhabe.strategy.dialog.Records.Dialog;
import de.teilhabe.strategy.dialog.Records.HeatCell;
import de.teilhabe.strategy.dialog.Records.StakeholderGroup;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The stakeholder groups, the dialogs with their workshops, and the priorities heatmap of
 * a dialog with its drill-down. STRATEGY writes, staff read (see
 * {@link DialogRequestAuthorizations}).
 */
@Controller
class DialogController {

	private final DialogStore store;

	private final ConceptStore concepts;

	private final FormBinder forms;

	private final MessageSource messages;

	private final Clock clock;

	DialogController(DialogStore store, ConceptStore concepts, FormBinder forms, MessageSource messages, Clock clock) {
		this.store = store;
		this.concepts = concepts;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	// stakeholder groups

	@GetMapping("/strategy/stakeholder-groups")
	String groups(Model model) {
		FormPage.show(model, FormBinder.empty(List.of("name")), Map.of(), this.messages, "strategy.dialog.group.");
		return groupsPage(model);
	}

	@PostMapping("/strategy/stakeholder-groups")
	String addGroup(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		this.store.groups(tenantId);
		FormBinder.Bound<GroupForm> bound = this.forms.bind(params, GroupForm.class);
		CheckedValues checked = bound.checked();
		if (checked.valid() && !this.store.addGroup(tenantId, bound.form().name().strip())) {
			checked = withError(checked, "name", "strategy.dialog.error.groupExists");
		}
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.group.");
			return groupsPage(model);
		}
		redirect.addFlashAttribute("saved", bound.form().name().strip());
		return "redirect:/strategy/stakeholder-groups";
	}

	@PostMapping("/strategy/stakeholder-groups/{id}")
	String renameGroup(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		StakeholderGroup group = this.store.group(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.group"));
		FormBinder.Bound<GroupForm> bound = this.forms.bind(params, GroupForm.class);
		CheckedValues checked = bound.checked();
		if (checked.valid() && !this.store.renameGroup(tenantId, group.id(), bound.form().name().strip())) {
			checked = withError(checked, "name", "strategy.dialog.error.groupExists");
		}
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.group.");
			model.addAttribute("editing", group.id());
			return groupsPage(model);
		}
		redirect.addFlashAttribute("saved", bound.form().name().strip());
		return "redirect:/strategy/stakeholder-groups";
	}

	@PostMapping("/strategy/stakeholder-groups/{id}/delete")
	String removeGroup(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		StakeholderGroup group = this.store.group(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.group"));
		if (this.store.removeGroup(tenantId, group.id())) {
			redirect.addFlashAttribute("removed", group.name());
		}
		else {
			redirect.addFlashAttribute("inUse", group.name());
		}
		return "redirect:/strategy/stakeholder-groups";
	}

	private String groupsPage(Model model) {
		model.addAttribute("groups", this.store.groups(CurrentActor.get().tenantId()));
		return "strategy/dialog/groups";
	}

	// dialogs

	@GetMapping("/strategy/dialogs")
	String dialogs(Model model) {
		model.addAttribute("dialogs", this.store.dialogs(CurrentActor.get().tenantId()));
		return "strategy/dialog/dialogs";
	}

	@GetMapping({ "/strategy/dialogs/new", "/strategy/dialogs/{id}/edit" })
	String dialogForm(@PathVariable(required = false) UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Map<String, String> values = FormBinder.empty(FormBinder.fields(DialogForm.class));
		Dialog dialog = null;
		if (id != null) {
			dialog = find(tenantId, id);
			values.put("title", dialog.title());
			values.put("startedOn", dialog.startedOn().toString());
			values.put("concept", dialog.conceptTitle());
			values.put("description", (dialog.description() != null) ? dialog.description() : "");
		}
		else {
			this.concepts.current(tenantId).ifPresent((concept) -> values.put("concept", concept.title()));
		}
		FormPage.show(model, values, Map.of(), this.messages, "strategy.dialog.field.");
		return dialogFormPage(model, tenantId, dialog);
	}

	@PostMapping({ "/strategy/dialogs", "/strategy/dialogs/{id}" })
	String saveDialog(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response) {
		UUID tenantId = CurrentActor.get().tenantId();
		Dialog dialog = (id != null) ? find(tenantId, id) : null;
		List<Concept> versions = this.concepts.all(tenantId);
		FormBinder.Bound<DialogForm> bound = this.forms.bind(params.toSingleValueMap(), DialogForm.class,
				(form, errors) -> {
					if (form.concept() != null && concept(versions, form.concept()).isEmpty()) {
						errors.rejectValue("concept", "strategy.dialog.error.unknownConcept",
								new Object[] { form.concept() }, null);
					}
				});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.field.");
			return dialogFormPage(model, tenantId, dialog);
		}
		DialogForm form = bound.form();
		UUID conceptId = concept(versions, form.concept()).orElseThrow().id();
		String description = (form.description() == null || form.description().isBlank()) ? null
				: form.description().strip();
		UUID saved = id;
		if (dialog == null) {
			saved = this.store.createDialog(tenantId, conceptId, form.title().strip(), description, form.startedOn(),
					OffsetDateTime.now(this.clock));
		}
		else {
			this.store.updateDialog(tenantId, dialog.id(), conceptId, form.title().strip(), description,
					form.startedOn());
		}
		return "redirect:/strategy/dialogs/" + saved;
	}

	private String dialogFormPage(Model model, UUID tenantId, Dialog dialog) {
		model.addAttribute("dialog", dialog);
		model.addAttribute("conceptTitles", this.concepts.all(tenantId).stream().map(Concept::title).toList());
		return "strategy/dialog/dialog-form";
	}

	@GetMapping("/strategy/dialogs/{id}")
	String dialog(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Dialog dialog = find(tenantId, id);
		model.addAttribute("dialog", dialog);
		model.addAttribute("workshops", this.store.workshops(tenantId, dialog.id()));
		return "strategy/dialog/dialog";
	}

	// priorities

	@GetMapping("/strategy/dialogs/{id}/priorities")
	String priorities(@PathVariable UUID id, @RequestParam(required = false) String field,
			@RequestParam(required = false) StatementType type, @RequestParam(required = false) String group,
			Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		DialogStore.VersionedDialog current = this.store.prioritiesVersion(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
		Dialog dialog = current.dialog();
		KeptTable table = heatmapTable(tenantId, dialog, current.version());
		model.addAttribute("dialog", dialog);
		model.addAttribute("heatmapTable", table.html());
		model.addAttribute("withoutField", table.withoutField());
		if (field != null || type != null || group != null) {
			Field chosenField = this.concepts.fields(tenantId, dialog.conceptId())
				.stream()
				.filter((candidate) -> candidate.name().equals(field))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.cell"));
			StakeholderGroup chosenGroup = this.store.groups(tenantId)
				.stream()
				.filter((candidate) -> candidate.name().equals(group))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.cell"));
			if (type == null) {
				throw new NotFoundException("strategy.dialog.error.notFound.cell");
			}
			model.addAttribute("cell", Map.of("field", chosenField.name(), "type", type, "group", chosenGroup.name()));
			model.addAttribute("cellStatements",
					this.store.cell(tenantId, dialog.id(), chosenField.id(), type, chosenGroup.id()));
		}
		return "strategy/dialog/priorities";
	}

	/**
	 * The heatmap table of each dialog and language as HTML, with the statements without
	 * a field, made for one priorities version of the tenant: a view whose version (read
	 * with the dialog by primary key, {@link DialogStore#prioritiesVersion}) is the kept
	 * one's takes it instead of reading the counts and writing the table again. Every
	 * change of what the table shows moves the version on in its own transaction
	 * (triggers on the counts, workshops, groups, fields and dialogs), so the next view
	 * after a new statement, a merge, a moved statement or a renamed group or field
	 * writes it anew, on every instance. One entry per dialog and language, emptied when
	 * full.
	 */
	private final Map<TableKey, KeptTable> tables = new ConcurrentHashMap<>();

	static final int MAX_KEPT_TABLES = 1_000;

	private record TableKey(UUID dialogId, java.util.Locale locale) {
	}

	private record KeptTable(long version, String html, long withoutField) {
	}

	private KeptTable heatmapTable(UUID tenantId, Dialog dialog, long version) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		TableKey key = new TableKey(dialog.id(), locale);
		KeptTable kept = this.tables.get(key);
		if (kept != null && kept.version() == version) {
			return kept;
		}
		// the counts with the version of their own snapshot: a change after the version
		// read above gives a newer version here, never an older table under a newer
		// number
		DialogStore.Priorities read = this.store.priorities(tenantId, dialog.id())
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
		// a tenant without groups yet gets the eight of the issue (stored on first use,
		// which moves the version on: nothing kept for the version read)
		boolean seeded = read.groups().isEmpty();
		List<String> groupNames = seeded ? this.store.groups(tenantId).stream().map(StakeholderGroup::name).toList()
				: read.groups();
		Heatmap heatmap = Heatmap.of(read.fields(), groupNames, read.cells());
		KeptTable table = new KeptTable(read.version(),
				table(heatmap, locale) + "<tbody>" + body(rows(dialog, heatmap)) + "</tbody>", read.withoutField());
		if (!seeded) {
			if (this.tables.size() >= MAX_KEPT_TABLES) {
				this.tables.clear();
			}
			this.tables.put(key, table);
		}
		return table;
	}

	/**
	 * The caption and the two header rows of the heatmap (escaped here): per stakeholder
	 * group a column group, per group and type a column with the type's short name and
	 * its full name with the group as abbreviation text.
	 */
	private String table(Heatmap heatmap, java.util.Locale locale) {
		StringBuilder html = new StringBuilder(256 + heatmap.groups().size() * 400);
		html.append("<caption>")
			.append(escape(this.messages.getMessage("strategy.dialog.priorities.caption", null, locale)))
			.append("</caption><thead><tr><td rowspan=\"2\"></td>");
		for (String group : heatmap.groups()) {
			html.append("<th scope=\"colgroup\" colspan=\"3\">").append(escape(group)).append("</th>");
		}
		html.append("</tr><tr>");
		for (String group : heatmap.groups()) {
			for (StatementType type : StatementType.values()) {
				String name = this.messages.getMessage("strategy.dialog.type." + type.name(), null, locale);
				String shortName = this.messages.getMessage("strategy.dialog.typeShort." + type.name(), null, locale);
				html.append("<th scope=\"col\" abbr=\"")
					.append(escape(name + ", " + group))
					.append("\">")
					.append(escape(shortName))
					.append("</th>");
			}
		}
		return html.append("</tr></thead>").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** A row of the heatmap as the page shows it: its field and its cells. */
	public record HeatRow(String field, List<HeatTableCell> cells) {
	}

	/**
	 * A cell as the page shows it: count, CSS class of its shade, and (with statements)
	 * the link to them with its accessible name.
	 */
	public record HeatTableCell(long count, String css, String href, String label) {
	}

	/**
	 * The rows of the heatmap prepared for the page (links and labels made here once, not
	 * by hundreds of template expressions).
	 */
	private List<HeatRow> rows(Dialog dialog, Heatmap heatmap) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<StatementType, String> typeNames = new java.util.EnumMap<>(StatementType.class);
		for (StatementType type : StatementType.values()) {
			typeNames.put(type, this.messages.getMessage("strategy.dialog.type." + type.name(), null, locale));
		}
		// the label's pattern resolved once (without arguments the bundle answers it
		// unformatted), formatted per cell
		java.text.MessageFormat label = new java.text.MessageFormat(
				this.messages.getMessage("strategy.dialog.priorities.cellLink", null, locale), locale);
		String base = "/strategy/dialogs/" + dialog.id() + "/priorities?field=";
		Map<String, String> encodedGroups = new LinkedHashMap<>();
		heatmap.groups()
			.forEach((group) -> encodedGroups.put(group,
					java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8)));
		List<HeatRow> rows = new ArrayList<>();
		for (String field : heatmap.fields()) {
			String fieldLink = base + java.net.URLEncoder.encode(field, java.nio.charset.StandardCharsets.UTF_8);
			List<HeatTableCell> cells = new ArrayList<>();
			for (String group : heatmap.groups()) {
				for (StatementType type : StatementType.values()) {
					long count = heatmap.count(field, type, group);
					String css = "heat heat-" + heatmap.shade(field, type, group);
					if (count == 0) {
						cells.add(new HeatTableCell(0, css, null, null));
						continue;
					}
					cells.add(new HeatTableCell(count, css,
							fieldLink + "&type=" + type.name() + "&group=" + encodedGroups.get(group),
							label.format(new Object[] { count, typeNames.get(type), field, group })));
				}
			}
			rows.add(new HeatRow(field, cells));
		}
		return rows;
	}

	/**
	 * The rows of the heatmap as HTML (escaped here): one row header and a cell per group
	 * and type, each with its count and, with statements, the link to them. Written in
	 * Java because a template spends far more on the hundreds of cells of a dialog with
	 * many fields and groups than on everything else of the page.
	 */
	static String body(List<HeatRow> rows) {
		StringBuilder html = new StringBuilder(rows.size() * 2048);
		for (HeatRow row : rows) {
			html.append("<tr><th scope=\"row\">").append(escape(row.field())).append("</th>");
			for (HeatTableCell cell : row.cells()) {
				html.append("<td class=\"").append(cell.css()).append("\">");
				if (cell.href() == null) {
					html.append("<span>0</span>");
				}
				else {
					html.append("<a href=\"")
						.append(HtmlUtils.htmlEscape(cell.href(), "UTF-8"))
						.append("\" aria-label=\"")
						.append(HtmlUtils.htmlEscape(cell.label(), "UTF-8"))
						.append("\">")
						.append(cell.count())
						.append("</a>");
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		return html.toString();
	}

	private Dialog find(UUID tenantId, UUID id) {
		return this.store.dialog(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
	}

	static Optional<Concept> concept(List<Concept> versions, String title) {
		return versions.stream().filter((concept) -> concept.title().equalsIgnoreCase(title.strip())).findFirst();
	}

	static CheckedValues withError(CheckedValues checked, String field, String key) {
		Map<String, org.springframework.context.MessageSourceResolvable> errors = new LinkedHashMap<>(checked.errors());
		errors.put(field, new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { key },
				new Object[0], key));
		return new CheckedValues(checked.values(), errors);
	}

	/**
	 * The heatmap as a table: one row per Handlungsfeld, per stakeholder group one column
	 * per statement type; each cell its count and a shade from 0 to 4 (relative to the
	 * largest count).
	 */
	public record Heatmap(List<String> fields, List<String> groups, Map<String, Long> counts, long max) {

		static Heatmap of(List<String> fields, List<String> groups, List<HeatCell> cells) {
			Map<String, Long> counts = new LinkedHashMap<>();
			long max = 0;
			List<String> allFields = new ArrayList<>(fields);
			List<String> allGroups = new ArrayList<>(groups);
			for (HeatCell cell : cells) {
				counts.put(key(cell.field(), cell.type(), cell.group()), cell.count());
				max = Math.max(max, cell.count());
				if (!allFields.contains(cell.field())) {
					allFields.add(cell.field());
				}
				if (!allGroups.contains(cell.group())) {
					allGroups.add(cell.group());
				}
			}
			return new Heatmap(allFields, allGroups, counts, max);
		}

		public long count(String field, StatementType type, String group) {
			return this.counts.getOrDefault(key(field, type, group), 0L);
		}

		/** 0 (none) to 4 (the largest counts). */
		public int shade(String field, StatementType type, String group) {
			long count = count(field, type, group);
			if (count == 0 || this.max == 0) {
				return 0;
			}
			return (int) Math.max(1, Math.ceil(4.0 * count / this.max));
		}

		private static String key(String field, StatementType type, String group) {
			return field + "\u0001" + type.name() + "\u0001" + group;
		}

	}

}
