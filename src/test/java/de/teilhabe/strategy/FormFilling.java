package de.teilhabe.strategy;

import java.time.Duration;

import de.teilhabe.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filling the strategy module's forms in a browser as a person does: fields by their ids,
 * boxes by their labels; and a statement sent from a join page (live capture).
 */
public final class FormFilling {

	private FormFilling() {
	}

	/** Replaces the text of an input. */
	public static void type(Browser browser, String id, String text) {
		browser.find("#" + id).clear();
		browser.find("#" + id).sendKeys(text);
	}

	/** Sets a date or time input (typing depends on the browser's locale). */
	public static void value(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find("#" + id), value);
	}

	/**
	 * Ticks the box of a choice among the boxes of a field (shared/form :: checkChoices),
	 * found by the text of its label.
	 */
	public static void tick(Browser browser, String field, String label) {
		WebElement text = browser.driver()
			.findElement(By.xpath("//fieldset[@id='" + field + "']//label[contains(., '" + label + "')]"));
		text.click();
		assertThat(browser.find("#" + text.getDomAttribute("for")).isSelected()).as(label).isTrue();
	}

	/**
	 * Ticks the box of a choice in a group of a field's boxes (shared/form ::
	 * checkGroups), as a person does: opens the group whose summary contains the text
	 * given, if closed, and clicks the label of the choice.
	 */
	public static void tickInGroup(Browser browser, String field, String group, String label) {
		String details = "//fieldset[@id='" + field + "']//details[summary[contains(., '" + group + "')]]";
		WebElement opened = browser.driver().findElement(By.xpath(details));
		if (opened.getDomAttribute("open") == null) {
			opened.findElement(By.tagName("summary")).click();
		}
		WebElement text = opened.findElement(By.xpath(".//label[contains(., '" + label + "')]"));
		text.click();
		assertThat(browser.find("#" + text.getDomAttribute("for")).isSelected()).as(label).isTrue();
	}

	/**
	 * A window showing a workshop's join page sends a statement as a small group does;
	 * the page is not reloaded (htmx), says the statement has arrived (in the browser's
	 * language: headless Chromium may ask for English) and offers an empty form again.
	 */
	public static void sendStatement(Browser window, String type, String text, String field) {
		JavascriptExecutor script = (JavascriptExecutor) window.driver();
		Object marker = script.executeScript("return window.joinMarker = Math.random()");
		window.find("#type-" + type).click();
		window.find("#text").sendKeys(text);
		new Select(window.find("#field")).selectByVisibleText(field);
		window.find("#join-panel button[type=submit]").click();
		try {
			window.waiting(Duration.ofSeconds(15))
				.until((driver) -> window.text().contains("Ihre Aussage ist angekommen")
						|| window.text().contains("your statement has arrived"));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError(
					"no confirmation on " + window.path() + ": " + window.find("main").getDomProperty("innerHTML"), ex);
		}
		assertThat(script.executeScript("return window.joinMarker")).as("the same page, not reloaded")
			.isEqualTo(marker);
		assertThat(window.find("#text").getDomProperty("value")).isEmpty();
		window.checkAccessibility();
	}

	/**
	 * Through the pages, as the office does: a new dialog informing the Landkreis'
	 * concept 2018–2022 (started 3 April 2017) and in it a workshop with the Bürger on 16
	 * May 2017, 18:00, at the Kreishaus; ends on the workshop's page.
	 * @return the path of the dialog's page
	 */
	public static String newDialogWithWorkshop(Browser browser, String dialog, String workshop) {
		browser.navigateTo("/strategy/dialogs");
		browser.click("a[href='/strategy/dialogs/new']");
		type(browser, "title", dialog);
		value(browser, "startedOn", "2017-04-03");
		new Select(browser.find("#concept")).selectByVisibleText("Migrations- und Integrationskonzept 2018–2022");
		browser.click("form[action='/strategy/dialogs'] button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo(dialog);
		String dialogPage = browser.path();
		browser.click("a[href$='/workshops/new']");
		type(browser, "title", workshop);
		value(browser, "date", "2017-05-16");
		value(browser, "time", "18:00");
		type(browser, "place", "Kreishaus Osnabrück, Am Schölerberg 1");
		new Select(browser.find("#group")).selectByVisibleText("Bürger");
		type(browser, "facilitators", "Team Integration");
		browser.click("main form button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo(workshop);
		return dialogPage;
	}

}
