package de.teilhabe.monitoring;

import java.util.Set;
import java.util.UUID;

/**
 * Published in the transaction of a statistics import or rollback that changed stored
 * observations (consumers act after the commit).
 *
 * @param tenantId the tenant whose statistics changed, or null for shared reference data
 * @param seriesIds the series whose observations changed
 * @param seriesCodes their codes (a rolled-back series may no longer exist)
 */
public record StatisticsChanged(UUID tenantId, Set<Long> seriesIds, Set<String> seriesCodes) {

}
