package de.teilhabe.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * How long a child process may take to start or stop, on a machine that may be busy with
 * other work (CI, a parallel build): the limit grows with the highest load per core seen
 * (up to five times), and a process whose log still grows is making progress and may go
 * on for the stall limit after its last output, up to three times the limit.
 */
final class StartLimits {

	private static final int MAX_FACTOR = 5;

	private final LongSupplier nanoTime;

	private final DoubleSupplier loadPerCore;

	private final long started;

	private final Duration overall;

	private final Duration stall;

	private long lastSize = -1;

	private long lastProgress;

	private double highestLoad;

	StartLimits(Duration overall, Duration stall, LongSupplier nanoTime, DoubleSupplier loadPerCore) {
		this.overall = overall;
		this.stall = stall;
		this.nanoTime = nanoTime;
		this.loadPerCore = loadPerCore;
		this.started = nanoTime.getAsLong();
		this.lastProgress = this.started;
	}

	static StartLimits start(Duration overall, Duration stall) {
		return new StartLimits(overall, stall, System::nanoTime, StartLimits::systemLoadPerCore);
	}

	/** Whether the wait should end, given the current size of the process's log. */
	boolean exceeded(long logSize) {
		long now = this.nanoTime.getAsLong();
		if (logSize != this.lastSize) {
			this.lastSize = logSize;
			this.lastProgress = now;
		}
		this.highestLoad = Math.max(this.highestLoad, this.loadPerCore.getAsDouble());
		long limit = scaled(this.overall).toNanos();
		long deadline = Math.min(this.started + 3 * limit,
				Math.max(this.started + limit, this.lastProgress + scaled(this.stall).toNanos()));
		return now - deadline > 0;
	}

	/** The overall limit, scaled with the highest load per core seen so far. */
	Duration overallLimit() {
		this.highestLoad = Math.max(this.highestLoad, this.loadPerCore.getAsDouble());
		return scaled(this.overall);
	}

	private Duration scaled(Duration limit) {
		double factor = Math.min(MAX_FACTOR, Math.max(1, this.highestLoad));
		return Duration.ofMillis((long) (limit.toMillis() * factor));
	}

	String describe() {
		return String.format(Locale.ROOT,
				"waited %d s (limit %d s, longer while the log grows, until %d s without new output;"
						+ " highest load per core %.1f)",
				Duration.ofNanos(this.nanoTime.getAsLong() - this.started).toSeconds(),
				scaled(this.overall).toSeconds(), scaled(this.stall).toSeconds(), this.highestLoad);
	}

	private static double systemLoadPerCore() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return (load < 0) ? 0 : load / Runtime.getRuntime().availableProcessors();
	}

}
