package de.teilhabe.shared.startup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import de.teilhabe.shared.PlatformMode;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The start-up tasks: each after the tasks it depends on, independent ones at the same
 * time, and the platform healthy only when all of them succeeded (each in a real
 * transaction of the platform).
 */
@IntegrationTest
class StartupRunnerTest {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformMode mode;

	private final Set<String> ran = ConcurrentHashMap.newKeySet();

	@Test
	void aFailedTaskIsReportedByNameAndHealthStaysDown() {
		StartupRunner runner = runner(task("regions", Set.of(), () -> {
		}), task("catalogue", Set.of("regions"), () -> {
			throw new IllegalStateException("catalogue file unreadable");
		}), task("indicators", Set.of("catalogue"), () -> {
		}), task("users", Set.of(), () -> {
		}));

		assertThatIllegalStateException().isThrownBy(() -> runner.run(new DefaultApplicationArguments()))
			.withMessage("catalogue file unreadable");

		Health health = runner.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("failures",
				Map.of("catalogue", "catalogue file unreadable", "indicators", "not run: 'catalogue' did not succeed"));
		assertThat(this.ran).containsExactlyInAnyOrder("regions", "users");
	}

	@Test
	void independentTasksRunAtTheSameTimeAndHealthIsUpWhenAllAreDone() {
		CyclicBarrier bothRunning = new CyclicBarrier(2);
		Runnable meet = () -> {
			try {
				bothRunning.await(20, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("the other task did not run at the same time", ex);
			}
		};
		StartupRunner runner = runner(task("catalogue", Set.of("statistics", "hierarchy"), () -> {
			assertThat(this.ran).contains("statistics", "hierarchy");
		}), task("statistics", Set.of("regions"), meet), task("hierarchy", Set.of("regions"), meet),
				task("regions", Set.of(), () -> {
				}));
		assertThat(runner.health().getStatus()).isEqualTo(Status.DOWN);

		runner.run(new DefaultApplicationArguments());

		Health health = runner.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("tasks",
				List.of("regions", "hierarchy", "statistics", "catalogue"));
		assertThat(this.ran).containsExactlyInAnyOrder("regions", "statistics", "hierarchy", "catalogue");
	}

	@Test
	void unknownDependenciesAndCyclesAreRefusedBeforeAnythingRuns() {
		assertThatIllegalStateException().isThrownBy(() -> runner(task("users", Set.of("tenants"), () -> {
		}))).withMessage("Start-up task 'users' runs after 'tenants', which does not exist");
		assertThatIllegalStateException().isThrownBy(() -> runner(task("a", Set.of("b"), () -> {
		}), task("b", Set.of("a"), () -> {
		}))).withMessage("The start-up tasks [a, b] wait for each other");
		assertThat(this.ran).isEmpty();
	}

	@Test
	void whileServingTasksRunAfterHealthyAndThePreparationSaysSoUntilTheyAreDone() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		StartupRunner runner = runner(task("regions", Set.of(), () -> {
		}), whileServing(task("statistics", Set.of("regions"), () -> await(release))),
				whileServing(task("catalogue", Set.of("statistics"), () -> {
				})));
		assertThat(runner.inProgress()).as("preparing from the start, before run()").isTrue();

		runner.run(new DefaultApplicationArguments());

		Health health = runner.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("preparing", List.of("catalogue", "statistics"));
		assertThat(runner.inProgress()).isTrue();
		assertThat(this.ran).containsExactly("regions");

		release.countDown();
		runner.awaitAllTasks();
		assertThat(runner.inProgress()).isFalse();
		assertThat(runner.health().getStatus()).isEqualTo(Status.UP);
		assertThat(runner.health().getDetails()).doesNotContainKey("preparing");
		assertThat(this.ran).containsExactlyInAnyOrder("regions", "statistics", "catalogue");
	}

	@Test
	void whileServingTasksStartOnlyOnceTheTasksBeforeHealthyAreDone() throws Exception {
		CountDownLatch historyStarted = new CountDownLatch(1);
		Set<String> seenByRegions = ConcurrentHashMap.newKeySet();
		StartupRunner runner = runner(task("regions", Set.of(), () -> {
			try {
				// long enough for a task that could start at once to start
				if (historyStarted.await(500, TimeUnit.MILLISECONDS)) {
					seenByRegions.add("history");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}), whileServing(task("history", Set.of(), historyStarted::countDown)));

		runner.run(new DefaultApplicationArguments());
		runner.awaitAllTasks();

		assertThat(seenByRegions).as("the while-serving task did not take the CPU of the way to healthy").isEmpty();
		assertThat(this.ran).containsExactlyInAnyOrder("regions", "history");
	}

	@Test
	void aFailedWhileServingTaskTurnsHealthDown() {
		StartupRunner runner = runner(task("regions", Set.of(), () -> {
		}), whileServing(task("statistics", Set.of("regions"), () -> {
			throw new IllegalStateException("statistics file unreadable");
		})));

		runner.run(new DefaultApplicationArguments());
		runner.awaitAllTasks();

		Health health = runner.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("failures", Map.of("statistics", "statistics file unreadable"));
		assertThat(runner.inProgress()).isFalse();
	}

	@Test
	void withoutServingWhilePreparingEveryTaskIsDoneBeforeHealthy() {
		StartupRunner runner = new StartupRunner(List.of(whileServing(task("statistics", Set.of(), () -> {
		}))), this.transactions, this.mode, false);
		assertThat(runner.inProgress()).isFalse();

		runner.run(new DefaultApplicationArguments());

		assertThat(this.ran).containsExactly("statistics");
		assertThat(runner.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aTaskBeforeHealthyCannotWaitForAWhileServingOne() {
		assertThatIllegalStateException().isThrownBy(() -> runner(whileServing(task("statistics", Set.of(), () -> {
		})), task("users", Set.of("statistics"), () -> {
		})))
			.withMessage("Start-up task 'users' must be done before healthy but runs after 'statistics', "
					+ "which runs while serving");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private StartupTask whileServing(StartupTask task) {
		return new StartupTask() {

			@Override
			public String name() {
				return task.name();
			}

			@Override
			public Set<String> after() {
				return task.after();
			}

			@Override
			public boolean whileServing() {
				return true;
			}

			@Override
			public void run() {
				task.run();
			}
		};
	}

	private StartupRunner runner(StartupTask... tasks) {
		return new StartupRunner(List.of(tasks), this.transactions, this.mode, true);
	}

	private StartupTask task(String name, Set<String> after, Runnable work) {
		return new StartupTask() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Set<String> after() {
				return after;
			}

			@Override
			public void run() {
				work.run();
				StartupRunnerTest.this.ran.add(name);
			}
		};
	}

}
