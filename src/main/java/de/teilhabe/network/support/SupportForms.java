package de.teilhabe.network.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.shared.web.form.FormRows;

/**
 * The fields of the training and the opening-support forms as the pages and stores name
 * them (the checks: {@link TrainingForm}, {@link OpeningForm}).
 */
public final class SupportForms {

	public static final FormRows MATERIALS = new FormRows("materials", List.of("title", "link"), 10);

	public static final List<String> TRAINING_FIELDS;

	public static final List<String> OPENING_FIELDS = List.of("organisation", "what", "startedOn", "endedOn",
			"outcome");

	static {
		List<String> fields = new ArrayList<>(List.of("title", "audience", "heldOn", "topics", "participantCount",
				"place", "description", "organisations"));
		fields.addAll(MATERIALS.fields());
		TRAINING_FIELDS = List.copyOf(fields);
	}

	private SupportForms() {
	}

	public static Map<String, String> empty(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(field, ""));
		return values;
	}

}
