package de.teilhabe.privacy.subject;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.consent.ConsentDataSubject;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.documents.Letterhead;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser.Erasure;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PRIVACY_OFFICER's page for data-subject requests: find a person by name or e-mail
 * across the modules (or by subject type and id), read the answer (Art. 15) as a document
 * or download it as JSON, or erase (Art. 17), each with a reason.
 */
@Controller
class DataSubjectController {

	private final DataSubjectRequests requests;

	/** The shortest search: two characters. */
	static final int MIN_QUERY = 2;

	static final int MAX_QUERY = 200;

	private final ConsentDataSubject consents;

	private final MessageSource messages;

	private final Times times;

	private final Consents consentRecords;

	private final Documents documents;

	private final Tenants tenants;

	DataSubjectController(DataSubjectRequests requests, ConsentDataSubject consents, Consents consentRecords,
			MessageSource messages, Times times, Documents documents, Tenants tenants) {
		this.documents = documents;
		this.tenants = tenants;
		this.requests = requests;
		this.consents = consents;
		this.consentRecords = consentRecords;
		this.messages = messages;
		this.times = times;
	}

	@GetMapping("/privacy/subjects")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String id, Model model) {
		Map<String, String> errors = new HashMap<>();
		DataSubject subject = null;
		if (type != null || id != null) {
			subject = validSubject(type, id, errors);
		}
		if (q != null) {
			String query = q.strip();
			model.addAttribute("q", query);
			if (query.length() < MIN_QUERY || query.length() > MAX_QUERY) {
				errors.put("q", "privacy.subjects.search.length");
			}
			else {
				model.addAttribute("found", this.requests.search(CurrentActor.get().tenantId(), query));
			}
		}
		return render(model, type, id, subject, errors);
	}

	/**
	 * The Art. 15 answer as a readable document (audited like the JSON export); a POST,
	 * as it writes the audit entry.
	 */
	@PostMapping("/privacy/subjects/{type}/{id}/report")
	Object report(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response) {
		return exported(type, id, reason, model, response, (subject, export) -> {
			model.addAllAttributes(reportVariables(subject, export, reason, LocaleContextHolder.getLocale()));
			return "privacy/subject-report";
		});
	}

	/**
	 * The Art. 15 answer as a PDF download (tagged PDF/UA, the tenant's letterhead), the
	 * same content as the document page; audited like the other exports.
	 */
	@PostMapping("/privacy/subjects/{type}/{id}/report.pdf")
	Object reportPdf(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response) {
		return exported(type, id, reason, model, response, (subject, export) -> {
			Locale locale = LocaleContextHolder.getLocale();
			Map<String, Object> variables = reportVariables(subject, export, reason, locale);
			Letterhead letterhead = this.tenants.letterhead(subject.tenantId());
			variables.put("tenantName", letterhead.name());
			String title = this.messages.getMessage("privacy.report.title", null, locale);
			byte[] pdf = this.documents
				.render(DocumentRequest.ofTemplate("privacy/subject-report", variables, title, locale, letterhead));
			return Documents.download(pdf, "auskunft-" + type + "-" + id.replace(':', '_') + ".pdf");
		});
	}

	private Map<String, Object> reportVariables(DataSubject subject, Map<String, Object> export, String reason,
			Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subject", subject);
		variables.put("kind", kindLabel(subject.type(), locale));
		variables.put("reason", reason.strip());
		variables.put("exportedAt", this.times.dateTime((OffsetDateTime) export.get("exportedAt")));
		variables.put("report", SubjectReport.of(export, this.messages, this.times, locale));
		return variables;
	}

	/**
	 * The JSON export (Art. 15): the page's form posts; the GET stays for links and
	 * scripts.
	 */
	@RequestMapping(path = "/privacy/subjects/{type}/{id}/export", method = { RequestMethod.GET, RequestMethod.POST })
	Object export(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response) {
		return exported(type, id, reason, model, response,
				(subject, export) -> ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment()
								.filename("auskunft-" + type + "-" + id.replace(':', '_') + ".json")
								.build()
								.toString())
					.body(export));
	}

	/**
	 * Runs the audited export and answers it, or shows the page again with the reason's
	 * error.
	 */
	private Object exported(String type, String id, String reason, Model model, HttpServletResponse response,
			BiFunction<DataSubject, Map<String, Object>, Object> answer) {
		DataSubject subject = DataSubjectRequests.subject(CurrentActor.get().tenantId(), type, id);
		try {
			Map<String, Object> export = this.requests.export(subject, reason)
				.orElseThrow(() -> new NotFoundException("privacy.subjects.error.notFound"));
			return answer.apply(subject, export);
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
		List<Erasure> done;
		try {
			done = this.requests.erase(subject, reason)
				.orElseThrow(() -> new NotFoundException("privacy.subjects.error.notFound"));
		}
		catch (ErasureHeldException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("eraseReasonValue", reason);
			return render(model, type, id, subject, Map.of("erase", "privacy.subjects.error.held"));
		}
		redirect.addFlashAttribute("erasures", done);
		redirect.addAttribute("type", type);
		redirect.addAttribute("id", id);
		return "redirect:/privacy/subjects";
	}

	/**
	 * The purpose of a consent in words: its label, else the title of the text agreed to.
	 */
	private String purposeInWords(ConsentRecord consent) {
		String title = this.consentRecords.textOf(consent).map(ConsentText::title).orElse(consent.purpose());
		return this.messages.getMessage("privacy.purpose." + consent.purpose(), null, title,
				LocaleContextHolder.getLocale());
	}

	/** A subject type in words (a module's own type without a label: as it is). */
	private String kindLabel(String type, Locale locale) {
		return this.messages.getMessage("privacy.kind." + type, null, type, locale);
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
			model.addAttribute("kind", kindLabel(subject.type(), LocaleContextHolder.getLocale()));
			model.addAttribute("subjectName", this.requests.nameOf(subject).orElse(null));
			model.addAttribute("sections", this.requests.sectionsHolding(subject));
			model.addAttribute("holds",
					this.requests.holds(subject)
						.stream()
						.map((hold) -> this.messages.getMessage(hold.messageKey(), hold.arguments().toArray(),
								hold.messageKey(), LocaleContextHolder.getLocale()))
						.toList());
			model.addAttribute("consents",
					this.consentRecords.history(subject.tenantId(), subject.type(), subject.id())
						.stream()
						.map((consent) -> new ConsentRow(consent.id(), purposeInWords(consent),
								this.times.dateTime(consent.givenAt()),
								(consent.withdrawnAt() != null) ? this.times.dateTime(consent.withdrawnAt()) : null))
						.toList());
		}
		return "privacy/subjects";
	}

	/**
	 * A consent of the person as the page lists it.
	 *
	 * @param id its id (for the link to its page)
	 * @param purpose the purpose in words
	 * @param givenAt when it was given, in words
	 * @param withdrawnAt when it was withdrawn, in words, or null
	 */
	record ConsentRow(UUID id, String purpose, String givenAt, String withdrawnAt) {
	}

}
