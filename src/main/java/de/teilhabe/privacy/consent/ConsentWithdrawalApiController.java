package de.teilhabe.privacy.consent;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.InvalidConsentException;
import de.teilhabe.privacy.consent.ConsentWithdrawals.Withdrawal;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records the withdrawal of a consent for API clients (PRIVACY_OFFICER; the roles that
 * record the consents of its subject type): 200 with the withdrawn consent, 404 for a
 * consent of another tenant or one the role may not withdraw, 409 if it was withdrawn
 * already, 400 for a withdrawal time in the future or before the consent.
 */
@RestController
class ConsentWithdrawalApiController {

	private final ConsentWithdrawals withdrawals;

	ConsentWithdrawalApiController(ConsentWithdrawals withdrawals) {
		this.withdrawals = withdrawals;
	}

	@PostMapping(path = "/api/v1/privacy/consents/{id}/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> withdraw(@PathVariable UUID id,
			@Valid @RequestBody(required = false) WithdrawalRequest request) {
		Actor actor = CurrentActor.get();
		WithdrawalRequest body = (request != null) ? request : new WithdrawalRequest(null, null);
		try {
			this.withdrawals.withdraw(actor, id, body.withdrawnAt(), body.note());
		}
		catch (InvalidConsentException ex) {
			throw new InvalidBodyException(ex.field(), "privacy.withdrawal.error." + ex.field());
		}
		Withdrawal withdrawal = this.withdrawals.find(actor, id);
		ConsentRecord consent = withdrawal.consent();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", consent.id());
		answer.put("purpose", consent.purpose());
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("type", consent.subjectType());
		subject.put("id", consent.subjectId());
		answer.put("subject", subject);
		answer.put("givenAt", consent.givenAt());
		answer.put("withdrawnAt", consent.withdrawnAt());
		answer.put("withdrawnBy", withdrawal.withdrawnByName());
		answer.put("withdrawalNote", consent.withdrawalNote());
		return answer;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return Problems.badRequest(
				"The body must be empty or JSON: {\"withdrawnAt\": \"2026-12-01T10:00:00+01:00\", \"note\": \"...\"}");
	}

	/**
	 * The body of a withdrawal (optional).
	 *
	 * @param withdrawnAt when the person withdrew the consent (default: now)
	 * @param note how it was declared, e.g. by letter of 1 December
	 */
	record WithdrawalRequest(OffsetDateTime withdrawnAt,
			@Size(max = JdbcConsents.MAX_NOTE, message = "{privacy.withdrawal.error.note}") String note) {
	}

}
