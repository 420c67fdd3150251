package de.teilhabe.council.meeting;

import de.teilhabe.support.BerlinTime;
import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's journey through a meeting on a 390 px phone, every page checked with
 * axe-core (no violation) and for its width: plan the meeting, add agenda items (one
 * non-public) and link a paper, send the invitation (PDF made, mails in the outbox, which
 * the ADMIN sees with their attachment), record attendance and the minutes, publish.
 */
class CouncilMeetingJourneyBrowserTest extends BrowserTest {

	static final String TENANT = "(SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck')";

	@Autowired
	JdbcClient jdbc;

	/**
	 * The invitation period of the standing orders is the default (7 days), whatever
	 * other tests set.
	 */
	@BeforeEach
	void defaultInvitationPeriod() {
		this.jdbc.sql("DELETE FROM council_settings WHERE tenant_id = " + TENANT).update();
	}

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	private void type(String id, String value) {
		WebElement field = this.browser.find("#" + id);
		field.clear();
		field.sendKeys(value);
	}

	private void set(String id, String value) {
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
	}

	@Test
	void theOfficePlansInvitesAndPublishesAMeeting() {
		UUID paper = this.jdbc
			.sql("SELECT id FROM council_paper WHERE tenant_id = " + TENANT
					+ " AND public AND NOT deleted ORDER BY paper_date DESC LIMIT 1")
			.query(UUID.class)
			.single();
		this.browser.login("beirat", "demo");
		try {
			this.browser.open("/council/meetings");
			this.browser.click("#new-meeting");
			assertThat(this.browser.find("#name").getAttribute("value")).contains("Sitzung des Beirats für Migration");
			type("name", "Sitzung der Reise durch den Browser");
			set("date", BerlinTime.today().plusDays(21).toString());
			set("startTime", "17:00");
			set("endTime", "19:30");
			new Select(this.browser.find("#location")).selectByIndex(1);
			this.browser.submit("#meeting-form").checkAccessibility();
			assertThat(this.browser.text()).contains("Sitzung der Reise durch den Browser", "terminiert",
					"Die Tagesordnung ist noch leer.", "Ladungsfrist 7 Tage");
			String meetingPath = this.browser.path();
			UUID meeting = UUID.fromString(meetingPath.substring(meetingPath.lastIndexOf('/') + 1));

			this.browser.click("#add-item");
			type("name", "Eröffnung und Feststellung der Tagesordnung");
			this.browser.submit("#item-form").checkAccessibility();
			this.browser.click("#add-item");
			type("name", "Vergabe von Einzelförderungen");
			new Select(this.browser.find("#part")).selectByValue("NON_PUBLIC");
			this.browser.submit("#item-form").checkAccessibility();
			this.browser.click("#add-item");
			type("name", "Antrag auf einen Dolmetschpool");
			new Select(this.browser.find("#paper")).selectByValue(paper.toString());
			new Select(this.browser.find("#role")).selectByValue("DECISION");
			((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].click()",
					this.browser.find("#authoritative"));
			this.browser.submit("#item-form").checkAccessibility();
			assertThat(this.browser.text()).contains("Ö 1", "Ö 2", "N 1", "Antrag auf einen Dolmetschpool",
					"nichtöffentlich");
			assertThat(this.browser.find("#agenda-table").getText()).containsSubsequence("Ö 1", "Ö 2", "N 1");

			this.browser.submit("#invite-form").checkAccessibility();
			assertThat(this.browser.text()).contains("eingeladen", "E-Mails im Postausgang");
			assertThat(
					this.jdbc.sql("SELECT count(*) FROM council_file WHERE meeting_id = ? AND purpose = 'INVITATION'")
						.params(meeting)
						.query(Integer.class)
						.single())
				.isEqualTo(1);
			int mails = this.jdbc
				.sql("""
						SELECT count(*) FROM mail_outbox m JOIN mail_outbox_attachment a ON a.mail_id = m.id
						WHERE m.subject LIKE 'Einladung: Sitzung der Reise durch den Browser%' AND a.mime_type = 'application/pdf'""")
				.query(Integer.class)
				.single();
			assertThat(mails).isPositive();

			// the meeting takes place
			this.jdbc
				.sql("UPDATE council_meeting SET starts_at = starts_at - interval '22 days',"
						+ " ends_at = ends_at - interval '22 days' WHERE id = ?")
				.params(meeting)
				.update();
			this.browser.open(meetingPath);
			this.browser.click("#attendance-link");
			for (WebElement present : this.browser.findAll("input[type=radio][value=PRESENT]")) {
				((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].click()", present);
			}
			((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].click()",
					this.browser.find("input[type=radio][value=EXCUSED]"));
			this.browser.submit("#attendance-form").checkAccessibility();
			assertThat(this.browser.text()).contains("Die Anwesenheit ist gespeichert.");

			this.browser.click("#minutes-link");
			int dolmetsch = this.browser.findAll("fieldset legend")
				.stream()
				.map(WebElement::getText)
				.toList()
				.indexOf(this.browser.findAll("fieldset legend")
					.stream()
					.map(WebElement::getText)
					.filter((text) -> text.contains("Dolmetschpool"))
					.findFirst()
					.orElseThrow());
			type("items-" + dolmetsch + "-result", "beschlossen");
			type("items-" + dolmetsch + "-resolutionText", "Der Beirat empfiehlt dem Kreistag einen Dolmetschpool.");
			type("items-" + dolmetsch + "-votesYes", "10");
			type("items-" + dolmetsch + "-votesNo", "0");
			type("items-" + dolmetsch + "-votesAbstain", "1");
			this.browser.submit("#minutes-form").checkAccessibility();
			assertThat(this.browser.text()).contains("Die Niederschrift ist gespeichert.", "beschlossen",
					"(10 Ja, 0 Nein, 1 Enthaltungen)");

			this.browser.click("#publish-minutes");
			assertThat(this.browser.text()).contains("Die Niederschrift ist veröffentlicht.", "durchgeführt",
					"Niederschrift veröffentlicht");
			assertThat(this.browser.findAll("#edit-meeting")).isEmpty();
			assertThat(this.jdbc.sql("SELECT minutes_published_at IS NOT NULL FROM council_meeting WHERE id = ?")
				.params(meeting)
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			this.browser.logout();
		}
		this.browser.login("admin", "demo");
		try {
			this.browser.open("/admin/outbox");
			assertThat(this.browser.text()).contains("Einladung: Sitzung der Reise durch den Browser", "(1 Anhang)");
			this.browser.click("#outbox-table a");
			assertThat(this.browser.find("body").getText()).isNotEmpty();
		}
		finally {
			this.browser.logout();
		}
	}

}
