package de.teilhabe.network;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The partner's and the office's network journey on a 390 px phone: every page visited
 * fits the width (and passes axe-core).
 */
@IntegrationTest
class NetworkPhoneBrowserTest extends NetworkBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
