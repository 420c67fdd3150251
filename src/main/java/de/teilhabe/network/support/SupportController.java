package de.teilhabe.network.support;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Forms;
import de.teilhabe.network.project.AuditedSave;
import de.teilhabe.network.project.OfficeForm;
import de.teilhabe.network.project.OrganisationChoices;
import de.teilhabe.network.project.ProjectFilter;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.FormBinder;

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

	private final MessageSource messages;

	private final OfficeForm<Training> trainings;

	private final OfficeForm<OpeningSupport> openings;

	SupportController(SupportStore support, OrganisationChoices organisations, NetworkScope scope, AuditedSave saving,
			MessageSource messages, FormBinder forms) {
		this.support = support;
		this.organisations = organisations;
		this.scope = scope;
		this.messages = messages;
		this.trainings = new OfficeForm<>(saving, "training", support::training, "network.error.notFound.training",
				Training::id, TrainingForm::empty, TrainingForm::of,
				(actor, params) -> TrainingForm.check(forms, params, organisations.ids(actor.tenantId())),
				this::trainingPage, support::createTraining, support::updateTraining,
				(id, values) -> "/network/support/trainings/" + id);
		this.openings = new OfficeForm<>(saving, "opening_support", support::opening, "network.error.notFound.support",
				OpeningSupport::id, OpeningForm::empty, OpeningForm::of,
				(actor, params) -> OpeningForm.check(forms, params, organisations.ids(actor.tenantId())),
				this::openingPage, support::createOpening, support::updateOpening,
				(id, values) -> "/network/organisations/" + values.get("organisation") + "#history");
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
		model.addAttribute("training", this.trainings.find(actor, id));
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/support-training";
	}

	@GetMapping({ "/network/support/trainings/new", "/network/support/trainings/{id}/edit" })
	String trainingForm(@PathVariable(required = false) UUID id, Model model) {
		return this.trainings.show(model, this.scope.officeActor(), id);
	}

	@PostMapping({ "/network/support/trainings", "/network/support/trainings/{id}" })
	String saveTraining(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		return this.trainings.save(model, this.scope.officeActor(), id, params, redirect);
	}

	/** A new support record, for the organisation whose page it was started from. */
	@GetMapping("/network/support/opening/new")
	String openingCreateForm(@RequestParam(required = false) String organisation, Model model) {
		Map<String, String> values = OpeningForm.empty();
		values.put("organisation", (organisation != null) ? organisation : "");
		return this.openings.show(model, this.scope.officeActor(), null, values);
	}

	@GetMapping("/network/support/opening/{id}/edit")
	String openingEditForm(@PathVariable UUID id, Model model) {
		return this.openings.show(model, this.scope.officeActor(), id);
	}

	@PostMapping({ "/network/support/opening", "/network/support/opening/{id}" })
	String saveOpening(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		return this.openings.save(model, this.scope.officeActor(), id, params, redirect);
	}

	private String trainingPage(Model model, Actor actor, Training training, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages, SupportForms.MATERIALS);
		model.addAttribute("training", training);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/support-training-form";
	}

	private String openingPage(Model model, Actor actor, OpeningSupport opening, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("opening", opening);
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/support-opening-form";
	}

}
