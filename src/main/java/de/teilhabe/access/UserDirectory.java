package de.teilhabe.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may know about the users of a tenant: the organisation a PARTNER
 * acts for and the addresses to tell users about their own submissions. Another tenant's
 * user is never found.
 */
public interface UserDirectory {

	/** The organisation a user is bound to (PARTNER), if any. */
	Optional<UUID> organisationOf(UUID tenantId, UUID userId);

	/**
	 * Binds a user to an organisation (null removes the binding), keeping any other
	 * binding.
	 * @return whether the tenant has such a user
	 */
	boolean bindOrganisation(UUID tenantId, UUID userId, UUID organisationId);

	/** A user's id by username, within the tenant. */
	Optional<UUID> findUserId(UUID tenantId, String username);

	/**
	 * The name of a user as shown to staff (e.g. who recorded something), active or not.
	 */
	Optional<String> displayNameOf(UUID tenantId, UUID userId);

	/** The e-mail address of an active user, if it has one. */
	Optional<String> emailOf(UUID tenantId, UUID userId);

	/** The e-mail addresses of the active users bound to an organisation. */
	List<String> emailsOfOrganisation(UUID tenantId, UUID organisationId);

}
