package de.teilhabe.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian chromium driven by Selenium, with an axe-core check of every page
 * visited. One instance per test class; {@link #close()} it afterwards.
 */
public final class Browser implements AutoCloseable {

	/**
	 * The rule sets checked: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
	 */
	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	/** axe-core as shipped in the deque Selenium jar (its version is the jar's). */
	private static final String AXE_SOURCE = axeSource();

	private static final Duration POLL = Duration.ofMillis(50);

	private final WebDriver driver;

	private final String base;

	private final Screen screen;

	public Browser(int port) {
		this(port, Screen.DESKTOP);
	}

	/** A browser emulating the screen given (see {@link #checkWidth()}). */
	public Browser(int port, Screen screen) {
		this(port, screen, null);
	}

	/**
	 * A browser emulating the screen given whose pages ask for the languages given
	 * ({@code Accept-Language}, e.g. {@code de-DE,de}), as a visitor's own phone does;
	 * without, headless Chromium asks for {@code en-US,en} whatever {@code --lang} says.
	 */
	public Browser(int port, Screen screen, String acceptLanguage) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("teilhabe.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1024", "--lang=de-DE");
		if (acceptLanguage != null) {
			options.addArguments("--accept-lang=" + acceptLanguage);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.base = "http://127.0.0.1:" + port;
		this.screen = screen;
		emulate(screen);
		// KERN scrolls smoothly; a click right after Selenium's scroll would land where
		// the
		// element was. A user who asks for reduced motion gets instant scrolls
		// (teilhabe.css).
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
				List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
	}

	/**
	 * Emulates the screen through DevTools: its width in CSS pixels and a mobile viewport
	 * (the page's {@code <meta name="viewport">} applies as on a phone).
	 */
	private void emulate(Screen screen) {
		if (screen == Screen.DESKTOP) {
			return;
		}
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width",
				screen.width(), "height", screen.height(), "deviceScaleFactor", 1, "mobile", screen.mobile()));
	}

	/**
	 * A wait that checks every 50 ms: WebDriverWait's default of 500 ms slept half a
	 * second after most clicks (the next page is rarely there at the first check), which
	 * added minutes to the browser tests.
	 */
	public WebDriverWait waiting(Duration timeout) {
		return new WebDriverWait(this.driver, timeout, POLL);
	}

	public Screen screen() {
		return this.screen;
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Opens a page and checks it with axe-core: zero violations. */
	public Browser open(String path) {
		this.driver.get(this.base + path);
		return checkAccessibility();
	}

	/**
	 * Runs axe-core (WCAG 2.0/2.1 A and AA rules and best practices) on the current page
	 * and fails on any violation. axe runs inside the page itself, injected once per
	 * document: the deque Selenium wrapper opens a second tab and injects the 560 kB
	 * script twice for every check, which took 1.3 s a page and most of the browser
	 * tests' time; this takes 0.2–0.5 s. Our pages have no frames, so nothing is missed
	 * (a frame would make axe wait for it and the check fail).
	 */
	public Browser checkAccessibility() {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		// a click without waiting may still be loading the next page: wait for it, and
		// inject axe again when the page changed between the check and the run
		waiting(Duration.ofSeconds(15))
			.until((driver) -> "complete".equals(script.executeScript("return document.readyState")));
		Object violations = null;
		for (int attempt = 0; violations == null && attempt < 3; attempt++) {
			try {
				violations = runAxe(script);
			}
			catch (JavascriptException ex) {
				// the page went away under the script (a navigation still in progress)
				waiting(Duration.ofSeconds(15))
					.until((driver) -> "complete".equals(script.executeScript("return document.readyState")));
			}
		}
		List<?> found = (violations != null) ? (List<?>) violations : List.of("axe-core could not be injected");
		assertThat(found).as(() -> "axe violations on " + this.driver.getCurrentUrl() + ":\n" + found).isEmpty();
		checkUniqueIds();
		return checkWidth();
	}

	/**
	 * axe-core's violations on the current page, or null if the page changed meanwhile.
	 */
	private Object runAxe(JavascriptExecutor script) {
		if (!Boolean.TRUE.equals(script.executeScript("return typeof axe === 'object'"))) {
			script.executeScript(AXE_SOURCE);
		}
		return script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				if (typeof axe !== 'object') { done(null); return; }
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, iframes: false })
				  .then((results) => done(results.violations.map((rule) => rule.id + ': ' + rule.help + ' -> '
				    + rule.nodes.map((node) => node.target.join(' ') + ' ' + node.failureSummary).join('; '))),
				    (error) => done(['axe-core did not run: ' + error]));""", AXE_TAGS);
	}

	/**
	 * Fails if an id occurs more than once on the current page (axe no longer checks
	 * this; a duplicated id breaks label and error links).
	 */
	public Browser checkUniqueIds() {
		Object duplicates = ((JavascriptExecutor) this.driver)
			.executeScript("const seen = new Set(), twice = new Set();"
					+ "document.querySelectorAll('[id]').forEach((e) => seen.has(e.id) ? twice.add(e.id) : seen.add(e.id));"
					+ "return [...twice];");
		assertThat((List<?>) duplicates).as(() -> "duplicate ids on " + this.driver.getCurrentUrl()).isEmpty();
		return this;
	}

	/**
	 * On a phone: fails if the page is wider than the screen (it would scroll sideways);
	 * names the widest elements. Wide tables must scroll inside their own box.
	 */
	public Browser checkWidth() {
		if (this.screen != Screen.PHONE) {
			return this;
		}
		List<?> measured = (List<?>) ((JavascriptExecutor) this.driver).executeScript(
				"""
						const limit = arguments[0];
						const beyond = (e) => e.getBoundingClientRect().right > limit + 0.5;
						const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
						  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/ +/).join('.') : '')
						  + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)';
						const scrolls = (e) => e.parentElement && e.parentElement !== document.body
						  && (['auto', 'scroll', 'hidden'].includes(getComputedStyle(e.parentElement).overflowX) || scrolls(e.parentElement));
						const leaves = [...document.querySelectorAll('body *')]
						  .filter(beyond).filter((e) => !scrolls(e)).filter((e) => ![...e.children].some(beyond));
						const wide = leaves.slice(0, 5).map(describe);
						const chain = [];
						for (let e = leaves[0]; e && e !== document.body; e = e.parentElement) chain.push(describe(e));
						return [document.documentElement.scrollWidth, wide.join(', ') + '; the first inside: ' + chain.join(' < ')];""",
				this.screen.width());
		long scrollWidth = ((Number) measured.get(0)).longValue();
		assertThat(scrollWidth)
			.as(() -> this.driver.getCurrentUrl() + " is wider than a " + this.screen.width()
					+ " px phone; widest elements: " + measured.get(1))
			.isLessThanOrEqualTo(this.screen.width());
		return this;
	}

	public Browser login(String username, String password) {
		open("/login");
		waiting(Duration.ofSeconds(15)).until((driver) -> "/login".equals(path()));
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		return click("form button[type=submit]");
	}

	/** Signs out and waits for the login page (a click does not wait for navigation). */
	public Browser logout() {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		waitForNextPage(page);
		waiting(Duration.ofSeconds(15)).until((driver) -> path().startsWith("/login"));
		return this;
	}

	/**
	 * Clicks an element that leads to another page (link or submit button), waits until
	 * that page has replaced the current one (a script click does not wait for
	 * navigation) and checks it as {@link #open(String)} does: axe-core, unique ids and,
	 * on a phone, the width.
	 */
	public Browser clickAndWait(String css) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		scriptClick(css);
		waitForNextPage(page);
		return checkAccessibility();
	}

	/**
	 * Submits a form and waits until the page that answers has replaced the current one
	 * (WebDriver's submit may return before, and the old page's text would be read).
	 */
	public Browser submit(String formCss) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		find(formCss).submit();
		waitForNextPage(page);
		return this;
	}

	/**
	 * Clicks an element that leads to another page as a person does (a real click: the
	 * element must be visible and not covered), waits until that page has replaced the
	 * current one and checks it as {@link #open(String)} does.
	 */
	public Browser click(String css) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		find(css).click();
		waitForNextPage(page);
		return checkAccessibility();
	}

	/**
	 * Follows an entry of the main navigation as a person does: on a phone, where the
	 * navigation is a closed menu, first opens the menu; waits for the page and checks
	 * it.
	 */
	public Browser navigateTo(String path) {
		WebElement link = find("nav.main-nav a[href='" + path + "']");
		if (!link.isDisplayed()) {
			find("nav.main-nav summary").click();
		}
		WebElement page = this.driver.findElement(By.tagName("html"));
		link.click();
		waitForNextPage(page);
		return checkAccessibility();
	}

	/**
	 * Waits until the page whose html element is given has been replaced by the next one
	 * and that one has loaded. Chrome sometimes answers for a node of a replaced document
	 * with an unknown error (the node does not belong to the document) instead of a stale
	 * element; both mean the page is gone.
	 */
	private void waitForNextPage(WebElement page) {
		WebDriverWait wait = waiting(Duration.ofSeconds(15));
		wait.until((driver) -> isReplaced(page));
		wait.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private static boolean isReplaced(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Clicks an element by script, wherever it is on the page (no scrolling, no waiting).
	 */
	public Browser scriptClick(String css) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].click()", find(css));
		return this;
	}

	/**
	 * A selector for the link (among those the css selects) whose text contains the given
	 * text: a list shared by all tests (e.g. the moderation queue) holds other tests'
	 * entries too.
	 */
	public String linkContaining(String css, String text) {
		String href = findAll(css).stream()
			.filter((link) -> link.getText().contains(text))
			.map((link) -> link.getDomAttribute("href"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link " + css + " with \"" + text + "\" on " + path()));
		return "a[href='" + href + "']";
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
