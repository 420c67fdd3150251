package de.teilhabe.strategy.concept;

import java.util.List;

/**
 * The Handlungsfelder a tenant's first version of the concept starts with (a later
 * version starts as a copy of the one before), each with the shipped monitoring
 * indicators that describe it where the Integrationsmonitoring Niedersachsen has any.
 */
public final class DefaultFields {

	/** A default Handlungsfeld: its German name and indicator codes. */
	public record DefaultField(String name, List<String> indicatorCodes) {
	}

	public static final List<DefaultField> FIELDS = List.of(
			new DefaultField("Sprache und Bildung", List.of("3-1-3", "4-1-4", "4-1-1")),
			new DefaultField("Arbeit und Ausbildung", List.of("5-2-1", "5-3-2", "5-1-1")),
			new DefaultField("Wohnen", List.of("6-2-1", "6-3-2")), new DefaultField("Gesundheit", List.of()),
			new DefaultField("Gesellschaftliche Teilhabe und Ehrenamt", List.of("2-3-3", "2-1-1")),
			new DefaultField("Interkulturelle Öffnung", List.of()), new DefaultField("Antidiskriminierung", List.of()));

	private DefaultFields() {
	}

}
