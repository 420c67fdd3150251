package de.teilhabe.network.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of the support of an MSO in opening up (a Öffnungsprozess).
 *
 * @param organisation the organisation
 * @param what what the support is
 * @param startedOn when it started
 * @param endedOn when it ended, not before the start
 * @param outcome what came of it
 */
public record OpeningForm(@NotNull(message = "{form.error.required}") UUID organisation,
		@NotBlank(message = "{form.error.required}") @Size(max = 1000, message = "{form.error.tooLong}") String what,
		@NotNull(message = "{form.error.required}") LocalDate startedOn, LocalDate endedOn,
		@Size(max = 2000, message = "{form.error.tooLong}") String outcome) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.startedOn != null && this.endedOn != null && this.endedOn.isBefore(this.startedOn)) {
			errors.rejectValue("endedOn", "network.error.endBeforeStart");
		}
	}

	/**
	 * Binds and checks submitted values, and that the organisation is the tenant's.
	 * @param organisations the ids of the tenant's organisations
	 */
	static CheckedValues check(FormBinder binder, Map<String, ?> raw, Set<UUID> organisations) {
		return binder.bind(raw, OpeningForm.class, (form, errors) -> {
			if (form.organisation() != null && !organisations.contains(form.organisation())) {
				errors.rejectValue("organisation", "network.error.choice");
			}
		}).checked();
	}

	static Map<String, String> of(OpeningSupport support) {
		return FormBinder.values(new OpeningForm(support.organisationId(), support.what(), support.startedOn(),
				support.endedOn(), support.outcome()));
	}

	static Map<String, String> empty() {
		return FormBinder.empty(FormBinder.fields(OpeningForm.class));
	}

}
