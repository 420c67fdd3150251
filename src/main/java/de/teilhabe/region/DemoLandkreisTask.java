package de.teilhabe.region;

import java.util.Set;

import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;

/**
 * A demo start-up task of the demo Landkreis Osnabrück (slug
 * {@code landkreis-osnabrueck}, made by the task {@code tenants}): runs in demo mode
 * only, while the platform already serves, after the tasks it names, and only when the
 * Landkreis exists. Each task decides itself whether its data is there already (a second
 * start adds nothing). A module's demo task extends it and writes {@link #seed}; a task
 * whose data must be there before the platform reports healthy says so with
 * {@link Timing#BEFORE_HEALTHY}.
 */
public abstract class DemoLandkreisTask implements StartupTask {

	/** The address name of the demo Landkreis. */
	public static final String SLUG = "landkreis-osnabrueck";

	private final String name;

	private final Set<String> after;

	private final Tenants tenants;

	private final PlatformMode mode;

	private final Timing timing;

	/** When a demo task runs: before the platform reports healthy, or while it serves. */
	public enum Timing {

		/** Done before the platform reports healthy. */
		BEFORE_HEALTHY,

		/** Done while the platform already serves (the default). */
		WHILE_SERVING

	}

	/**
	 * A task made while the platform already serves.
	 * @param name the task's name
	 * @param after the names of the tasks whose data it builds on
	 */
	protected DemoLandkreisTask(String name, Set<String> after, Tenants tenants, PlatformMode mode) {
		this(name, after, Timing.WHILE_SERVING, tenants, mode);
	}

	/**
	 * @param name the task's name
	 * @param after the names of the tasks whose data it builds on
	 * @param timing before healthy or while serving
	 */
	protected DemoLandkreisTask(String name, Set<String> after, Timing timing, Tenants tenants, PlatformMode mode) {
		this.name = name;
		this.after = Set.copyOf(after);
		this.timing = timing;
		this.tenants = tenants;
		this.mode = mode;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Set<String> after() {
		return this.after;
	}

	@Override
	public final boolean whileServing() {
		return this.timing == Timing.WHILE_SERVING;
	}

	@Override
	public final void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		Tenant landkreis = this.tenants.findBySlug(SLUG).orElse(null);
		if (landkreis != null) {
			seed(landkreis);
		}
	}

	/** Adds the task's demo data to the Landkreis, unless it is there already. */
	protected abstract void seed(Tenant landkreis);

}
