package de.teilhabe.guides.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * Half-open interval [start, end): two windows overlap when each starts before the other
 * ends, so one ending at 10:00 and one starting at 10:00 do not.
 *
 * @param start the first instant in the window
 * @param end the first instant after the window; after start
 */
public record TimeWindow(Instant start, Instant end) {

	public TimeWindow {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A time window must end after it starts: " + start + " to " + end);
		}
	}

	boolean overlaps(TimeWindow other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

}
