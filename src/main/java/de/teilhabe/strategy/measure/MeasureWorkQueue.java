package de.teilhabe.strategy.measure;

import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;
import de.teilhabe.strategy.concept.ConceptStore;

import org.springframework.stereotype.Component;

/**
 * A partner's start page: the measures of the current concept version its organisation
 * carries that are planned or running (to report on).
 */
@Component
class MeasureWorkQueue implements WorkQueue {

	private final MeasureStore measures;

	private final MeasureScope scope;

	private final ConceptStore concepts;

	MeasureWorkQueue(MeasureStore measures, MeasureScope scope, ConceptStore concepts) {
		this.measures = measures;
		this.scope = scope;
		this.concepts = concepts;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.has(Role.PARTNER) || this.scope.readsAll(actor)) {
			return List.of();
		}
		UUID carrier = this.scope.carrier(actor);
		return this.concepts.current(actor.tenantId()).map((concept) -> {
			long open = 0;
			for (MeasureStatus status : List.of(MeasureStatus.PLANNED, MeasureStatus.RUNNING)) {
				open += this.measures
					.search(actor.tenantId(), concept.id(), new MeasureFilter(null, status, null), carrier,
							new ApiPaging(0, 1))
					.totalItems();
			}
			return (open == 0) ? List.<WorkItem>of()
					: List.of(new WorkItem("strategy.measure.work.partner", "/strategy/measures", open));
		}).orElse(List.of());
	}

}
