package de.teilhabe.monitoring.statistics.importing;

/**
 * Receives what a parser reads, in file order. A series is announced once, before its
 * first observation. When parsing ends with a {@link StatisticsFileException} the
 * receiver must discard what it got (the import runs in one transaction).
 */
public interface ImportSink {

	void series(SeriesDefinition series);

	void observation(Observation observation);

	void rejected(RejectedRow row);

}
