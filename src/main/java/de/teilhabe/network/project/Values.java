package de.teilhabe.network.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * SQL parameters from normalised form values (null for an empty value).
 */
public final class Values {

	private Values() {
	}

	public static UUID uuid(String value) {
		return (value == null || value.isEmpty()) ? null : UUID.fromString(value);
	}

	public static LocalDate date(String value) {
		return (value == null || value.isEmpty()) ? null : LocalDate.parse(value);
	}

	public static BigDecimal decimal(String value) {
		return (value == null || value.isEmpty()) ? null : new BigDecimal(value);
	}

	public static Integer integer(String value) {
		return (value == null || value.isEmpty()) ? null : Integer.valueOf(value);
	}

}
