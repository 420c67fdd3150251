package de.teilhabe.network.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import de.teilhabe.shared.web.form.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * The form of a training for MSOs, with its materials as indexed rows
 * ({@code materials[0].title}).
 *
 * @param title the title
 * @param audience for whom
 * @param heldOn when
 * @param topics topics
 * @param participantCount how many took part
 * @param place where
 * @param description what it was
 * @param organisations the organisations that took part
 * @param materials handouts and slides
 */
public record TrainingForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@NotNull(message = "{form.error.required}") Audience audience,
		@NotNull(message = "{form.error.required}") LocalDate heldOn,
		@Size(max = 20,
				message = "{form.error.tooMany}") List<@Size(max = 80,
						message = "{form.error.itemTooLong}") String> topics,
		@Range(min = 0, max = 100_000, message = "{network.support.error.participants}") Integer participantCount,
		@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String place,
		@Size(max = 4000, message = "{form.error.tooLong}") String description,
		@Size(max = 200, message = "{form.error.tooMany}") List<UUID> organisations,
		@Size(max = 10, message = "{form.error.tooMany}") List<@Valid Material> materials) {

	public TrainingForm {
		organisations = (organisations != null) ? organisations : List.of();
		materials = (materials != null) ? materials : List.of();
	}

	/**
	 * A handout or slides.
	 *
	 * @param title the title
	 * @param link where it is
	 */
	public record Material(
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String title,
			@Size(max = 500, message = "{form.error.tooLong}") @WebAddress String link) {
	}

	/**
	 * Binds and checks submitted values, and that the organisations are the tenant's.
	 * @param organisations the ids of the tenant's organisations
	 */
	static CheckedValues check(FormBinder binder, Map<String, ?> raw, Set<UUID> organisations) {
		return binder
			.bind(raw, TrainingForm.class,
					(form, errors) -> form.organisations()
						.stream()
						.filter((id) -> !organisations.contains(id))
						.findFirst()
						.ifPresent((id) -> errors.rejectValue("organisations", "network.error.choiceItem",
								new Object[] { id }, null)))
			.checked();
	}

	static Map<String, String> of(Training training) {
		return FormBinder.values(new TrainingForm(training.title(), training.audience(), training.heldOn(),
				training.topics(), training.participantCount(), training.place(), training.description(),
				training.organisations().stream().map((organisation) -> organisation.id()).toList(),
				training.materials()
					.stream()
					.map((material) -> new Material(material.title(), material.link()))
					.toList()));
	}

	static Map<String, String> empty() {
		return FormBinder.empty(FormBinder.fields(TrainingForm.class));
	}

}
