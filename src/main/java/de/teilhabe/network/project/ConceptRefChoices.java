package de.teilhabe.network.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.concept.ConceptItems;
import de.teilhabe.shared.concept.ConceptItems.ConceptItem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The goals and measures of the integration concept a project refers to
 * ({@code concept_refs}), through {@link ConceptItems} (offered by the strategy module;
 * without it there are none): what the project form offers by title and what the project
 * page shows.
 */
@Component
public class ConceptRefChoices {

	private final ObjectProvider<ConceptItems> items;

	private final MessageSource messages;

	ConceptRefChoices(ObjectProvider<ConceptItems> items, MessageSource messages) {
		this.items = items;
		this.messages = messages;
	}

	/**
	 * What the form offers: the goals and measures of the current version of the concept,
	 * and before them those the project refers to from an earlier version.
	 */
	public List<Choice> choices(UUID tenantId, Collection<String> stored) {
		ConceptItems concept = this.items.getIfAvailable();
		if (concept == null) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<ConceptItem> current = concept.choices(tenantId);
		Set<String> offered = new java.util.HashSet<>();
		current.forEach((item) -> offered.add(item.ref()));
		List<ConceptItem> items = new ArrayList<>();
		resolve(tenantId, stored).values().stream().filter((item) -> !offered.contains(item.ref())).forEach(items::add);
		items.addAll(current);
		return items.stream().map((item) -> new Choice(item.ref(), label(item, locale))).toList();
	}

	/**
	 * What staff read of an item: Ziel: title (Handlungsfeld), Maßnahme: title (version).
	 */
	public String label(ConceptItem item, Locale locale) {
		return this.messages.getMessage("network.project.conceptRef." + item.kind().name(), new Object[] { item.title(),
				(item.kind() == ConceptItems.Kind.GOAL) ? item.context() : item.conceptTitle() }, locale);
	}

	/** The tenant's goals and measures with these IDs, in the order given. */
	public Map<String, ConceptItem> resolve(UUID tenantId, Collection<String> refs) {
		ConceptItems concept = this.items.getIfAvailable();
		if (concept == null || refs.isEmpty()) {
			return Map.of();
		}
		Map<String, ConceptItem> found = concept.resolve(tenantId, refs);
		Map<String, ConceptItem> ordered = new LinkedHashMap<>();
		refs.stream().filter(found::containsKey).forEach((ref) -> ordered.put(ref, found.get(ref)));
		return ordered;
	}

	/**
	 * A goal or measure to choose.
	 *
	 * @param ref its ID (sent, never shown)
	 * @param label what staff read
	 */
	public record Choice(String ref, String label) {
	}

}
