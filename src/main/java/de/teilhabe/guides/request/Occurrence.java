package de.teilhabe.guides.request;

import java.time.Instant;

/**
 * One appointment of a request: the half-open interval [start, end).
 *
 * @param start when it begins
 * @param end when it ends (after start)
 */
public record Occurrence(Instant start, Instant end) {

	/** Whether two appointments share any moment. */
	public boolean overlaps(Occurrence other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

}
