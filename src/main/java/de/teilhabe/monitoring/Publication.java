package de.teilhabe.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts of one period that a module publishes as a series of its tenant (see
 * {@link OperationalStatistics}).
 *
 * @param tenantId the tenant whose counts these are
 * @param module the publishing module (e.g. {@code counselling}): the code starts with it
 * and a dot
 * @param code the series code, e.g. {@code counselling.cases}
 * @param labelDe the series title in German
 * @param labelEn the series title in English
 * @param unit the unit of every count, e.g. {@code Fälle}
 * @param dimensionNames the dimensions every cell gives a value of (may be empty)
 * @param period the period, e.g. {@code 2026}, {@code 2026-03} or {@code 2025/26}
 * @param cells the counts: every region level the module publishes, with {@link #TOTAL}
 * as the value of a dimension for the total over it
 */
public record Publication(UUID tenantId, String module, String code, String labelDe, String labelEn, String unit,
		List<String> dimensionNames, String period, List<Cell> cells) {

	/**
	 * The dimension value of the total over a dimension (as in SDMX): its cell is the sum
	 * of the cells with the other values, which complementary suppression relies on.
	 */
	public static final String TOTAL = "_T";

	public Publication {
		dimensionNames = (dimensionNames == null) ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(dimensionNames));
		cells = (cells == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(cells));
	}

	/**
	 * One count.
	 *
	 * @param regionKey the region (AGS/ARS, or a statistical area of the tenant)
	 * @param dimensions a value for every dimension of the publication
	 * @param count the count, not negative
	 */
	public record Cell(String regionKey, Map<String, String> dimensions, long count) {

		public Cell {
			dimensions = (dimensions == null) ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
		}

		/** A count without dimensions. */
		public static Cell of(String regionKey, long count) {
			return new Cell(regionKey, Map.of(), count);
		}

	}

}
