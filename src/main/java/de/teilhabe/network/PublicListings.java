package de.teilhabe.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.organisation.FieldOfWork;

/**
 * The network's organisations and offers as the public may read them (the portal's
 * directory and search): live (approved) entries only — a partner's pending change or new
 * offer waits in {@code network_change} and is never among them —, the organisations'
 * general contact data (no contact persons), always within one tenant.
 */
public interface PublicListings {

	/**
	 * Every live organisation and offer of the tenant, organisations first, each by name.
	 */
	List<PublicListing> of(UUID tenantId);

	/** An organisation of the tenant. */
	Optional<PublicListing> organisation(UUID tenantId, UUID id);

	/** An offer of the tenant. */
	Optional<PublicListing> offer(UUID tenantId, UUID id);

	/** The offers of an organisation of the tenant, by title. */
	List<PublicListing> offersOf(UUID tenantId, UUID organisationId);

	/**
	 * The names of the fields of work an organisation may have (e.g. {@code LANGUAGE}).
	 */
	static List<String> fieldsOfWork() {
		return Arrays.stream(FieldOfWork.values()).map(Enum::name).toList();
	}

}
