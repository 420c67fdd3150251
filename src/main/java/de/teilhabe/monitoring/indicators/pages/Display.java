package de.teilhabe.monitoring.indicators.pages;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.IndicatorDefinition;

/**
 * How an indicator reads on the pages: „12,3 %“ rather than „12,3 Prozent“, counts
 * without decimals („3.105 Personen“), and titles without „in Niedersachsen“ where a
 * region's own value is shown.
 */
final class Display {

	/** Units of whole things, shown without decimals whatever the precision says. */
	private static final Set<String> COUNTS = Set.of("Anzahl", "Personen", "Number", "Persons");

	/**
	 * The Land in the shipped catalogue's titles (German and English); only the
	 * Niedersachsen set is shipped.
	 */
	private static final Pattern IN_LAND = Pattern.compile("\\s+(in|of) (Niedersachsen|Lower Saxony)\\b");

	private Display() {
	}

	/** The unit as written after a number. */
	static String unit(String unit) {
		return ("Prozent".equals(unit) || "per cent".equals(unit)) ? "%" : unit;
	}

	/** The decimals shown: the indicator's precision, none for counts. */
	static int precision(IndicatorDefinition definition) {
		return COUNTS.contains(definition.unit()) ? 0 : definition.precision();
	}

	/**
	 * The title for a page showing the values of a region: without the Land unless the
	 * region is the Land.
	 */
	static String title(IndicatorDefinition definition, Locale locale, boolean landShown) {
		String title = definition.title(locale);
		return landShown ? title : IN_LAND.matcher(title).replaceAll("");
	}

}
