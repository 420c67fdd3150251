package de.teilhabe.shared.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link StartupTask}s, each as soon as the tasks it depends on are done (tasks
 * that do not depend on each other at the same time), and reports the platform healthy
 * only once all of them are done. A failed task is reported by name in the health
 * details; the tasks that depend on it do not run, the others finish, and the start
 * fails.
 */
@Component("setup")
class StartupRunner implements ApplicationRunner, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

	/**
	 * The tasks are mostly database work: more threads than tasks that can run at once
	 * buy nothing.
	 */
	private static final int MAX_THREADS = 4;

	private final List<StartupTask> tasks;

	private final TransactionTemplate transactions;

	private final PlatformMode mode;

	private volatile boolean done;

	/** Task name → why it failed or did not run. */
	private final Map<String, String> failures = new ConcurrentHashMap<>();

	StartupRunner(List<StartupTask> tasks, TransactionTemplate transactions, PlatformMode mode) {
		this.tasks = dependenciesFirst(tasks);
		this.transactions = transactions;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) {
		AtomicInteger threads = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_THREADS, this.tasks.size())),
				(runnable) -> {
					Thread thread = new Thread(runnable, "startup-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		List<RuntimeException> errors = new ArrayList<>();
		try {
			Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();
			for (StartupTask task : this.tasks) {
				CompletableFuture<?>[] before = task.after()
					.stream()
					.map(started::get)
					.toArray(CompletableFuture[]::new);
				started.put(task.name(), CompletableFuture.allOf(before).handleAsync((ignored, dependencyFailed) -> {
					if (dependencyFailed != null) {
						this.failures.put(task.name(), "not run: " + failedDependencies(task));
						throw new IllegalStateException(task.name() + " not run");
					}
					runOne(task, errors);
					return null;
				}, executor));
			}
			started.values().forEach((future) -> future.exceptionally((ex) -> null).join());
		}
		finally {
			executor.shutdownNow();
		}
		if (!errors.isEmpty()) {
			RuntimeException first = errors.get(0);
			errors.stream().skip(1).forEach(first::addSuppressed);
			throw first;
		}
		this.done = true;
		if (this.mode.isDemo()) {
			log.warn("*** DEMO MODE *** sample data and demo logins (password 'demo'); never enter real data. "
					+ "Teilhabe is ready.");
		}
		else {
			log.info("Teilhabe is ready.");
		}
	}

	private void runOne(StartupTask task, List<RuntimeException> errors) {
		long started = System.nanoTime();
		try {
			this.transactions.executeWithoutResult((status) -> task.run());
		}
		catch (RuntimeException ex) {
			this.failures.put(task.name(), String.valueOf(ex.getMessage()));
			log.error("Start-up task '{}' failed", task.name(), ex);
			synchronized (errors) {
				errors.add(ex);
			}
			throw ex;
		}
		log.info("Start-up task '{}' done in {} ms", task.name(), (System.nanoTime() - started) / 1_000_000);
	}

	private String failedDependencies(StartupTask task) {
		return task.after()
			.stream()
			.filter(this.failures::containsKey)
			.sorted()
			.map((name) -> "'" + name + "'")
			.reduce((a, b) -> a + ", " + b)
			.map((names) -> names + " did not succeed")
			.orElse("a task before it did not succeed");
	}

	@Override
	public Health health() {
		if (this.done) {
			return Health.up().withDetail("tasks", this.tasks.stream().map(StartupTask::name).toList()).build();
		}
		Health.Builder builder = Health.down();
		if (!this.failures.isEmpty()) {
			builder.withDetail("failures", Map.copyOf(this.failures));
		}
		return builder.build();
	}

	/**
	 * The tasks in an order where every task comes after the tasks it names in
	 * {@link StartupTask#after()}; refuses unknown or repeated names and cycles, which
	 * would otherwise keep the platform from ever becoming healthy.
	 */
	static List<StartupTask> dependenciesFirst(List<StartupTask> tasks) {
		Map<String, StartupTask> byName = new LinkedHashMap<>();
		for (StartupTask task : tasks) {
			if (byName.put(task.name(), task) != null) {
				throw new IllegalStateException("Two start-up tasks are named '" + task.name() + "'");
			}
		}
		for (StartupTask task : tasks) {
			for (String name : task.after()) {
				if (!byName.containsKey(name)) {
					throw new IllegalStateException(
							"Start-up task '" + task.name() + "' runs after '" + name + "', which does not exist");
				}
			}
		}
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < byName.size()) {
			List<String> ready = byName.values()
				.stream()
				.filter((task) -> !placed.contains(task.name()) && placed.containsAll(task.after()))
				.map(StartupTask::name)
				.sorted()
				.toList();
			if (ready.isEmpty()) {
				Set<String> left = new LinkedHashSet<>(byName.keySet());
				left.removeAll(placed);
				throw new IllegalStateException("The start-up tasks " + left + " wait for each other");
			}
			placed.addAll(ready);
		}
		return placed.stream().map(byName::get).toList();
	}

}
