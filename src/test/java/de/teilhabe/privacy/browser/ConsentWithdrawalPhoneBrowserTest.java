package de.teilhabe.privacy.browser;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The withdrawal journey on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class ConsentWithdrawalPhoneBrowserTest extends ConsentWithdrawalBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
