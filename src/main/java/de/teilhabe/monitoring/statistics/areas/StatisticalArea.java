package de.teilhabe.monitoring.statistics.areas;

/**
 * A statistical area a tenant defined for its own figures, e.g. a Stadtteil.
 *
 * @param key the region key files use: the parent's key, a hyphen and a local code (e.g.
 * {@code 03404-01})
 * @param name e.g. "Innenstadt"
 * @param parentKey the official region it lies in (e.g. {@code 03404} Osnabrück, Stadt)
 */
public record StatisticalArea(String key, String name, String parentKey) {

}
