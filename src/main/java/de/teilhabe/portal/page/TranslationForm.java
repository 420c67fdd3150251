package de.teilhabe.portal.page;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A page's translation into one language, written beside the German text: title, summary,
 * text (HTML, cleaned on save) and its state (reviewed, being translated,
 * machine-translated awaiting review). It is recorded as made from the German revision
 * shown on the form ({@code revision}): if the German text changed meanwhile, the
 * translation is outdated at once.
 */
public record TranslationForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 600, message = "{form.error.tooLong}") String summary,
		@NotBlank(message = "{form.error.required}") @Size(max = PageForm.MAX_BODY,
				message = "{form.error.tooLong}") String body,
		@NotNull(message = "{form.error.required}") TranslationState state,
		@NotNull(message = "{form.error.required}") Integer revision) {

}
