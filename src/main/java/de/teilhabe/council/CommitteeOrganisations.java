package de.teilhabe.council;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names of the organisations that are members of the office's committees
 * ({@link NetworkCommittee.Membership#organisationId()}), told by the module that keeps
 * the organisations (the network implements it; the council does not depend on it).
 */
public interface CommitteeOrganisations {

	/** The names of those of the organisations the tenant has. */
	Map<UUID, String> names(UUID tenantId, Collection<UUID> organisationIds);

	/**
	 * The ids of the tenant's organisations with exactly these names (the demo data names
	 * the member organisations of its committees).
	 */
	Map<String, UUID> idsByName(UUID tenantId, Collection<String> names);

}
