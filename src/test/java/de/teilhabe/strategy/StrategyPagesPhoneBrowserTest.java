package de.teilhabe.strategy;

import de.teilhabe.support.Screen;

/**
 * The pages of the strategy module that the journeys of its parts do not pass, on a 390
 * px phone: each fits the width (and passes axe-core).
 */
class StrategyPagesPhoneBrowserTest extends StrategyPagesBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
