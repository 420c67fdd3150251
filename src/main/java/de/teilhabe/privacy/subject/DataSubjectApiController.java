package de.teilhabe.privacy.subject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser.Erasure;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data-subject export (Art. 15) and erasure (Art. 17) for API clients of a
 * PRIVACY_OFFICER. Another tenant's subject, or one nobody holds data on, is 404.
 */
@RestController
class DataSubjectApiController {

	private final DataSubjectRequests requests;

	private final MessageSource messages;

	DataSubjectApiController(DataSubjectRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/privacy/subjects/{type}/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> export(@PathVariable String type, @PathVariable String id,
			@RequestParam(required = false) String reason) {
		DataSubject subject = DataSubjectRequests.subject(CurrentActor.get().tenantId(), type, id);
		return this.requests.export(subject, reason)
			.orElseThrow(() -> new NotFoundException("privacy.subjects.error.notFound"));
	}

	@PostMapping(path = "/api/v1/privacy/subjects/{type}/{id}/erasure", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> erase(@PathVariable String type, @PathVariable String id,
			@RequestBody(required = false) ErasureRequest request) {
		DataSubject subject = DataSubjectRequests.subject(CurrentActor.get().tenantId(), type, id);
		ErasureRequest body = (request != null) ? request : new ErasureRequest(null, null);
		DataSubjectRequests.requireReason(body.reason());
		if (!Boolean.TRUE.equals(body.confirm())) {
			throw new InvalidSubjectRequestException("confirm", "privacy.subjects.error.confirm");
		}
		List<Erasure> done = this.requests.erase(subject, body.reason())
			.orElseThrow(() -> new NotFoundException("privacy.subjects.error.notFound"));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("subject", Map.of("type", type, "id", id));
		answer.put("erasures", done.stream()
			.map((erasure) -> Map.of("section", erasure.section(), "affected", erasure.affected(), "description",
					this.messages.getMessage(erasure.description(), null, erasure.description(),
							LocaleContextHolder.getLocale())))
			.toList());
		return answer;
	}

	@ExceptionHandler(InvalidSubjectRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSubjectRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.field() + ": " + this.messages.getMessage(ex.messageKey(), null, LocaleContextHolder.getLocale()));
		problem.setProperty("field", ex.field());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A legal hold keeps the data: 409, the holds in words. */
	@ExceptionHandler(ErasureHeldException.class)
	ResponseEntity<ProblemDetail> held(ErasureHeldException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("privacy.subjects.error.held", null, LocaleContextHolder.getLocale()));
		problem.setProperty("holds",
				ex.holds()
					.stream()
					.map((hold) -> this.messages.getMessage(hold.messageKey(), hold.arguments().toArray(),
							hold.messageKey(), LocaleContextHolder.getLocale()))
					.toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return Problems.badRequest("The body must be JSON: {\"reason\": \"...\", \"confirm\": true}");
	}

	/**
	 * The body of an erasure request.
	 *
	 * @param reason why (required, audited)
	 * @param confirm must be true
	 */
	record ErasureRequest(String reason, Boolean confirm) {
	}

}
