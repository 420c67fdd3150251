package de.teilhabe.network.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.project.OrganisationChoices;
import de.teilhabe.network.project.RowFields;

/**
 * The fields of the training and the opening-support forms and their checks.
 */
public final class SupportForms {

	public static final RowFields MATERIALS = new RowFields("materials", List.of("title", "link"), 10);

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

	static FormCheck training(Map<String, String> raw, Set<UUID> organisations) {
		FormCheck check = new FormCheck(raw);
		check.text("title", true, 200);
		check.choice("audience", Audience.class, true);
		check.date("heldOn", true);
		check.tags("topics", 20, 80);
		check.integer("participantCount", 0, 100_000, false);
		check.text("place", false, 300);
		check.multiline("description", false, 4000);
		OrganisationChoices.checkAll(check, "organisations", organisations);
		for (int row : MATERIALS.filled(raw)) {
			check.text(MATERIALS.field(row, "title"), true, 200);
			check.url(MATERIALS.field(row, "link"));
		}
		return check;
	}

	static FormCheck opening(Map<String, String> raw, Set<UUID> organisations) {
		FormCheck check = new FormCheck(raw);
		OrganisationChoices.check(check, "organisation", true, organisations);
		check.multiline("what", true, 1000);
		LocalDate start = check.date("startedOn", true);
		LocalDate end = check.date("endedOn", false);
		OrganisationChoices.endNotBeforeStart(check, start, end, "endedOn");
		check.multiline("outcome", false, 2000);
		return check;
	}

	static Map<String, String> of(Training training) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", training.title());
		values.put("audience", training.audience().name());
		values.put("heldOn", training.heldOn().toString());
		values.put("topics", String.join(FormCheck.LIST_SEPARATOR, training.topics()));
		values.put("participantCount",
				(training.participantCount() != null) ? training.participantCount().toString() : "");
		values.put("place", text(training.place()));
		values.put("description", text(training.description()));
		values.put("organisations", String.join(FormCheck.LIST_SEPARATOR,
				training.organisations().stream().map((organisation) -> organisation.id().toString()).toList()));
		MATERIALS.put(values,
				training.materials()
					.stream()
					.map((material) -> List.of(material.title(), text(material.link())))
					.toList());
		return values;
	}

	static Map<String, String> of(OpeningSupport support) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("organisation", support.organisationId().toString());
		values.put("what", support.what());
		values.put("startedOn", support.startedOn().toString());
		values.put("endedOn", (support.endedOn() != null) ? support.endedOn().toString() : "");
		values.put("outcome", text(support.outcome()));
		return values;
	}

	public static Map<String, String> empty(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(field, ""));
		return values;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
