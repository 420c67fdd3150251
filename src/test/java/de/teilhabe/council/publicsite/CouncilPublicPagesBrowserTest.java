package de.teilhabe.council.publicsite;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 390 px phone follows the council's public pages with axe-core (no
 * violation) and no page wider than the screen: from the public start page to the Beirat,
 * a meeting of the council with its public agenda, a paper treated there, and the
 * meetings of a year; in German and in English.
 */
@IntegrationTest
class CouncilPublicPagesBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void aVisitorReadsTheBeiratAMeetingAndAPaperOnAPhone() {
		this.browser.open("/p/landkreis-osnabrueck/de/").checkWidth();
		assertThat(this.browser.text()).contains("Beirat für Migration: nächste Sitzungen");
		this.browser.clickAndWait("a[href='/p/landkreis-osnabrueck/de/beirat']").checkWidth();
		assertThat(this.browser.text()).contains("Beirat für Migration des Landkreises Osnabrück", "Mitglieder",
				"Arbeitsgruppen", "Neueste Niederschriften");
		assertThat(this.browser.findAll("#minutes-heading + ul a")).isNotEmpty();
		// the newest minutes may be of a meeting another test published (without results
		// in its agenda): a meeting of the demo's council, by its address
		String meeting = this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id
				JOIN council_committee c ON c.id = m.committee_id AND c.kind = 'COUNCIL'
				WHERE t.slug = 'landkreis-osnabrueck' AND NOT m.deleted AND m.minutes_published_at IS NOT NULL
				  AND m.name LIKE '%. Sitzung des Beirats für Migration' ORDER BY m.starts_at DESC LIMIT 1""")
			.query(String.class)
			.single();
		this.browser.open("/p/landkreis-osnabrueck/de/beirat/sitzungen/" + meeting).checkWidth();
		assertThat(this.browser.text()).contains("Tagesordnung (öffentlicher Teil)", "Barrierefreiheit", "Ergebnis",
				"Niederschrift (öffentlicher Teil)");
		this.browser.clickAndWait("a[href*='/beirat/vorlagen/']").checkWidth();
		assertThat(this.browser.text()).contains("Drucksache", "Dokumente", "Beratungen");
		this.browser.open("/p/landkreis-osnabrueck/de/beirat/sitzungen").checkWidth();
		assertThat(this.browser.text()).contains("Sitzungen");

		this.browser.open("/p/landkreis-osnabrueck/en/beirat").checkWidth();
		assertThat(this.browser.text()).contains("Next meetings", "Members");
		this.browser.clickAndWait("#next-heading + ul a").checkWidth();
		assertThat(this.browser.text()).contains("Agenda (public part)");

		// right to left in Arabic, the council's content marked German, long Arabic dates
		// fitting the phone
		this.browser.open("/p/landkreis-osnabrueck/ar/beirat").checkAccessibility().checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("#next-heading").getText()).isEqualTo("الجلسات القادمة");
		assertThat(this.browser.find("h1").getAttribute("lang")).isEqualTo("de");
	}

}
