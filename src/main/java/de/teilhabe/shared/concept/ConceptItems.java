package de.teilhabe.shared.concept;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The goals and measures of a tenant's integration concept, offered by the module that
 * owns them ({@code strategy}) to a module that refers to them by ID without depending on
 * it: the network's projects keep such IDs ({@code network_project.concept_refs}) and
 * show and offer them by title through this interface. A module that uses it injects it
 * as optional ({@code ObjectProvider<ConceptItems>}): without the owning module there are
 * no items.
 */
public interface ConceptItems {

	/**
	 * The goals (by Handlungsfeld) and then the measures of the tenant's current version
	 * of the concept, to choose from; empty if the tenant has no concept.
	 */
	List<ConceptItem> choices(UUID tenantId);

	/**
	 * The tenant's goals and measures (of any version) with these IDs, by ID; an ID that
	 * is malformed, unknown or another tenant's is not in the answer.
	 */
	Map<String, ConceptItem> resolve(UUID tenantId, Collection<String> refs);

	/** Whether an item is a goal or a measure. */
	enum Kind {

		GOAL, MEASURE

	}

	/**
	 * A goal or measure of the concept.
	 *
	 * @param ref its ID as the referring record stores it
	 * @param kind goal or measure
	 * @param title what staff read
	 * @param context where it belongs: the Handlungsfeld of a goal, the version's title
	 * of a measure
	 * @param conceptTitle the title of the version of the concept it belongs to
	 * @param path the page that shows it
	 */
	record ConceptItem(String ref, Kind kind, String title, String context, String conceptTitle, String path) {
	}

}
