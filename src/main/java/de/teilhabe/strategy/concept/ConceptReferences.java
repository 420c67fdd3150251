package de.teilhabe.strategy.concept;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.shared.concept.ConceptItems;

import org.springframework.stereotype.Component;

/**
 * The goals and measures of the concept as items other modules refer to by ID (the
 * network's projects, {@code concept_refs}): offered from the current version, resolved
 * in any version of the tenant. An item links to its page in the goals or measures part,
 * else to its version's page.
 */
@Component
class ConceptReferences implements ConceptItems {

	private final ConceptStore concepts;

	private final ConceptContents contents;

	private final StrategyPages pages;

	ConceptReferences(ConceptStore concepts, ConceptContents contents, StrategyPages pages) {
		this.concepts = concepts;
		this.contents = contents;
		this.pages = pages;
	}

	@Override
	public List<ConceptItem> choices(UUID tenantId) {
		Concept current = this.concepts.current(tenantId).orElse(null);
		if (current == null) {
			return List.of();
		}
		Map<UUID, String> fields = this.concepts.fields(tenantId, current.id())
			.stream()
			.collect(Collectors.toMap(Field::id, Field::name));
		List<ConceptItem> items = new ArrayList<>();
		for (ConceptContents.Goal goal : this.contents.goals(tenantId, current.id())) {
			items.add(new ConceptItem(goal.id().toString(), Kind.GOAL, goal.title(), fields.get(goal.fieldId()),
					current.title(), path(Kind.GOAL, goal.id(), current.id())));
		}
		for (ConceptContents.Measure measure : this.contents.measures(tenantId, current.id())) {
			items.add(new ConceptItem(measure.id().toString(), Kind.MEASURE, measure.title(), current.title(),
					current.title(), path(Kind.MEASURE, measure.id(), current.id())));
		}
		return items;
	}

	@Override
	public Map<String, ConceptItem> resolve(UUID tenantId, Collection<String> refs) {
		Set<UUID> ids = refs.stream()
			.map(ConceptReferences::uuid)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<String, ConceptItem> items = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return items;
		}
		for (ConceptContents.Item item : this.contents.items(tenantId, ids)) {
			Kind kind = Kind.valueOf(item.kind());
			items.put(item.id().toString(), new ConceptItem(item.id().toString(), kind, item.title(), item.context(),
					item.conceptTitle(), path(kind, item.id(), item.conceptId())));
		}
		return items;
	}

	private String path(Kind kind, UUID id, UUID conceptId) {
		String part = (kind == Kind.GOAL) ? "/strategy/goals/" : "/strategy/measures/";
		return this.pages.serves(part + "{id}") ? part + id : "/strategy/concepts/" + conceptId;
	}

	private static UUID uuid(String ref) {
		try {
			return (ref != null && ref.length() == 36) ? UUID.fromString(ref) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
