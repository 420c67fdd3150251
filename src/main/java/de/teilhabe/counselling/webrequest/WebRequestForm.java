package de.teilhabe.counselling.webrequest;

import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request for counselling on the public portal: the least a counsellor needs to answer.
 * Phone or e-mail (one is required), the preferred language of the tenant's public
 * languages, the Gemeinde and the topic by name (optional), a short message (optional),
 * and the consent to the processing. The error texts are the form's own (every language
 * of the form has them).
 *
 * @param name a first name or an alias
 * @param phone a telephone number
 * @param email an e-mail address
 * @param preferredLanguage the language the person wants to be counselled in (code)
 * @param gemeinde the Gemeinde (region key), optional
 * @param topic the topic (a case topic), optional
 * @param message a short message, optional
 * @param consent the consent to the processing of the request
 */
record WebRequestForm(
		@NotBlank(message = "{" + WebRequestForm.ERROR + "name}") @Size(max = 100,
				message = "{" + WebRequestForm.ERROR + "tooLong}") @SingleLine(
						message = "{" + WebRequestForm.ERROR + "singleLine}") String name,
		@Size(max = 30, message = "{" + WebRequestForm.ERROR + "tooLong}") @Pattern(regexp = "\\+?[0-9 ()/-]{3,30}",
				message = "{" + WebRequestForm.ERROR + "phone}") String phone,
		@Size(max = 200, message = "{" + WebRequestForm.ERROR + "tooLong}") @Pattern(
				regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{" + WebRequestForm.ERROR + "email}") String email,
		@NotBlank(message = "{" + WebRequestForm.ERROR + "preferredLanguage}") @Size(max = 20,
				message = "{" + WebRequestForm.ERROR + "choice}") String preferredLanguage,
		@Size(max = 12, message = "{" + WebRequestForm.ERROR + "choice}") String gemeinde,
		@OneOf(value = Topic.class, message = "{" + WebRequestForm.ERROR + "choice}") String topic,
		@Size(max = WebRequestForm.MESSAGE_MAX, message = "{" + WebRequestForm.ERROR + "tooLong}") String message,
		String consent) {

	/** The prefix of the form's error texts. */
	static final String ERROR = "portal.forms.request.error.";

	/** The longest message. */
	static final int MESSAGE_MAX = 1000;

}
