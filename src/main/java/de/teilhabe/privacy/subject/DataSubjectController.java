package de.teilhabe.privacy.subject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.teilhabe.privacy.consent.ConsentDataSubject;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser.Erasure;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PRIVACY_OFFICER's page for data-subject requests: find a person by subject type and
 * id, download the export (Art. 15) or erase (Art. 17), each with a reason.
 */
@Controller
class DataSubjectController {

	private final DataSubjectRequests requests;

	private final ConsentDataSubject consents;

	DataSubjectController(DataSubjectRequests requests, ConsentDataSubject consents) {
		this.requests = requests;
		this.consents = consents;
	}

	@GetMapping("/privacy/subjects")
	String page(@RequestParam(required = false) String type, @RequestParam(required = false) String id, Model model) {
		Map<String, String> errors = new HashMap<>();
		DataSubject subject = null;
		if (type != null || id != null) {
			subject = validSubject(type, id, errors);
		}
		return render(model, type, id, subject, errors);
	}

	@GetMapping("/privacy/subjects/{type}/{id}/export")
	Object export(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response) {
		DataSubject subject = DataSubjectRequests.subject(CurrentActor.get().tenantId(), type, id);
		try {
			Map<String, Object> export = this.requests.export(subject, reason)
				.orElseThrow(() -> new NotFoundException("privacy.subjects.error.notFound"));
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("auskunft-" + type + "-" + id.replace(':', '_') + ".json")
							.build()
							.toString())
				.body(export);
		}
		catch (InvalidSubjectRequestException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(model, type, id, subject, Map.of("exportReason", ex.messageKey()));
		}
	}

	@PostMapping("/privacy/subjects/{type}/{id}/erase")
	String erase(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String confirm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DataSubject subject = DataSubjectRequests.subject(CurrentActor.get().tenantId(), type, id);
		Map<String, String> errors = new HashMap<>();
		try {
			DataSubjectRequests.requireReason(reason);
		}
		catch (InvalidSubjectRequestException ex) {
			errors.put("eraseReason", ex.messageKey());
		}
		if (!"true".equals(confirm)) {
			errors.put("confirm", "privacy.subjects.error.confirm");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("eraseReasonValue", reason);
			return render(model, type, id, subject, errors);
		}
		List<Erasure> done = this.requests.erase(subject, reason)
			.orElseThrow(() -> new NotFoundException("privacy.subjects.error.notFound"));
		redirect.addFlashAttribute("erasures", done);
		redirect.addAttribute("type", type);
		redirect.addAttribute("id", id);
		return "redirect:/privacy/subjects";
	}

	private DataSubject validSubject(String type, String id, Map<String, String> errors) {
		try {
			DataSubjectRequests.requireType(type);
		}
		catch (InvalidSubjectRequestException ex) {
			errors.put("type", ex.messageKey());
		}
		try {
			DataSubjectRequests.requireId(id);
		}
		catch (InvalidSubjectRequestException ex) {
			errors.put("id", ex.messageKey());
		}
		return errors.isEmpty() ? new DataSubject(CurrentActor.get().tenantId(), type, id) : null;
	}

	private String render(Model model, String type, String id, DataSubject subject, Map<String, String> errors) {
		TreeSet<String> types = this.requests.declaredSubjectTypes();
		types.addAll(this.consents.subjectTypesWithConsents(CurrentActor.get().tenantId()));
		model.addAttribute("subjectTypes", types);
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		model.addAttribute("subject", subject);
		model.addAttribute("errors", errors);
		if (subject != null) {
			model.addAttribute("sections", this.requests.sectionsHolding(subject));
		}
		return "privacy/subjects";
	}

}
