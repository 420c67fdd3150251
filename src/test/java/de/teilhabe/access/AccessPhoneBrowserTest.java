package de.teilhabe.access;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The user administration journeys on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class AccessPhoneBrowserTest extends AccessBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
