package de.teilhabe.council.committee;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.CommitteeOrganisations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The names of member organisations, from the module that keeps them
 * ({@link CommitteeOrganisations}); without one (a module test of the council alone) the
 * memberships name no organisation and the demo finds none.
 */
@Component
class MemberOrganisationNames {

	private final ObjectProvider<CommitteeOrganisations> organisations;

	MemberOrganisationNames(ObjectProvider<CommitteeOrganisations> organisations) {
		this.organisations = organisations;
	}

	Map<UUID, String> names(UUID tenantId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		CommitteeOrganisations source = this.organisations.getIfAvailable();
		return (source != null) ? source.names(tenantId, ids) : Map.of();
	}

	Map<String, UUID> ids(UUID tenantId, Collection<String> names) {
		CommitteeOrganisations source = this.organisations.getIfAvailable();
		return (source != null) ? source.idsByName(tenantId, names) : Map.of();
	}

}
