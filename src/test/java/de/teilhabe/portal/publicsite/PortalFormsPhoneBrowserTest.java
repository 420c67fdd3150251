package de.teilhabe.portal.publicsite;

import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.form.FormTimeToken;
import de.teilhabe.shared.web.form.TimeTokens;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public forms of the Wegweiser on a 390 px phone, each page with axe-core (zero
 * violations) and no wider than the screen: „Beratung anfragen“ in German (sent empty:
 * its errors; then filled and sent) and in Arabic (right to left, its errors in Arabic);
 * the feedback form at the end of a page; the accessibility statement with a barrier
 * report (errors, then sent) and the office's list of it.
 */
class PortalFormsPhoneBrowserTest extends BrowserTest {

	@Autowired
	AccessibilityStatementController statement;

	@Autowired
	FeedbackController feedback;

	@Autowired
	FormTimeToken timeTokens;

	@Autowired
	Tenants tenants;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	private void type(String css, String text) {
		this.browser.find(css).clear();
		this.browser.find(css).sendKeys(text);
	}

	@Test
	void askingForCounsellingFitsAPhoneInGermanAndArabic() throws InterruptedException {
		this.browser.open("/p/landkreis-osnabrueck/de/beratung-anfragen").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Beratung anfragen");
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "counselling-web-request", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Bitte schreiben Sie einen Namen.",
				"Bitte wählen Sie eine Sprache.");
		type("#name", "Browser Amal");
		type("#email", "browser.amal@example.org");
		this.browser.find("#preferredLanguage option[value=ar]").click();
		this.browser.find("#topic option[value=HOUSING]").click();
		this.browser.find("#consent").click();
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "counselling-web-request", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Danke. Ihre Anfrage ist angekommen.");

		this.browser.open("/p/landkreis-osnabrueck/ar/beratung-anfragen").checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("h1").getText()).isEqualTo("طلب استشارة");
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "counselling-web-request", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("يرجى كتابة اسم.");

	}

	@Test
	void feedbackAndTheAccessibilityStatementFitAPhone() throws InterruptedException {
		this.feedback.reset();
		this.statement.reset();
		this.browser.open("/p/landkreis-osnabrueck/ar/ankommen").checkWidth();
		assertThat(this.browser.find("#feedback-title").getText()).isNotBlank();
		this.browser.open("/p/landkreis-osnabrueck/de/ankommen").checkWidth();
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "portal-feedback", this.browser);
		this.browser.find("label[for=helpful]").click();
		this.browser.submit(".portal-feedback form");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Danke für Ihre Rückmeldung.");

		this.browser.open("/p/landkreis-osnabrueck/de/").checkWidth();
		this.browser.click("footer a[href$='/barrierefreiheit']").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Erklärung zur Barrierefreiheit");
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "portal-barrier-report", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Bitte beschreiben Sie die Barriere.");
		type("#description", "Im Browser gemeldet: der Kontrast der Fußzeile ist zu schwach.");
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "portal-barrier-report", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Danke. Ihre Meldung ist angekommen.");
		this.browser.open("/p/landkreis-osnabrueck/ar/barrierefreiheit").checkAccessibility().checkWidth();
		assertThat(this.browser.driver().findElements(By.cssSelector("main [lang=de]"))).isNotEmpty();
		// the statement German, the page around it and the barrier report in Arabic
		assertThat(this.browser.find("h1").getText()).isEqualTo("بيان إمكانية الوصول");
		assertThat(this.browser.find("#barrier-title").getText()).isEqualTo("الإبلاغ عن عائق");

		this.browser.login("strategie", "demo");
		this.browser.open("/portal/barrier-reports").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Im Browser gemeldet");
		this.browser.open("/portal/feedback").checkWidth();
		this.browser.click("main table a[href^='/portal/pages/']").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Rückmeldungen zu dieser Seite");
	}

}
