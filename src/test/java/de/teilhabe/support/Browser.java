package de.teilhabe.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * <p>
 * Starting Chromium and its driver costs 1.3–1.5 s here, once per test class: a closed
 * browser is therefore not quit but kept for the next class of this test JVM, after what
 * a visitor leaves behind is gone: the page (about:blank), the cookies of every site, the
 * storage of the site visited (local storage, IndexedDB, service workers, caches), the
 * emulated screen, window size and timeouts. The tab and its history stay (our pages keep
 * nothing in session storage); the HTTP cache stays (static files). A journey that opened
 * or closed windows leaves a browser that is quit. Journeys with two browsers at once get
 * two.
 */
public final class Browser implements AutoCloseable {

	/**
	 * The rule sets checked: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
	 */
	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	/** axe-core as shipped in the deque Selenium jar (its version is the jar's). */
	private static final String AXE_SOURCE = axeSource();

	private static final Duration POLL = Duration.ofMillis(50);

	private final Session session;

	private boolean closed;

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
		this.session = Session.take(acceptLanguage);
		this.driver = this.session.driver;
		this.base = "http://127.0.0.1:" + port;
		this.screen = screen;
		emulate(screen);
	}

	/**
	 * Emulates the screen through DevTools: its width in CSS pixels and a mobile viewport
	 * (the page's {@code <meta name="viewport">} applies as on a phone).
	 */
	private void emulate(Screen screen) {
		// KERN scrolls smoothly; a click right after Selenium's scroll would land where
		// the element was. A user who asks for reduced motion gets instant scrolls
		// (teilhabe.css).
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
				List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		if (screen != Screen.PHONE) {
			return;
		}
		emulatePhone();
	}

	private void emulatePhone() {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", Screen.PHONE.width(), "height", Screen.PHONE.height(), "deviceScaleFactor", 1,
						"mobile", Screen.PHONE.mobile()));
	}

	/**
	 * Runs a check of the current page as seen on a phone: on {@link Screen#PHONE} as it
	 * is, on {@link Screen#DESKTOP_AND_PHONE} with the phone's screen emulated on the
	 * page as it is (then back to the desktop window), on {@link Screen#DESKTOP} not at
	 * all.
	 */
	public Browser onPhone(Runnable check) {
		if (this.screen == Screen.PHONE) {
			check.run();
		}
		else if (this.screen == Screen.DESKTOP_AND_PHONE) {
			atPhoneWidth(check);
		}
		return this;
	}

	private void atPhoneWidth(Runnable check) {
		emulatePhone();
		try {
			check.run();
		}
		finally {
			((ChromeDriver) this.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
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
	 * (a frame would make axe wait for it and the check fail). axe reports every node of
	 * every violation but, asked for violations only, builds no selectors for the nodes
	 * that pass (most of its time on a long page).
	 */
	public Browser checkAccessibility() {
		checkAxe();
		checkUniqueIds();
		if (this.screen == Screen.DESKTOP_AND_PHONE) {
			atPhoneWidth(() -> {
				checkAxe();
				measureWidth();
			});
			return this;
		}
		return checkWidth();
	}

	private void checkAxe() {
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
		assertThat(found)
			.as(() -> "axe violations on " + this.driver.getCurrentUrl()
					+ ((this.screen == Screen.DESKTOP_AND_PHONE) ? " (at desktop or phone width)" : "") + ":\n" + found)
			.isEmpty();
	}

	/**
	 * axe-core's violations on the current page, or null if the page changed meanwhile.
	 */
	private Object runAxe(JavascriptExecutor script) {
		long started = System.nanoTime();
		if (!Boolean.TRUE.equals(script.executeScript("return typeof axe === 'object'"))) {
			script.executeScript(AXE_SOURCE);
		}
		long injected = System.nanoTime();
		Timing.INJECT.add(injected - started);
		try {
			return axeRun(script);
		}
		finally {
			Timing.AXE.add(System.nanoTime() - injected);
		}
	}

	private Object axeRun(JavascriptExecutor script) {
		return script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				if (typeof axe !== 'object') { done(null); return; }
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, iframes: false,
				  resultTypes: ['violations'] })
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
	 * On a phone (also the phone check of {@link Screen#DESKTOP_AND_PHONE}): fails if the
	 * page is wider than the screen (it would scroll sideways); names the widest
	 * elements. Wide tables must scroll inside their own box.
	 */
	public Browser checkWidth() {
		return onPhone(this::measureWidth);
	}

	private void measureWidth() {
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
				Screen.PHONE.width());
		long scrollWidth = ((Number) measured.get(0)).longValue();
		assertThat(scrollWidth)
			.as(() -> this.driver.getCurrentUrl() + " is wider than a " + Screen.PHONE.width()
					+ " px phone; widest elements: " + measured.get(1))
			.isLessThanOrEqualTo(Screen.PHONE.width());
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
		if (!this.closed) {
			this.closed = true;
			this.session.giveBack(this.base);
		}
	}

	/**
	 * A Chromium with its driver, kept for the next {@link Browser} of this test JVM that
	 * asks for the same languages.
	 */
	private static final class Session {

		private static final Deque<Session> IDLE = new ArrayDeque<>();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(Session::quitIdle, "browser-sessions"));
		}

		private static final Dimension DESKTOP = new Dimension(Screen.DESKTOP.width(), Screen.DESKTOP.height());

		private final ChromeDriver driver;

		private final String acceptLanguage;

		/** The one tab every journey of this browser runs in. */
		private final String tab;

		private Session(String acceptLanguage) {
			long started = System.nanoTime();
			this.acceptLanguage = acceptLanguage;
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
			this.tab = this.driver.getWindowHandle();
			// axe-core in every page this tab loads, before the page's own scripts:
			// sent to the browser once instead of with every check (0.2–0.4 s each)
			this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
			setTimeouts();
			Timing.START.add(System.nanoTime() - started);
		}

		static Session take(String acceptLanguage) {
			synchronized (IDLE) {
				for (Iterator<Session> it = IDLE.iterator(); it.hasNext();) {
					Session idle = it.next();
					if (Objects.equals(idle.acceptLanguage, acceptLanguage)) {
						it.remove();
						return idle;
					}
				}
			}
			return new Session(acceptLanguage);
		}

		private void setTimeouts() {
			this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		}

		/**
		 * Clears what the visitor left behind and keeps the browser; quits it if that
		 * fails (a dialog still open, a crashed tab).
		 */
		void giveBack(String base) {
			long started = System.nanoTime();
			try {
				if (!this.driver.getWindowHandles().equals(Set.of(this.tab))) {
					throw new IllegalStateException("the journey opened or closed windows");
				}
				this.driver.get("about:blank");
				this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
				this.driver.executeCdpCommand("Storage.clearDataForOrigin",
						Map.of("origin", base, "storageTypes", "all"));
				this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
				if (!DESKTOP.equals(this.driver.manage().window().getSize())) {
					this.driver.manage().window().setSize(DESKTOP);
				}
				setTimeouts();
			}
			catch (RuntimeException ex) {
				this.driver.quit();
				return;
			}
			synchronized (IDLE) {
				IDLE.push(this);
			}
			Timing.RESET.add(System.nanoTime() - started);
		}

		private static void quitIdle() {
			Timing.report();
			synchronized (IDLE) {
				IDLE.forEach((session) -> session.driver.quit());
				IDLE.clear();
			}
		}

	}

	/**
	 * Where the browser tests of this JVM spent their time, appended to
	 * {@code target/browser-timing.txt} when the JVM ends (docs/testing.md).
	 */
	private enum Timing {

		START("browser starts"), RESET("browser resets"), INJECT("axe injections"), AXE("axe runs");

		private final String what;

		private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

		private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

		Timing(String what) {
			this.what = what;
		}

		void add(long nanos) {
			this.count.incrementAndGet();
			this.nanos.addAndGet(nanos);
		}

		static void report() {
			StringBuilder line = new StringBuilder("Browser timing of this test JVM:");
			for (Timing timing : values()) {
				line.append(String.format(java.util.Locale.ROOT, " %s %d, %.1f s;", timing.what, timing.count.get(),
						timing.nanos.get() / 1e9));
			}
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of("target/browser-timing.txt"), line.append('\n'),
						java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				// only a measurement
			}
		}

	}

}
