package de.teilhabe.counselling;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household on a 390 px phone with the demo data: a client of Berna Beratung whose
 * household has a member linked to another client, the form to add a member with its
 * errors and the search for a client to link, and the choice of members counselled
 * alongside in a case. Each page passes axe-core and is not wider than the screen
 * (checked by every open and click).
 */
class HouseholdPhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theHouseholdFitsAPhone() {
		UUID[] found = this.jdbc.sql("""
				SELECT m.client_id, k.id FROM counselling_household_member m
				JOIN counselling_client c ON c.tenant_id = m.tenant_id AND c.id = m.client_id
				JOIN app_user u ON u.id = c.responsible_id
				JOIN counselling_case k ON k.tenant_id = c.tenant_id AND k.client_id = c.id AND k.status = 'OPEN'
				WHERE u.username = 'beratung' AND m.linked_client_id IS NOT NULL
				ORDER BY c.client_number, k.id LIMIT 1""")
			.query((rs, row) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.single();
		UUID client = found[0];
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/clients/" + client);
		assertThat(this.browser.find("#household").getText()).contains("Haushaltsangehörige")
			.contains("auch als Klientin oder Klient erfasst");
		this.browser.click("#household a[href$='/household/new']");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Beziehung").contains("Vorname");
		this.browser.find("#linkQuery").sendKeys("Mohammed");
		this.browser.click("main button[name=search]");
		assertThat(this.browser.find("main form").getText()).contains("Gefunden:");
		this.browser.open("/counselling/cases/" + found[1]);
		assertThat(this.browser.find("#household").getText()).contains("Erreichte Personen");
		assertThat(this.browser.find("#household form").getText()).contains("Im Fall mitberaten");
		this.browser.submit("#household form[method=post]");
		assertThat(this.browser.find("#household").getText()).contains("gespeichert");
		this.browser.open("/counselling/cases/" + found[1] + "/household");
		assertThat(this.browser.find("main form").getText()).contains("Im Fall mitberaten");
	}

}
