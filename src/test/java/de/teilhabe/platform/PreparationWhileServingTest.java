package de.teilhabe.platform;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import de.teilhabe.platform.ProcessTest.Child;
import de.teilhabe.support.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production start (the tests' own configuration runs every start-up task before
 * healthy): on a fresh data folder the platform reports healthy before the reference
 * statistics and indicators are ready, and until they are, a monitoring page says that
 * its figures are being prepared; afterwards it shows them without that note.
 */
@ChildProcesses
class PreparationWhileServingTest {

	private static final String DONE = "Start-up preparation done";

	@Test
	void aFreshStartServesWhileTheFiguresAreBeingPreparedAndItsPagesSaySo() throws Exception {
		Path folder = ProcessTest.ROOT.resolve("preparing-" + UUID.randomUUID().toString().substring(0, 8));
		Files.createDirectories(folder);
		Child child = Child.start("preparing", folder, Map.of(), "--teilhabe.startup.serve-while-preparing=true");
		try {
			child.awaitHealthy();
			Http strategy = Http.loggedIn(child.port, "strategie", "demo");
			HttpResponse<String> during = strategy.get("/indicators");
			assertThat(child.log()).as("still preparing when the page was answered").doesNotContain(DONE);
			assertThat(during.statusCode()).isEqualTo(200);
			assertThat(during.body()).contains("id=\"figures-being-prepared\"", "Zahlen werden vorbereitet");

			long deadline = System.nanoTime() + 120_000_000_000L;
			while (!child.log().contains(DONE) && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			assertThat(child.log()).as(child::describe).contains(DONE);
			String after = strategy.get("/indicators").body();
			assertThat(after).contains("id=\"indicator-1-2-2\"").doesNotContain("figures-being-prepared");
			assertThat(new Http(child.port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
		}
		finally {
			ProcessTest.stop(new CopyOnWriteArrayList<>(List.of(child)));
		}
	}

}
