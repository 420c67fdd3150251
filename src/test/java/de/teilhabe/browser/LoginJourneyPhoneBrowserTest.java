package de.teilhabe.browser;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The sign-in journeys on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class LoginJourneyPhoneBrowserTest extends LoginJourneyBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
