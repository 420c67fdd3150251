package de.teilhabe.guides.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.documents.Letterhead;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A guide's work on one of its assignments (GUIDE, phone-friendly): the commissioning
 * (who commissioned it, when, for which request), the request's brief, the work entries
 * with a form to log another day (time as typed: {@code 1:30}, {@code 1,5},
 * {@code 90 min}; kilometres with a decimal comma), each entry changeable or deletable
 * until the office approved it, and the button to mark the assignment done. Any other
 * guide's assignment answers 404.
 */
@Controller
class MyWorkController {

	private final WorkLog work;

	private final RequestStore requests;

	private final GuideRegions regions;

	private final MessageSource messages;

	private final Documents documents;

	private final Tenants tenants;

	private final PersonContacts contacts;

	MyWorkController(WorkLog work, RequestStore requests, GuideRegions regions, MessageSource messages,
			Documents documents, Tenants tenants, PersonContacts contacts) {
		this.contacts = contacts;
		this.documents = documents;
		this.tenants = tenants;
		this.work = work;
		this.requests = requests;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/guides/me/assignments/{id}")
	String assignment(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Assignment assignment = this.work.own(actor, id);
		GuideRequest request = request(actor, assignment);
		return page(model, actor, assignment, request, WorkEntryForm.empty(this.work.proposedDay(request.date())),
				Map.of());
	}

	@PostMapping("/guides/me/assignments/{id}/entries")
	String log(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		WorkLog.Logged logged = this.work.logFromForm(actor, id, params);
		if (logged.id() == null) {
			Assignment assignment = this.work.own(actor, id);
			return page(model, actor, assignment, request(actor, assignment), logged.checked().values(),
					logged.checked().errors());
		}
		redirect.addFlashAttribute("saved", "worklog.logged");
		return "redirect:/guides/me/assignments/" + id;
	}

	@GetMapping("/guides/me/assignments/{id}/entries/{entryId}")
	String entry(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
		Actor actor = CurrentActor.get();
		Assignment assignment = this.work.own(actor, id);
		WorkEntry entry = this.work.entry(actor, assignment, entryId);
		return entryPage(model, actor, assignment, entry, WorkEntryForm.of(entry, LocaleContextHolder.getLocale()),
				Map.of());
	}

	@PostMapping("/guides/me/assignments/{id}/entries/{entryId}")
	String change(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		WorkLog.Logged logged = this.work.change(actor, id, entryId, params);
		if (logged.id() == null) {
			Assignment assignment = this.work.own(actor, id);
			return entryPage(model, actor, assignment, this.work.entry(actor, assignment, entryId),
					logged.checked().values(), logged.checked().errors());
		}
		redirect.addFlashAttribute("saved", "worklog.changed");
		return "redirect:/guides/me/assignments/" + id;
	}

	@PostMapping("/guides/me/assignments/{id}/entries/{entryId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID entryId, RedirectAttributes redirect) {
		this.work.delete(CurrentActor.get(), id, entryId);
		redirect.addFlashAttribute("saved", "worklog.deleted");
		return "redirect:/guides/me/assignments/" + id;
	}

	@PostMapping("/guides/me/assignments/{id}/done")
	String done(@PathVariable UUID id, RedirectAttributes redirect) {
		this.work.markDone(CurrentActor.get(), id);
		redirect.addFlashAttribute("saved", "worklog.done");
		return "redirect:/guides/me/assignments/" + id;
	}

	/**
	 * The first name and phone of the person accompanied, while the guide's assignment is
	 * accepted (409 otherwise, or naming the consent the person has not given), from the
	 * side that asked, which records every view.
	 */
	@GetMapping("/guides/me/assignments/{id}/contact")
	String contact(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Assignment assignment = this.work.own(actor, id);
		model.addAttribute("contact", this.contacts.of(actor, assignment));
		model.addAttribute("assignment", assignment);
		return "guides/person-contact";
	}

	/** The Beauftragung as a page to print. */
	@GetMapping("/guides/me/assignments/{id}/commission")
	String commission(@PathVariable UUID id, Model model) {
		model.addAllAttributes(commissionVariables(CurrentActor.get(), id));
		return "guides/commission";
	}

	/**
	 * The Beauftragung as a PDF (tagged PDF/UA, the tenant's letterhead), the same
	 * content as the page.
	 */
	@GetMapping("/guides/me/assignments/{id}/commission.pdf")
	ResponseEntity<byte[]> commissionPdf(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		Map<String, Object> variables = commissionVariables(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		Letterhead letterhead = this.tenants.letterhead(actor.tenantId());
		String title = this.messages.getMessage("guides.commission.title", null, locale);
		byte[] pdf = this.documents
			.render(DocumentRequest.ofTemplate("guides/commission", variables, title, locale, letterhead));
		return Documents.download(pdf, "beauftragung-" + ((GuideRequest) variables.get("request")).date() + ".pdf");
	}

	private Map<String, Object> commissionVariables(Actor actor, UUID id) {
		Assignment assignment = this.work.own(actor, id);
		GuideRequest request = request(actor, assignment);
		Map<String, Object> variables = new HashMap<>();
		variables.put("assignment", assignment);
		variables.put("request", request);
		variables.put("gemeinde", this.regions.label(request.regionKey()));
		variables.put("guideName", actor.displayName());
		return variables;
	}

	private String page(Model model, Actor actor, Assignment assignment, GuideRequest request,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		List<WorkEntry> entries = this.work.entries(actor, assignment);
		model.addAttribute("assignment", assignment);
		model.addAttribute("request", request);
		model.addAttribute("gemeinde", this.regions.label(request.regionKey()));
		model.addAttribute("entries", entries);
		model.addAttribute("totals", WorkTotals.of(entries));
		FormPage.show(model, values, errors, this.messages, WorkEntryPage.LABELS);
		return "guides/work";
	}

	private String entryPage(Model model, Actor actor, Assignment assignment, WorkEntry entry,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		if (entry.approved() || !assignment.openForWork()) {
			throw new ConflictException("guides.worklog.error.approved");
		}
		String path = "/guides/me/assignments/" + assignment.id();
		return WorkEntryPage.show(model, assignment, request(actor, assignment), entry, path + "/entries/" + entry.id(),
				path, values, errors, this.messages);
	}

	private GuideRequest request(Actor actor, Assignment assignment) {
		return this.requests.find(actor.tenantId(), assignment.requestId())
			.orElseThrow(() -> new NotFoundException("guides.assignment.error.notFound"));
	}

}
