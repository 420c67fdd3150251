package de.teilhabe.strategy.goal;

import java.net.URI;
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
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.goal.GoalViews.GoalItem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The goals API: the goals of the current version of the concept with their controlling
 * status (staff read), one goal, and a new goal (STRATEGY): 201 with the goal, or 422
 * naming each missing or wrong SMART part ({@code title}, {@code field},
 * {@code indicator}, {@code region}, {@code customMeasure}, {@code baseline},
 * {@code target}, {@code organisations}, {@code values[i].year}, {@code statements}). See
 * docs/strategy.md.
 */
@RestController
@RequestMapping("/api/v1/strategy/goals")
class GoalApiController {

	private static final UUID NO_FIELD = new UUID(0, 0);

	private final GoalStore goals;

	private final GoalViews views;

	private final GoalChecks checks;

	private final GoalStatuses statuses;

	private final ConceptStore concepts;

	private final GoalAudit audit;

	private final Clock clock;

	GoalApiController(GoalStore goals, GoalViews views, GoalChecks checks, GoalStatuses statuses, ConceptStore concepts,
			GoalAudit audit, Clock clock) {
		this.goals = goals;
		this.views = views;
		this.checks = checks;
		this.statuses = statuses;
		this.concepts = concepts;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	ApiPage<GoalItem> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Locale locale) {
		ApiPaging paging = ApiPaging.of(page, size);
		UUID tenantId = CurrentActor.get().tenantId();
		GoalViews.Reader reader = this.views.reader(tenantId, locale);
		return this.concepts.current(tenantId).map((concept) -> {
			ApiPage<Goal> goals = this.goals.page(tenantId, concept.id(), paging);
			return ApiPage.of(reader.items(goals.items()), paging, goals.totalItems());
		}).orElseGet(() -> ApiPage.of(List.of(), paging, 0));
	}

	@GetMapping("/{id}")
	GoalItem one(@PathVariable UUID id, Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		Goal goal = this.goals.find(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.goal.error.notFound"));
		return this.views.reader(tenantId, locale).item(goal);
	}

	@PostMapping
	ResponseEntity<GoalItem> create(@RequestBody(required = false) Map<String, Object> body, Locale locale) {
		Actor actor = CurrentActor.get();
		UUID tenantId = actor.tenantId();
		Map<String, Object> values = new LinkedHashMap<>();
		List<InvalidBodyException.Invalid> shapes = new ArrayList<>();
		String unknownField = flatten((body != null) ? body : Map.of(), tenantId, values, shapes);
		FormBinder.Bound<GoalForm> bound = this.checks.check(tenantId, values, unknownField);
		if (!bound.valid() || !shapes.isEmpty()) {
			throw invalid(bound.checked().errors(), shapes);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = this.goals.create(tenantId, bound.form(), now);
		this.statuses.recomputeGoal(tenantId, id);
		this.audit.created(actor, id, bound.form());
		Goal goal = this.goals.find(tenantId, id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/strategy/goals/" + id))
			.body(this.views.reader(tenantId, locale).item(goal));
	}

	/**
	 * The body as the form's fields: {@code baseline} and {@code target} objects
	 * ({@code value}, {@code year}) as their two fields each, the Handlungsfeld by name
	 * (of the current version) or id.
	 * @return the name given for a Handlungsfeld that none has, else null
	 */
	private String flatten(Map<String, Object> body, UUID tenantId, Map<String, Object> values,
			List<InvalidBodyException.Invalid> shapes) {
		String unknownField = null;
		for (Map.Entry<String, Object> entry : body.entrySet()) {
			String name = entry.getKey();
			Object value = entry.getValue();
			if (name.equals("baseline") || name.equals("target")) {
				if (value instanceof Map<?, ?> point) {
					values.put(name + "Value", point.get("value"));
					values.put(name + "Year", point.get("year"));
				}
				else if (value != null) {
					shapes.add(new InvalidBodyException.Invalid(name, "strategy.goal.error.notAnObject"));
				}
			}
			else if (name.equals("field") && value instanceof String text && !text.isBlank()) {
				UUID field = fieldByName(tenantId, text.strip());
				values.put(name, (field != null) ? field.toString() : NO_FIELD.toString());
				unknownField = (field != null) ? null : text.strip();
			}
			else {
				values.put(name, value);
			}
		}
		return unknownField;
	}

	/** A Handlungsfeld of the current version by its name (any case) or its id. */
	private UUID fieldByName(UUID tenantId, String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			// a name
		}
		return this.concepts.current(tenantId)
			.flatMap((concept) -> this.concepts.fields(tenantId, concept.id())
				.stream()
				.filter((field) -> field.name().equalsIgnoreCase(text))
				.map(Field::id)
				.findFirst())
			.orElse(null);
	}

	/** The errors by SMART part: the first of the baseline's two fields, and so on. */
	private static InvalidBodyException invalid(Map<String, MessageSourceResolvable> errors,
			List<InvalidBodyException.Invalid> shapes) {
		Map<String, MessageSourceResolvable> byPart = new LinkedHashMap<>();
		for (InvalidBodyException.Invalid shape : shapes) {
			byPart.put(shape.field(), new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { shape.messageKey() }, shape.arguments()));
		}
		errors.forEach((field, message) -> byPart.putIfAbsent(SmartCheck.part(field), message));
		return new InvalidBodyException(byPart);
	}

}
