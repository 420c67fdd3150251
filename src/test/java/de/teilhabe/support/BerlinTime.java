package de.teilhabe.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the platform sees them: in Europe/Berlin. The test JVM (and a CI machine) may
 * run in UTC, where between 23:00 and 24:00 (22:00 in summer) it is still yesterday.
 */
public final class BerlinTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private BerlinTime() {
	}

	/** Today's date in Berlin. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
