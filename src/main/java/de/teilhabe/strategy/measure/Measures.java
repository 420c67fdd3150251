package de.teilhabe.strategy.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.measure.Measure.GoalRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning measures and reporting on them, for the pages, the API and the conference
 * alike: the checks of {@link MeasureForm} against the tenant's organisations and the
 * version's goals, who may do what ({@link MeasureScope}), and an audit entry in the
 * transaction of each change.
 */
@Service
public class Measures {

	private final MeasureStore store;

	private final MeasureScope scope;

	private final ConceptStore concepts;

	private final OrganisationNames names;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	Measures(MeasureStore store, MeasureScope scope, ConceptStore concepts, OrganisationNames names, FormBinder binder,
			AuditLog audit, TransactionTemplate transaction, Times times, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.concepts = concepts;
		this.names = names;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
	}

	/** The version measures are planned for; "not found" when the tenant has none yet. */
	public Concept currentConcept(Actor actor) {
		return this.concepts.current(actor.tenantId())
			.orElseThrow(() -> new NotFoundException("strategy.measure.error.noConcept"));
	}

	/**
	 * The version of a measure (null: the current version, for a new one).
	 */
	public Concept conceptOf(Actor actor, Measure measure) {
		if (measure == null) {
			return currentConcept(actor);
		}
		return this.concepts.find(actor.tenantId(), measure.conceptId())
			.orElseThrow(() -> new NotFoundException("strategy.measure.error.notFound"));
	}

	/** A measure the actor may see; "not found" for any other (another tenant's too). */
	public Measure visible(Actor actor, UUID id) {
		Measure measure = this.store.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("strategy.measure.error.notFound"));
		return this.scope.visible(actor, measure);
	}

	/**
	 * The goals a measure of the version may serve, as choices: id and text with field.
	 */
	public List<Map.Entry<String, String>> goalChoices(Actor actor, Concept concept) {
		return this.store.goalChoices(actor.tenantId(), concept.id())
			.stream()
			.map((goal) -> (Map.Entry<String, String>) new AbstractMap.SimpleImmutableEntry<>(goal.id().toString(),
					goal.title() + " (" + goal.field() + ")"))
			.toList();
	}

	/**
	 * Checks and stores a new measure (existing null) of the concept version or changes
	 * one (STRATEGY only, else "not found").
	 */
	public Saved save(Actor actor, Concept concept, Measure existing, Map<String, ?> values) {
		if (!this.scope.plans(actor)) {
			throw new NotFoundException("strategy.measure.error.notFound");
		}
		UUID conceptId = (existing != null) ? existing.conceptId() : concept.id();
		Set<UUID> goals = new HashSet<>();
		this.store.goalChoices(actor.tenantId(), conceptId).stream().map(GoalRef::id).forEach(goals::add);
		if (existing != null) {
			// the goals it serves already stay choosable (also a goal of an older
			// version)
			existing.goals().stream().map(GoalRef::id).forEach(goals::add);
		}
		FormBinder.Bound<MeasureForm> bound = MeasureForm.check(this.binder, values,
				this.names.of(actor.tenantId()).keySet(), goals);
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = this.transaction.execute((status) -> {
			if (existing == null) {
				UUID created = this.store.create(actor.tenantId(), conceptId, bound.form(), now);
				this.audit.record(AuditCategory.OTHER, "strategy.measure.created", "strategy_measure",
						created.toString(), null, null);
				return created;
			}
			this.store.update(actor.tenantId(), existing.id(), bound.form(), now);
			this.audit.record(AuditCategory.OTHER, "strategy.measure.updated", "strategy_measure",
					existing.id().toString(), null, null);
			return existing.id();
		});
		return new Saved(id, bound.checked());
	}

	/** Changes the status (STRATEGY or a partner that carries the measure). */
	public FormBinder.Bound<StatusForm> changeStatus(Actor actor, UUID id, Map<String, ?> values) {
		Measure measure = reportable(actor, id);
		FormBinder.Bound<StatusForm> bound = this.binder.bind(values, StatusForm.class);
		if (bound.valid()) {
			this.transaction.executeWithoutResult((status) -> {
				this.store.setStatus(actor.tenantId(), measure.id(), bound.form().status(),
						OffsetDateTime.now(this.clock));
				this.audit.record(AuditCategory.OTHER, "strategy.measure.status", "strategy_measure",
						measure.id().toString(), null, bound.form().status().name());
			});
		}
		return bound;
	}

	/**
	 * Appends a progress note signed with the actor's display name (STRATEGY or a partner
	 * that carries the measure).
	 */
	public FormBinder.Bound<NoteForm> addNote(Actor actor, UUID id, Map<String, ?> values) {
		Measure measure = reportable(actor, id);
		FormBinder.Bound<NoteForm> bound = this.binder.bind(values, NoteForm.class);
		if (bound.valid()) {
			LocalDate notedOn = (bound.form().notedOn() != null) ? bound.form().notedOn()
					: this.times.today(this.clock);
			this.transaction.executeWithoutResult((status) -> {
				UUID note = this.store.addNote(actor.tenantId(), measure.id(), notedOn, bound.form().text(),
						actor.displayName(), OffsetDateTime.now(this.clock));
				this.audit.record(AuditCategory.OTHER, "strategy.measure.noted", "strategy_measure",
						measure.id().toString(), null, "note " + note);
			});
		}
		return bound;
	}

	private Measure reportable(Actor actor, UUID id) {
		Measure measure = visible(actor, id);
		if (!this.scope.reports(actor, measure)) {
			throw new NotFoundException("strategy.measure.error.notFound");
		}
		return measure;
	}

	/**
	 * The outcome of saving a measure.
	 *
	 * @param id the measure's id, null if nothing was stored
	 * @param checked the values and what is wrong with them
	 */
	public record Saved(UUID id, CheckedValues checked) {
	}

}
