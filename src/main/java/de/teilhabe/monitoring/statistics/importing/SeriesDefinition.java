package de.teilhabe.monitoring.statistics.importing;

import java.util.List;

/**
 * A statistical series as read from a file.
 *
 * @param code stable key of the series within its source (e.g. {@code 1-2-1} or
 * {@code 12411-01-01-4:BEVSTD:Anzahl})
 * @param label human-readable title
 * @param unit unit of every value, or {@code null} when a {@code Units} dimension carries
 * it per observation
 * @param source who published the figures
 * @param attribution the line that must travel with every figure (licence included)
 * @param dimensionNames names of the disaggregations, in file order
 */
public record SeriesDefinition(String code, String label, String unit, String source, String attribution,
		List<String> dimensionNames) {

	public SeriesDefinition {
		dimensionNames = List.copyOf(dimensionNames);
	}

}
