package de.teilhabe.strategy.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.RowChoices;
import de.teilhabe.shared.web.form.FormRows;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a measure (page and API alike), with the partner organisations as indexed
 * rows ({@code partners[0].organisation}; in JSON {@code "partners": [{"organisation":
 * …}]}). The checks that need the tenant's records (organisations of the network, goals
 * of the concept version) are made by {@link #check}.
 *
 * @param title what is done
 * @param description how
 * @param goals the goals it serves (ids of goals of the version, not merged)
 * @param leadOrganisation the lead organisation (none: the office itself)
 * @param partners the partner organisations
 * @param startDate the start
 * @param endDate the end, not before the start
 * @param budget the budget in euro
 * @param funding who funds it
 * @param status where it stands
 */
public record MeasureForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 4000, message = "{form.error.tooLong}") String description,
		@Size(max = 30, message = "{form.error.tooMany}") List<UUID> goals, UUID leadOrganisation,
		@Size(max = 12, message = "{form.error.tooMany}") List<@Valid Partner> partners, LocalDate startDate,
		LocalDate endDate,
		@DecimalMin(value = "0", message = "{strategy.measure.error.amount}") @DecimalMax(value = "9999999999.99",
				message = "{strategy.measure.error.amount}") @Digits(integer = 10, fraction = 2,
						message = "{strategy.measure.error.cents}") BigDecimal budget,
		@Size(max = 500, message = "{form.error.tooLong}") String funding,
		@NotNull(message = "{form.error.required}") MeasureStatus status) implements CheckedTogether {

	/** The partner rows as the page shows them. */
	public static final FormRows PARTNERS = new FormRows("partners", List.of("organisation"), 12);

	public MeasureForm {
		goals = (goals != null) ? goals : List.of();
		partners = (partners != null) ? partners : List.of();
	}

	/**
	 * A partner organisation.
	 *
	 * @param organisation the organisation
	 */
	public record Partner(@NotNull(message = "{form.error.required}") UUID organisation) {
	}

	/** The end not before the start. */
	@Override
	public void checkTogether(Errors errors) {
		if (this.startDate != null && this.endDate != null && this.endDate.isBefore(this.startDate)
				&& !errors.hasFieldErrors("endDate")) {
			errors.rejectValue("endDate", "strategy.measure.error.endBeforeStart");
		}
	}

	private static final RowChoices PARTNER_CHOICES = new RowChoices("partners", "organisation",
			"strategy.measure.error.organisation", "strategy.measure.error.partnerTwice",
			"strategy.measure.error.partnerIsLead");

	/**
	 * Binds and checks submitted values, and that the organisations are the tenant's
	 * (each once, the lead not also a partner) and the goals are goals of the version. A
	 * budget may have a decimal comma.
	 * @param organisations the ids of the tenant's organisations
	 * @param goals the ids of the goals a measure may serve
	 */
	public static FormBinder.Bound<MeasureForm> check(FormBinder binder, Map<String, ?> raw, Set<UUID> organisations,
			Set<UUID> goals) {
		Map<String, Object> values = new LinkedHashMap<>(raw);
		values.computeIfPresent("budget",
				(field, value) -> (value instanceof String text) ? text.replace(',', '.')
						: (value instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String text)
								? text.replace(',', '.') : value);
		return binder.bind(values, MeasureForm.class, (form, errors) -> {
			if (form.leadOrganisation() != null && !organisations.contains(form.leadOrganisation())) {
				errors.rejectValue("leadOrganisation", "strategy.measure.error.organisation");
			}
			if (!errors.hasFieldErrors("goals") && !goals.containsAll(form.goals())) {
				errors.rejectValue("goals", "strategy.measure.error.goal");
			}
			PARTNER_CHOICES.check(errors, form.partners(), (partner) -> partner.organisation(), organisations,
					form.leadOrganisation());
		});
	}

	/** The values of a stored measure as the form shows them. */
	public static Map<String, String> of(Measure measure) {
		return FormBinder.values(new MeasureForm(measure.title(), measure.description(),
				measure.goals().stream().map(Measure.GoalRef::id).toList(), measure.leadOrganisationId(),
				measure.partnerOrganisationIds().stream().map(Partner::new).toList(), measure.startDate(),
				measure.endDate(), measure.budget(), measure.funding(), measure.status()));
	}

	/** The values of a new measure: planned, for the goals given. */
	public static Map<String, String> empty(List<UUID> goals) {
		Map<String, String> values = FormBinder.empty(FormBinder.fields(MeasureForm.class));
		values.put("status", MeasureStatus.PLANNED.name());
		values.put("goals", String.join(FormBinder.LIST_SEPARATOR, goals.stream().map(UUID::toString).toList()));
		return values;
	}

}
