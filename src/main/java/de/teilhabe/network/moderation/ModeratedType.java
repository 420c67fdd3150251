package de.teilhabe.network.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedValues;

/**
 * An entry type that partners edit through moderation: its form fields, their checks and
 * how its live record is read and written. Implemented by each feature as a bean.
 */
public interface ModeratedType {

	EntityType type();

	/** The form fields, in the order of the form (and of the diff view). */
	List<String> fields();

	/**
	 * The fields that hold enum constants, with the message key prefix of their labels
	 * (e.g. {@code kind} → {@code network.kind.}): the diff shows the labels.
	 */
	default Map<String, String> labelPrefixes() {
		return Map.of();
	}

	/** Checks submitted (or proposed) values. */
	CheckedValues check(UUID tenantId, Map<String, String> raw);

	/** The form values of the live record, if it exists. */
	Optional<Map<String, String>> current(UUID tenantId, UUID id);

	/**
	 * The organisation a live record belongs to: the organisation itself, or the
	 * organisation of an offer or event (empty for an event of the office).
	 */
	Optional<UUID> organisationOf(UUID tenantId, UUID id);

	/** Creates the live record from checked values. */
	void create(UUID tenantId, UUID id, UUID organisationId, Map<String, String> values, OffsetDateTime now);

	/** Replaces the live record's values with checked values. */
	void update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now);

	/**
	 * Deletes the live record (only types whose entries partners may remove support
	 * this).
	 */
	default void delete(UUID tenantId, UUID id) {
		throw new UnsupportedOperationException("Entries of " + type() + " are not deleted through moderation");
	}

	/** A short name of the entry for lists (its name or title). */
	default String label(Map<String, String> values) {
		String name = values.getOrDefault("name", "");
		return name.isEmpty() ? values.getOrDefault("title", "") : name;
	}

}
