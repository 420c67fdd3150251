package de.teilhabe.monitoring.statistics.importing;

/**
 * The file formats of official statistics the platform reads.
 */
public enum StatisticsFormat {

	/** Open SDG "tidy" CSV (Integrationsmonitoring Niedersachsen). */
	OPEN_SDG,

	/** GENESIS flat file "ffcsv" (GENESIS-Online, Regionaldatenbank, Zensus 2022). */
	GENESIS_FLAT,

	/** GENESIS classic table export "datencsv" (title block, multi-line header). */
	GENESIS_TABLE,

	/** CSV export of the Statistik der Bundesagentur für Arbeit. */
	BA_EXPORT

}
