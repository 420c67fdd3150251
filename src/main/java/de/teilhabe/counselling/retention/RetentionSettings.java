package de.teilhabe.counselling.retention;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the Beratungsstelle keeps a closed case before it is anonymised:
 * {@code teilhabe.counselling.retention.years} (default 3, at least 1).
 */
@Component
public class RetentionSettings {

	/** The default: 3 years after the closure of a case. */
	public static final int DEFAULT_YEARS = 3;

	private final int years;

	RetentionSettings(@Value("${teilhabe.counselling.retention.years:3}") int years) {
		if (years < 1) {
			throw new IllegalArgumentException("teilhabe.counselling.retention.years must be at least 1: " + years);
		}
		this.years = years;
	}

	/** Years after the closure of a case until it is anonymised. */
	public int years() {
		return this.years;
	}

}
