package de.teilhabe.network.graph;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The network view journey on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class NetworkGraphPhoneBrowserTest extends NetworkGraphBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
