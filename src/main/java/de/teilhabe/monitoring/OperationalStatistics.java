package de.teilhabe.monitoring;

import java.util.Set;

/**
 * Operational statistics: a module publishes its own counts (counselling cases, guide
 * assignments, …) as series of its tenant, beside the official ones. They appear in the
 * series browser and API with the format {@value #FORMAT}, and indicators can use them.
 * Counts from 1 to 4, and the cells that would give them away through a total, are stored
 * as secret, never as numbers. The monitoring does not sum them into higher regions: the
 * module publishes every region level itself.
 * <p>
 * Example: the module {@code counselling} publishes its cases of 2026 per Gemeinde, for
 * the Landkreis and per topic (with the total {@link Publication#TOTAL}) as the series
 * {@code counselling.cases}; see docs/architecture.md, Operational statistics.
 */
public interface OperationalStatistics {

	/** The format of an operational series in the series API. */
	String FORMAT = "OPERATIONAL";

	/**
	 * The modules of the platform, present and planned: a code that starts with one of
	 * them and a dot is reserved for that module's publications (a statistics file may
	 * not use it).
	 */
	Set<String> MODULES = Set.of("access", "council", "counselling", "guides", "monitoring", "network", "portal",
			"privacy", "region", "reporting", "shared", "strategy");

	/**
	 * Stores the counts of the publication's period, replacing the cells that period had
	 * (all or nothing, in the caller's transaction if there is one), applies primary and
	 * complementary suppression and tells the indicators ({@link StatisticsChanged}).
	 * @throws InvalidPublicationException when a field is wrong (e.g. a code that does
	 * not start with the module, an unknown region key, a negative count, a cell given
	 * twice)
	 */
	Published publish(Publication publication);

	/** Whether a series code is reserved for a module's publications. */
	static boolean isReservedCode(String code) {
		int dot = (code == null) ? -1 : code.indexOf('.');
		return dot > 0 && MODULES.contains(code.substring(0, dot));
	}

}
