package de.teilhabe.portal.page;

import java.util.UUID;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A page with its German source text, as the office writes it: where it sits (the page
 * above it, picked by title; its address segment; its place among its siblings), its
 * topic, and title, summary and text (HTML, cleaned on save).
 */
public record PageForm(UUID parent,
		@NotBlank(message = "{form.error.required}") @Size(max = 80, message = "{form.error.tooLong}") @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{portal.error.segment}") String segment,
		@Min(value = 0,
				message = "{form.error.range}") @Max(value = 999, message = "{form.error.range}") Integer position,
		Topic topic,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 600, message = "{form.error.tooLong}") String summary,
		@NotBlank(message = "{form.error.required}") @Size(max = PageForm.MAX_BODY,
				message = "{form.error.tooLong}") String body) {

	/** The longest text a page may have, in characters of HTML. */
	public static final int MAX_BODY = 60_000;

}
