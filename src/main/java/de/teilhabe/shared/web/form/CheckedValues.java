package de.teilhabe.shared.web.form;

import java.util.Map;

import org.springframework.context.MessageSourceResolvable;

/**
 * Submitted values after their check: the values as a form shows them again (and as a
 * pending change stores them), and what is wrong, by field. A form is stored only if
 * nothing is wrong (all or nothing).
 *
 * @param values the normalised values by field: text stripped, list items joined with
 * {@code ", "}, the empty string for nothing
 * @param errors the first error of each field, in the order of the form; a row's field is
 * named by its path, e.g. {@code partners[0].name}
 */
public record CheckedValues(Map<String, String> values, Map<String, MessageSourceResolvable> errors) {

	public boolean valid() {
		return this.errors.isEmpty();
	}

}
