package de.teilhabe.reporting.render;

/**
 * One figure a report printed, kept with the version so that two versions can be compared
 * ("what changed").
 *
 * @param key stable identity of the figure across versions, e.g.
 * {@code indicator:AUSL_ANTEIL:03459:2024} or {@code goal:<goal id>}
 * @param label what the figure is, in the report's language (e.g. Ausländeranteil,
 * Landkreis Osnabrück, 2024)
 * @param value the value as printed, with its symbol where it has one (e.g. 12,3 % or x)
 * @param kind {@code FIGURE} for an indicator value, {@code GOAL_STATUS} for a goal's
 * controlling status
 */
public record ReportFigure(String key, String label, String value, String kind) {
}
