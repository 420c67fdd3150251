package de.teilhabe.monitoring.indicators.pages;

import java.util.Locale;

import de.teilhabe.monitoring.IndicatorDefinition;

/**
 * How an indicator reads on the pages: „12,3 %“ rather than „12,3 Prozent“, counts
 * without decimals („3.105 Personen“), and titles without „in Niedersachsen“ where a
 * region's own value is shown.
 */
final class Display {

	private Display() {
	}

	/** The unit as written after a number. */
	static String unit(String unit) {
		return IndicatorDefinition.displayUnit(unit);
	}

	/** The decimals shown: the indicator's precision, none for counts. */
	static int precision(IndicatorDefinition definition) {
		return definition.displayPrecision();
	}

	/**
	 * The title for a page showing the values of a region: without the Land unless the
	 * region is the Land.
	 */
	static String title(IndicatorDefinition definition, Locale locale, boolean landShown) {
		return definition.regionalTitle(locale, landShown);
	}

}
