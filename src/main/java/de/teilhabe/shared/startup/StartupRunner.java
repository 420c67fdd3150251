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

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link StartupTask}s, each as soon as the tasks it depends on are done (tasks
 * that do not depend on each other at the same time), and reports the platform healthy
 * once all tasks that must be done before it serves are done; the
 * {@link StartupTask#whileServing() while-serving} tasks go on in the background
 * ({@link Preparation}), unless {@code teilhabe.startup.serve-while-preparing=false} runs
 * them before healthy too. A failed task is reported by name in the health details and
 * the health is DOWN; the tasks that depend on it do not run, the others finish, and a
 * start whose failed task had to be done before healthy fails.
 */
@Component("setup")
class StartupRunner implements ApplicationRunner, HealthIndicator, Preparation, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

	/**
	 * The tasks are mostly database work: more threads than tasks that can run at once
	 * buy nothing.
	 */
	private static final int MAX_THREADS = 4;

	private final List<StartupTask> tasks;

	private final TransactionTemplate transactions;

	private final PlatformMode mode;

	private final boolean serveWhilePreparing;

	/** Set once every task that must be done before healthy succeeded. */
	private volatile boolean done;

	/** The while-serving tasks not finished yet: known from the start, before run(). */
	private final Set<String> preparing = ConcurrentHashMap.newKeySet();

	/** Completed when every task has finished or will not run. */
	private final CompletableFuture<Void> finished = new CompletableFuture<>();

	private volatile ExecutorService executor;

	/** Task name → why it failed or did not run. */
	private final Map<String, String> failures = new ConcurrentHashMap<>();

	StartupRunner(List<StartupTask> tasks, TransactionTemplate transactions, PlatformMode mode,
			@Value("${teilhabe.startup.serve-while-preparing:true}") boolean serveWhilePreparing) {
		this.tasks = dependenciesFirst(tasks);
		this.transactions = transactions;
		this.mode = mode;
		this.serveWhilePreparing = serveWhilePreparing;
		this.tasks.stream().filter(this::whileServing).map(StartupTask::name).forEach(this.preparing::add);
	}

	private boolean whileServing(StartupTask task) {
		return this.serveWhilePreparing && task.whileServing();
	}

	@Override
	public void run(ApplicationArguments args) {
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_THREADS, this.tasks.size())),
				(runnable) -> {
					Thread thread = new Thread(runnable, "startup-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		List<RuntimeException> errors = new ArrayList<>();
		Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();
		// the while-serving tasks start once the tasks before healthy are done: on two
		// cores
		// they would otherwise take their CPU from the way to healthy
		CompletableFuture<Void> beforeHealthy = new CompletableFuture<>();
		List<StartupTask> ordered = new ArrayList<>(this.tasks.stream().filter((task) -> !whileServing(task)).toList());
		ordered.addAll(this.tasks.stream().filter(this::whileServing).toList());
		for (StartupTask task : ordered) {
			CompletableFuture<?>[] before = task.after().stream().map(started::get).toArray(CompletableFuture[]::new);
			CompletableFuture<Void> ready = CompletableFuture.allOf(before);
			if (whileServing(task)) {
				ready = ready.thenCombine(beforeHealthy, (ignored, alsoIgnored) -> null);
			}
			started.put(task.name(), ready.handleAsync((ignored, dependencyFailed) -> {
				try {
					if (dependencyFailed != null) {
						this.failures.put(task.name(), "not run: " + failedDependencies(task));
						throw new IllegalStateException(task.name() + " not run");
					}
					runOne(task, errors);
					return null;
				}
				finally {
					this.preparing.remove(task.name());
				}
			}, this.executor));
		}
		CompletableFuture
			.allOf(this.tasks.stream()
				.filter((task) -> !whileServing(task))
				.map((task) -> settled(started.get(task.name())))
				.toArray(CompletableFuture[]::new))
			.whenComplete((ignored, never) -> beforeHealthy.complete(null));
		CompletableFuture.allOf(started.values().stream().map(this::settled).toArray(CompletableFuture[]::new))
			.whenComplete((ignored, never) -> {
				this.executor.shutdown();
				this.finished.complete(null);
			});
		this.tasks.stream()
			.filter((task) -> !whileServing(task))
			.forEach((task) -> settled(started.get(task.name())).join());
		synchronized (errors) {
			if (!errors.isEmpty()) {
				this.executor.shutdownNow();
				RuntimeException first = errors.get(0);
				errors.stream().skip(1).forEach(first::addSuppressed);
				throw first;
			}
		}
		this.done = true;
		if (this.mode.isDemo()) {
			log.warn("*** DEMO MODE *** sample data and demo logins (password 'demo'); never enter real data. "
					+ "Teilhabe is ready.");
		}
		else {
			log.info("Teilhabe is ready.");
		}
		if (!this.preparing.isEmpty()) {
			log.info("Still preparing while serving: {}", this.preparing.stream().sorted().toList());
			this.finished.thenRun(() -> log.info(this.failures.isEmpty() ? "Start-up preparation done"
					: "Start-up preparation finished with failures: " + this.failures));
		}
	}

	private CompletableFuture<Void> settled(CompletableFuture<Void> task) {
		return task.exceptionally((ex) -> null);
	}

	/**
	 * Waits until every task has finished, the while-serving ones too (the training run
	 * of a class data sharing archive must load their classes as well).
	 */
	void awaitAllTasks() {
		this.finished.join();
	}

	@Override
	public boolean inProgress() {
		return !this.preparing.isEmpty();
	}

	@Override
	public void destroy() {
		ExecutorService running = this.executor;
		if (running != null) {
			running.shutdownNow();
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
			if (!whileServing(task)) {
				// fails the start; a while-serving task's failure only turns the health
				// DOWN
				synchronized (errors) {
					errors.add(ex);
				}
			}
			throw ex;
		}
		log.info("Start-up task '{}' done in {} ms{}", task.name(), (System.nanoTime() - started) / 1_000_000,
				whileServing(task) ? " (while serving)" : "");
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
		if (this.done && this.failures.isEmpty()) {
			Health.Builder up = Health.up().withDetail("tasks", this.tasks.stream().map(StartupTask::name).toList());
			if (!this.preparing.isEmpty()) {
				up.withDetail("preparing", this.preparing.stream().sorted().toList());
			}
			return up.build();
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
				if (!task.whileServing() && byName.get(name).whileServing()) {
					throw new IllegalStateException("Start-up task '" + task.name() + "' must be done before healthy "
							+ "but runs after '" + name + "', which runs while serving");
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
