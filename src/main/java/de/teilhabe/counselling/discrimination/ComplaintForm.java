package de.teilhabe.counselling.discrimination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Intervention;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Level;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Outcome;
import de.teilhabe.shared.web.form.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint as a counsellor enters or changes it (page and API).
 *
 * @param incidentOn when it happened (not in the future; may be unknown)
 * @param area the area of life
 * @param characteristics the characteristics it relates to, at least one
 * @param forms the forms, at least one
 * @param level the level (may be open for a report not yet reviewed)
 * @param interventions what the counselling did
 * @param outcome how it ended (default open)
 * @param description what happened, encrypted at rest
 * @param caseId a counselling case the counsellor reads, or none (anonymous)
 */
record ComplaintForm(LocalDate incidentOn, @NotNull(message = "{form.error.required}") Area area,
		@NotEmpty(message = "{counselling.discrimination.error.characteristics}") @Size(max = 11,
				message = "{form.error.tooMany}") List<@OneOf(Characteristic.class) String> characteristics,
		@NotEmpty(message = "{counselling.discrimination.error.forms}") @Size(max = 5,
				message = "{form.error.tooMany}") List<@OneOf(DiscriminationForm.class) String> forms,
		Level level,
		@Size(max = 6, message = "{form.error.tooMany}") List<@OneOf(Intervention.class) String> interventions,
		Outcome outcome, @NotBlank(message = "{form.error.required}") @Size(max = 20_000,
				message = "{form.error.tooLong}") String description,
		UUID caseId) {

	ComplaintForm {
		characteristics = (characteristics != null) ? List.copyOf(characteristics) : List.of();
		forms = (forms != null) ? List.copyOf(forms) : List.of();
		interventions = (interventions != null) ? List.copyOf(interventions) : List.of();
		outcome = (outcome != null) ? outcome : Outcome.OPEN;
	}

}
