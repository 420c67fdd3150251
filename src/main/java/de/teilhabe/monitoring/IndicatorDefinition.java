package de.teilhabe.monitoring;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An indicator of the catalogue.
 *
 * @param code the code, e.g. {@code 1-2-2} (shipped) or the tenant's own code
 * @param titleDe the German title
 * @param titleEn the English title
 * @param theme the theme
 * @param definition the definition text (from the publisher for shipped indicators)
 * @param unit the unit, e.g. "Prozent", "Anzahl", "je 1 000 Einwohner"
 * @param precision decimals to show
 * @param polarity which direction is better
 * @param source the statistics the values come from
 * @param attribution the attribution line to show under every chart and table
 * @param licence the licence of the data (or a statement that none is given)
 * @param computation how the values are computed
 * @param description the computation in words (German)
 * @param defaultDimensions the default variant (dimension → value) of the values
 * @param shipped true for the read-only shipped catalogue, false for a tenant's own
 */
public record IndicatorDefinition(String code, String titleDe, String titleEn, IndicatorTheme theme, String definition,
		String unit, int precision, Polarity polarity, String source, String attribution, String licence,
		IndicatorComputation computation, String description, Map<String, String> defaultDimensions, boolean shipped) {

	/** Units of whole things, shown without decimals whatever the precision says. */
	private static final Set<String> COUNTS = Set.of("Anzahl", "Personen", "Number", "Persons");

	/**
	 * The Land in the shipped catalogue's titles (German and English); only the
	 * Niedersachsen set is shipped.
	 */
	private static final Pattern IN_LAND = Pattern.compile("\\s+(in|of) (Niedersachsen|Lower Saxony)\\b");

	/**
	 * The unit as written after a number: „%“ rather than „Prozent“ (pages, reports).
	 */
	public static String displayUnit(String unit) {
		return ("Prozent".equals(unit) || "per cent".equals(unit)) ? "%" : unit;
	}

	/** The decimals shown: the precision, none for counts („3.105 Personen“). */
	public int displayPrecision() {
		return COUNTS.contains(this.unit) ? 0 : this.precision;
	}

	/**
	 * The title for showing the values of a region: without „in Niedersachsen“ unless the
	 * Land's own values are shown.
	 */
	public String regionalTitle(Locale locale, boolean landShown) {
		String title = title(locale);
		return landShown ? title : IN_LAND.matcher(title).replaceAll("");
	}

	/** The computation kind. */
	public ComputationKind kind() {
		return this.computation.kind();
	}

	/** The title in the language (English for {@code en}, else German). */
	public String title(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage()) && this.titleEn != null) ? this.titleEn
				: this.titleDe;
	}

}
