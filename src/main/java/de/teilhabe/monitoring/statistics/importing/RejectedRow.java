package de.teilhabe.monitoring.statistics.importing;

/**
 * A row that was not turned into an observation, and why.
 *
 * @param line physical line of the file
 * @param column the column at fault (header name), or {@code null} for the whole row
 * @param reason what is wrong, in words a user can act on
 */
public record RejectedRow(long line, String column, String reason) {

}
