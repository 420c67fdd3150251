package de.teilhabe.network.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.network.organisation.OrganisationStore;

import org.springframework.stereotype.Component;

/**
 * Organisations of the network as choices of a form (projects, trainings, support,
 * memberships).
 */
@Component
public class OrganisationChoices {

	private final OrganisationStore organisations;

	OrganisationChoices(OrganisationStore organisations) {
		this.organisations = organisations;
	}

	/** Id and name of every organisation of the tenant, by name. */
	public List<Map.Entry<UUID, String>> of(UUID tenantId) {
		return this.organisations.names(tenantId);
	}

	/** The ids of the tenant's organisations. */
	public Set<UUID> ids(UUID tenantId) {
		return of(tenantId).stream().map(Map.Entry::getKey).collect(Collectors.toSet());
	}

}
