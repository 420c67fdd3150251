package de.teilhabe.platform;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that starts the platform as child processes. Such classes may run at the
 * same time as each other (in one test JVM or in several: surefire runs two), except one
 * marked {@code alone}, which waits until no other runs and keeps them waiting meanwhile
 * (its timings must not suffer from further child JVMs). Held through a read-write lock
 * in this JVM and a file lock between the test JVMs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChildProcesses.Lock.class)
@interface ChildProcesses {

	/** Whether no other class with child processes may run meanwhile. */
	boolean alone() default false;

	final class Lock implements BeforeAllCallback, AfterAllCallback {

		private static final Path FILE = Path.of("target/child-processes.lock").toAbsolutePath();

		private static final ReadWriteLock IN_THIS_JVM = new ReentrantReadWriteLock();

		private static FileChannel channel;

		private static FileLock held;

		private static int holders;

		@Override
		public void beforeAll(ExtensionContext context) throws Exception {
			boolean alone = alone(context);
			(alone ? IN_THIS_JVM.writeLock() : IN_THIS_JVM.readLock()).lockInterruptibly();
			synchronized (Lock.class) {
				if (holders++ == 0) {
					Files.createDirectories(FILE.getParent());
					channel = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.READ,
							StandardOpenOption.WRITE);
					held = channel.lock(0, Long.MAX_VALUE, !alone);
				}
			}
		}

		@Override
		public void afterAll(ExtensionContext context) throws IOException {
			synchronized (Lock.class) {
				if (--holders == 0) {
					held.release();
					channel.close();
				}
			}
			(alone(context) ? IN_THIS_JVM.writeLock() : IN_THIS_JVM.readLock()).unlock();
		}

		private static boolean alone(ExtensionContext context) {
			return context.getRequiredTestClass().getAnnotation(ChildProcesses.class).alone();
		}

	}

}
