package de.teilhabe.strategy.concept;

import java.util.List;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A Handlungsfeld of a draft: its name, description and the indicators of the monitoring
 * catalogue that describe it (their codes; the page offers them by title).
 *
 * @param name e.g. Sprache und Bildung
 * @param description what it covers
 * @param indicators codes of indicators of the tenant's catalogue, in order
 */
public record FieldForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 4000, message = "{form.error.tooLong}") String description,
		@Size(max = 30, message = "{form.error.tooMany}") List<@Size(max = 64,
				message = "{form.error.itemTooLong}") String> indicators) {

	public FieldForm {
		indicators = (indicators != null) ? indicators : List.of();
	}

}
