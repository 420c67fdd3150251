package de.teilhabe.shared.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private final Path dataDirectory;

	private final FileLock instanceLock;

	private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory,
			FileLock instanceLock) {
		this.server = server;
		this.dataDirectory = dataDirectory;
		this.instanceLock = instanceLock;
	}

	/**
	 * Starts the server for this JVM, or returns the one already started.
	 * @param dataDir the application's data folder
	 * @param clean whether to wipe earlier database files (tests)
	 * @param startLog where to log (a deferred log of the environment post-processor)
	 */
	public static synchronized EmbeddedPostgres startOnce(Path dataDir, boolean clean, Log startLog) {
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
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
				.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(clean)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", clean ? "off" : "on")
				// stopped after Spring has closed every context (not by a JVM hook of its
				// own,
				// which raced the context close: beans that still need the database at
				// close,
				// such as Modulith's event registry, then waited 30 s for a connection)
				.setRegisterShutdownHook(false)
				.start();
			running = new EmbeddedPostgres(server, pgData, lock);
			SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stop);
			log.info("Embedded PostgreSQL 17 running on port " + server.getPort() + " with data in " + pgData);
			return running;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not be started in " + dataDir, ex);
		}
	}

	/**
	 * The server's database, without a user: the application connects as
	 * {@link EmbeddedDatabaseRoles#APPLICATION}, migrations as
	 * {@link EmbeddedDatabaseRoles#OWNER}, the operator as {@link #SUPERUSER}.
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.server.getPort() + "/postgres";
	}

	public int port() {
		return this.server.getPort();
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
			running.server.close();
			running.instanceLock.release();
			running.instanceLock.channel().close();
		}
		catch (IOException ex) {
			log.warn("Stopping the embedded PostgreSQL failed", ex);
		}
		running = null;
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
	 * A killed JVM leaves its postmaster running (pg_ctl detaches it). We hold the
	 * instance lock, so no live instance uses it: stop it, so the new server can take the
	 * folder.
	 */
	private static void stopOrphanedPostmaster(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgres::isPostgres);
		if (process.isEmpty()) {
			return;
		}
		log.warn("Stopping the PostgreSQL server (pid " + pid + ") left behind on " + pgData
				+ " by an instance that did not shut down");
		ProcessHandle postmaster = process.get();
		postmaster.destroy(); // SIGTERM: smart shutdown; its clients died with the old
								// JVM
		try {
			postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("The orphaned PostgreSQL server (pid " + pid + ") did not stop in 30 s; killing it");
			postmaster.destroyForcibly();
			postmaster.onExit().join();
		}
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
