package de.teilhabe.counselling.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.validation.Errors;

/** The topic codes of a form: checked against {@link Topic} and read as constants. */
final class Topics {

	private Topics() {
	}

	/** Rejects the field if a code is not a topic. */
	static void check(Errors errors, String field, List<String> codes) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		for (String code : codes) {
			if (find(code).isEmpty()) {
				errors.rejectValue(field, "counselling.cases.error.topic", new Object[] { code }, null);
				return;
			}
		}
	}

	/** The topics of checked codes, in the order of the code list. */
	static List<Topic> of(List<String> codes) {
		List<Topic> topics = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			if (codes.contains(topic.name())) {
				topics.add(topic);
			}
		}
		return topics;
	}

	private static Optional<Topic> find(String code) {
		return Arrays.stream(Topic.values()).filter((topic) -> topic.name().equals(code)).findFirst();
	}

}
