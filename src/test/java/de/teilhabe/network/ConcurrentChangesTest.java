package de.teilhabe.network;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two partners of one organisation submit a change of the same entry at the same moment:
 * one change waits for approval, the other submitter is told (409) and the entry's pages
 * keep working.
 */
@IntegrationTest
class ConcurrentChangesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void twoSubmissionsAtTheSameMomentLeaveOnePendingChangeAndTellTheSecondSubmitter() throws Exception {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http office = fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID organisation = createOrganisation(office, unique("Gleichzeitig-Verein"));
		UUID offer = createOffer(office, organisation, unique("Deutschkurs"));
		Http first = fixtures.login(fixtures.partner(LANDKREIS, organisation));
		Http second = fixtures.login(fixtures.partner(LANDKREIS, organisation));
		String entryPage = "/network/offers/" + offer;
		String editPage = entryPage + "/edit";
		// a change waits already: both new submissions supersede it
		HttpResponse<String> waitingSubmission = post(first, editPage, entryPage, offerFields(unique("Wartend")));
		assertThat(waitingSubmission.statusCode()).as(waitingSubmission.body()).isEqualTo(302);
		UUID waiting = this.jdbc.sql("SELECT id FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(offer)
			.query(UUID.class)
			.single();
		String firstBody = formBody(first.csrfFrom(editPage), unique("Erster"));
		String secondBody = formBody(second.csrfFrom(editPage), unique("Zweiter"));

		List<HttpResponse<String>> answers;
		// holding the waiting change makes both submissions reach the same point before
		// either of them can record its change
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder
				.prepareStatement("SELECT id FROM network_change WHERE id = ? FOR UPDATE")) {
				lock.setObject(1, waiting);
				lock.executeQuery().close();
			}
			CompletableFuture<HttpResponse<String>> a = CompletableFuture
				.supplyAsync(() -> first.send("POST", entryPage, "application/x-www-form-urlencoded", firstBody));
			CompletableFuture<HttpResponse<String>> b = CompletableFuture
				.supplyAsync(() -> second.send("POST", entryPage, "application/x-www-form-urlencoded", secondBody));
			awaitBlockedSubmissions(2);
			holder.commit();
			answers = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
		}

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
		HttpResponse<String> refused = answers.stream().filter((r) -> r.statusCode() == 409).findFirst().orElseThrow();
		assertThat(refused.body())
			.contains("Zu diesem Eintrag wurde gerade eine andere Änderung eingereicht. Ihre Änderung wurde nicht "
					+ "gespeichert");
		assertThat(this.jdbc.sql("SELECT count(*) FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(offer)
			.query(Long.class)
			.single()).isEqualTo(1);
		for (Http partner : List.of(first, second)) {
			assertThat(partner.get(editPage).statusCode()).isEqualTo(200);
			assertThat(partner.get(entryPage).statusCode()).isEqualTo(200);
			assertThat(partner.get("/network/organisations/" + organisation).statusCode()).isEqualTo(200);
		}
		// the office decides the change that waits (which also leaves the shared queue
		// empty
		// for other journeys)
		UUID pending = this.jdbc.sql("SELECT id FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(offer)
			.query(UUID.class)
			.single();
		assertThat(post(office, "/network/moderation/" + pending, "/network/moderation/" + pending + "/approve")
			.statusCode()).isEqualTo(302);
		assertThat(office.get(entryPage).statusCode()).isEqualTo(200);
	}

	/** Waits until this many submissions wait for the lock on the waiting change. */
	private void awaitBlockedSubmissions(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			long blocked = this.jdbc
				.sql("""
						SELECT count(*) FROM pg_stat_activity
						WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE network_change SET status = ''SUPERSEDED''%'""")
				.query(Long.class)
				.single();
			if (blocked >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the submissions did not reach the database");
	}

	private static String[] offerFields(String title) {
		return new String[] { "kind", "LANGUAGE_COURSE", "title", title, "languages", "de", "regionKey", "03459014",
				"schedule", "Mo 18–20 Uhr" };
	}

	private static String formBody(String csrf, String title) {
		StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		String[] fields = offerFields(title);
		for (int i = 0; i < fields.length; i += 2) {
			body.append('&')
				.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

}
