package de.teilhabe.network;

import java.util.List;
import java.util.UUID;

/**
 * The network's entries the public may read, for the portal's search: the tenant's live
 * (approved) organisations and offers, with public data only (no contact person, no
 * pending change of a partner), always within one tenant.
 */
public interface PublicListings {

	/** Every live organisation and offer of the tenant, organisations first, by title. */
	List<PublicListing> of(UUID tenantId);

}
