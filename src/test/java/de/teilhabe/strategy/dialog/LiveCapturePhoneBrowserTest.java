package de.teilhabe.strategy.dialog;

import de.teilhabe.support.Screen;

/**
 * The facilitator's journey of the Integrationsdialog on a 390 px phone: every page
 * visited fits the width (and passes axe-core).
 */
class LiveCapturePhoneBrowserTest extends LiveCaptureBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
