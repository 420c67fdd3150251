package de.teilhabe.shared.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;

import org.springframework.boot.SpringApplication;

/**
 * The embedded PostgreSQL that runs when no external database is configured: one server
 * per JVM, its data in {@code <data-dir>/postgres}, kept across restarts.
 * <p>
 * A file lock on {@code <data-dir>/teilhabe.lock} is held for the life of the JVM. The
 * operating system releases it when the JVM dies, so a start that gets the lock knows
 * that any postmaster still running on the folder was left behind by a killed instance
 * and may be stopped; a start that does not get it knows that a live instance uses the
 * folder and refuses to touch it.
 */
public final class EmbeddedPostgres {

	/** How long a fast shutdown of an orphaned server may take before it is cut short. */
	private static final Duration ORPHAN_FAST_SHUTDOWN = Duration.ofSeconds(5);

	/**
	 * How long the fast shutdown of our own server may take (its checkpoint included).
	 */
	private static final Duration SHUTDOWN = Duration.ofSeconds(60);

	/** How long an immediate shutdown may take before the server is killed. */
	private static final Duration ORPHAN_IMMEDIATE_SHUTDOWN = Duration.ofSeconds(3);

	/**
	 * Set by {@link #startOnce}: the server starts before logging is initialised, so its
	 * messages go to a deferred log that is written once it is.
	 */
	private static Log log;

	/**
	 * The superuser initdb creates; trust authentication on loopback, for the operator's
	 * maintenance (psql, pg_dump) and the set-up of the roles, never the application's.
	 */
	public static final String SUPERUSER = "postgres";

	private static EmbeddedPostgres running;

	/**
	 * Completed once the server runs and is prepared (initdb on a fresh folder takes
	 * seconds, which the context's start uses meanwhile).
	 */
	private final CompletableFuture<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> server;

	private final int port;

	private final Path dataDirectory;

	private final FileLock instanceLock;

	private EmbeddedPostgres(CompletableFuture<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> server, int port,
			Path dataDirectory, FileLock instanceLock) {
		this.server = server;
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.instanceLock = instanceLock;
	}

	/**
	 * Starts the server for this JVM in the background, or returns the one already
	 * started. The data folder is locked and a server left behind by a killed instance is
	 * stopped before this returns; initdb (on a fresh folder), the server's start and
	 * {@code prepare} run on a thread of their own while the application context starts:
	 * every user of the database first waits in {@link #awaitReady()}
	 * ({@link EmbeddedDatabaseReady}).
	 * @param dataDir the application's data folder
	 * @param clean whether to wipe earlier database files (tests)
	 * @param startLog where to log (a deferred log of the environment post-processor)
	 * @param prepare what to do with the running server's {@link #jdbcUrl()} before
	 * anyone else connects (the roles)
	 */
	public static synchronized EmbeddedPostgres startOnce(Path dataDir, boolean clean, Log startLog,
			Consumer<String> prepare) {
		log = startLog;
		if (running != null) {
			return running;
		}
		try {
			Path root = dataDir.toAbsolutePath().normalize();
			Files.createDirectories(root);
			FileLock lock = acquireInstanceLock(root);
			Path pgData = root.resolve("postgres");
			stopOrphanedPostmaster(pgData);
			int port = freePort();
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
				.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(clean)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", clean ? "off" : "on")
				// stopped after Spring has closed every context (not by a JVM hook of its
				// own,
				// which raced the context close: beans that still need the database at
				// close,
				// such as Modulith's event registry, then waited 30 s for a connection)
				.setRegisterShutdownHook(false);
			CompletableFuture<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> server = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = builder.start();
					try {
						prepare.accept(jdbcUrl(port));
					}
					catch (RuntimeException ex) {
						started.close();
						throw ex;
					}
					log.info("Embedded PostgreSQL 17 running on port " + port + " with data in " + pgData);
					server.complete(started);
				}
				catch (IOException | RuntimeException ex) {
					server.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
			running = new EmbeddedPostgres(server, port, pgData, lock);
			SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stop);
			return running;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not be started in " + dataDir, ex);
		}
	}

	/**
	 * Waits until the server runs and is prepared.
	 * @throws IllegalStateException if it could not be started
	 */
	public void awaitReady() {
		try {
			this.server.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException(
					"The embedded PostgreSQL could not be started in " + this.dataDirectory + ": " + ex.getCause(),
					ex.getCause());
		}
	}

	/** The server of this JVM, if one was started. */
	static Optional<EmbeddedPostgres> current() {
		synchronized (EmbeddedPostgres.class) {
			return Optional.ofNullable(running);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String jdbcUrl(int port) {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	/**
	 * The server's database, without a user: the application connects as
	 * {@link EmbeddedDatabaseRoles#APPLICATION}, migrations as
	 * {@link EmbeddedDatabaseRoles#OWNER}, the operator as {@link #SUPERUSER}.
	 */
	public String jdbcUrl() {
		return jdbcUrl(this.port);
	}

	public int port() {
		return this.port;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Stops the server and releases the folder; a later {@link #startOnce} starts a new
	 * one.
	 */
	public static synchronized void stop() {
		if (running == null) {
			return;
		}
		try {
			try {
				io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = running.server.join();
				Optional<ProcessHandle> postmaster = runningPostmaster(running.dataDirectory);
				server.close();
				postmaster.ifPresent(EmbeddedPostgres::awaitShutdown);
			}
			catch (CompletionException ex) {
				// not started: nothing to stop
			}
			running.instanceLock.release();
			running.instanceLock.channel().close();
		}
		catch (IOException ex) {
			log.warn("Stopping the embedded PostgreSQL failed", ex);
		}
		running = null;
	}

	/**
	 * Waits for the postmaster's end after a fast shutdown. zonky's {@code pg_ctl stop}
	 * gives up waiting after 5 s, while the server goes on with its shutdown checkpoint,
	 * which takes longer on a busy machine; the folder must not be released (nor the JVM
	 * end) with the server still running.
	 */
	private static void awaitShutdown(ProcessHandle postmaster) {
		if (awaitExit(List.of(postmaster), SHUTDOWN)) {
			return;
		}
		log.warn("The PostgreSQL server (pid " + postmaster.pid() + ") did not stop in " + SHUTDOWN.toSeconds()
				+ " s; immediate shutdown (the next start replays the write-ahead log)");
		if (!signal(postmaster, "QUIT") || !awaitExit(List.of(postmaster), ORPHAN_IMMEDIATE_SHUTDOWN)) {
			postmaster.destroyForcibly();
			awaitExit(List.of(postmaster), ORPHAN_IMMEDIATE_SHUTDOWN);
		}
	}

	private static FileLock acquireInstanceLock(Path root) throws IOException {
		FileChannel channel = new RandomAccessFile(root.resolve("teilhabe.lock").toFile(), "rw").getChannel();
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new DataFolderInUseException(root);
		}
		return lock;
	}

	/**
	 * A killed JVM leaves its postmaster running (pg_ctl detaches it), maybe with a
	 * backend still busy in a long statement whose client died: it notices that only when
	 * it next writes to its socket, so a smart shutdown (SIGTERM) would wait for it. We
	 * hold the instance lock, so no live instance uses the server: fast shutdown (SIGINT:
	 * backends are cancelled, a checkpoint is written), then immediate shutdown (SIGQUIT:
	 * no checkpoint, the next start replays the WAL), then SIGKILL of every process of
	 * the folder. Backends that outlived their postmaster hold its shared memory and the
	 * new server would refuse to start, so they are found and stopped too. Nothing
	 * committed is lost: with {@code fsync} on, a commit is in the WAL before it is
	 * acknowledged.
	 */
	private static void stopOrphanedPostmaster(Path pgData) throws IOException {
		Optional<ProcessHandle> postmaster = postmasterOf(pgData);
		List<ProcessHandle> leftovers = processesOf(pgData, postmaster);
		if (leftovers.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		String pids = leftovers.stream().map((process) -> Long.toString(process.pid())).toList().toString();
		if (postmaster.isPresent()) {
			log.warn("Stopping the PostgreSQL server (pid " + postmaster.get().pid() + ") left behind on " + pgData
					+ " by an instance that did not shut down");
			ProcessHandle server = postmaster.get();
			if (!signal(server, "INT") || !awaitExit(List.of(server), ORPHAN_FAST_SHUTDOWN)) {
				log.warn("The orphaned PostgreSQL server did not stop in " + ORPHAN_FAST_SHUTDOWN.toSeconds()
						+ " s; immediate shutdown (the next start replays the write-ahead log)");
				if (!signal(server, "QUIT") || !awaitExit(List.of(server), ORPHAN_IMMEDIATE_SHUTDOWN)) {
					server.destroyForcibly();
				}
			}
		}
		else {
			log.warn("Stopping PostgreSQL processes " + pids + " left behind on " + pgData + " without their server");
		}
		Set<ProcessHandle> remaining = new LinkedHashSet<>(leftovers);
		remaining.addAll(processesOf(pgData, Optional.empty()));
		List<ProcessHandle> survivors = remaining.stream().filter(ProcessHandle::isAlive).toList();
		// the children of a killed server exit once they notice; a busy backend does not
		Duration grace = postmaster.isPresent() ? Duration.ofSeconds(2) : Duration.ZERO;
		if (!awaitExit(survivors, grace)) {
			log.warn("Killing PostgreSQL processes of " + pgData + " that outlived their server: "
					+ survivors.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
			survivors.forEach(ProcessHandle::destroyForcibly);
			awaitExit(survivors, Duration.ofSeconds(5));
		}
		log.info("PostgreSQL processes " + pids + " left behind on " + pgData + " stopped in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	private static Optional<ProcessHandle> runningPostmaster(Path pgData) {
		try {
			return postmasterOf(pgData);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** The postmaster named in the folder's {@code postmaster.pid}, if it still runs. */
	private static Optional<ProcessHandle> postmasterOf(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
				.filter(ProcessHandle::isAlive)
				.filter(EmbeddedPostgres::isPostgres);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The postmaster with its children, and any PostgreSQL process whose working folder
	 * is the data folder (every backend changes into it; on Linux, {@code /proc} tells,
	 * also for backends whose postmaster is gone).
	 */
	private static List<ProcessHandle> processesOf(Path pgData, Optional<ProcessHandle> postmaster) {
		Set<ProcessHandle> processes = new LinkedHashSet<>();
		postmaster.ifPresent((server) -> {
			processes.add(server);
			server.descendants().forEach(processes::add);
		});
		Path folder = realPath(pgData);
		if (folder != null && Files.isDirectory(Path.of("/proc/self"))) {
			ProcessHandle.allProcesses()
				.filter(EmbeddedPostgres::isPostgres)
				.filter((process) -> folder.equals(realPath(Path.of("/proc", Long.toString(process.pid()), "cwd"))))
				.forEach(processes::add);
		}
		return List.copyOf(processes);
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException | SecurityException ex) {
			return null;
		}
	}

	/**
	 * Sends a signal by {@code kill}: {@link ProcessHandle#destroy()} only knows SIGTERM.
	 * @return whether it was sent; if not (no {@code kill} command), the caller escalates
	 */
	private static boolean signal(ProcessHandle process, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Whether all processes exited within the time. */
	private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (ProcessHandle process : processes) {
			try {
				process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				return false;
			}
			catch (ExecutionException ex) {
				// onExit does not fail
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private static boolean isPostgres(ProcessHandle handle) {
		return handle.info().command().map((command) -> command.endsWith("postgres")).orElse(true);
	}

	/** Another live instance uses the data folder. */
	public static class DataFolderInUseException extends IllegalStateException {

		DataFolderInUseException(Path root) {
			super("The data folder " + root + " is in use by another running Teilhabe instance. "
					+ "Stop that instance or choose another folder with TEILHABE_DATA_DIR.");
		}

	}

}
