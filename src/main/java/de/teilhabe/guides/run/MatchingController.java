package de.teilhabe.guides.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.form.CheckedValues;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The batch assignment pages of the Leitstelle: the start (how many requests are open,
 * how many guides active, a button to compute a proposal), a proposal with its figures
 * (served, optimal, what taking the cheapest pair first would have served) and its pairs,
 * changing single pairs of it ({@link ProposalChanges}) and confirming it (the pairs that
 * still hold are commissioned).
 */
@Controller
class MatchingController {

	private final MatchingRuns runs;

	private final RequestStore requests;

	private final GuideStore guides;

	private final ProposalChanges changes;

	private final MessageSource messages;

	private final Times times;

	MatchingController(MatchingRuns runs, RequestStore requests, GuideStore guides, ProposalChanges changes,
			MessageSource messages, Times times) {
		this.times = times;
		this.runs = runs;
		this.requests = requests;
		this.guides = guides;
		this.changes = changes;
		this.messages = messages;
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
		return runPage(CurrentActor.get(), id, model, null, null);
	}

	/**
	 * Changes one pair of a proposal ({@code guideId}: another candidate, or empty to
	 * drop the pair); shown again with the reason (400) if the pair would break a rule.
	 */
	@PostMapping("/guides/matching/runs/{id}/assignments/{requestId}")
	String change(@PathVariable UUID id, @PathVariable UUID requestId,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		ProposalChanges.Changed changed = this.changes.change(actor, id, requestId, params.toSingleValueMap());
		if (!changed.changed()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return runPage(actor, id, model, requestId, changed.checked());
		}
		redirect.addFlashAttribute("pairChanged", true);
		return "redirect:/guides/matching/runs/" + id + "#pair-" + requestId;
	}

	private String runPage(Actor actor, UUID id, Model model, UUID refusedRequest, CheckedValues refused) {
		MatchingRuns.StoredRun run = this.runs.find(actor.tenantId(), id);
		List<ProposalChanges.Row> rows = this.changes.rows(actor.tenantId(), run);
		model.addAttribute("rows", rows);
		Map<UUID, Map<String, String>> rowForms = new LinkedHashMap<>();
		Map<UUID, Map<String, String>> rowErrors = new LinkedHashMap<>();
		Map<UUID, List<GuideChoice>> choices = new LinkedHashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (ProposalChanges.Row row : rows) {
			choices.put(row.request().id(),
					row.candidates()
						.stream()
						.map((candidate) -> new GuideChoice(candidate.guide().id().toString(),
								this.messages.getMessage("guides.partner.run.choice",
										new Object[] { candidate.guide().name(), candidate.cost() }, locale)))
						.toList());
			rowForms.put(row.request().id(),
					Map.of("guideId", (row.pair() != null) ? row.pair().guideId().toString() : ""));
			rowErrors.put(row.request().id(), Map.of());
		}
		if (refused != null) {
			String message = this.messages.getMessage(refused.errors().get("guideId"), locale);
			rowErrors.put(refusedRequest, Map.of("guideId", message));
			rowForms.put(refusedRequest, Map.of("guideId", refused.values().getOrDefault("guideId", "")));
			model.addAttribute("refusedRequest", refusedRequest);
			model.addAttribute("refusal", message);
		}
		model.addAttribute("choices", choices);
		model.addAttribute("rowForms", rowForms);
		model.addAttribute("rowErrors", rowErrors);
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
		redirect.addFlashAttribute("commissioned", confirmed.commissioned().size());
		redirect.addFlashAttribute("leftOut", confirmed.leftOut());
		Locale locale = LocaleContextHolder.getLocale();
		redirect.addFlashAttribute("refusedPairs",
				confirmed.refused()
					.stream()
					.map((pair) -> (pair.request() == null) ? pair.reasonText(this.messages, locale)
							: this.messages.getMessage("guides.partner.run.refusedPair",
									new Object[] { this.times.date(pair.request().date()), pair.request().starts(),
											pair.request().ends(), pair.reasonText(this.messages, locale) },
									locale))
					.toList());
		return "redirect:/guides/matching/runs/" + id;
	}

	/**
	 * A guide to choose for a request of a proposal.
	 *
	 * @param id the guide's id
	 * @param label the guide's name and the pair's cost
	 */
	record GuideChoice(String id, String label) {
	}

}
