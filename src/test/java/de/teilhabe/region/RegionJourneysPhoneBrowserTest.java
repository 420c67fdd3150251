package de.teilhabe.region;

import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;

/**
 * The region and settings journeys on a 390 px phone: every page visited fits the width.
 */
@IntegrationTest
class RegionJourneysPhoneBrowserTest extends RegionJourneysBrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

}
