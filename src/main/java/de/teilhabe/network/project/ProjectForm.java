package de.teilhabe.network.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.organisation.FieldOfWork;

/**
 * The fields of a project's form and their checks.
 */
public final class ProjectForm {

	public static final RowFields PARTNERS = new RowFields("partners", List.of("organisation", "role"), 12);

	public static final RowFields FUNDING = new RowFields("funding", List.of("source", "amount"), 8);

	public static final RowFields MILESTONES = new RowFields("milestones", List.of("date", "title", "done"), 12);

	public static final List<String> FIELDS;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

	/** An ID of the integration concept: letters, digits and . _ : / - */
	private static final Pattern CONCEPT_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

	static {
		List<String> fields = new ArrayList<>(List.of("title", "goal", "fieldsOfWork", "leadOrganisation", "status",
				"startDate", "endDate", "budget", "evaluation", "conceptRefs"));
		fields.addAll(PARTNERS.fields());
		fields.addAll(FUNDING.fields());
		fields.addAll(MILESTONES.fields());
		FIELDS = List.copyOf(fields);
	}

	private ProjectForm() {
	}

	/**
	 * Checks every field.
	 * @param organisations the ids of the tenant's organisations
	 */
	public static FormCheck check(Map<String, String> raw, Set<UUID> organisations) {
		FormCheck check = new FormCheck(raw);
		check.text("title", true, 200);
		check.multiline("goal", false, 2000);
		check.choices("fieldsOfWork", FieldOfWork.class);
		OrganisationChoices.check(check, "leadOrganisation", false, organisations);
		check.choice("status", ProjectStatus.class, true);
		LocalDate start = check.date("startDate", false);
		LocalDate end = check.date("endDate", false);
		OrganisationChoices.endNotBeforeStart(check, start, end, "endDate");
		BigDecimal budget = amount(check, "budget");
		check.multiline("evaluation", false, 4000);
		check.list("conceptRefs", 50, (ref) -> CONCEPT_REF.matcher(ref).matches() ? ref : null,
				"network.project.error.conceptRef");

		Set<UUID> partners = new HashSet<>();
		for (int row : PARTNERS.filled(raw)) {
			String field = PARTNERS.field(row, "organisation");
			UUID organisation = OrganisationChoices.check(check, field, true, organisations);
			if (organisation != null && !partners.add(organisation)) {
				check.reject(field, "network.project.error.partnerTwice");
			}
			check.text(PARTNERS.field(row, "role"), false, 200);
		}
		BigDecimal funded = BigDecimal.ZERO;
		for (int row : FUNDING.filled(raw)) {
			check.text(FUNDING.field(row, "source"), true, 200);
			BigDecimal amount = amount(check, FUNDING.field(row, "amount"));
			funded = (amount != null) ? funded.add(amount) : funded;
		}
		if (budget != null && funded.compareTo(budget) > 0) {
			check.reject("budget", "network.project.error.fundingAboveBudget", funded.toPlainString());
		}
		for (int row : MILESTONES.filled(raw)) {
			check.date(MILESTONES.field(row, "date"), true);
			check.text(MILESTONES.field(row, "title"), true, 200);
			check.flag(MILESTONES.field(row, "done"));
		}
		return check;
	}

	/** An amount in euro: at least 0, at most two decimal places. */
	private static BigDecimal amount(FormCheck check, String field) {
		BigDecimal amount = check.decimal(field, BigDecimal.ZERO, MAX_AMOUNT);
		if (amount != null && amount.stripTrailingZeros().scale() > 2) {
			return check.reject(field, "network.project.error.cents");
		}
		return amount;
	}

	public static Map<String, String> of(Project project) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", project.title());
		values.put("goal", text(project.goal()));
		values.put("fieldsOfWork", String.join(FormCheck.LIST_SEPARATOR, project.fieldsOfWork()));
		values.put("leadOrganisation",
				(project.leadOrganisationId() != null) ? project.leadOrganisationId().toString() : "");
		values.put("status", project.status().name());
		values.put("startDate", text(project.startDate()));
		values.put("endDate", text(project.endDate()));
		values.put("budget", text(project.budget()));
		values.put("evaluation", text(project.evaluation()));
		values.put("conceptRefs", String.join(FormCheck.LIST_SEPARATOR, project.conceptRefs()));
		PARTNERS.put(values,
				project.partners()
					.stream()
					.map((partner) -> List.of(partner.organisationId().toString(), text(partner.role())))
					.toList());
		FUNDING.put(values,
				project.funding()
					.stream()
					.map((funding) -> List.of(funding.source(), text(funding.amount())))
					.toList());
		MILESTONES.put(values,
				project.milestones()
					.stream()
					.map((milestone) -> List.of(milestone.dueDate().toString(), milestone.title(),
							milestone.done() ? "true" : ""))
					.toList());
		return values;
	}

	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, ""));
		values.put("status", ProjectStatus.PLANNED.name());
		return values;
	}

	static String text(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

}
