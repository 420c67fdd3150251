package de.teilhabe.reporting.definition;

import java.util.Set;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.startup.StartupTask;

import org.springframework.stereotype.Component;

/**
 * Gives every tenant its default report definition at start (a tenant created later gets
 * it the first time its definitions are read).
 */
@Component
class DefaultDefinitions implements StartupTask {

	private final Tenants tenants;

	private final DefinitionStore definitions;

	DefaultDefinitions(Tenants tenants, DefinitionStore definitions) {
		this.tenants = tenants;
		this.definitions = definitions;
	}

	@Override
	public String name() {
		return "report definitions";
	}

	@Override
	public Set<String> after() {
		return Set.of("tenants", "regions");
	}

	@Override
	public void run() {
		for (Tenant tenant : this.tenants.all()) {
			this.definitions.ensureDefault(tenant.id());
		}
	}

}
