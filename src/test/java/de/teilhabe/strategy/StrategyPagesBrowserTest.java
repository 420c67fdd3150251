package de.teilhabe.strategy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.dialog.DialogFixtures;
import de.teilhabe.support.Browser;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.unique;
import static de.teilhabe.strategy.FormFilling.sendStatement;
import static de.teilhabe.strategy.FormFilling.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the strategy module that the journeys of its parts do not pass: the
 * tolerance setting, the stakeholder groups, a workshop's named participant (with
 * consent), a statement's page, the protocol and the figures handout, the dialog and
 * workshop forms, the join page after capture closed, a goal's page and its form, the
 * controlling's overview and a Handlungsfeld's dashboard, and a Handlungsfeld of a draft
 * concept; axe-core checks each, also after a form answered with errors. Also: deleting a
 * workshop and a dialog (the confirmation, what the office sees afterwards, the dead join
 * codes), a goal's form with the dialog's statement groups open, and the join page's
 * answers to a participant whose code is unknown (404) or whose network sent too many
 * statements (429).
 */
class StrategyPagesBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, StrategyPagesPhoneBrowserTest, running the
	 * same journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageOfTheModulePassesTheChecks() {
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		Http setup = network.user(LANDKREIS, Role.STRATEGY);
		String dialog = unique("Integrationsdialog Seiten");
		String workshop = unique("Workshop Ehrenamtliche");
		HttpResponse<String> created = AccessFixtures.post(setup, "/strategy/dialogs/new", "/strategy/dialogs", "title",
				dialog, "startedOn", "2017-04-03", "concept", "Migrations- und Integrationskonzept 2018–2022");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String dialogPage = AccessFixtures.location(created).replaceFirst("^https?://[^/]+", "");
		created = AccessFixtures.post(setup, dialogPage + "/workshops/new", dialogPage + "/workshops", "title",
				workshop, "date", "2017-06-20", "time", "17:30", "place", "Rathaus Bramsche", "group", "Ehrenamtliche",
				"capacity", "30", "participantCount", "24");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String workshopPage = AccessFixtures.location(created).replaceFirst("^https?://[^/]+", "");
		TestUser office = network.access().create(LANDKREIS, "seiten", Role.STRATEGY);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);

		// the tolerance: a wrong value is refused naming the field, the same value saved
		this.browser.open("/strategy/settings");
		String tolerance = this.browser.find("#tolerance").getDomProperty("value");
		assertThat(tolerance).isNotBlank();
		type(this.browser, "tolerance", "120");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.find("#tolerance-error").getText()).isNotBlank();
		type(this.browser, "tolerance", tolerance);
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.find("main [role=status]").getText()).isNotBlank();
		assertThat(this.browser.find("#tolerance").getDomProperty("value")).isEqualTo(tolerance);

		// the stakeholder groups; a group without a name is refused
		this.browser.open("/strategy/stakeholder-groups");
		assertThat(this.browser.find("table").getText()).contains("Bürgermeister")
			.contains("Migrantenselbstorganisationen")
			.contains("Unternehmen");
		this.browser.click("form[action='/strategy/stakeholder-groups'] button[type=submit]");
		assertThat(this.browser.text()).contains("Bitte korrigieren");

		// the dialog's and the workshop's forms
		this.browser.open(dialogPage);
		this.browser.click("a[href$='/edit']");
		assertThat(this.browser.find("#title").getDomProperty("value")).isEqualTo(dialog);
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/edit']");
		assertThat(this.browser.find("#title").getDomProperty("value")).isEqualTo(workshop);

		// a named participant only with consent
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/participants/new']");
		assertThat(this.browser.text()).contains("Einwilligung");
		type(this.browser, "name", "Aylin Demir");
		this.browser.find("#consentDate").clear();
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.text()).contains("Bitte korrigieren");
		new Select(this.browser.find("#consentHow")).selectByVisibleText("schriftlich");
		FormFilling.value(this.browser, "consentDate", "2017-06-20");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(workshopPage);
		assertThat(this.browser.text()).contains("„Aylin Demir“ ist als Teilnehmende eingetragen.");

		// a statement from the join page, then its page on the facilitator's side
		this.browser.click("form[action$='/capture/open'] button");
		this.browser.driver().get(this.browser.find("#join-url").getText());
		this.browser.checkAccessibility();
		sendStatement(this.browser, "CHALLENGE", "Ehrenamtliche brauchen feste Ansprechpersonen.", "Wohnen");
		String joinUrl = this.browser.driver().getCurrentUrl();
		this.browser.open(workshopPage + "/capture");
		this.browser.click("a[href*='/statements/']");
		assertThat(this.browser.find("blockquote").getText())
			.contains("Ehrenamtliche brauchen feste Ansprechpersonen.");
		new Select(this.browser.find("#field")).selectByVisibleText("Gesellschaftliche Teilhabe und Ehrenamt");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(workshopPage + "/capture");
		assertThat(this.browser.find("#feed").getText()).contains("Gesellschaftliche Teilhabe und Ehrenamt");

		// capture closed: the join page says so (410)
		this.browser.click("form[action$='/capture/close'] button");
		assertThat(this.browser.path()).isEqualTo(workshopPage);
		this.browser.driver().get(joinUrl);
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#join-panel .kern-title").getText()).isIn("Die Erfassung ist beendet",
				"Capture is closed");

		// the protocol and the figures handout
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/protocol']");
		assertThat(this.browser.text()).contains(workshop)
			.contains("Aylin Demir")
			.contains("Ehrenamtliche brauchen feste Ansprechpersonen.");
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/handout']");
		assertThat(this.browser.text()).contains("Zahlen, Daten, Fakten").contains("Sprache und Bildung");

		// a goal's page and its form (a goal of the demo data)
		this.browser.navigateTo("/strategy/goals");
		this.browser.click(this.browser.linkContaining("main a[href^='/strategy/goals/']",
				"Mehr Einbürgerungen: 380 im Jahr bis 2028"));
		assertThat(this.browser.find("#status-reason").getText()).contains("2024 lag der Wert bei");
		assertThat(this.browser.find("dl.facts").getText()).contains("Landkreis Osnabrück");
		this.browser.click("main a[href$='/edit']");
		assertThat(this.browser.find("#title").getDomProperty("value"))
			.isEqualTo("Mehr Einbürgerungen: 380 im Jahr bis 2028");
		assertThat(new Select(this.browser.find("#region")).getFirstSelectedOption().getText())
			.isEqualTo("Landkreis Osnabrück");
		// the statements of the dialog, in groups by workshop: all opened, the form still
		// passes the checks and (on a phone) fits the width
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.querySelectorAll('#statements details').forEach((group) => group.open = true)");
		assertThat(this.browser.findAll("#statements details[open] input[type=checkbox]")).isNotEmpty();
		this.browser.checkAccessibility();
		assertFitsTheScreen(this.browser);

		// the controlling: the overview of the Handlungsfelder, then a field's dashboard
		// with a goal of the demo data, its status and the reason in words
		String field = "Gesellschaftliche Teilhabe und Ehrenamt";
		this.browser.navigateTo("/strategy/controlling");
		assertThat(this.browser.find("#summary").getText()).contains(field).contains("nicht auf Kurs");
		assertFitsTheScreen(this.browser);
		this.browser.click(this.browser.linkContaining("#summary a", field));
		assertThat(this.browser.find("h1").getText()).isEqualTo("Integrationscontrolling: " + field);
		WebElement row = this.browser.driver()
			.findElement(By.xpath("//table[@id='field-goals']//tr[th/a[normalize-space()="
					+ "'Mehr Einbürgerungen: 380 im Jahr bis 2028']]"));
		assertThat(row.getText()).contains("auf Kurs").contains("Auf Kurs: 2024 lag der Wert bei 353 Personen.");
		assertFitsTheScreen(this.browser);
		this.browser.click("main a[href='/strategy/controlling']");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Integrationscontrolling");
		this.browser.logout();

		// a Handlungsfeld of a draft concept (the Stadt's)
		TestUser city = network.access().create(STADT, "seiten", Role.STRATEGY);
		this.browser.login(city.username(), AccessFixtures.PASSWORD);
		this.browser.open("/strategy/concepts");
		this.browser
			.click(this.browser.linkContaining("main a[href^='/strategy/concepts/']", "Vielfalt gemeinsam gestalten"));
		this.browser.click("main a[href*='/fields/']:not([href$='/new'])");
		assertThat(this.browser.find("#name").getDomProperty("value")).isNotBlank();
		this.browser.logout();
	}

	@Test
	void deletingAWorkshopAndItsDialogAsksFirstAndTheirJoinCodesAnswer410() {
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		Http setup = network.user(LANDKREIS, Role.STRATEGY);
		String dialog = unique("Integrationsdialog zum Löschen");
		String deleted = unique("Workshop Bürgermeister");
		String kept = unique("Workshop Unternehmen");
		UUID dialogId = DialogFixtures.dialog(setup, dialog);
		UUID deletedId = DialogFixtures.workshop(setup, dialogId, deleted, "Bürgermeister");
		UUID keptId = DialogFixtures.workshop(setup, dialogId, kept, "Unternehmen");
		String deletedCode = DialogFixtures.openCapture(setup, deletedId);
		String keptCode = DialogFixtures.openCapture(setup, keptId);
		TestUser office = network.access().create(LANDKREIS, "loeschen", Role.STRATEGY);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);

		try (Browser participant = participant()) {
			// the workshop: its page leads to a page that says what goes with it
			this.browser.open("/strategy/workshops/" + deletedId);
			this.browser.click("main a[href$='/delete']");
			assertThat(this.browser.find("h1").getText()).isEqualTo("Workshop „" + deleted + "“ löschen");
			assertThat(this.browser.find("#consequences").getText()).contains("keine Aussagen der Kleingruppen")
				.contains("Die Live-Erfassung ist noch offen");
			this.browser.click("main form[action$='/delete'] button[type=submit]");
			String dialogPage = "/strategy/dialogs/" + dialogId;
			assertThat(this.browser.path()).isEqualTo(dialogPage);
			assertThat(this.browser.find("main [role=status]").getText()).isEqualTo("„" + deleted + "“ ist gelöscht.");
			assertThat(this.browser.find("main table").getText()).contains(kept).doesNotContain(deleted);
			assertCaptureEnded(participant, deletedCode);

			// the dialog with the workshop left
			this.browser.navigateTo("/strategy/dialogs");
			assertThat(this.browser.find("main table").getText()).contains(dialog);
			this.browser.open(dialogPage);
			this.browser.click("main a[href$='/delete']");
			assertThat(this.browser.find("h1").getText()).isEqualTo("Dialog „" + dialog + "“ löschen");
			assertThat(this.browser.find("#consequences").getText()).contains("ein Workshop")
				.contains("Die Live-Erfassung ist noch offen");
			this.browser.click("main form[action$='/delete'] button[type=submit]");
			assertThat(this.browser.path()).isEqualTo("/strategy/dialogs");
			assertThat(this.browser.find("main [role=status]").getText()).isEqualTo("„" + dialog + "“ ist gelöscht.");
			assertThat(this.browser.find("main table").getText()).doesNotContain(dialog);
			assertCaptureEnded(participant, keptCode);
		}
		this.browser.logout();
	}

	/**
	 * A participant's own phone or laptop (no account), asking for German pages.
	 */
	private Browser participant() {
		return new Browser(this.port, screen(), "de-DE,de");
	}

	/**
	 * A deleted workshop's join code: 410, and a page in German that says capture has
	 * ended.
	 */
	private void assertCaptureEnded(Browser participant, String code) {
		HttpResponse<String> gone = new Http(this.port).get("/w/" + code, Map.of("Accept-Language", "de-DE,de"));
		assertThat(gone.statusCode()).isEqualTo(410);
		participant.open("/w/" + code);
		assertThat(participant.find("html").getDomAttribute("lang")).isEqualTo("de");
		assertThat(participant.find("#join-panel .kern-title").getText()).isEqualTo("Die Erfassung ist beendet");
		assertThat(participant.find("#join-panel").getText()).contains("Dieser Workshop nimmt keine Aussagen mehr an.")
			.doesNotContain("Absenden");
	}

	@Test
	void aParticipantLearnsOfAnUnknownCodeAndOfTooManyStatementsInTheirLanguage() throws Exception {
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		Http setup = network.user(LANDKREIS, Role.STRATEGY);
		UUID dialog = DialogFixtures.dialog(setup, unique("Integrationsdialog Mitmachen"));
		UUID workshop = DialogFixtures.workshop(setup, dialog, unique("Workshop Migrantenselbstorganisationen"),
				"Migrantenselbstorganisationen");
		String code = DialogFixtures.openCapture(setup, workshop);
		Http phone = new Http(this.port);

		try (Browser participant = participant()) {
			// a code typed wrong: 404, and a page that says so in the participant's
			// language
			String unknown = "/w/ZZZZ2222";
			HttpResponse<String> german = phone.get(unknown, Map.of("Accept-Language", "de-DE,de;q=0.9"));
			assertThat(german.statusCode()).isEqualTo(404);
			assertThat(german.body()).contains("lang=\"de\"")
				.contains("Zu diesem Code gibt es keinen Workshop. Bitte prüfen Sie den Code.");
			HttpResponse<String> english = phone.get(unknown, Map.of("Accept-Language", "en-GB,en;q=0.9,de;q=0.5"));
			assertThat(english.statusCode()).isEqualTo(404);
			assertThat(english.body()).contains("lang=\"en\"")
				.contains("There is no workshop with this code. Please check the code.");
			participant.open(unknown);
			assertThat(participant.find("html").getDomAttribute("lang")).isEqualTo("de");
			assertThat(participant.find("h1").getText()).isEqualTo("Seite nicht gefunden");
			assertThat(participant.find("main").getText())
				.contains("Zu diesem Code gibt es keinen Workshop. Bitte prüfen Sie den Code.");

			// too many statements from one network: another device in the room has sent
			// all that a minute allows (429 with Retry-After); the participant's
			// statement is refused with a message, and stays in the form to send again
			participant.open("/w/" + code);
			participant.find("#type-CHALLENGE").click();
			new Select(participant.find("#field")).selectByVisibleText("Gesellschaftliche Teilhabe und Ehrenamt");
			String csrf = phone.csrfFrom("/w/" + code);
			HttpResponse<String> refused = null;
			for (int i = 0; i < 400 && refused == null; i++) {
				HttpResponse<String> answer = DialogFixtures.send(phone, code, csrf, "WEAKNESS", "Aussage " + i,
						"Wohnen");
				if (answer.statusCode() != 302) {
					refused = answer;
				}
			}
			assertThat(refused).as("the limit of a minute is reached").isNotNull();
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
			assertThat(refused.body()).contains("Zu viele Aussagen auf einmal");
			sendWhileTheRoomKeepsSending(participant, phone, code, csrf);
			participant.checkAccessibility();
			assertThat(participant.find("#join-busy").getText()).contains("Zu viele Aussagen auf einmal")
				.contains("Bitte warten Sie eine Minute");
			assertThat(participant.find("#text").getDomProperty("value")).isEqualTo("Mehr Räume für Vereine.");
			assertThat(participant.find("#type-CHALLENGE").isSelected()).isTrue();
			assertThat(new Select(participant.find("#field")).getFirstSelectedOption().getText())
				.isEqualTo("Gesellschaftliche Teilhabe und Ehrenamt");
			assertFitsTheScreen(participant);
		}
		// the room's statements would fill every later goal form of the Landkreis
		String dialogPage = "/strategy/dialogs/" + dialog;
		assertThat(AccessFixtures.post(setup, dialogPage + "/delete", dialogPage + "/delete").statusCode())
			.isEqualTo(302);
	}

	/**
	 * The participant sends a statement while another device of the room keeps sending:
	 * the bucket of their shared address refills by two statements a second, each taken
	 * at once by the room, so the participant's statement finds it empty. Should it come
	 * through in a moment the room left, the participant sends again (at most five
	 * times).
	 */
	private static void sendWhileTheRoomKeepsSending(Browser participant, Http room, String code, String csrf)
			throws Exception {
		AtomicBoolean sending = new AtomicBoolean(true);
		ExecutorService others = Executors.newSingleThreadExecutor();
		Future<?> sent = others.submit(() -> {
			for (int i = 0; sending.get() && i < 5_000; i++) {
				DialogFixtures.send(room, code, csrf, "WEAKNESS", "Weitere Aussage " + i, "Wohnen");
			}
		});
		try {
			for (int attempt = 0; attempt < 5
					&& !participant.find("#join-panel").getText().contains("Zu viele Aussagen auf einmal"); attempt++) {
				WebElement panel = participant.find("#join-panel");
				participant.find("#text").clear();
				participant.find("#text").sendKeys("Mehr Räume für Vereine.");
				participant.find("#join-panel button[type=submit]").click();
				participant.waiting(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(panel));
			}
		}
		finally {
			sending.set(false);
			sent.get(30, TimeUnit.SECONDS);
			others.shutdown();
		}
	}

	/**
	 * On a phone: the page is not wider than the screen (it would scroll sideways).
	 */
	private void assertFitsTheScreen(Browser browser) {
		browser.onPhone(() -> {
			Object width = ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).as("the page's width on " + browser.path())
				.isLessThanOrEqualTo(Screen.PHONE.width());
		});
	}

}
