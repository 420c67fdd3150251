package de.teilhabe.network;

import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

/**
 * The organisations of the network as other modules may know them: approved (live)
 * entries only, public data only, always within one tenant (another tenant's organisation
 * is never found). Changes are published as {@link OrganisationRenamed} and
 * {@link OrganisationRemoved}.
 */
public interface Organisations {

	/** The tenant's organisation with that id, if there is one. */
	Optional<OrganisationSummary> find(UUID tenantId, UUID organisationId);

	/**
	 * The tenant's organisations whose name contains the text (case-insensitive), by
	 * name; an empty or null text finds all.
	 */
	ApiPage<OrganisationSummary> searchByName(UUID tenantId, String text, ApiPaging paging);

	/** All organisations of the tenant, by name. */
	default ApiPage<OrganisationSummary> list(UUID tenantId, ApiPaging paging) {
		return searchByName(tenantId, null, paging);
	}

}
