package de.teilhabe.counselling.discrimination;

import java.time.LocalDate;
import java.util.List;

import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An anonymous report on the public form: no personal data required; a contact only if
 * the person wants a reply, and then with consent.
 *
 * @param incidentOn when it happened, if the person knows (not in the future)
 * @param area where
 * @param characteristics why the person thinks it happened, at least one
 * @param forms how, if the person can say
 * @param description what happened
 * @param replyContact an e-mail address or phone number for a reply, optional
 * @param replyConsent consent to store the contact for a reply (required with a contact)
 */
record ReportForm(LocalDate incidentOn, @NotNull(message = "{" + ReportForm.ERROR + "area}") Area area,
		@NotEmpty(message = "{" + ReportForm.ERROR + "characteristics}") @Size(max = 11,
				message = "{" + ReportForm.ERROR + "choice}") List<@OneOf(value = Characteristic.class,
						message = "{" + ReportForm.ERROR + "choice}") String> characteristics,
		@Size(max = 5,
				message = "{" + ReportForm.ERROR + "choice}") List<@OneOf(value = DiscriminationForm.class,
						message = "{" + ReportForm.ERROR + "choice}") String> forms,
		@NotBlank(message = "{" + ReportForm.ERROR + "description}") @Size(max = 10_000,
				message = "{" + ReportForm.ERROR + "tooLong}") String description,
		@SingleLine(message = "{" + ReportForm.ERROR + "singleLine}") @Size(max = 200,
				message = "{" + ReportForm.ERROR + "tooLong}") String replyContact,
		Boolean replyConsent) {

	/**
	 * The prefix of the form's error texts: its own, not the platform's shared ones, so
	 * that each language of the public form has them (the shared bundle comes first and
	 * is only German and English).
	 */
	static final String ERROR = "counselling.discrimination.report.error.";

	ReportForm {
		characteristics = (characteristics != null) ? List.copyOf(characteristics) : List.of();
		forms = (forms != null) ? List.copyOf(forms) : List.of();
	}

}
