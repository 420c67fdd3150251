package de.teilhabe.access;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys of the access module in headless chromium, with axe-core on every page
 * (including pages showing form errors).
 */
@IntegrationTest
class AccessBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, AccessPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	AccessFixtures fixtures;

	@BeforeAll
	void prepare() {
		this.fixtures = AccessFixtures.of(this.context);
	}

	@AfterEach
	void signOut() {
		this.browser.driver().manage().deleteAllCookies();
	}

	/**
	 * Clicks an element like a user would (headless chromium sometimes reports elements
	 * below the fold as covered, so the click is dispatched by script).
	 */
	private void press(String css) {
		this.browser.clickAndWait(css);
	}

	@Test
	void userCreatesAPersonalTokenOnTheProfilePageAndRevokesIt() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "browser-token", Role.STRATEGY);
		this.browser.login(user.username(), AccessFixtures.PASSWORD);
		press("header a[href='/profile']");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Mein Profil").contains("Sie haben noch keine API-Tokens.");

		press("#token-form button[type=submit]"); // no name: the
													// field says so
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#name-error").getText()).contains("Bitte geben Sie dem Token einen Namen.");

		this.browser.find("#name").sendKeys("Statistik-Skript");
		WebElement days = this.browser.find("#expiryDays");
		days.clear();
		days.sendKeys("30");
		press("#token-form button[type=submit]");
		this.browser.checkAccessibility();
		String token = this.browser.find("#created-token-value").getText();
		assertThat(token).startsWith("thb_");
		assertThat(this.browser.text()).contains("Es wird nur dieses eine Mal angezeigt")
			.contains("Statistik-Skript")
			.contains("aktiv");

		press("#token-table form button");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Das Token wurde widerrufen.")
			.contains("widerrufen")
			.doesNotContain(token);
	}

	@Test
	void adminBindsAPartnerToAnOrganisationFoundByName() {
		TestUser admin = this.fixtures.create(AccessFixtures.LANDKREIS, "browser-binder", Role.ADMIN);
		TestUser partner = this.fixtures.create(AccessFixtures.LANDKREIS, "browser-partner", Role.PARTNER);
		this.browser.login(admin.username(), AccessFixtures.PASSWORD);
		this.browser.open("/admin/users/" + partner.id());
		assertThat(this.browser.text()).contains("Zugeordnet: keine").doesNotContain("UUID");
		this.browser.find("#organisationId-query").sendKeys("brückenschlag");
		press("form[role=search] button[type=submit]");
		this.browser.checkAccessibility();
		this.browser.scriptClick("#organisationId-0");
		press("#binding-form button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Die Zuordnung wurde gespeichert.")
			.contains("Zugeordnet: Brückenschlag – Interkultureller Familienverein Bramsche e.V.");
	}

	@Test
	void adminInvitesAUserWhoSetsThePassword() {
		TestUser admin = this.fixtures.create(AccessFixtures.LANDKREIS, "browser-admin", Role.ADMIN);
		this.browser.login(admin.username(), AccessFixtures.PASSWORD);
		this.browser.open("/admin/users");
		assertThat(this.browser.text()).contains("Dana Datenschutz");
		press("#invite-user");
		this.browser.checkAccessibility();

		press("#invite-form button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Bitte geben Sie einen Benutzernamen ein.")
			.contains("Bitte wählen Sie mindestens eine Rolle.");

		String username = AccessFixtures.unique("browser-invitee");
		this.browser.find("#username").sendKeys(username);
		this.browser.find("#displayName").sendKeys("Bruno Browser");
		this.browser.find("#email").sendKeys(username + "@example.org");
		this.browser.scriptClick("label[for='role-COUNCIL_OFFICE']");
		press("#invite-form button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Bruno Browser")
			.contains("Die Einladung wurde per E-Mail verschickt.")
			.contains("eingeladen");
		assertThat(this.browser.find("#role-COUNCIL_OFFICE").isSelected()).isTrue();

		this.browser.logout();
		this.browser.open(this.fixtures.linkPathFromMail(username + "@example.org"));
		assertThat(this.browser.text()).contains("Passwort festlegen").contains(username);
		this.browser.find("#newPassword").sendKeys("Bruno-Passwort-1");
		this.browser.find("#repeatPassword").sendKeys("Bruno-Passwort-2");
		press("main form button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#repeatPassword-error").getText()).contains("stimmen nicht überein");
		this.browser.find("#newPassword").sendKeys("Bruno-Passwort-1");
		this.browser.find("#repeatPassword").sendKeys("Bruno-Passwort-1");
		press("main form button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Ihr Passwort ist gespeichert.");
		this.browser.login(username, "Bruno-Passwort-1");
		assertThat(this.browser.text()).contains("Willkommen, Bruno Browser");
	}

	@Test
	void privacyOfficerReadsTheAuditLogFilteredByRoleChanges() {
		this.browser.login("datenschutz", "demo");
		press("nav.main-nav a[href='/audit']");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Audit-Log").contains("Hash-Kette des Audit-Logs ist intakt");
		new Select(this.browser.find("#category")).selectByValue("ROLE_CHANGE");
		press("#audit-filter button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.path()).contains("category=ROLE_CHANGE");
		assertThat(new Select(this.browser.find("#category")).getFirstSelectedOption().getText())
			.isEqualTo("Rollenänderungen");
		press("#full-check button[type=submit]");
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Die ganze Kette wurde zuletzt am")
			.contains("Hash-Kette des Audit-Logs ist intakt");
	}

}
