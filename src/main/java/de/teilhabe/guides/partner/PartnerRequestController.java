package de.teilhabe.guides.partner;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.LabelledChoices;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.Recurrence;
import de.teilhabe.guides.request.RequestForm;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.guides.request.Urgency;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.form.FormPage;
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
 * The request pages of a partner organisation (PARTNER): its requests with their status
 * and appointments (the guide's name once the guide accepted), a new request with the
 * office's form and checks, one request with a button to cancel it while it is open. A
 * PARTNER bound to no organisation gets a page that says so (403).
 */
@Controller
class PartnerRequestController {

	private static final String LABELS = "guides.request.field.";

	/** The page for a PARTNER bound to no organisation. */
	private static final String NO_ORGANISATION = "guides/partner/no-organisation";

	private final PartnerRequests partner;

	private final GuideRegions regions;

	private final MessageSource messages;

	PartnerRequestController(PartnerRequests partner, GuideRegions regions, MessageSource messages) {
		this.partner = partner;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/guides/partner/requests")
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletResponse response) {
		if (!bound(response)) {
			return NO_ORGANISATION;
		}
		RequestStatus filter = parseStatus(status);
		model.addAttribute("result", this.partner.list(CurrentActor.get(), filter, new ApiPaging(page, 50)));
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("statuses", RequestStatus.values());
		return "guides/partner/requests";
	}

	@GetMapping("/guides/partner/requests/{id}")
	String detail(@PathVariable UUID id, Model model, HttpServletResponse response) {
		if (!bound(response)) {
			return NO_ORGANISATION;
		}
		model.addAttribute("item", this.partner.one(CurrentActor.get(), id));
		return "guides/partner/request";
	}

	@PostMapping("/guides/partner/requests/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect, HttpServletResponse response) {
		if (!bound(response)) {
			return NO_ORGANISATION;
		}
		this.partner.cancel(CurrentActor.get(), id);
		redirect.addFlashAttribute("saved", "cancelled");
		return "redirect:/guides/partner/requests/" + id;
	}

	@GetMapping("/guides/partner/requests/new")
	String form(Model model, HttpServletResponse response) {
		if (!bound(response)) {
			return NO_ORGANISATION;
		}
		Actor actor = CurrentActor.get();
		return formPage(model, actor, RequestForm.empty(), Map.of());
	}

	@PostMapping("/guides/partner/requests")
	String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!bound(response)) {
			return NO_ORGANISATION;
		}
		Actor actor = CurrentActor.get();
		Requests.Saved saved = this.partner.create(actor, params);
		if (saved.id() == null) {
			return formPage(model, actor, saved.checked().values(), saved.checked().errors());
		}
		redirect.addFlashAttribute("saved", "created");
		return "redirect:/guides/partner/requests/" + saved.id();
	}

	private String formPage(Model model, Actor actor, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("gemeinden", this.regions.of(actor.tenantId()));
		model.addAttribute("languages", LabelledChoices.languages());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("qualifications", Qualification.values());
		return "guides/partner/request-form";
	}

	/**
	 * Whether the signed-in PARTNER acts for an organisation; if not, the answer is 403
	 * (the page {@link #NO_ORGANISATION} says so).
	 */
	private boolean bound(HttpServletResponse response) {
		if (this.partner.findOrganisation(CurrentActor.get()).isPresent()) {
			return true;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return false;
	}

	static RequestStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return RequestStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("error.badValue", "status", status);
		}
	}

}
