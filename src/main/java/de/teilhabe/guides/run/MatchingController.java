package de.teilhabe.guides.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The batch assignment pages of the Leitstelle: the start (how many requests are open,
 * how many guides active, a button to compute a proposal), a proposal with its figures
 * (served, optimal, what taking the cheapest pair first would have served) and its pairs,
 * and confirming it (the pairs that still hold are commissioned).
 */
@Controller
class MatchingController {

	private final MatchingRuns runs;

	private final RequestStore requests;

	private final GuideStore guides;

	MatchingController(MatchingRuns runs, RequestStore requests, GuideStore guides) {
		this.runs = runs;
		this.requests = requests;
		this.guides = guides;
	}

	@GetMapping("/guides/matching")
	String start(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("open", this.requests.countOpen(actor.tenantId()));
		model.addAttribute("active", this.guides.countByState(actor.tenantId()).get(GuideState.ACTIVE));
		return "guides/matching";
	}

	@PostMapping("/guides/matching")
	String propose(RedirectAttributes redirect) {
		MatchingRuns.Ran ran = this.runs.run(CurrentActor.get(), Map.of("dryRun", "true"));
		return "redirect:/guides/matching/runs/" + ran.run().id();
	}

	@GetMapping("/guides/matching/runs/{id}")
	String run(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		MatchingRuns.StoredRun run = this.runs.find(actor.tenantId(), id);
		Map<UUID, GuideRequest> requestsById = new LinkedHashMap<>();
		this.requests
			.findAll(actor.tenantId(),
					run.assignments().stream().map(MatchingRuns.Proposed::requestId).distinct().toList())
			.forEach((request) -> requestsById.put(request.id(), request));
		Map<UUID, String> names = new LinkedHashMap<>();
		for (MatchingRuns.Proposed pair : run.assignments()) {
			names.computeIfAbsent(pair.guideId(),
					(guide) -> this.guides.find(actor.tenantId(), guide).map(Guide::name).orElse("–"));
		}
		model.addAttribute("run", run);
		model.addAttribute("requests", requestsById);
		model.addAttribute("names", names);
		return "guides/matching-run";
	}

	@PostMapping("/guides/matching/runs/{id}/confirm")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		MatchingRuns.Confirmed confirmed = this.runs.confirm(CurrentActor.get(), id);
		redirect.addFlashAttribute("commissioned", confirmed.commissioned());
		redirect.addFlashAttribute("leftOut", confirmed.leftOut());
		return "redirect:/guides/matching/runs/" + id;
	}

}
