package de.teilhabe.strategy.goal;

import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's journey in the browser: a SMART goal on a real indicator, picked by names
 * (Handlungsfeld, indicator title, region, organisation), first refused for a missing
 * part, then saved; its page explains the status with the chart, and the controlling's
 * overview leads to its Handlungsfeld's dashboard, which shows it with the reason;
 * axe-core checks every page on the way.
 */
class GoalsBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void aGoalOnARealIndicatorShowsItsControllingStatus() {
		TestUser office = AccessFixtures.of(this.context).create(AccessFixtures.LANDKREIS, "goals", Role.STRATEGY);
		String title = "Mehr Einbürgerungen im Landkreis " + UUID.randomUUID().toString().substring(0, 8);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.navigateTo("/strategy/goals");
		assertThat(this.browser.text()).contains("Gesellschaftliche Teilhabe und Ehrenamt");
		this.browser.click("a[href='/strategy/goals/new']");
		this.browser.find("#title").sendKeys(title);
		new Select(this.browser.find("#field")).selectByVisibleText("Gesellschaftliche Teilhabe und Ehrenamt");
		new Select(this.browser.find("#indicator")).selectByVisibleText("Einbürgerungen nach Niedersachsen (Anzahl)");
		new Select(this.browser.find("#region")).selectByIndex(1);
		this.browser.find("#baselineValue").sendKeys("298");
		this.browser.find("#baselineYear").sendKeys("2018");
		this.browser.find("#targetValue").sendKeys("380");
		this.browser.find("#targetYear").sendKeys("2028");
		this.browser.click("form.stack button[type='submit']");
		assertThat(this.browser.text()).contains("Wählen Sie mindestens eine verantwortliche Organisation.");
		this.browser.find("#organisations input[type='checkbox']").click();
		this.browser.click("form.stack button[type='submit']");
		assertThat(this.browser.path()).startsWith("/strategy/goals/");
		assertThat(this.browser.text()).contains(title).contains("Stand im Integrationscontrolling");
		assertThat(this.browser.find("#status-reason").getText()).contains("lag der Wert bei");
		assertThat(this.browser.findAll("svg")).isNotEmpty();
		this.browser.navigateTo("/strategy/controlling");
		assertThat(this.browser.text()).contains("Übersicht je Handlungsfeld");
		this.browser.click(this.browser.linkContaining("#summary a", "Gesellschaftliche Teilhabe und Ehrenamt"));
		assertThat(this.browser.find("h1").getText())
			.isEqualTo("Integrationscontrolling: Gesellschaftliche Teilhabe und Ehrenamt");
		String row = this.browser.driver()
			.findElement(By.xpath("//table[@id='field-goals']//tr[th/a[normalize-space()='" + title + "']]"))
			.getText();
		assertThat(row).contains(title).contains("lag der Wert bei");
	}

}
