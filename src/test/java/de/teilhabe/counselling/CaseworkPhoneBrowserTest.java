package de.teilhabe.counselling;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contacts, notes and tasks pages of a case of the demo counsellor on a 390 px phone:
 * the start page with the follow-ups due, the contacts with their form, the notes form
 * with its error, the tasks and „Meine Wiedervorlagen“; a task's edit page (a task made
 * on the tasks page, changed with an error first, then saved). Each page passes axe-core
 * and is not wider than the screen (checked by every open and click).
 */
class CaseworkPhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theCasePartsFitAPhone() {
		UUID caseId = new ContactFixtures(this.jdbc).demoCase();
		this.browser.login("beratung", "demo");
		assertThat(this.browser.find("main").getText()).contains("Wiedervorlage");
		this.browser.open("/counselling/cases/" + caseId + "/contacts");
		assertThat(this.browser.find("main").getText()).contains("Kontakt erfassen").contains("Dolmetschen");
		this.browser.open("/counselling/cases/" + caseId + "/notes");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Notiz");
		this.browser.open("/counselling/cases/" + caseId + "/tasks");
		assertThat(this.browser.find("main").getText()).contains("Aufgabe anlegen");
		this.browser.open("/counselling/tasks");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Meine Wiedervorlagen");
		this.browser.logout();
	}

	@Test
	void theTaskEditPageFitsAPhone() {
		UUID caseId = new ContactFixtures(this.jdbc).demoCase();
		String title = CounsellingFixtures.uniqueName("Nachweis anfordern");
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/cases/" + caseId + "/tasks");
		this.browser.find("#title").sendKeys(title);
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"document.getElementById('dueOn').value = arguments[0]",
				ContactFixtures.today().plusDays(7).toString());
		this.browser.submit("main form[action$='/tasks']");
		assertThat(this.browser.find("main").getText()).contains(title);
		this.browser.click("main a[href$='/edit'][href*='/tasks/']");
		assertThat(this.browser.path()).matches("/counselling/cases/" + caseId + "/tasks/[0-9a-f-]+/edit");
		assertThat(this.browser.find("main").getText()).contains("Aufgabe ändern");
		assertThat(this.browser.find("#title").getAttribute("value")).isNotBlank();
		this.browser.find("#title").clear();
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Aufgabe");
		this.browser.find("#title").sendKeys(title + " geändert");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.path()).isEqualTo("/counselling/cases/" + caseId + "/tasks");
		assertThat(this.browser.find("main").getText()).contains(title + " geändert");
		this.browser.logout();
	}

}
