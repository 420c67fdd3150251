package de.teilhabe.portal.accessibility;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A barrier reported on the accessibility statement.
 *
 * @param address where (a page's address or its name), optional
 * @param description what does not work
 * @param contact an e-mail address or phone number for an answer, optional
 */
record BarrierForm(
		@Size(max = 500, message = "{" + BarrierForm.ERROR + "tooLong}") @SingleLine(
				message = "{" + BarrierForm.ERROR + "singleLine}") String address,
		@NotBlank(message = "{" + BarrierForm.ERROR + "description}") @Size(max = 4000,
				message = "{" + BarrierForm.ERROR + "tooLong}") String description,
		@Size(max = 200, message = "{" + BarrierForm.ERROR + "tooLong}") @SingleLine(
				message = "{" + BarrierForm.ERROR + "singleLine}") String contact) {

	static final String ERROR = "portal.forms.barrier.error.";

}
