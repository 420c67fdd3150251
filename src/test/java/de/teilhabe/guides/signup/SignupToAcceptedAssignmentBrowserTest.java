package de.teilhabe.guides.signup;

import de.teilhabe.support.BerlinTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.FormFilling;
import de.teilhabe.support.Browser;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of a volunteer in the demo Landkreis, in the browser with axe-core on
 * every page: the public sign-up at {@code /p/…/de/lotsen} (Fulfulde, Bramsche,
 * Tuesdays), the confirmation mail's link from the outbox, the coordinator
 * ({@code koordination}) finds the new person and takes the lifecycle steps to active
 * (first conversation, basic training, the certificate inspected with no relevant entry,
 * active), creates a request the person can serve, finds the person among its candidates
 * and commissions them; the administrator binds a GUIDE login to the profile on the user
 * page; the person accepts on a 390 px phone and sees the brief.
 */
class SignupToAcceptedAssignmentBrowserTest extends BrowserTest {

	private static final String BRAMSCHE = "03459014";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignupRateLimit limit;

	@Autowired
	ApplicationContext context;

	@Test
	void aVolunteerSignsUpIsActivatedCommissionedAndAcceptsOnThePhone() {
		this.limit.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "journey-" + suffix + "@example.org";
		String name = "Amadou Diallo " + suffix;
		String brief = "Termin beim Jugendamt " + suffix + ", Unterlagen mitbringen";
		LocalDate day = BerlinTime.today().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

		// the public sign-up
		this.browser.open("/p/landkreis-osnabrueck/de/lotsen");
		this.browser.find("#name").sendKeys(name);
		this.browser.find("#email").sendKeys(email);
		new Select(this.browser.find("#homeRegion")).selectByValue(BRAMSCHE);
		this.browser.scriptClick("#gemeinden input[value='" + BRAMSCHE + "']");
		new Select(this.browser.find("select[name='languages[0].code']")).selectByValue("ff");
		new Select(this.browser.find("select[name='languages[0].level']")).selectByValue("NATIVE");
		this.browser.scriptClick("input[name=topics][value=AUTHORITY]");
		new Select(this.browser.find("select[name='availability[0].day']")).selectByValue("TUESDAY");
		FormFilling.value(this.browser, this.browser.find("input[name='availability[0].starts']").getDomAttribute("id"),
				"08:00");
		FormFilling.value(this.browser, this.browser.find("input[name='availability[0].ends']").getDomAttribute("id"),
				"18:00");
		new Select(this.browser.find("#mobility")).selectByValue("CAR");
		this.browser.scriptClick("#consent");
		this.browser.submit("form.stack").checkAccessibility();
		assertThat(this.browser.path()).isEqualTo("/p/landkreis-osnabrueck/de/lotsen/gesendet");

		// the mail's link, and its page's button
		String mail = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query(String.class)
			.single();
		this.browser.open(SignupTest.link(mail)).checkAccessibility();
		this.browser.submit("main form").checkAccessibility();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Ihre Anmeldung ist bestätigt");

		// the coordinator finds the person among the interested and walks the lifecycle
		this.browser.login("koordination", "demo");
		this.browser.open("/guides/profiles?state=INTERESTED&q=" + suffix);
		this.browser.click(this.browser.linkContaining("main table a[href^='/guides/profiles/']", name));
		String profile = this.browser.path();
		assertThat(this.browser.find("h1").getText()).contains(name);
		step("FIRST_CONVERSATION");
		step("TRAINED");
		this.browser.open(profile + "/edit");
		FormFilling.value(this.browser, "certificateInspectedOn", BerlinTime.today().minusDays(2).toString());
		this.browser.scriptClick("#certificateNoRelevantEntry");
		this.browser.click("main form[method=post] button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(profile);
		step("CERTIFICATE_INSPECTED");
		step("ACTIVE");
		assertThat(this.browser.find("main dl").getText()).contains("aktiv");

		// a request the person can serve; the person among its candidates, commissioned
		this.browser.open("/guides/requests/new");
		new Select(this.browser.find("#topic")).selectByValue("AUTHORITY");
		new Select(this.browser.find("#gemeinde")).selectByValue(BRAMSCHE);
		FormFilling.type(this.browser, "place", "Jugendamt, Außenstelle Bramsche");
		FormFilling.value(this.browser, "date", day.toString());
		FormFilling.value(this.browser, "starts", "10:00");
		FormFilling.value(this.browser, "ends", "11:30");
		this.browser.scriptClick("#languages-ff");
		FormFilling.type(this.browser, "contactReference", "J-" + suffix);
		FormFilling.type(this.browser, "brief", brief);
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.path()).matches("/guides/requests/[0-9a-f-]{36}");
		List<WebElement> candidates = this.browser.findAll("#candidates-heading ~ ol > li.candidate");
		int position = 0;
		while (position < candidates.size() && !candidates.get(position).getText().contains(name)) {
			position++;
		}
		assertThat(position).as("the new guide among the candidates").isLessThan(candidates.size());
		this.browser.click(
				"#candidates-heading ~ ol > li.candidate:nth-child(" + (position + 1) + ") form button[type=submit]");
		assertThat(this.browser.find("#assignments-heading").isDisplayed()).isTrue();
		assertThat(this.browser.text()).contains(name);
		this.browser.logout();

		// the administrator binds a GUIDE login to the profile on the user page
		TestUser login = AccessFixtures.of(this.context).create(AccessFixtures.LANDKREIS, "journey-lotse", Role.GUIDE);
		this.browser.login("admin", "demo");
		this.browser.open("/admin/users/" + login.id() + "?guideProfileQuery=" + suffix);
		this.browser.scriptClick("#guideProfileId-0");
		this.browser.click("#binding-form button[type=submit]");
		assertThat(this.browser.text()).contains("Die Zuordnung wurde gespeichert.").contains(name);
		this.browser.logout();

		// the person accepts on the phone and reads the brief
		try (Browser phone = new Browser(this.port, Screen.PHONE, "de-DE,de")) {
			phone.login(login.username(), AccessFixtures.PASSWORD);
			phone.open("/guides/me");
			WebElement mine = phone.findAll("main li.assignment")
				.stream()
				.filter((item) -> item.getText().contains(brief))
				.findFirst()
				.orElseThrow();
			assertThat(mine.getText()).contains("beauftragt").contains("Bramsche");
			String accept = mine.findElement(By.cssSelector("form[action$='/accept']")).getDomAttribute("action");
			phone.click("form[action='" + accept + "'] button[type=submit]");
			assertThat(phone.path()).isEqualTo("/guides/me");
			assertThat(phone.find("main").getText()).contains(brief).contains("angenommen");
		}
	}

	/**
	 * The demo partner on a 390 px phone: its organisation's requests (the demo's, one
	 * assigned to a guide who accepted), one of them with its appointments, and the form
	 * sent empty (every error at its field); axe-core and the width on every page.
	 */
	@Test
	void thePartnersPagesFitAPhone() {
		try (Browser phone = new Browser(this.port, Screen.PHONE, "de-DE,de")) {
			phone.login("partner", "demo");
			phone.open("/guides/partner/requests");
			assertThat(phone.find("main").getText()).contains("BR-2026-014").contains("vergeben");
			phone.click(phone.linkContaining("main table a[href^='/guides/partner/requests/']", ""));
			assertThat(phone.find("#appointments-heading").isDisplayed()).isTrue();
			phone.open("/guides/partner/requests/new");
			phone.click("main form[method=post] button[type=submit]");
			assertThat(phone.path()).isEqualTo("/guides/partner/requests");
			assertThat(phone.text()).contains("Thema");
			assertThat(phone.findAll("[aria-invalid=true]")).isNotEmpty();
		}
	}

	/** Takes a lifecycle step with its button on the profile page. */
	private void step(String state) {
		this.browser.click("form:has(input[name=state][value=" + state + "]) button[type=submit]");
		assertThat(this.browser.text()).contains("Der Stand ist geändert.");
	}

}
