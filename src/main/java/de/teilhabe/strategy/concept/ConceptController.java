package de.teilhabe.strategy.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.FormRows;
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

/**
 * The pages of the integration concept: the module's start page, the versions, a version
 * with its Leitlinien and Handlungsfelder, a new version as a copy of the last, changes
 * of a draft (title and horizon, Leitlinien, Handlungsfelder), its adoption and the
 * comparison of two versions. Staff read; STRATEGY writes, and only a draft (an adopted
 * or superseded version is read-only: its forms answer 409).
 */
@Controller
class ConceptController {

	private static final String LABELS = "strategy.concept.field.";

	private final ConceptStore concepts;

	private final ConceptEditing editing;

	private final ConceptContents contents;

	private final ConceptPages pages;

	private final StrategyPages otherParts;

	private final FormBinder forms;

	private final MessageSource messages;

	private final Clock clock;

	ConceptController(ConceptStore concepts, ConceptEditing editing, ConceptContents contents, ConceptPages pages,
			StrategyPages otherParts, FormBinder forms, MessageSource messages, Clock clock) {
		this.concepts = concepts;
		this.editing = editing;
		this.contents = contents;
		this.pages = pages;
		this.otherParts = otherParts;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/strategy")
	String start(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Concept current = this.concepts.current(tenantId).orElse(null);
		model.addAttribute("concept", current);
		model.addAttribute("fields", (current != null) ? this.pages.fields(tenantId, current.id()) : List.of());
		model.addAttribute("parts", this.otherParts.existing());
		model.addAttribute("writer", writer());
		return "strategy/start";
	}

	@GetMapping("/strategy/concepts")
	String versions(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		model.addAttribute("versions", this.concepts.all(tenantId));
		model.addAttribute("goalCounts", this.contents.goalCounts(tenantId));
		model.addAttribute("measureCounts", this.contents.measureCounts(tenantId));
		model.addAttribute("writer", writer());
		return "strategy/concepts";
	}

	@GetMapping("/strategy/concepts/{id}")
	String version(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Concept concept = this.pages.version(tenantId, id);
		model.addAttribute("concept", concept);
		model.addAttribute("guidelines", this.concepts.guidelines(tenantId, id));
		List<ConceptPages.FieldView> fields = this.pages.fields(tenantId, id);
		model.addAttribute("fields", fields);
		model.addAttribute("goalCount", fields.stream().mapToInt(ConceptPages.FieldView::goalCount).sum());
		model.addAttribute("measureCount", this.contents.measureCounts(tenantId).getOrDefault(id, 0));
		model.addAttribute("others",
				this.concepts.all(tenantId).stream().filter((other) -> !other.id().equals(id)).toList());
		model.addAttribute("editable", writer() && concept.status() == ConceptStatus.DRAFT);
		model.addAttribute("writer", writer());
		return "strategy/concept";
	}

	@GetMapping("/strategy/concepts/new")
	String newVersion(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Concept last = this.concepts.all(tenantId).stream().findFirst().orElse(null);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(VersionForm.class));
		if (last != null) {
			int length = last.horizonEnd() - last.horizonStart();
			values.put("horizonStart", String.valueOf(last.horizonEnd() + 1));
			values.put("horizonEnd", String.valueOf(Math.min(2100, last.horizonEnd() + 1 + length)));
		}
		FormPage.show(model, values, Map.of(), this.messages, LABELS);
		model.addAttribute("last", last);
		return "strategy/concept-new";
	}

	@PostMapping("/strategy/concepts")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		Concept last = this.concepts.all(tenantId).stream().findFirst().orElse(null);
		FormBinder.Bound<VersionForm> bound = this.forms.bind(params, VersionForm.class);
		if (!bound.valid()) {
			return again(response, model, bound.checked(), "last", last, "strategy/concept-new");
		}
		VersionForm form = bound.form();
		UUID id;
		if (last != null) {
			id = this.editing.copy(tenantId, last.id(), form.title(), form.horizonStart(), form.horizonEnd(), now());
		}
		else {
			id = this.editing.createWithDefaultFields(tenantId, form.title(), form.horizonStart(), form.horizonEnd(),
					now());
		}
		redirect.addFlashAttribute("saved", "created");
		return "redirect:/strategy/concepts/" + id;
	}

	@GetMapping("/strategy/concepts/{id}/edit")
	String editVersion(@PathVariable UUID id, Model model) {
		Concept concept = draft(id);
		FormPage.show(model,
				FormBinder.values(new VersionForm(concept.title(), concept.horizonStart(), concept.horizonEnd())),
				Map.of(), this.messages, LABELS);
		model.addAttribute("concept", concept);
		return "strategy/concept-edit";
	}

	@PostMapping("/strategy/concepts/{id}")
	String saveVersion(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Concept concept = draft(id);
		FormBinder.Bound<VersionForm> bound = this.forms.bind(params, VersionForm.class);
		if (!bound.valid()) {
			return again(response, model, bound.checked(), "concept", concept, "strategy/concept-edit");
		}
		VersionForm form = bound.form();
		changed(this.editing.describe(CurrentActor.get().tenantId(), id, form.title(), form.horizonStart(),
				form.horizonEnd(), now()));
		return saved(redirect, id);
	}

	@GetMapping("/strategy/concepts/{id}/guidelines")
	String editGuidelines(@PathVariable UUID id, Model model) {
		Concept concept = draft(id);
		List<String> texts = this.concepts.guidelines(CurrentActor.get().tenantId(), id);
		GuidelinesForm form = new GuidelinesForm(java.util.stream.IntStream.range(0, texts.size())
			.mapToObj((i) -> new GuidelinesForm.Guideline(texts.get(i), i + 1, false))
			.toList());
		Map<String, String> values = FormBinder.values(form);
		values.replaceAll((field, value) -> field.endsWith(".remove") && "false".equals(value) ? "" : value);
		FormPage.show(model, values, Map.of(), this.messages, LABELS, GuidelinesForm.ROWS);
		model.addAttribute("concept", concept);
		return "strategy/guidelines-form";
	}

	@PostMapping("/strategy/concepts/{id}/guidelines")
	String saveGuidelines(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Concept concept = draft(id);
		FormBinder.Bound<GuidelinesForm> bound = this.forms.bind(params, GuidelinesForm.class);
		if (!bound.valid()) {
			return again(response, model, bound.checked(), "concept", concept, "strategy/guidelines-form",
					GuidelinesForm.ROWS);
		}
		changed(this.editing.replaceGuidelines(CurrentActor.get().tenantId(), id, bound.form().texts(), now()));
		return saved(redirect, id);
	}

	@GetMapping("/strategy/concepts/{id}/fields/new")
	String newField(@PathVariable UUID id, Model model) {
		Concept concept = draft(id);
		return fieldForm(model, concept, null, FormBinder.empty(FormBinder.fields(FieldForm.class)), Map.of());
	}

	@PostMapping("/strategy/concepts/{id}/fields")
	String addField(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Concept concept = draft(id);
		UUID tenantId = CurrentActor.get().tenantId();
		FormBinder.Bound<FieldForm> bound = checkField(tenantId, id, null, params);
		if (!bound.valid()) {
			return fieldForm(model, concept, null, bound.checked().values(), bound.checked().errors());
		}
		FieldForm form = bound.form();
		changed(this.editing.addField(tenantId, id, form.name(), form.description(), form.indicators(), now()) != null);
		return saved(redirect, id);
	}

	@GetMapping("/strategy/concepts/{id}/fields/{fieldId}")
	String editField(@PathVariable UUID id, @PathVariable UUID fieldId, Model model) {
		Concept concept = draft(id);
		Field field = this.pages.field(CurrentActor.get().tenantId(), id, fieldId);
		return fieldForm(model, concept, field,
				FormBinder.values(new FieldForm(field.name(), field.description(), field.indicatorCodes())), Map.of());
	}

	@PostMapping("/strategy/concepts/{id}/fields/{fieldId}")
	String saveField(@PathVariable UUID id, @PathVariable UUID fieldId,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Concept concept = draft(id);
		UUID tenantId = CurrentActor.get().tenantId();
		Field field = this.pages.field(tenantId, id, fieldId);
		FormBinder.Bound<FieldForm> bound = checkField(tenantId, id, fieldId, params);
		if (!bound.valid()) {
			return fieldForm(model, concept, field, bound.checked().values(), bound.checked().errors());
		}
		FieldForm form = bound.form();
		changed(this.editing.changeField(tenantId, id, fieldId, form.name(), form.description(), form.indicators(),
				now()));
		return saved(redirect, id);
	}

	@PostMapping("/strategy/concepts/{id}/fields/{fieldId}/removal")
	String removeField(@PathVariable UUID id, @PathVariable UUID fieldId, RedirectAttributes redirect) {
		draft(id);
		UUID tenantId = CurrentActor.get().tenantId();
		this.pages.field(tenantId, id, fieldId);
		if (!this.editing.removeField(tenantId, id, fieldId, now())) {
			throw new ConflictException("strategy.concept.error.fieldHasGoals");
		}
		redirect.addFlashAttribute("saved", "fieldRemoved");
		return "redirect:/strategy/concepts/" + id;
	}

	@GetMapping("/strategy/concepts/{id}/adoption")
	String adoption(@PathVariable UUID id, Model model) {
		Concept concept = draft(id);
		FormPage.show(model, FormBinder.empty(FormBinder.fields(AdoptionForm.class)), Map.of(), this.messages, LABELS);
		model.addAttribute("concept", concept);
		model.addAttribute("adopted", adopted(concept.id()));
		return "strategy/adoption-form";
	}

	@PostMapping("/strategy/concepts/{id}/adoption")
	String adopt(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Concept concept = draft(id);
		FormBinder.Bound<AdoptionForm> bound = this.forms.bind(params, AdoptionForm.class);
		if (!bound.valid()) {
			model.addAttribute("adopted", adopted(concept.id()));
			return again(response, model, bound.checked(), "concept", concept, "strategy/adoption-form");
		}
		changed(this.editing.adopt(CurrentActor.get().tenantId(), id, bound.form().body(), bound.form().date(), now()));
		redirect.addFlashAttribute("saved", "adopted");
		return "redirect:/strategy/concepts/" + id;
	}

	@GetMapping("/strategy/concepts/{id}/comparison")
	String comparison(@PathVariable UUID id, @RequestParam(name = "with", required = false) UUID with, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Concept concept = this.pages.version(tenantId, id);
		UUID otherId = (with != null) ? with : concept.basedOn();
		List<Concept> others = this.concepts.all(tenantId).stream().filter((other) -> !other.id().equals(id)).toList();
		model.addAttribute("concept", concept);
		model.addAttribute("others", others);
		if (otherId != null) {
			Concept other = this.pages.version(tenantId, otherId);
			model.addAttribute("other", other);
			model.addAttribute("comparison", ConceptComparison.of(snapshot(tenantId, other.id()),
					snapshot(tenantId, concept.id()), this.contents.copiedFrom(tenantId)));
		}
		return "strategy/comparison";
	}

	/** The form again with its errors (400). */
	private String again(HttpServletResponse response, Model model, CheckedValues checked, String name, Object value,
			String view, FormRows... rows) {
		FormPage.show(model, checked, this.messages, LABELS, rows);
		model.addAttribute(name, value);
		return view;
	}

	private ConceptComparison.Version snapshot(UUID tenantId, UUID conceptId) {
		return new ConceptComparison.Version(this.concepts.guidelines(tenantId, conceptId),
				this.concepts.fields(tenantId, conceptId), this.contents.goals(tenantId, conceptId));
	}

	private String fieldForm(Model model, Concept concept, Field field, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("concept", concept);
		model.addAttribute("field", field);
		model.addAttribute("indicatorChoices", this.pages.indicatorChoices(CurrentActor.get().tenantId()));
		return "strategy/field-form";
	}

	private FormBinder.Bound<FieldForm> checkField(UUID tenantId, UUID conceptId, UUID fieldId,
			MultiValueMap<String, String> params) {
		return this.forms.bind(params, FieldForm.class, (form, errors) -> {
			if (form.name() != null && !errors.hasFieldErrors("name")
					&& this.editing.fieldNameTaken(tenantId, conceptId, form.name(), fieldId)) {
				errors.rejectValue("name", "strategy.concept.error.fieldNameTaken");
			}
			if (!errors.hasFieldErrors("indicators")) {
				for (String unknown : this.pages.unknownIndicators(tenantId, form.indicators())) {
					errors.rejectValue("indicators", "strategy.concept.error.indicator", new Object[] { unknown },
							null);
					break;
				}
			}
		});
	}

	private Concept draft(UUID id) {
		Concept concept = this.pages.version(CurrentActor.get().tenantId(), id);
		if (concept.status() != ConceptStatus.DRAFT) {
			throw new ConflictException("strategy.concept.error.readOnly");
		}
		return concept;
	}

	private Concept adopted(UUID except) {
		return this.concepts.all(CurrentActor.get().tenantId())
			.stream()
			.filter((concept) -> concept.status() == ConceptStatus.ADOPTED && !concept.id().equals(except))
			.findFirst()
			.orElse(null);
	}

	/** A draft that was adopted meanwhile is not changed: say so. */
	private static void changed(boolean changed) {
		if (!changed) {
			throw new ConflictException("strategy.concept.error.readOnly");
		}
	}

	private static String saved(RedirectAttributes redirect, UUID id) {
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/strategy/concepts/" + id;
	}

	private static boolean writer() {
		Actor actor = CurrentActor.get();
		return actor.roles().contains(Role.STRATEGY);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
