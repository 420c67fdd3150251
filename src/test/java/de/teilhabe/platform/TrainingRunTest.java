package de.teilhabe.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import de.teilhabe.platform.ProcessTest.Child;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of a class data sharing archive (docs/operations.md): with
 * {@code teilhabe.startup.exit-when-ready=true} the platform starts, finishes its
 * start-up tasks and stops by itself, with exit code 0 and its embedded PostgreSQL
 * stopped (the JVM writes the archive only at a normal exit).
 */
@ChildProcesses
class TrainingRunTest {

	@Test
	void exitWhenReadyStopsThePlatformAndItsDatabaseOnceReady() throws Exception {
		Path folder = ProcessTest.ROOT.resolve("training-" + UUID.randomUUID().toString().substring(0, 8));
		Files.createDirectories(folder);
		Child training = Child.start("training", folder, Map.of(), "--teilhabe.startup.exit-when-ready=true");
		try {
			assertThat(training.awaitExit()).as(training::describe).isZero();
		}
		finally {
			ProcessTest.stop(new CopyOnWriteArrayList<>(List.of(training)));
		}
		assertThat(training.log()).contains("Teilhabe is ready", "Ready; stopping");
		assertThat(folder.resolve("postgres").resolve("postmaster.pid")).as("the embedded PostgreSQL is stopped")
			.doesNotExist();
	}

}
