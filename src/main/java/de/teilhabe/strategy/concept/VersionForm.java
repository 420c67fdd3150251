package de.teilhabe.strategy.concept;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Title and horizon of a version of the concept (a new version, or a draft changed).
 *
 * @param title e.g. Migrations- und Integrationskonzept 2023–2027
 * @param horizonStart the first year it plans for
 * @param horizonEnd its target year, not before the first
 */
public record VersionForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@NotNull(message = "{form.error.required}") @Min(value = 1990, message = "{strategy.concept.error.year}") @Max(
				value = 2100, message = "{strategy.concept.error.year}") Integer horizonStart,
		@NotNull(message = "{form.error.required}") @Min(value = 1990, message = "{strategy.concept.error.year}") @Max(
				value = 2100, message = "{strategy.concept.error.year}") Integer horizonEnd)
		implements
			CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.horizonStart != null && this.horizonEnd != null && this.horizonEnd < this.horizonStart
				&& !errors.hasFieldErrors("horizonEnd") && !errors.hasFieldErrors("horizonStart")) {
			errors.rejectValue("horizonEnd", "strategy.concept.error.horizon");
		}
	}

}
