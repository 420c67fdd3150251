package de.teilhabe.strategy.concept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormRows;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The Leitlinien of a draft as rows ({@code guidelines[0].text}): each with its text, a
 * place in the order (rows without one keep theirs after those with one) and a box to
 * remove it.
 *
 * @param guidelines the rows
 */
public record GuidelinesForm(@Size(max = 30, message = "{form.error.tooMany}") List<@Valid Guideline> guidelines)
		implements
			CheckedTogether {

	static final FormRows ROWS = new FormRows("guidelines", List.of("text", "position", "remove"), 30);

	public GuidelinesForm {
		guidelines = (guidelines != null) ? guidelines : List.of();
	}

	/**
	 * A Leitlinie.
	 *
	 * @param text its text
	 * @param position its place (1 first)
	 * @param remove whether to remove it
	 */
	public record Guideline(@Size(max = 2000, message = "{form.error.tooLong}") String text,
			@Min(value = 1, message = "{strategy.concept.error.position}") @Max(value = 99,
					message = "{strategy.concept.error.position}") Integer position,
			Boolean remove) {

		public Guideline {
			remove = Boolean.TRUE.equals(remove);
		}

	}

	/** Every row kept needs a text. */
	@Override
	public void checkTogether(Errors errors) {
		for (int row = 0; row < this.guidelines.size(); row++) {
			Guideline guideline = this.guidelines.get(row);
			if (!guideline.remove() && (guideline.text() == null || guideline.text().isBlank())) {
				errors.rejectValue("guidelines[" + row + "].text", "form.error.required");
			}
		}
	}

	/** The texts kept, in their new order. */
	List<String> texts() {
		List<Integer> rows = new ArrayList<>();
		for (int row = 0; row < this.guidelines.size(); row++) {
			if (!this.guidelines.get(row).remove()) {
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparing((Integer row) -> {
			Integer position = this.guidelines.get(row).position();
			return (position != null) ? position : Integer.MAX_VALUE;
		}).thenComparing(Comparator.naturalOrder()));
		return rows.stream().map((row) -> this.guidelines.get(row).text()).toList();
	}

}
