package de.teilhabe.guides.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Recurrence;
import de.teilhabe.guides.request.RequestForm;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.guides.request.Urgency;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
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
 * The request pages of the Leitstelle: the list of requests by day with a filter by
 * status, the form to enter and change a request, and a request's page with its
 * candidates (ranked, the cost's reasons in words) to commission one of them, its
 * assignments and its status.
 */
@Controller
class RequestController {

	private static final String LABELS = "guides.request.field.";

	private final RequestStore store;

	private final Requests requests;

	private final Assignments assignments;

	private final Candidates candidates;

	private final GuideStore guides;

	private final GuideRegions regions;

	private final MessageSource messages;

	RequestController(RequestStore store, Requests requests, Assignments assignments, Candidates candidates,
			GuideStore guides, GuideRegions regions, MessageSource messages) {
		this.store = store;
		this.requests = requests;
		this.assignments = assignments;
		this.candidates = candidates;
		this.guides = guides;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/guides/requests")
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		RequestStatus filter = GuideRequestApiController.parseStatus(status);
		model.addAttribute("result", this.store.search(actor.tenantId(), filter, new ApiPaging(page, 50)));
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("statuses", RequestStatus.values());
		return "guides/requests";
	}

	@GetMapping("/guides/requests/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		detailModel(model, actor, this.requests.visible(actor, id));
		FormPage.show(model, Map.of("guideId", "", "status", ""), Map.of(), this.messages, LABELS);
		return "guides/request";
	}

	@PostMapping("/guides/requests/{id}/assignments")
	String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Assignments.Assigned assigned = this.assignments.assign(actor, id, params);
		if (assigned.id() == null) {
			return invalidDetail(actor, id, assigned.bound().checked(), model);
		}
		redirect.addFlashAttribute("saved", "assigned");
		return "redirect:/guides/requests/" + id;
	}

	@PostMapping("/guides/requests/{id}/status")
	String status(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		var bound = this.assignments.changeStatus(actor, id, params);
		if (!bound.valid()) {
			return invalidDetail(actor, id, bound.checked(), model);
		}
		redirect.addFlashAttribute("saved", "status");
		return "redirect:/guides/requests/" + id;
	}

	private String invalidDetail(Actor actor, UUID id, CheckedValues checked, Model model) {
		detailModel(model, actor, this.requests.visible(actor, id));
		FormPage.show(model, checked, this.messages, LABELS);
		return "guides/request";
	}

	private void detailModel(Model model, Actor actor, GuideRequest request) {
		model.addAttribute("request", request);
		model.addAttribute("gemeinde", this.regions.label(request.regionKey()));
		model.addAttribute("languageNames",
				Languages.displayNames(request.languages(), LocaleContextHolder.getLocale()));
		model.addAttribute("candidates",
				(request.status() == RequestStatus.OPEN) ? this.candidates.of(actor.tenantId(), request) : List.of());
		List<Assignment> assignments = this.assignments.ofRequest(actor, request.id());
		Map<UUID, String> names = new LinkedHashMap<>();
		assignments.forEach((assignment) -> names.put(assignment.guideId(),
				this.guides.find(actor.tenantId(), assignment.guideId())
					.map(de.teilhabe.guides.guide.Guide::name)
					.orElse("–")));
		model.addAttribute("assignments", assignments);
		model.addAttribute("guideNames", names);
		model.addAttribute("nextStatuses", request.status().next());
	}

	@GetMapping({ "/guides/requests/new", "/guides/requests/{id}/edit" })
	String form(@PathVariable(required = false) UUID id, Model model) {
		Actor actor = CurrentActor.get();
		GuideRequest request = (id != null) ? this.requests.visible(actor, id) : null;
		return formPage(model, actor, request, (request != null) ? RequestForm.of(request) : RequestForm.empty(),
				Map.of());
	}

	@PostMapping({ "/guides/requests", "/guides/requests/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		GuideRequest request = (id != null) ? this.requests.visible(actor, id) : null;
		Requests.Saved saved = this.requests.save(actor, request, params);
		if (saved.id() == null) {
			return formPage(model, actor, request, saved.checked().values(), saved.checked().errors());
		}
		redirect.addFlashAttribute("saved", "request");
		return "redirect:/guides/requests/" + saved.id();
	}

	private String formPage(Model model, Actor actor, GuideRequest request, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("request", request);
		model.addAttribute("gemeinden", this.regions.of(actor.tenantId()));
		model.addAttribute("languages", de.teilhabe.guides.guide.LabelledChoices.languages());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("qualifications", Qualification.values());
		return "guides/request-form";
	}

}
