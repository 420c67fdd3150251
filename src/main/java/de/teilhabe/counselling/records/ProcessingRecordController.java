package de.teilhabe.counselling.records;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.documents.Letterhead;
import de.teilhabe.shared.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The record of processing activities (Art. 30) of the Beratungsstelle as a page and a
 * PDF (the shared document service, the tenant's letterhead): for the PRIVACY_OFFICER
 * under {@code /privacy/records/counselling}, for the counsellors (read only) under
 * {@code /counselling/processing-record}. It holds no personal data.
 */
@Controller
class ProcessingRecordController {

	private final ProcessingRecord record;

	private final Tenants tenants;

	private final Documents documents;

	private final MessageSource messages;

	private final Clock clock;

	ProcessingRecordController(ProcessingRecord record, Tenants tenants, Documents documents, MessageSource messages,
			Clock clock) {
		this.record = record;
		this.tenants = tenants;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/privacy/records/counselling", "/counselling/processing-record" })
	String page(Model model, HttpServletRequest request) {
		model.addAllAttributes(variables());
		model.addAttribute("pdfLink", request.getRequestURI().startsWith("/privacy/")
				? "/privacy/records/counselling.pdf" : "/counselling/processing-record.pdf");
		return "counselling/processing-record";
	}

	@GetMapping({ "/privacy/records/counselling.pdf", "/counselling/processing-record.pdf" })
	ResponseEntity<byte[]> pdf() {
		Locale locale = LocaleContextHolder.getLocale();
		Letterhead letterhead = this.tenants.letterhead(CurrentActor.get().tenantId());
		String title = this.messages.getMessage("counselling.records.title", null, locale);
		byte[] pdf = this.documents.render(
				DocumentRequest.ofTemplate("counselling/processing-record", variables(), title, locale, letterhead));
		return Documents.download(pdf, "verarbeitungsverzeichnis-beratungsstelle.pdf");
	}

	private Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("contents", this.record.contents(OffsetDateTime.now(this.clock)));
		variables.put("tenantName", this.tenants.letterhead(CurrentActor.get().tenantId()).name());
		return variables;
	}

}
