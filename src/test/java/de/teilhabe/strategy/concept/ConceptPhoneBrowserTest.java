package de.teilhabe.strategy.concept;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The concept journey on a 390 px phone: every page visited fits the width (and passes
 * axe-core).
 */
@IntegrationTest
class ConceptPhoneBrowserTest extends ConceptBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
