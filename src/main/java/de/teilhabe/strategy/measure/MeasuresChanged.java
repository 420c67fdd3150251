package de.teilhabe.strategy.measure;

import java.util.UUID;

/**
 * A measure of the tenant was created or changed (its goals, carriers or status): the
 * controlling dashboard, which shows the measures serving each goal, is rendered anew.
 */
public record MeasuresChanged(UUID tenantId) {
}
