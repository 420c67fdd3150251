package de.teilhabe.network;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The partner's contact, the office's approval and the list import on a 390 px phone:
 * every page visited fits the width.
 */
@IntegrationTest
class TransferPhoneBrowserTest extends TransferBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
