package de.teilhabe.shared.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The checks against robots of every anonymous public form (the guides' sign-up, the
 * discrimination report, the request for counselling, the portal's feedback and barrier
 * report), in one order: the rate limit per client address (then 429 with
 * {@code Retry-After}), the honeypot field {@code website} that people do not see and
 * robots fill (then answered like a success, nothing stored), and the form's time token
 * ({@link FormTimeToken}: sent too soon after it was shown, too late, or without a valid
 * token, the form is shown again with 400). The controller shows what
 * {@link Screened#outcome} says; only {@link Outcome#PASSED} is checked and stored.
 */
@Component
public class PublicFormGuard {

	/** The honeypot: a field people do not see; robots fill it. */
	public static final String HONEYPOT = "website";

	private final FormTimeToken timeTokens;

	PublicFormGuard(FormTimeToken timeTokens) {
		this.timeTokens = timeTokens;
	}

	/** What a sent public form is to be answered with. */
	public enum Outcome {

		/**
		 * Above the rate limit: the response answers 429 with {@code Retry-After}, the
		 * model says {@code busy}; show the empty form.
		 */
		BUSY,
		/** The honeypot was filled: answer like a success, store nothing. */
		ROBOT,
		/**
		 * The time token was not valid: the response answers 400, the model says
		 * {@code again}; show the form again with the values sent, unchecked.
		 */
		AGAIN,
		/** Passed: check and store the input. */
		PASSED

	}

	/**
	 * A sent public form as screened.
	 *
	 * @param outcome what to answer
	 * @param input the parameters sent by field name: a text, or a list of texts for a
	 * field sent more than once
	 */
	public record Screened(Outcome outcome, Map<String, Object> input) {
	}

	/** The time token a form of this tenant shown now carries (model attribute). */
	public String timeToken(UUID tenantId, String form) {
		return this.timeTokens.issue(tenantId, form);
	}

	/**
	 * Screens a sent public form.
	 * @param perClient takes one sending of a client address, false above the limit (e.g.
	 * {@code TokenBuckets::take}); every sent form counts, refused and honeypot ones
	 * included
	 * @param form the form's name in its time token, or null for a form without one
	 */
	public Screened screen(Predicate<String> perClient, UUID tenantId, String form,
			MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Map<String, Object> input = new LinkedHashMap<>();
		params.forEach((name, values) -> input.put(name, (values.size() == 1) ? values.get(0) : values));
		if (!perClient.test(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			model.addAttribute("busy", true);
			return new Screened(Outcome.BUSY, input);
		}
		List<String> honeypot = params.get(HONEYPOT);
		if (honeypot != null && honeypot.stream().anyMatch((value) -> value != null && !value.isBlank())) {
			return new Screened(Outcome.ROBOT, input);
		}
		if (form != null && this.timeTokens.check(tenantId, form,
				params.getFirst(FormTimeToken.FIELD)) != FormTimeToken.Verdict.VALID) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("again", true);
			return new Screened(Outcome.AGAIN, input);
		}
		return new Screened(Outcome.PASSED, input);
	}

}
