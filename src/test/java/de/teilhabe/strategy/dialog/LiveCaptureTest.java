package de.teilhabe.strategy.dialog;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.strategy.dialog.DialogFixtures.LANDKREIS;
import static de.teilhabe.strategy.dialog.DialogFixtures.dialog;
import static de.teilhabe.strategy.dialog.DialogFixtures.openCapture;
import static de.teilhabe.strategy.dialog.DialogFixtures.send;
import static de.teilhabe.strategy.dialog.DialogFixtures.sendWithHtmx;
import static de.teilhabe.strategy.dialog.DialogFixtures.unique;
import static de.teilhabe.strategy.dialog.DialogFixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live capture through the real HTTP layer: the facilitator opens capture, phones join
 * with the code anonymously and send statements (with and without htmx), the
 * facilitator's screen shows them; the code's scope, the rate limit, the 410 after
 * closing, hostile input, the browser's language, and 60 phones at once.
 */
@IntegrationTest
class LiveCaptureTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	DialogFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new DialogFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
	}

	private UUID newWorkshop(String group) {
		UUID dialog = dialog(this.office, unique("Dialog"));
		return workshop(this.office, dialog, unique("Workshop"), group);
	}

	@Test
	void phonesSendStatementsThatTheFacilitatorSeesArriving() {
		UUID workshop = newWorkshop("Bürger");
		String code = openCapture(this.office, workshop);
		String screen = this.office.get("/strategy/workshops/" + workshop + "/capture").body();
		assertThat(screen).contains("/w/" + code).contains("Noch keine Aussagen");
		HttpResponse<String> qr = this.office.get("/strategy/workshops/" + workshop + "/qr.svg");
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
		assertThat(qr.body()).startsWith("<svg").contains("<path d=\"M");

		Http phone = this.fixtures.anonymous();
		HttpResponse<String> page = phone.get("/w/" + code.toLowerCase());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Mitmachen").contains("Sprache und Bildung").contains("Herausforderung");
		String csrf = phone.csrfFrom("/w/" + code);

		HttpResponse<String> plain = send(phone, code, csrf, "WEAKNESS", "Zu wenige Kitaplätze in Melle.", "Wohnen");
		assertThat(plain.statusCode()).as(plain.body()).isEqualTo(302);
		assertThat(phone
			.get(java.net.URI.create(plain.headers().firstValue("Location").orElseThrow()).getRawPath() + "?sent")
			.body()).contains("Ihre Aussage ist angekommen");

		HttpResponse<String> htmx = sendWithHtmx(phone, code, csrf, "STRENGTH", "Starke Sportvereine.",
				"Gesellschaftliche Teilhabe und Ehrenamt");
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.body()).startsWith("<div id=\"join-panel\"")
			.contains("Ihre Aussage ist angekommen")
			.doesNotContain("<html");

		HttpResponse<String> feed = this.office.get("/strategy/workshops/" + workshop + "/capture",
				Map.of("HX-Request", "true"));
		assertThat(feed.body()).startsWith("<section id=\"feed\"")
			.contains("2 Aussagen")
			.contains("Zu wenige Kitaplätze in Melle.")
			.contains("Starke Sportvereine.")
			.contains("hx-trigger=\"every 3s\"");
	}

	@Test
	void aJoinCodeAddsOnlyToItsOwnWorkshop() {
		UUID first = newWorkshop("Bürger");
		UUID second = newWorkshop("Unternehmen");
		String firstCode = openCapture(this.office, first);
		String secondCode = openCapture(this.office, second);
		assertThat(firstCode).isNotEqualTo(secondCode);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + firstCode);
		// extra parameters naming the other workshop change nothing
		HttpResponse<String> sent = phone
			.postForm(
					"/w/" + firstCode, Map.of("type", "CHALLENGE", "text", "Fachkräfte halten.", "field",
							"Arbeit und Ausbildung", "workshop", second.toString(), "workshopId", second.toString()),
					csrf);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(this.fixtures.statements(first)).isEqualTo(1);
		assertThat(this.fixtures.statements(second)).isZero();
		// a field that is not one of the dialog's concept version is refused, naming the
		// field
		HttpResponse<String> wrongField = send(phone, firstCode, csrf, "CHALLENGE", "Text", "Weltfrieden");
		assertThat(wrongField.statusCode()).isEqualTo(400);
		assertThat(wrongField.body()).contains("Handlungsfeld").contains("„Weltfrieden“ ist kein angebotener Wert.");
		// an unknown code is not found
		assertThat(phone.get("/w/ZZZZ2222").statusCode()).isEqualTo(404);
		assertThat(this.fixtures.statements(first)).isEqualTo(1);
	}

	@Test
	void hostileInputIsRefusedWithAMessage() {
		UUID workshop = newWorkshop("Ehrenamtliche");
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + code);
		HttpResponse<String> nul = send(phone, code, csrf, "WEAKNESS", "Text\u0000mit NUL", "Wohnen");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("Steuerzeichen");
		HttpResponse<String> huge = send(phone, code, csrf, "WEAKNESS", "x".repeat(100_000), "Wohnen");
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("Höchstens 1000 Zeichen.");
		HttpResponse<String> wrongType = send(phone, code, csrf, "LOVE", "Text", "Wohnen");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		HttpResponse<String> empty = phone.postForm("/w/" + code, Map.of(), csrf);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Bitte ausfüllen.");
		assertThat(phone.get("/w/" + "A".repeat(5000)).statusCode()).isEqualTo(404);
		assertThat(this.fixtures.statements(workshop)).isZero();
	}

	@Test
	void aClosedCaptureAnswers410() {
		UUID workshop = newWorkshop("Unternehmen");
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + code);
		assertThat(send(phone, code, csrf, "STRENGTH", "Vorher", "Wohnen").statusCode()).isEqualTo(302);
		assertThat(DialogFixtures.closeCapture(this.office, workshop).statusCode()).isEqualTo(302);

		HttpResponse<String> page = phone.get("/w/" + code);
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("Die Erfassung ist beendet").doesNotContain("name=\"text\"");
		HttpResponse<String> late = send(phone, code, csrf, "STRENGTH", "Zu spät", "Wohnen");
		assertThat(late.statusCode()).isEqualTo(410);
		assertThat(late.body()).contains("Die Erfassung ist beendet");
		assertThat(sendWithHtmx(phone, code, csrf, "STRENGTH", "Zu spät", "Wohnen").statusCode()).isEqualTo(410);
		assertThat(this.fixtures.statements(workshop)).isEqualTo(1);
		// a closed capture is not opened again: the code stays dead
		DialogFixtures.closeCapture(this.office, workshop);
		assertThat(this.office.get("/strategy/workshops/" + workshop).body()).doesNotContain("capture/open");
		assertThat(phone.get("/w/" + code).statusCode()).isEqualTo(410);
	}

	@Test
	void theRateLimitAnswers429WithAPage() {
		UUID workshop = newWorkshop("Bürger");
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + code);
		int stored = 0;
		HttpResponse<String> refused = null;
		for (int i = 0; i < 400 && refused == null; i++) {
			HttpResponse<String> answer = send(phone, code, csrf, "WEAKNESS", "Aussage " + i, "Wohnen");
			if (answer.statusCode() == 302) {
				stored++;
			}
			else {
				refused = answer;
			}
		}
		assertThat(refused).as("a 429 after at least 120 statements of one client").isNotNull();
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Zu viele Aussagen auf einmal")
			// the statement refused stays in the form, to send again after the wait
			.contains(">Aussage " + stored + "</textarea>");
		assertThat(stored).isGreaterThanOrEqualTo(120);
		assertThat(this.fixtures.statements(workshop)).isEqualTo(stored);
	}

	@Test
	void thePageFollowsTheBrowsersLanguage() {
		UUID workshop = newWorkshop("Bürger");
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		String english = phone.get("/w/" + code, Map.of("Accept-Language", "en-GB,en;q=0.9,de;q=0.5")).body();
		assertThat(english).contains("lang=\"en\"").contains("Take part").contains("Challenge");
		String german = phone.get("/w/" + code, Map.of("Accept-Language", "de-DE,de;q=0.9")).body();
		assertThat(german).contains("lang=\"de\"").contains("Mitmachen");
	}

	@Test
	void sixtyPhonesPostingAtOnceLoseNothing() throws Exception {
		UUID workshop = newWorkshop("Migranten/Flüchtlinge");
		String code = openCapture(this.office, workshop);
		int phones = 60;
		List<Http> clients = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < phones; i++) {
			Http phone = this.fixtures.anonymous();
			clients.add(phone);
			tokens.add(phone.csrfFrom("/w/" + code));
		}
		ExecutorService pool = Executors.newFixedThreadPool(phones);
		CountDownLatch ready = new CountDownLatch(phones);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < phones; i++) {
				int n = i;
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await(30, TimeUnit.SECONDS);
					return send(clients.get(n), code, tokens.get(n), "CHALLENGE", "Aussage von Handy " + n,
							"Arbeit und Ausbildung")
						.statusCode();
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.fixtures.statements(workshop)).isEqualTo(phones);
		String screen = this.office.get("/strategy/workshops/" + workshop + "/capture").body();
		assertThat(screen).contains("60 Aussagen").contains("Aussage von Handy 0").contains("Aussage von Handy 59");
	}

}
