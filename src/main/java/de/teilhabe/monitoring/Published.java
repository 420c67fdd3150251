package de.teilhabe.monitoring;

/**
 * What a {@link Publication} stored.
 *
 * @param code the series code
 * @param period the period it replaced
 * @param cells the cells stored for the period
 * @param suppressed how many of them are stored as secret (no number)
 */
public record Published(String code, String period, int cells, int suppressed) {

}
