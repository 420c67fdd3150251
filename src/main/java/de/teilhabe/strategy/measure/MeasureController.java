package de.teilhabe.strategy.measure;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measure pages: the list of the current concept version's measures with filters
 * (staff: all; a partner: those its organisation carries), a measure's page with its
 * progress notes, the form to plan and edit (STRATEGY), and the status change and notes
 * of STRATEGY and the carrying partner.
 */
@Controller
class MeasureController {

	private static final String LABELS = "strategy.measure.field.";

	private final MeasureStore measures;

	private final MeasureScope scope;

	private final Measures planning;

	private final ConceptStore concepts;

	private final OrganisationNames names;

	private final MessageSource messages;

	MeasureController(MeasureStore measures, MeasureScope scope, Measures planning, ConceptStore concepts,
			OrganisationNames names, MessageSource messages) {
		this.measures = measures;
		this.scope = scope;
		this.planning = planning;
		this.concepts = concepts;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/strategy/measures")
	String list(@RequestParam(required = false) String field, @RequestParam(required = false) String status,
			@RequestParam(required = false) String organisation, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		MeasureFilter filter = MeasureFilter.of(field, status, organisation);
		Concept concept = this.concepts.current(actor.tenantId()).orElse(null);
		Map<UUID, String> organisations = this.names.of(actor.tenantId());
		ApiPage<MeasureView> result = (concept == null) ? ApiPage.of(List.of(), new ApiPaging(0, 50), 0)
				: this.measures
					.search(actor.tenantId(), concept.id(), filter, this.scope.carrier(actor), new ApiPaging(page, 50))
					.map((measure) -> MeasureView.of(measure, organisations));
		model.addAttribute("concept", concept);
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("plans", this.scope.plans(actor));
		model.addAttribute("partnerView", !this.scope.readsAll(actor));
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("fields",
				(concept == null) ? List.of() : this.concepts.fields(actor.tenantId(), concept.id()));
		model.addAttribute("organisationChoices", organisations.entrySet().stream().toList());
		return "strategy/measures";
	}

	@GetMapping("/strategy/measures/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Measure measure = this.planning.visible(actor, id);
		detailModel(model, actor, measure);
		FormPage.show(model, Map.of("notedOn", "", "text", "", "status", measure.status().name()), Map.of(),
				this.messages, LABELS);
		return "strategy/measure";
	}

	@PostMapping("/strategy/measures/{id}/status")
	String status(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return reported(actor, id, this.planning.changeStatus(actor, id, params), "status", "", model, response,
				redirect);
	}

	@PostMapping("/strategy/measures/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		return reported(actor, id, this.planning.addNote(actor, id, params), "note", "#notes", model, response,
				redirect);
	}

	/**
	 * The end of a report's POST: the measure's page again with the errors (400), or a
	 * redirect to it with the message.
	 */
	private String reported(Actor actor, UUID id, FormBinder.Bound<?> bound, String saved, String anchor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!bound.valid()) {
			return invalidDetail(actor, id, bound.checked(), model, response);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/strategy/measures/" + id + anchor;
	}

	private String invalidDetail(Actor actor, UUID id, CheckedValues checked, Model model,
			HttpServletResponse response) {
		Measure measure = this.planning.visible(actor, id);
		detailModel(model, actor, measure);
		Map<String, String> values = new java.util.LinkedHashMap<>(
				Map.of("notedOn", "", "text", "", "status", measure.status().name()));
		values.putAll(checked.values());
		FormPage.show(model, values, checked.errors(), this.messages, LABELS);
		return "strategy/measure";
	}

	private void detailModel(Model model, Actor actor, Measure measure) {
		model.addAttribute("measure", MeasureView.of(measure, this.names.of(actor.tenantId())));
		model.addAttribute("notes", this.measures.notes(actor.tenantId(), measure.id()));
		model.addAttribute("plans", this.scope.plans(actor));
		model.addAttribute("reports", this.scope.reports(actor, measure));
		model.addAttribute("statuses", MeasureStatus.values());
	}

	@GetMapping({ "/strategy/measures/new", "/strategy/measures/{id}/edit" })
	String form(@PathVariable(required = false) UUID id, @RequestParam(required = false) List<String> goal,
			Model model) {
		Actor actor = CurrentActor.get();
		Measure measure = (id != null) ? this.planning.visible(actor, id) : null;
		Concept concept = this.planning.conceptOf(actor, measure);
		List<UUID> goals = (goal == null) ? List.of()
				: goal.stream().map(MeasureController::idOrNull).filter(java.util.Objects::nonNull).toList();
		Map<String, String> values = (measure != null) ? MeasureForm.of(measure) : MeasureForm.empty(goals);
		return formPage(model, actor, concept, measure, values, Map.of());
	}

	@PostMapping({ "/strategy/measures", "/strategy/measures/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Measure measure = (id != null) ? this.planning.visible(actor, id) : null;
		Concept concept = this.planning.conceptOf(actor, measure);
		Measures.Saved saved = this.planning.save(actor, concept, measure, params);
		if (saved.id() == null) {
			return formPage(model, actor, concept, measure, saved.checked().values(), saved.checked().errors());
		}
		redirect.addFlashAttribute("saved", "measure");
		return "redirect:/strategy/measures/" + saved.id();
	}

	private String formPage(Model model, Actor actor, Concept concept, Measure measure, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS, MeasureForm.PARTNERS);
		model.addAttribute("measure", measure);
		model.addAttribute("concept", concept);
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("organisationChoices", this.names.of(actor.tenantId()).entrySet().stream().toList());
		model.addAttribute("goalChoices", this.planning.goalChoices(actor, concept));
		return "strategy/measure-form";
	}

	private static UUID idOrNull(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
