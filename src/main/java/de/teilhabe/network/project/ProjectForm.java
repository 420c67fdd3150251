package de.teilhabe.network.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.network.organisation.FieldOfWork;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.RowChoices;
import de.teilhabe.shared.web.form.FormRows;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a project, with its repeated parts as indexed rows (partners, funding
 * sources, milestones: {@code partners[0].organisation}). The checks that need the
 * tenant's organisations are made by {@link #check}.
 *
 * @param title the title
 * @param goal the goal
 * @param fieldsOfWork fields of work (constants of {@link FieldOfWork})
 * @param leadOrganisation the lead organisation (none: the office)
 * @param status the status
 * @param startDate the start
 * @param endDate the end, not before the start
 * @param budget the budget in euro
 * @param evaluation how it went
 * @param conceptRefs IDs of goals and measures of the integration concept (chosen by
 * title; see {@link ConceptRefChoices})
 * @param partners partner organisations
 * @param funding funding sources, together not above the budget
 * @param milestones milestones
 */
public record ProjectForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 2000, message = "{form.error.tooLong}") String goal,
		@Size(max = 30, message = "{form.error.tooMany}") List<@OneOf(FieldOfWork.class) String> fieldsOfWork,
		UUID leadOrganisation, @NotNull(message = "{form.error.required}") ProjectStatus status, LocalDate startDate,
		LocalDate endDate,
		@DecimalMin(value = "0", message = "{network.project.error.amount}") @DecimalMax(value = "99999999.99",
				message = "{network.project.error.amount}") @Digits(integer = 12, fraction = 2,
						message = "{network.project.error.cents}") BigDecimal budget,
		@Size(max = 4000, message = "{form.error.tooLong}") String evaluation,
		@Size(max = 50,
				message = "{form.error.tooMany}") List<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}",
						message = "{network.project.error.conceptRefItem}") String> conceptRefs,
		@Size(max = 12, message = "{form.error.tooMany}") List<@Valid Partner> partners,
		@Size(max = 8, message = "{form.error.tooMany}") List<@Valid Funding> funding,
		@Size(max = 12, message = "{form.error.tooMany}") List<@Valid Milestone> milestones)
		implements
			CheckedTogether {

	/** The rows as the page shows them (their slots and labels). */
	public static final FormRows PARTNERS = new FormRows("partners", List.of("organisation", "role"), 12);

	public static final FormRows FUNDING = new FormRows("funding", List.of("source", "amount"), 8);

	public static final FormRows MILESTONES = new FormRows("milestones", List.of("date", "title", "done"), 12);

	public ProjectForm {
		partners = (partners != null) ? partners : List.of();
		funding = (funding != null) ? funding : List.of();
		milestones = (milestones != null) ? milestones : List.of();
	}

	/**
	 * A partner organisation.
	 *
	 * @param organisation the organisation
	 * @param role its role
	 */
	public record Partner(@NotNull(message = "{form.error.required}") UUID organisation,
			@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String role) {
	}

	/**
	 * A funding source.
	 *
	 * @param source who funds
	 * @param amount how much, in euro
	 */
	public record Funding(
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String source,
			@DecimalMin(value = "0", message = "{network.project.error.amount}") @DecimalMax(value = "99999999.99",
					message = "{network.project.error.amount}") @Digits(integer = 12, fraction = 2,
							message = "{network.project.error.cents}") BigDecimal amount) {
	}

	/**
	 * A milestone.
	 *
	 * @param date when it is due
	 * @param title what it is
	 * @param done whether it is reached
	 */
	public record Milestone(@NotNull(message = "{form.error.required}") LocalDate date,
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String title,
			Boolean done) {

		public Milestone {
			done = Boolean.TRUE.equals(done);
		}

	}

	/**
	 * The end not before the start; the funding sources together not above the budget.
	 */
	@Override
	public void checkTogether(Errors errors) {
		if (this.startDate != null && this.endDate != null && this.endDate.isBefore(this.startDate)
				&& !errors.hasFieldErrors("endDate")) {
			errors.rejectValue("endDate", "network.error.endBeforeStart");
		}
		BigDecimal funded = BigDecimal.ZERO;
		for (int row = 0; row < this.funding.size(); row++) {
			BigDecimal amount = this.funding.get(row).amount();
			if (amount != null && !errors.hasFieldErrors("funding[" + row + "].amount")) {
				funded = funded.add(amount);
			}
		}
		if (this.budget != null && funded.compareTo(this.budget) > 0 && !errors.hasFieldErrors("budget")) {
			errors.rejectValue("budget", "network.project.error.fundingAboveBudget",
					new Object[] { funded.toPlainString() }, null);
		}
	}

	private static final RowChoices PARTNER_CHOICES = new RowChoices("partners", "organisation", "network.error.choice",
			"network.project.error.partnerTwice", null);

	/**
	 * Binds and checks submitted values, that the organisations are the tenant's (each
	 * partner once) and that the references to the integration concept are goals or
	 * measures of the tenant's concept. An amount may have a decimal comma.
	 * @param organisations the ids of the tenant's organisations
	 * @param conceptRefs of the references given, those that are the tenant's goals or
	 * measures
	 */
	public static CheckedValues check(FormBinder binder, Map<String, ?> raw, Set<UUID> organisations,
			Function<List<String>, Set<String>> conceptRefs) {
		Map<String, Object> values = new LinkedHashMap<>(raw);
		values.replaceAll(
				(field, value) -> (field.equals("budget") || field.endsWith("].amount")) ? decimalPoint(value) : value);
		return binder.bind(values, ProjectForm.class, (form, errors) -> {
			if (form.leadOrganisation() != null && !organisations.contains(form.leadOrganisation())) {
				errors.rejectValue("leadOrganisation", "network.error.choice");
			}
			if (form.conceptRefs() != null && !form.conceptRefs().isEmpty() && !errors.hasFieldErrors("conceptRefs*")
					&& !conceptRefs.apply(form.conceptRefs()).containsAll(form.conceptRefs())) {
				errors.rejectValue("conceptRefs", "network.project.error.conceptRef");
			}
			PARTNER_CHOICES.check(errors, form.partners(), (partner) -> partner.organisation(), organisations, null);
		}).checked();
	}

	private static Object decimalPoint(Object value) {
		if (value instanceof List<?> values) {
			return values.stream().map(ProjectForm::decimalPoint).toList();
		}
		return (value instanceof String text) ? text.replace(',', '.') : value;
	}

	public static Map<String, String> of(Project project) {
		return FormBinder.values(new ProjectForm(project.title(), project.goal(), project.fieldsOfWork(),
				project.leadOrganisationId(), project.status(), project.startDate(), project.endDate(),
				project.budget(), project.evaluation(), project.conceptRefs(),
				project.partners()
					.stream()
					.map((partner) -> new Partner(partner.organisationId(), partner.role()))
					.toList(),
				project.funding().stream().map((source) -> new Funding(source.source(), source.amount())).toList(),
				project.milestones()
					.stream()
					.map((milestone) -> new Milestone(milestone.dueDate(), milestone.title(), milestone.done()))
					.toList()));
	}

	public static Map<String, String> empty() {
		Map<String, String> values = FormBinder.empty(FormBinder.fields(ProjectForm.class));
		values.put("status", ProjectStatus.PLANNED.name());
		return values;
	}

}
