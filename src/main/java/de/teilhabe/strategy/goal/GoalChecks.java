package de.teilhabe.strategy.goal;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.Indicators;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Binds and checks a goal for a tenant, the same for the page and the API: the form's
 * constraints, the SMART parts ({@link SmartCheck}), and what needs the tenant's records
 * (a Handlungsfeld of the current version of the concept, an indicator of the catalogue
 * the tenant sees, a known region, organisations of the tenant's network, statements of
 * the tenant's Integrationsdialog).
 */
@Component
class GoalChecks {

	private final FormBinder binder;

	private final ConceptStore concepts;

	private final Indicators indicators;

	private final Regions regions;

	private final Organisations organisations;

	private final GoalStore goals;

	GoalChecks(FormBinder binder, ConceptStore concepts, Indicators indicators, Regions regions,
			Organisations organisations, GoalStore goals) {
		this.goals = goals;
		this.binder = binder;
		this.concepts = concepts;
		this.indicators = indicators;
		this.regions = regions;
		this.organisations = organisations;
	}

	/**
	 * The bound and checked goal.
	 * @param unknownField the name given for a Handlungsfeld that none has (the API's
	 * {@code field} by name), or null
	 */
	FormBinder.Bound<GoalForm> check(UUID tenantId, Map<String, ?> values, String unknownField) {
		return this.binder.bind(values, GoalForm.class, (form, errors) -> more(tenantId, form, errors, unknownField));
	}

	CheckedValues checked(UUID tenantId, Map<String, ?> values) {
		return check(tenantId, values, null).checked();
	}

	private void more(UUID tenantId, GoalForm form, Errors errors, String unknownField) {
		if (form.field() != null && !errors.hasFieldErrors("field")) {
			UUID current = this.concepts.current(tenantId).map((concept) -> concept.id()).orElse(null);
			boolean known = this.concepts.field(tenantId, form.field())
				.map(Field::conceptId)
				.filter((concept) -> concept.equals(current))
				.isPresent();
			if (!known) {
				errors.rejectValue("field", "strategy.goal.error.unknownField",
						new Object[] { (unknownField != null) ? unknownField : form.field().toString() }, null);
			}
		}
		if (form.byIndicator() && !errors.hasFieldErrors("indicator")
				&& this.indicators.find(tenantId, form.indicator()).isEmpty()) {
			errors.rejectValue("indicator", "strategy.goal.error.unknownIndicator");
		}
		if (form.byIndicator() && form.region() != null && !form.region().isBlank() && !errors.hasFieldErrors("region")
				&& (Regions.keyProblem(form.region()) != null || this.regions.find(form.region()).isEmpty())) {
			errors.rejectValue("region", "strategy.goal.error.unknownRegion");
		}
		if (!errors.hasFieldErrors("organisations")) {
			for (UUID organisation : form.organisations()) {
				if (this.organisations.find(tenantId, organisation).isEmpty()) {
					errors.rejectValue("organisations", "strategy.goal.error.unknownOrganisation");
					break;
				}
			}
		}
		if (!errors.hasFieldErrors("statements") && !form.statements().isEmpty()
				&& !this.goals.notStatements(tenantId, form.statements()).isEmpty()) {
			errors.rejectValue("statements", "strategy.goal.error.unknownStatement");
		}
	}

}
