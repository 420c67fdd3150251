package de.teilhabe.shared.web.form;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.validation.Errors;

/**
 * The check of a record chosen in each row of a form (the partner organisations of a
 * project or a measure): it must be one the form offered, not chosen in two rows, and not
 * the record chosen elsewhere on the form (the lead organisation). Each refusal is a
 * field error at the row's field; a row without a choice or whose field is already
 * refused is passed over.
 *
 * @param rows the name of the rows, e.g. {@code partners}
 * @param column the row's field that holds the choice, e.g. {@code organisation}
 * @param notOfferedKey the message key when the choice was not offered
 * @param twiceKey the message key when two rows hold the same choice
 * @param chosenElsewhereKey the message key when a row holds the choice made elsewhere
 */
public record RowChoices(String rows, String column, String notOfferedKey, String twiceKey, String chosenElsewhereKey) {

	/**
	 * Checks the rows' choices.
	 * @param chosenElsewhere the record the rows must not repeat, or null
	 */
	public <R, T> void check(Errors errors, List<R> items, Function<R, T> choice, Set<T> offered, T chosenElsewhere) {
		Set<T> seen = new HashSet<>();
		for (int row = 0; row < items.size(); row++) {
			T chosen = choice.apply(items.get(row));
			String field = this.rows + "[" + row + "]." + this.column;
			if (chosen == null || errors.hasFieldErrors(field)) {
				continue;
			}
			if (!offered.contains(chosen)) {
				errors.rejectValue(field, this.notOfferedKey);
			}
			else if (chosen.equals(chosenElsewhere)) {
				errors.rejectValue(field, this.chosenElsewhereKey);
			}
			else if (!seen.add(chosen)) {
				errors.rejectValue(field, this.twiceKey);
			}
		}
	}

}
