package de.teilhabe.monitoring.statistics.pages;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The statistics upload, report and series journey on a 390 px phone: every page visited
 * fits the width.
 */
@IntegrationTest
class StatisticsPhoneBrowserTest extends StatisticsBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
