package de.teilhabe.monitoring.statistics.importing;

/**
 * Settings of a parse.
 *
 * @param defaultRegion region key of rows without a region code (the Land of the file;
 * {@code 03} Niedersachsen)
 * @param maxUncompressedBytes limit of a zip entry's uncompressed size (zip bomb guard)
 * @param openSdgSource publisher of Open SDG files
 * @param openSdgAttribution attribution line of Open SDG files
 */
public record ImportSettings(String defaultRegion, long maxUncompressedBytes, String openSdgSource,
		String openSdgAttribution) {

	/** Publisher of the Integrationsmonitoring Niedersachsen. */
	public static final String NI_SOURCE = "Integrationsmonitoring Niedersachsen";

	/** Attribution of the Integrationsmonitoring Niedersachsen (no explicit licence). */
	public static final String NI_ATTRIBUTION = "Quelle: Landesamt für Statistik Niedersachsen / Nds. Ministerium für "
			+ "Soziales, Arbeit, Gesundheit und Gleichstellung, Integrationsmonitoring Niedersachsen; eigene Berechnungen";

	/** Attribution of GENESIS data (Datenlizenz Deutschland – Namensnennung 2.0). */
	public static final String GENESIS_ATTRIBUTION = "© Statistische Ämter des Bundes und der Länder / Statistisches "
			+ "Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung – Version 2.0";

	/** Attribution of BA data (terms of use in each file's footer). */
	public static final String BA_ATTRIBUTION = "© Statistik der Bundesagentur für Arbeit";

	/** 2 GiB: a 1 GB flat file still fits. */
	public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 2L * 1024 * 1024 * 1024;

	/** Niedersachsen, the Integrationsmonitoring Niedersachsen attribution, 2 GiB. */
	public static ImportSettings defaults() {
		return new ImportSettings("03", DEFAULT_MAX_UNCOMPRESSED_BYTES, NI_SOURCE, NI_ATTRIBUTION);
	}

	public ImportSettings withDefaultRegion(String region) {
		return new ImportSettings(region, this.maxUncompressedBytes, this.openSdgSource, this.openSdgAttribution);
	}

	public ImportSettings withMaxUncompressedBytes(long bytes) {
		return new ImportSettings(this.defaultRegion, bytes, this.openSdgSource, this.openSdgAttribution);
	}

}
