package de.teilhabe.counselling;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accompaniment page of a demo case of Berna Beratung on a 390 px phone: the
 * accompaniment the demo data asked for, reached from the case page, and the form sent
 * empty, every wrong field named. Each page passes axe-core and is not wider than the
 * screen.
 */
class AccompanimentPhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theAccompanimentPageFitsAPhone() {
		UUID caseId = this.jdbc.sql("""
				SELECT a.case_id FROM counselling_accompaniment a
				JOIN counselling_case c ON c.tenant_id = a.tenant_id AND c.id = a.case_id
				JOIN app_user u ON u.id = c.responsible_id AND u.username = 'beratung'
				WHERE c.status = 'OPEN' AND c.client_id IS NOT NULL ORDER BY a.asked_at LIMIT 1""")
			.query(UUID.class)
			.single();
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/cases/" + caseId);
		this.browser.click("main a[href$='/accompaniments']");
		assertThat(this.browser.find("h1").getText()).startsWith("Begleitung durch Integrationslotsinnen und -lotsen");
		assertThat(this.browser.find("main").getText()).contains("Angefragt am").contains("Berna Beratung");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Thema der Begleitung").contains("Tag");
		this.browser.logout();
	}

}
