package de.teilhabe.monitoring;

import java.util.Map;

/**
 * A tenant's own indicator as its author defines it.
 *
 * @param code unique within the tenant and not a shipped code: letters, digits, {@code -}
 * and {@code _}, 1–40 characters
 * @param titleDe German title (required)
 * @param titleEn English title (optional)
 * @param themeCode the theme ({@code 1}..{@code 9} or an own code)
 * @param themeTitle the theme's title (optional for a shipped theme)
 * @param definition the definition text
 * @param unit the unit
 * @param precision decimals (0–6)
 * @param polarity which direction is better
 * @param source the source of the data
 * @param computation how it is computed
 * @param defaultDimensions the default variant, or null
 */
public record NewIndicator(String code, String titleDe, String titleEn, String themeCode, String themeTitle,
		String definition, String unit, Integer precision, Polarity polarity, String source,
		IndicatorComputation computation, Map<String, String> defaultDimensions) {

}
