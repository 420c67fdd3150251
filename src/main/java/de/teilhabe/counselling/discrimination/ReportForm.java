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
record ReportForm(LocalDate incidentOn, @NotNull(message = "{form.error.required}") Area area,
		@NotEmpty(message = "{counselling.discrimination.error.characteristics}") @Size(max = 11,
				message = "{form.error.tooMany}") List<@OneOf(Characteristic.class) String> characteristics,
		@Size(max = 5, message = "{form.error.tooMany}") List<@OneOf(DiscriminationForm.class) String> forms,
		@NotBlank(message = "{counselling.discrimination.report.error.description}") @Size(max = 10_000,
				message = "{form.error.tooLong}") String description,
		@SingleLine @Size(max = 200, message = "{form.error.tooLong}") String replyContact, Boolean replyConsent) {

	ReportForm {
		characteristics = (characteristics != null) ? List.copyOf(characteristics) : List.of();
		forms = (forms != null) ? List.copyOf(forms) : List.of();
	}

}
