package de.teilhabe.access.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.teilhabe.shared.security.BindableRecords;
import de.teilhabe.shared.security.BindableRecords.Candidate;
import de.teilhabe.shared.security.BindableRecords.Kind;

import org.springframework.stereotype.Component;

/**
 * The search pickers of a user's bindings: the administrator finds an organisation (or
 * guide profile) by name and chooses it; the records come from the module that owns them
 * ({@link BindableRecords}). A kind without such a module yet (guide profiles) keeps its
 * stored value.
 */
@Component
class BindingPickers {

	static final int MAX_QUERY = 100;

	private static final int MAX_CANDIDATES = 20;

	private final Map<Kind, BindableRecords> records = new EnumMap<>(Kind.class);

	BindingPickers(List<BindableRecords> records) {
		records.forEach((each) -> this.records.put(each.kind(), each));
	}

	/**
	 * Each binding with its current record's name and the candidates of its query.
	 * @param values the form's values by field (the stored binding, or what was sent)
	 */
	List<Picker> pickers(UUID tenantId, Map<String, String> values, Map<Kind, String> queries) {
		List<Picker> pickers = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			String field = BindingForm.field(kind);
			String value = Objects.requireNonNullElse(values.get(field), "");
			UUID current = idOrNull(value);
			BindableRecords source = this.records.get(kind);
			String query = clip(queries.getOrDefault(kind, ""));
			String currentName = (source != null && current != null) ? source.nameOf(tenantId, current).orElse(null)
					: null;
			List<Candidate> candidates = (source == null || query.isEmpty()) ? List.of()
					: source.search(tenantId, query, MAX_CANDIDATES)
						.stream()
						.filter((candidate) -> !candidate.id().equals(current))
						.toList();
			pickers.add(new Picker(kind, field, source != null, value, currentName, query, candidates));
		}
		return pickers;
	}

	/** The id in a field's value, or null if it is empty or no id. */
	private static UUID idOrNull(String value) {
		try {
			UUID id = UUID.fromString(value);
			return id.toString().equalsIgnoreCase(value) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String clip(String query) {
		String stripped = Objects.requireNonNullElse(query, "").strip();
		return (stripped.length() > MAX_QUERY) ? stripped.substring(0, MAX_QUERY) : stripped;
	}

	/**
	 * One binding on the user page.
	 *
	 * @param kind organisation or guide profile
	 * @param field the form field ({@code organisationId}, {@code guideProfileId})
	 * @param available whether a module offers records of this kind
	 * @param value the chosen id as sent (kept in the form, never shown)
	 * @param currentName the name of the chosen record (null: none or unknown)
	 * @param query the search text
	 * @param candidates the records found by the query, by name
	 */
	record Picker(Kind kind, String field, boolean available, String value, String currentName, String query,
			List<Candidate> candidates) {
	}

}
