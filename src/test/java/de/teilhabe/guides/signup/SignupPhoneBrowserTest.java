package de.teilhabe.guides.signup;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public sign-up on a 390 px phone: the form is filled and sent in the browser, the
 * confirmation mail lies in the outbox, its link opens the page that says the sign-up is
 * confirmed, and the coordinator finds the new person among the interested; the form in
 * Arabic is right to left. Every page is checked with axe-core and fits the width.
 */
@IntegrationTest
class SignupPhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignupRateLimit limit;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void aVolunteerSignsUpOnAPhoneAndConfirmsByTheMailsLink() {
		this.limit.reset();
		String email = "phone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String name = "Olena Koval " + email.substring(6, 10);
		this.browser.open("/p/landkreis-osnabrueck/de/").checkWidth();
		this.browser.open("/p/landkreis-osnabrueck/de/lotsen");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Lotsin oder Lotse werden");
		this.browser.find("#name").sendKeys(name);
		this.browser.find("#email").sendKeys(email);
		new Select(this.browser.find("#homeRegion")).selectByIndex(1);
		this.browser.scriptClick("#gemeinden input[type=checkbox]");
		new Select(this.browser.find("select[name='languages[0].code']")).selectByValue("uk");
		new Select(this.browser.find("select[name='languages[0].level']")).selectByValue("NATIVE");
		this.browser.scriptClick("input[name=topics][value=ORIENTATION]");
		new Select(this.browser.find("#mobility")).selectByValue("PUBLIC_TRANSPORT");
		this.browser.scriptClick("#consent");
		this.browser.submit("form.stack").checkAccessibility();
		assertThat(this.browser.path()).isEqualTo("/p/landkreis-osnabrueck/de/lotsen/gesendet");
		assertThat(this.browser.text()).contains("Wir haben Ihnen eine E-Mail geschickt");

		String mail = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query(String.class)
			.single();
		this.browser.open(SignupTest.link(mail)).checkAccessibility();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Bitte bestätigen Sie Ihre Anmeldung");
		this.browser.submit("main form").checkAccessibility();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Ihre Anmeldung ist bestätigt");

		// the form in Arabic, right to left, and its error page (both checked with
		// axe-core)
		this.browser.open("/p/landkreis-osnabrueck/ar/lotsen");
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("h1").getText()).isEqualTo("التطوع كمرشدة أو مرشد للاندماج");
		this.browser.submit("form.stack").checkAccessibility();
		assertThat(this.browser.find("#error-summary").getText()).contains("يرجى تصحيح الأخطاء",
				"الموافقة: يرجى إعطاء موافقتكم");

		this.browser.login("koordination", "demo");
		this.browser.open("/guides/profiles?state=INTERESTED&q=" + name.replace(' ', '+'));
		assertThat(this.browser.text()).contains(name);
	}

}
