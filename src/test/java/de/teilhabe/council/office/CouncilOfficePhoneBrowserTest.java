package de.teilhabe.council.office;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's pages on a 390 px phone with axe-core (no violation): the council, the
 * meetings and a meeting with its agenda, reached by their links.
 */
@IntegrationTest
class CouncilOfficePhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theOfficeReadsItsCouncilOnAPhone() {
		UUID meeting = this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant n ON n.id = m.tenant_id
				WHERE n.slug = 'landkreis-osnabrueck' AND m.state = 'HELD' ORDER BY m.starts_at DESC LIMIT 1""")
			.query(UUID.class)
			.single();
		this.browser.login("beirat", "demo");
		try {
			this.browser.open("/council");
			assertThat(this.browser.text()).contains("Aylin Demir");
			this.browser.open("/council/meetings");
			this.browser.open("/council/meetings/" + meeting);
			assertThat(this.browser.text()).contains("Tagesordnung");
		}
		finally {
			this.browser.logout();
		}
	}

}
