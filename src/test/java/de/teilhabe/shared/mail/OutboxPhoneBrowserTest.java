package de.teilhabe.shared.mail;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The outbox journey on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class OutboxPhoneBrowserTest extends OutboxBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
