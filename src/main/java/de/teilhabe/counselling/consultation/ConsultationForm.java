package de.teilhabe.counselling.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An expert consultation for a regular service, without any client's personal data.
 *
 * @param organisationId the asking organisation of the network, or none
 * @param serviceName the asking service in words when it is no organisation of the
 * network
 * @param consultedOn the day (not in the future)
 * @param question what was asked
 * @param answer what was advised
 * @param minutes the time spent, 1 to 1440 minutes
 * @param topics the topics (the case topics), at least one
 */
record ConsultationForm(UUID organisationId,
		@SingleLine @Size(max = 200, message = "{form.error.tooLong}") String serviceName,
		@NotNull(message = "{form.error.required}") LocalDate consultedOn,
		@NotBlank(message = "{form.error.required}") @Size(max = 5_000,
				message = "{form.error.tooLong}") String question,
		@Size(max = 10_000, message = "{form.error.tooLong}") String answer,
		@NotNull(message = "{form.error.required}") @Min(value = 1,
				message = "{counselling.consultation.error.minutes}") @Max(value = 1440,
						message = "{counselling.consultation.error.minutes}") Integer minutes,
		@NotEmpty(message = "{counselling.consultation.error.topics}") @Size(max = 9,
				message = "{form.error.tooMany}") List<@OneOf(Topic.class) String> topics) {

	ConsultationForm {
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
