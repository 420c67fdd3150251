package de.teilhabe.browser;

import de.teilhabe.support.Browser;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginJourneyBrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void adminSignsInSeesStartPageAndSignsOut() {
		this.browser.login("admin", "demo");
		assertThat(this.browser.text()).contains("Willkommen, Anna Admin").contains("Demo");
		this.browser.logout();
		assertThat(this.browser.path()).startsWith("/login");
		this.browser.checkAccessibility();
	}

}
