package de.teilhabe.monitoring;

import java.util.Set;
import java.util.UUID;

/**
 * Published after the stored values of indicators were recomputed (after an import, a
 * rollback or a new definition).
 *
 * @param tenantId the tenant whose view changed, or null for the shared values every
 * tenant sees
 * @param codes the codes of the indicators whose values were recomputed
 */
public record IndicatorsChanged(UUID tenantId, Set<String> codes) {

}
