package de.teilhabe.guides.guide;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

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
 * The guide pages of the Leitstelle: the list of profiles by name with a filter by state,
 * a profile with its lifecycle (the next steps as buttons, the history), and the form to
 * enter and change a profile.
 */
@Controller
class GuideController {

	private static final String LABELS = "guides.field.";

	private final GuideStore store;

	private final Guides guides;

	private final GuideRegions regions;

	private final MessageSource messages;

	GuideController(GuideStore store, Guides guides, GuideRegions regions, MessageSource messages) {
		this.store = store;
		this.guides = guides;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/guides/profiles")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		GuideState filter = GuideApiController.parseState(state);
		model.addAttribute("result", this.store.search(actor.tenantId(), filter, q, new ApiPaging(page, 50)));
		model.addAttribute("state", (filter != null) ? filter.name() : "");
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("states", GuideState.values());
		model.addAttribute("counts", this.store.countByState(actor.tenantId()));
		return "guides/profiles";
	}

	@GetMapping("/guides/profiles/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Guide guide = this.guides.visible(actor, id);
		detailModel(model, actor, guide);
		FormPage.show(model, Map.of("state", ""), Map.of(), this.messages, LABELS);
		return "guides/profile";
	}

	@PostMapping("/guides/profiles/{id}/state")
	String state(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<Guides.StateForm> bound = this.guides.changeState(actor, id, params);
		if (!bound.valid()) {
			detailModel(model, actor, this.guides.visible(actor, id));
			FormPage.show(model, bound.checked(), this.messages, LABELS);
			return "guides/profile";
		}
		redirect.addFlashAttribute("saved", "state");
		return "redirect:/guides/profiles/" + id;
	}

	private void detailModel(Model model, Actor actor, Guide guide) {
		model.addAttribute("guide", guide);
		model.addAttribute("next", guide.state().next());
		model.addAttribute("history", this.store.history(actor.tenantId(), guide.id()));
		model.addAttribute("certificateValid",
				guide.certificateValidOn(this.guides.today(), this.guides.certificateValidity()));
		model.addAttribute("certificateRenewal", (guide.certificateInspectedOn() != null)
				? guide.certificateInspectedOn().plus(this.guides.certificateValidity()) : null);
	}

	@GetMapping({ "/guides/profiles/new", "/guides/profiles/{id}/edit" })
	String form(@PathVariable(required = false) UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Guide guide = (id != null) ? this.guides.visible(actor, id) : null;
		return formPage(model, actor, guide, (guide != null) ? GuideForm.of(guide) : GuideForm.empty(), Map.of());
	}

	@PostMapping({ "/guides/profiles", "/guides/profiles/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Guide guide = (id != null) ? this.guides.visible(actor, id) : null;
		Guides.Saved saved = this.guides.save(actor, guide, params);
		if (saved.id() == null) {
			return formPage(model, actor, guide, saved.checked().values(), saved.checked().errors());
		}
		redirect.addFlashAttribute("saved", "guide");
		return "redirect:/guides/profiles/" + saved.id();
	}

	private String formPage(Model model, Actor actor, Guide guide, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS, GuideForm.LANGUAGES, GuideForm.AVAILABILITY,
				GuideForm.QUALIFICATIONS);
		model.addAttribute("guide", guide);
		model.addAttribute("gemeinden", this.regions.of(actor.tenantId()));
		model.addAttribute("languages", LabelledChoices.languages());
		model.addAttribute("levels", LabelledChoices.of(LanguageLevel.values(), "guides.level.", this.messages));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("mobilities", Mobility.values());
		model.addAttribute("days", LabelledChoices.of(java.time.DayOfWeek.values(), "guides.day.", this.messages));
		model.addAttribute("qualifications",
				LabelledChoices.of(Qualification.values(), "guides.qualification.", this.messages));
		return "guides/profile-form";
	}

}
