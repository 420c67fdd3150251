package de.teilhabe.monitoring.indicators.pages;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The indicator journey on a 390 px phone: overview, indicator page with chart, table and
 * ranking, the own indicator form; every page visited fits the width.
 */
@IntegrationTest
class IndicatorPhoneBrowserTest extends IndicatorBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
