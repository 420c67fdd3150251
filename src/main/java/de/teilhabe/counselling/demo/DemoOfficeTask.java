package de.teilhabe.counselling.demo;

import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

/**
 * A demo start-up task of the Beratungsstelle of the Landkreis Osnabrück
 * ({@link DemoLandkreisTask}: demo mode only, while the platform already serves, after
 * the task it builds on), only when the Landkreis and its two counsellors Berna Beratung
 * ({@code beratung}) and Bilal Beratung ({@code beratung2}) exist. Each task decides
 * itself whether its data is there already (a second start adds nothing).
 */
abstract class DemoOfficeTask extends DemoLandkreisTask {

	private final UserDirectory users;

	DemoOfficeTask(String name, String after, Tenants tenants, UserDirectory users, PlatformMode mode) {
		super(name, Set.of(after), tenants, mode);
		this.users = users;
	}

	@Override
	protected final void seed(Tenant tenant) {
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
