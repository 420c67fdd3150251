package de.teilhabe.guides.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;

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
 * The Leitstelle's approval of done assignments (GUIDE_COORDINATOR): the assignments the
 * guides marked done that wait for approval, each with its guide, request and work
 * entries (days, hours, kilometres), approved with all its entries at once; an entry may
 * be corrected before (audited).
 */
@Controller
class ApprovalController {

	private final WorkLog work;

	private final RequestStore requests;

	private final GuideStore guides;

	private final MessageSource messages;

	ApprovalController(WorkLog work, RequestStore requests, GuideStore guides, MessageSource messages) {
		this.work = work;
		this.requests = requests;
		this.guides = guides;
		this.messages = messages;
	}

	@GetMapping("/guides/approvals")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		List<Assignment> waiting = this.work.awaitingApproval(actor);
		Map<UUID, GuideRequest> requests = this.requests
			.findAll(actor.tenantId(), waiting.stream().map(Assignment::requestId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(GuideRequest::id, Function.identity()));
		Map<UUID, List<WorkEntry>> entries = this.work.entriesOf(actor, waiting.stream().map(Assignment::id).toList())
			.stream()
			.collect(Collectors.groupingBy(WorkEntry::assignmentId, LinkedHashMap::new, Collectors.toList()));
		Map<UUID, WorkTotals> totals = new LinkedHashMap<>();
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Assignment assignment : waiting) {
			totals.put(assignment.id(), WorkTotals.of(entries.getOrDefault(assignment.id(), List.of())));
			names.computeIfAbsent(assignment.guideId(),
					(guide) -> this.guides.find(actor.tenantId(), guide).map(Guide::name).orElse("–"));
		}
		model.addAttribute("waiting", waiting);
		model.addAttribute("requests", requests);
		model.addAttribute("entries", entries);
		model.addAttribute("totals", totals);
		model.addAttribute("names", names);
		return "guides/approvals";
	}

	@PostMapping("/guides/approvals/{id}")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		this.work.approve(CurrentActor.get(), id);
		redirect.addFlashAttribute("saved", "worklog.approved");
		return "redirect:/guides/approvals";
	}

	@GetMapping("/guides/approvals/{id}/entries/{entryId}")
	String entry(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
		Actor actor = CurrentActor.get();
		Assignment assignment = this.work.ofTenant(actor, id);
		WorkEntry entry = this.work.entry(actor, assignment, entryId);
		return entryPage(model, actor, assignment, entry, WorkEntryForm.of(entry, LocaleContextHolder.getLocale()),
				Map.of());
	}

	@PostMapping("/guides/approvals/{id}/entries/{entryId}")
	String correct(@PathVariable UUID id, @PathVariable UUID entryId,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		WorkLog.Logged logged = this.work.correctByOffice(actor, id, entryId, params);
		if (logged.id() == null) {
			Assignment assignment = this.work.ofTenant(actor, id);
			return entryPage(model, actor, assignment, this.work.entry(actor, assignment, entryId),
					logged.checked().values(), logged.checked().errors());
		}
		redirect.addFlashAttribute("saved", "worklog.corrected");
		return "redirect:/guides/approvals";
	}

	private String entryPage(Model model, Actor actor, Assignment assignment, WorkEntry entry,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		if (entry.approved() || !assignment.awaitingApproval()) {
			throw new ConflictException("guides.approval.error.notAwaiting");
		}
		GuideRequest request = this.requests.find(actor.tenantId(), assignment.requestId())
			.orElseThrow(() -> new NotFoundException("guides.assignment.error.notFound"));
		return WorkEntryPage.show(model, assignment, request, entry,
				"/guides/approvals/" + assignment.id() + "/entries/" + entry.id(), "/guides/approvals", values, errors,
				this.messages);
	}

}
