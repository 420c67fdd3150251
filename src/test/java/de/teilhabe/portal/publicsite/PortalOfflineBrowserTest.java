package de.teilhabe.portal.publicsite;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline reading on a 390 px phone: two public pages in Arabic visited, the service
 * worker controls the page; offline, a visited page is read again from the device and a
 * page never visited shows the offline page in Arabic (right to left, axe-core) listing
 * the kept pages. Only the tenant's public pages and assets are kept.
 */
class PortalOfflineBrowserTest extends BrowserTest {

	private static final String SCOPE = "/p/landkreis-osnabrueck/";

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void visitedPagesCanBeReadOfflineAndOthersShowTheOfflinePage() {
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		this.browser.open(SCOPE + "ar/ankommen");
		String first = this.browser.find("h1").getText();
		assertThat((Boolean) script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller ? done(true)
					: navigator.serviceWorker.addEventListener('controllerchange', () => done(true)));
				""")).isTrue();
		this.browser.open(SCOPE + "ar/wohnen");
		String second = this.browser.find("h1").getText();
		assertThat(script.executeScript("return navigator.serviceWorker.controller.scriptURL"))
			.isEqualTo(this.browser.driver().getCurrentUrl().replaceAll("/p/.*", SCOPE + "sw.js"));
		// both pages kept (the first once the worker took over); nothing but public pages
		// and assets
		this.browser.waiting(Duration.ofSeconds(15))
			.until((driver) -> kept(script).containsAll(List.of(SCOPE + "ar/ankommen", SCOPE + "ar/wohnen")));
		assertThat(kept(script)).allSatisfy((path) -> assertThat(path)
			.matches("/p/landkreis-osnabrueck/[a-z-]+(/[a-z-]+)*|/(kern|css|icons)/.+|/favicon\\.svg"));

		ChromeDriver chrome = (ChromeDriver) this.browser.driver();
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		try {
			this.browser.driver().navigate().refresh();
			assertThat(this.browser.find("h1").getText()).isEqualTo(second);
			this.browser.open(SCOPE + "ar/ankommen");
			assertThat(this.browser.find("h1").getText()).isEqualTo(first);

			this.browser.open(SCOPE + "ar/gesundheit");
			assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("ar");
			assertThat(this.browser.find("h1").getText()).isEqualTo("لا يوجد اتصال");
			assertThat(this.browser.findAll(".offline-pages a").stream().map((link) -> link.getText()))
				.anySatisfy((text) -> assertThat(text).startsWith(first))
				.anySatisfy((text) -> assertThat(text).startsWith(second));
			this.browser.checkAccessibility().checkWidth();
		}
		finally {
			chrome.executeCdpCommand("Network.emulateNetworkConditions",
					Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		}
	}

	/** The paths of every request kept in the tenant's caches. */
	@SuppressWarnings("unchecked")
	private static List<String> kept(JavascriptExecutor script) {
		return (List<String>) script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				(async () => {
				  const paths = [];
				  for (const name of await caches.keys()) {
				    for (const request of await (await caches.open(name)).keys()) {
				      paths.push(new URL(request.url).pathname);
				    }
				  }
				  return paths;
				})().then(done, () => done([]));
				""");
	}

}
