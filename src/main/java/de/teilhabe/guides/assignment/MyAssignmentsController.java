package de.teilhabe.guides.assignment;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A guide's own page (GUIDE, phone-friendly): the assignments of the profile the account
 * is bound to, newest first, each with its request's brief (never the person's contact
 * reference), and for a new commission the buttons to accept or decline it.
 */
@Controller
class MyAssignmentsController {

	private final Assignments assignments;

	private final RequestStore requests;

	MyAssignmentsController(Assignments assignments, RequestStore requests) {
		this.assignments = assignments;
		this.requests = requests;
	}

	@GetMapping("/guides/me")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		ApiPage<Assignment> result = this.assignments.mine(actor, new ApiPaging(page, 50));
		Map<UUID, GuideRequest> byId = this.requests
			.findAll(actor.tenantId(), result.items().stream().map(Assignment::requestId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(GuideRequest::id, Function.identity()));
		model.addAttribute("result", result);
		model.addAttribute("requests", byId);
		return "guides/mine";
	}

	@PostMapping("/guides/me/assignments/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		this.assignments.respond(CurrentActor.get(), id, true);
		redirect.addFlashAttribute("saved", "accepted");
		return "redirect:/guides/me";
	}

	@PostMapping("/guides/me/assignments/{id}/decline")
	String decline(@PathVariable UUID id, RedirectAttributes redirect) {
		this.assignments.respond(CurrentActor.get(), id, false);
		redirect.addFlashAttribute("saved", "declined");
		return "redirect:/guides/me";
	}

}
