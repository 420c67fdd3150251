package de.teilhabe.strategy.measure;

import java.util.Locale;
import java.util.UUID;

import de.teilhabe.shared.web.BadRequestException;

/**
 * The filters of the measure list, read from the query: a Handlungsfeld (of the goals a
 * measure serves), a status and an organisation that carries it (lead or partner). Blank
 * means any; a value that is none answers 400 naming the filter.
 */
public record MeasureFilter(UUID field, MeasureStatus status, UUID organisation) {

	public static final MeasureFilter NONE = new MeasureFilter(null, null, null);

	public static MeasureFilter of(String field, String status, String organisation) {
		return new MeasureFilter(id(field, "field"), status(status), id(organisation, "organisation"));
	}

	private static UUID id(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("strategy.measure.error.filter." + name);
		}
	}

	private static MeasureStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return MeasureStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("strategy.measure.error.filter.status");
		}
	}

	/** The value of a filter as the page's select sends it ({@code ""} for any). */
	public String fieldValue() {
		return (this.field != null) ? this.field.toString() : "";
	}

	public String statusValue() {
		return (this.status != null) ? this.status.name() : "";
	}

	public String organisationValue() {
		return (this.organisation != null) ? this.organisation.toString() : "";
	}

}
