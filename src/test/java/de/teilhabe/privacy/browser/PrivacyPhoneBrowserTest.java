package de.teilhabe.privacy.browser;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The privacy officer's journeys on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class PrivacyPhoneBrowserTest extends PrivacyBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
