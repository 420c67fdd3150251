package de.teilhabe.monitoring;

/**
 * A theme (Themenfeld) of the indicator catalogue, e.g. {@code 1} "Bevölkerung &
 * Demografie".
 *
 * @param code the theme code ({@code 1}..{@code 9} for the shipped themes)
 * @param title the German title
 */
public record IndicatorTheme(String code, String title) {

}
