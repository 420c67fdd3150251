package de.teilhabe.counselling.demo;

import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;

/**
 * A demo start-up task of the Beratungsstelle of the Landkreis Osnabrück: runs in demo
 * mode only, while the platform already serves, after the task it builds on, and only
 * when the Landkreis and its two counsellors Berna Beratung ({@code beratung}) and Bilal
 * Beratung ({@code beratung2}) exist. Each task decides itself whether its data is there
 * already (a second start adds nothing).
 */
abstract class DemoOfficeTask implements StartupTask {

	private final String name;

	private final String after;

	private final Tenants tenants;

	private final UserDirectory users;

	private final PlatformMode mode;

	DemoOfficeTask(String name, String after, Tenants tenants, UserDirectory users, PlatformMode mode) {
		this.name = name;
		this.after = after;
		this.tenants = tenants;
		this.users = users;
		this.mode = mode;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Set<String> after() {
		return Set.of(this.after);
	}

	@Override
	public boolean whileServing() {
		return true;
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		Tenant tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElse(null);
		if (tenant == null) {
			return;
		}
		UUID berna = this.users.findUserId(tenant.id(), "beratung").orElse(null);
		UUID bilal = this.users.findUserId(tenant.id(), "beratung2").orElse(null);
		if (berna != null && bilal != null) {
			seed(new Office(tenant, berna, bilal));
		}
	}

	/** Adds the task's demo data to the office, unless it is there already. */
	abstract void seed(Office office);

	/**
	 * The demo office.
	 *
	 * @param tenant the Landkreis Osnabrück
	 * @param berna Berna Beratung, responsible for most demo clients
	 * @param bilal Bilal Beratung, responsible for some
	 */
	record Office(Tenant tenant, UUID berna, UUID bilal) {
	}

}
