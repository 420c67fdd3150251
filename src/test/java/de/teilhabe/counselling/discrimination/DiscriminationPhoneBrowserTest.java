package de.teilhabe.counselling.discrimination;

import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.form.FormTimeToken;
import de.teilhabe.shared.web.form.TimeTokens;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint pages and the public report form on a 390 px phone with the demo data:
 * the list of Berna Beratung (who holds the permission), a demo complaint, the form for a
 * new one with its errors; the public form in German and English, sent empty after a
 * moment (its errors named), and the expert consultations' form; the public form in
 * Arabic, right to left, with its errors in Arabic. Each page passes axe-core and is not
 * wider than the screen.
 */
class DiscriminationPhoneBrowserTest extends BrowserTest {

	@Autowired
	ReportRateLimit limit;

	@Autowired
	FormTimeToken timeTokens;

	@Autowired
	Tenants tenants;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theComplaintPagesAndThePublicFormFitAPhone() throws InterruptedException {
		this.browser.login("beratung", "demo");
		assertThat(this.browser.find("main").getText()).contains("zu Diskriminierung noch nicht geprüft");
		this.browser.open("/counselling/discrimination-complaints").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Diskriminierungsbeschwerden",
				"online gemeldet, noch nicht geprüft");
		this.browser.click("main table a[href^='/counselling/discrimination-complaints/']").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Lebensbereich", "Beschreibung des Vorfalls");
		this.browser.open("/counselling/discrimination-complaints/new").checkWidth();
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Lebensbereich", "Merkmale",
				"Beschreibung des Vorfalls");
		this.browser.open("/counselling/expert-consultations/new").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("keine personenbezogenen Daten");
		this.browser.logout();

		this.limit.reset();
		this.browser.open("/p/landkreis-osnabrueck/en/diskriminierung-melden").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Report discrimination");
		this.browser.open("/p/landkreis-osnabrueck/de/diskriminierung-melden").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Diskriminierung melden");
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "discrimination-report", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Wo ist es passiert?",
				"Bitte schreiben Sie, was passiert ist.");
	}

	@Test
	void thePublicFormInArabicFitsAPhoneRightToLeft() throws InterruptedException {
		this.limit.reset();
		this.browser.open("/p/landkreis-osnabrueck/ar/diskriminierung-melden").checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("ar");
		assertThat(this.browser.find("h1").getText()).isEqualTo("الإبلاغ عن التمييز");
		assertThat(this.browser.find("label[for=area]").getText()).isEqualTo("أين حدث ذلك؟");
		TimeTokens.filledInTime(this.timeTokens, this.tenants, "discrimination-report", this.browser);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("يرجى تصحيح الأخطاء", "أين حدث ذلك؟",
				"يرجى كتابة ما حدث.");
	}

}
