package de.teilhabe.strategy.goal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.goal.Controlling.Point;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the goals: the goals of the current version of the concept per
 * Handlungsfeld, a goal's page with its status explained and the chart of its path, and
 * the form (STRATEGY) with the Handlungsfeld, the indicator, the region and the
 * organisations picked by name.
 */
@Controller
class GoalPages {

	private final GoalStore goals;

	private final GoalViews views;

	private final GoalChecks checks;

	private final GoalStatuses statuses;

	private final GoalChoices choices;

	private final GoalChart chart;

	private final StatementChoices statementChoices;

	private final ConceptStore concepts;

	private final GoalAudit audit;

	private final MessageSource messages;

	private final Clock clock;

	GoalPages(GoalStore goals, GoalViews views, GoalChecks checks, GoalStatuses statuses, GoalChoices choices,
			GoalChart chart, StatementChoices statementChoices, ConceptStore concepts, GoalAudit audit,
			MessageSource messages, Clock clock) {
		this.statementChoices = statementChoices;
		this.goals = goals;
		this.views = views;
		this.checks = checks;
		this.statuses = statuses;
		this.choices = choices;
		this.chart = chart;
		this.concepts = concepts;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A Handlungsfeld with its goals, as the list shows it. */
	record FieldGoals(Field field, List<GoalRow> goals) {

	}

	/** A goal as a row of a page. */
	record GoalRow(Goal goal, String measure, String baseline, String target, String latest, GoalStatus status,
			String statusName, String reason, String previousName) {

	}

	@GetMapping("/strategy/goals")
	String list(Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Concept concept = this.concepts.current(actor.tenantId()).orElse(null);
		model.addAttribute("concept", concept);
		model.addAttribute("writer", actor.has(Role.STRATEGY));
		model.addAttribute("fields", (concept == null) ? List.of() : byField(actor.tenantId(), concept, locale));
		return "strategy/goals";
	}

	/**
	 * The goals of a version per Handlungsfeld (every field, also those without goals).
	 */
	List<FieldGoals> byField(UUID tenantId, Concept concept, Locale locale) {
		GoalViews.Reader reader = this.views.reader(tenantId, locale);
		Map<UUID, List<GoalRow>> rows = new LinkedHashMap<>();
		for (Goal goal : this.goals.all(tenantId, concept.id())) {
			rows.computeIfAbsent(goal.fieldId(), (field) -> new ArrayList<>()).add(row(reader, goal));
		}
		List<FieldGoals> fields = new ArrayList<>();
		for (Field field : this.concepts.fields(tenantId, concept.id())) {
			fields.add(new FieldGoals(field, rows.getOrDefault(field.id(), List.of())));
		}
		return fields;
	}

	static GoalRow row(GoalViews.Reader reader, Goal goal) {
		Controlling.Assessment assessment = reader.assess(goal);
		String measure = goal.byIndicator()
				? reader.indicatorTitle(goal.indicatorCode()) + " – " + reader.regionName(goal.regionKey())
				: goal.customMeasure();
		if (reader.waitingForFigures(goal, assessment)) {
			// no status yet: the figures are still being prepared after a start
			return new GoalRow(goal, measure, valueOfYear(reader, goal, goal.baseline()),
					valueOfYear(reader, goal, goal.target()), valueOfYear(reader, goal, goal.latest()), null,
					reader.preparingName(), reader.preparingReason(), null);
		}
		return new GoalRow(goal, measure, valueOfYear(reader, goal, goal.baseline()),
				valueOfYear(reader, goal, goal.target()), valueOfYear(reader, goal, goal.latest()), assessment.status(),
				reader.statusName(assessment.status()), reader.reason(goal, assessment),
				(goal.previousStatus() != null) ? reader.statusName(goal.previousStatus()) : null);
	}

	private static String valueOfYear(GoalViews.Reader reader, Goal goal, Point point) {
		return (point == null) ? "–" : reader.value(goal, point) + " (" + point.year() + ")";
	}

	@GetMapping("/strategy/goals/{id}")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Goal goal = find(actor, id);
		GoalViews.Reader reader = this.views.reader(actor.tenantId(), locale);
		model.addAttribute("goal", goal);
		model.addAttribute("row", row(reader, goal));
		model.addAttribute("writer", actor.has(Role.STRATEGY));
		model.addAttribute("organisations", this.choices.organisationNames(actor.tenantId(), goal.organisationIds()));
		model.addAttribute("statements",
				this.goals.answered(actor.tenantId(), List.of(id)).getOrDefault(id, List.of()));
		model.addAttribute("merged", this.goals.mergedInto(actor.tenantId(), id));
		model.addAttribute("chart", this.chart.of(actor.tenantId(), goal, reader, locale));
		return "strategy/goal";
	}

	@GetMapping("/strategy/goals/new")
	String newGoal(Model model) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = FormBinder.empty(FormBinder.fields(GoalForm.class));
		return form(model, actor, null, values, Map.of());
	}

	@GetMapping("/strategy/goals/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Goal goal = find(actor, id);
		return form(model, actor, goal, values(actor.tenantId(), goal), Map.of());
	}

	@PostMapping({ "/strategy/goals", "/strategy/goals/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model) {
		Actor actor = CurrentActor.get();
		Goal goal = (id != null) ? find(actor, id) : null;
		Map<String, Object> values = new LinkedHashMap<>();
		params.forEach((name, sent) -> values.put(name, (sent.size() == 1) ? decimalPoint(name, sent.get(0)) : sent));
		values.remove("_csrf");
		FormBinder.Bound<GoalForm> bound = this.checks.check(actor.tenantId(), values, null);
		if (!bound.valid()) {
			return form(model, actor, goal, bound.checked().values(), bound.checked().errors());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID saved;
		if (goal == null) {
			saved = this.goals.create(actor.tenantId(), bound.form(), now);
			this.audit.created(actor, saved, bound.form());
		}
		else {
			saved = goal.id();
			this.goals.update(actor.tenantId(), saved, bound.form(), now);
			this.audit.changed(actor, saved, bound.form());
		}
		this.statuses.recomputeGoal(actor.tenantId(), saved);
		return "redirect:/strategy/goals/" + saved;
	}

	/** A number may have a decimal comma (as a German user types it). */
	private static String decimalPoint(String name, String value) {
		boolean number = name.equals("baselineValue") || name.equals("targetValue") || name.endsWith("].value");
		return (number && value != null) ? value.replace(',', '.') : value;
	}

	private String form(Model model, Actor actor, Goal goal, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		model.addAttribute("goal", goal);
		this.choices.addTo(model, actor.tenantId(), values.get("region"));
		model.addAttribute("statementChoices", this.statementChoices.of(actor.tenantId(),
				FormBinder.split(values.get("statements")), LocaleContextHolder.getLocale()));
		FormPage.show(model, values, errors, this.messages, "strategy.goal.field.", GoalForm.VALUES);
		return "strategy/goal-form";
	}

	private Map<String, String> values(UUID tenantId, Goal goal) {
		List<GoalForm.HandValue> hand = this.goals.values(tenantId, goal.id())
			.stream()
			.map((point) -> new GoalForm.HandValue(point.year(), point.value()))
			.toList();
		return FormBinder.values(new GoalForm(goal.title(), goal.description(), goal.fieldId(), goal.indicatorCode(),
				goal.regionKey(), goal.customMeasure(), goal.unit(), goal.baseline().value(), goal.baseline().year(),
				goal.target().value(), goal.target().year(), goal.organisationIds(), hand,
				this.goals.statementIds(tenantId, goal.id())));
	}

	private Goal find(Actor actor, UUID id) {
		return this.goals.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("strategy.goal.error.notFound"));
	}

}
