package de.teilhabe.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey: the whole platform on a random port (as every
 * {@link IntegrationTest}) and one headless Chromium for all tests of the class, which
 * checks every page it opens with axe-core.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Browser(this.port, screen());
	}

	/**
	 * The screen the journey runs on; a subclass that answers {@link Screen#PHONE} runs
	 * the same journey at 390 px, where every page visited must fit the width.
	 */
	protected Screen screen() {
		return Screen.DESKTOP;
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

}
