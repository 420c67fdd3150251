package de.teilhabe.portal.publicsite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.support.Browser;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline reading on a 390 px phone: two public pages in Arabic visited, the service
 * worker controls the page; then the site stops answering (the browser reaches it through
 * a forwarder that is closed: DevTools' offline emulation does not reach the worker's own
 * requests), a visited page is read again from the device and a page never visited shows
 * the offline page in Arabic (right to left, axe-core) listing the kept pages. Only the
 * tenant's public pages and assets are kept.
 */
@IntegrationTest
class PortalOfflineBrowserTest {

	private static final String SCOPE = "/p/landkreis-osnabrueck/";

	@LocalServerPort
	int port;

	@Test
	void visitedPagesCanBeReadOfflineAndOthersShowTheOfflinePage() throws IOException {
		try (Forwarder network = new Forwarder(this.port);
				Browser browser = new Browser(network.port(), Screen.PHONE)) {
			JavascriptExecutor script = (JavascriptExecutor) browser.driver();
			browser.open(SCOPE + "ar/ankommen");
			String first = browser.find("h1").getText();
			assertThat((Boolean) script.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller ? done(true)
						: navigator.serviceWorker.addEventListener('controllerchange', () => done(true)));
					""")).isTrue();
			browser.open(SCOPE + "ar/wohnen");
			String second = browser.find("h1").getText();
			assertThat((String) script.executeScript("return navigator.serviceWorker.controller.scriptURL"))
				.endsWith(SCOPE + "sw.js");
			// both pages kept (the first once the worker took over); nothing but public
			// pages and assets
			browser.waiting(Duration.ofSeconds(15))
				.until((driver) -> kept(script).containsAll(List.of(SCOPE + "ar/ankommen", SCOPE + "ar/wohnen")));
			assertThat(kept(script)).allSatisfy((path) -> assertThat(path)
				.matches("/p/landkreis-osnabrueck/[a-z-]+(/[a-z-]+)*|/(kern|css|icons)/.+|/favicon\\.svg"));

			network.stop();
			browser.driver().navigate().refresh();
			assertThat(browser.find("h1").getText()).isEqualTo(second);
			browser.open(SCOPE + "ar/ankommen");
			assertThat(browser.find("h1").getText()).isEqualTo(first);

			browser.open(SCOPE + "ar/gesundheit");
			assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");
			assertThat(browser.find("h1").getText()).isEqualTo("لا يوجد اتصال");
			assertThat(browser.findAll(".offline-pages a").stream().map((link) -> link.getText()))
				.anySatisfy((text) -> assertThat(text).startsWith(first))
				.anySatisfy((text) -> assertThat(text).startsWith(second));
			browser.checkAccessibility().checkWidth();
		}
	}

	/** The paths of every request kept in the origin's caches. */
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

	/**
	 * Passes the browser's connections on to the application; {@link #stop} closes it and
	 * every connection, so the site is unreachable as when the device is offline.
	 */
	static final class Forwarder implements AutoCloseable {

		private final ServerSocket server;

		private final int target;

		private final Set<Socket> open = ConcurrentHashMap.newKeySet();

		Forwarder(int target) throws IOException {
			this.target = target;
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread accepting = new Thread(this::accept, "offline-forwarder");
			accepting.setDaemon(true);
			accepting.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		private void accept() {
			while (!this.server.isClosed()) {
				try {
					Socket client = this.server.accept();
					Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
					this.open.add(client);
					this.open.add(upstream);
					pipe(client, upstream);
					pipe(upstream, client);
				}
				catch (IOException ex) {
					// closed: the site is offline
				}
			}
		}

		private void pipe(Socket from, Socket to) {
			Thread thread = new Thread(() -> {
				try {
					from.getInputStream().transferTo(to.getOutputStream());
				}
				catch (IOException ex) {
					// one side closed
				}
				finally {
					quietlyClose(from);
					quietlyClose(to);
				}
			}, "offline-forwarder-pipe");
			thread.setDaemon(true);
			thread.start();
		}

		void stop() {
			quietlyClose(this.server);
			this.open.forEach(Forwarder::quietlyClose);
		}

		@Override
		public void close() {
			stop();
		}

		private static void quietlyClose(AutoCloseable closeable) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// already closed
			}
		}

	}

}
