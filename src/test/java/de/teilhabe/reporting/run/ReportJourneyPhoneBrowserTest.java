package de.teilhabe.reporting.run;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The report journey on a 390 px phone: every page visited fits the width (and passes
 * axe-core), the report's web page too.
 */
@IntegrationTest
class ReportJourneyPhoneBrowserTest extends ReportJourneyBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
