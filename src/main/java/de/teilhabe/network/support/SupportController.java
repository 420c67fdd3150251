package de.teilhabe.network.support;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Forms;
import de.teilhabe.network.project.AuditedSave;
import de.teilhabe.network.project.OrganisationChoices;
import de.teilhabe.network.project.ProjectFilter;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
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
 * MSO support: trainings and events for MSOs and parents, and intercultural-opening
 * support of clubs and associations. Readers see them; the office records them.
 */
@Controller
class SupportController {

	/** Entries per page of the list. */
	static final int PAGE_SIZE = 50;

	private final SupportStore support;

	private final OrganisationChoices organisations;

	private final NetworkScope scope;

	private final AuditedSave saving;

	private final MessageSource messages;

	private final FormBinder forms;

	SupportController(SupportStore support, OrganisationChoices organisations, NetworkScope scope, AuditedSave saving,
			MessageSource messages, FormBinder forms) {
		this.forms = forms;
		this.support = support;
		this.organisations = organisations;
		this.scope = scope;
		this.saving = saving;
		this.messages = messages;
	}

	@GetMapping("/network/support")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String organisation,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int openingPage,
			Model model) {
		Actor actor = CurrentActor.get();
		// the project filter checks the text and the organisation id the same way
		ProjectFilter filter = new ProjectFilter(q, null, null, organisation);
		UUID organisationId = filter.organisation().isEmpty() ? null : UUID.fromString(filter.organisation());
		model.addAttribute("filter", filter);
		model.addAttribute("trainings", this.support.trainings(actor.tenantId(),
				filter.q().isEmpty() ? null : filter.likePattern(), organisationId, new ApiPaging(page, PAGE_SIZE)));
		model.addAttribute("openings",
				this.support.openings(actor.tenantId(), organisationId, new ApiPaging(openingPage, PAGE_SIZE)));
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/support";
	}

	@GetMapping("/network/support/trainings/{id}")
	String training(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("training", findTraining(actor, id));
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/support-training";
	}

	@GetMapping("/network/support/trainings/new")
	String trainingCreateForm(Model model) {
		Actor actor = this.scope.officeActor();
		return trainingForm(model, actor, null, TrainingForm.empty(), Map.of());
	}

	@PostMapping("/network/support/trainings")
	String trainingCreate(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return saveTraining(actor, null, params, model, response, redirect);
	}

	@GetMapping("/network/support/trainings/{id}/edit")
	String trainingEditForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		Training training = findTraining(actor, id);
		return trainingForm(model, actor, training, TrainingForm.of(training), Map.of());
	}

	@PostMapping("/network/support/trainings/{id}")
	String trainingUpdate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return saveTraining(actor, findTraining(actor, id), params, model, response, redirect);
	}

	@GetMapping("/network/support/opening/new")
	String openingCreateForm(@RequestParam(required = false) String organisation, Model model) {
		Actor actor = this.scope.officeActor();
		Map<String, String> values = OpeningForm.empty();
		values.put("organisation", (organisation != null) ? organisation : "");
		return openingForm(model, actor, null, values, Map.of());
	}

	@PostMapping("/network/support/opening")
	String openingCreate(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return saveOpening(actor, null, params, model, response, redirect);
	}

	@GetMapping("/network/support/opening/{id}/edit")
	String openingEditForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		OpeningSupport opening = findOpening(actor, id);
		return openingForm(model, actor, opening, OpeningForm.of(opening), Map.of());
	}

	@PostMapping("/network/support/opening/{id}")
	String openingUpdate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return saveOpening(actor, findOpening(actor, id), params, model, response, redirect);
	}

	private String saveTraining(Actor actor, Training training, MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CheckedValues check = TrainingForm.check(this.forms, params, this.organisations.ids(actor.tenantId()));
		return this.saving.saveOrShow(check, response,
				() -> trainingForm(model, actor, training, check.values(), check.errors()), "training",
				(training != null) ? training.id() : null,
				(id, values, now) -> this.support.createTraining(actor.tenantId(), id, values, now),
				(id, values, now) -> this.support.updateTraining(actor.tenantId(), id, values, now), redirect,
				(id) -> "/network/support/trainings/" + id);
	}

	private String saveOpening(Actor actor, OpeningSupport opening, MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CheckedValues check = OpeningForm.check(this.forms, params, this.organisations.ids(actor.tenantId()));
		return this.saving.saveOrShow(check, response,
				() -> openingForm(model, actor, opening, check.values(), check.errors()), "opening_support",
				(opening != null) ? opening.id() : null,
				(id, values, now) -> this.support.createOpening(actor.tenantId(), id, values, now),
				(id, values, now) -> this.support.updateOpening(actor.tenantId(), id, values, now), redirect,
				(id) -> "/network/organisations/" + check.values().get("organisation") + "#history");
	}

	private String trainingForm(Model model, Actor actor, Training training, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages, SupportForms.MATERIALS);
		model.addAttribute("training", training);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/support-training-form";
	}

	private String openingForm(Model model, Actor actor, OpeningSupport opening, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("opening", opening);
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/support-opening-form";
	}

	private Training findTraining(Actor actor, UUID id) {
		return this.support.training(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.training"));
	}

	private OpeningSupport findOpening(Actor actor, UUID id) {
		return this.support.opening(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.support"));
	}

}
