package de.teilhabe.monitoring.statistics.importing;

import java.util.List;

/**
 * The region keys the platform knows (Land, statistical region, Kreis, Gemeindeverband,
 * Gemeinde, statistical areas such as {@code 03241999}). Wired to the region module's API
 * by the import; tests use an in-memory implementation.
 */
public interface RegionLookup {

	/**
	 * Whether the key (e.g. {@code 03}, {@code 031}, {@code 03459}) is a known region.
	 */
	boolean exists(String key);

	/**
	 * Keys of the regions with exactly this official name (e.g. {@code Niedersachsen},
	 * {@code Braunschweig, Stadt}); empty if none.
	 */
	List<String> findByName(String name);

}
