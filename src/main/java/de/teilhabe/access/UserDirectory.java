package de.teilhabe.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.BindableRecords.Kind;

/**
 * What other modules may know about the users of a tenant: the record a user is bound to
 * (the organisation a PARTNER acts for, the guide profile of a GUIDE) and the addresses
 * to tell users about their own submissions. Another tenant's user is never found.
 */
public interface UserDirectory {

	/**
	 * The records a user is bound to (at most one of each kind: organisation first, then
	 * guide profile); empty for a user without binding or of another tenant.
	 */
	List<BoundRecord> boundRecordsOf(UUID tenantId, UUID userId);

	/** The record of that kind a user is bound to, if any. */
	default Optional<UUID> boundRecordOf(UUID tenantId, UUID userId, Kind kind) {
		return boundRecordsOf(tenantId, userId).stream()
			.filter((record) -> record.kind() == kind)
			.map(BoundRecord::id)
			.findFirst();
	}

	/** The organisation a user is bound to (PARTNER), if any. */
	default Optional<UUID> organisationOf(UUID tenantId, UUID userId) {
		return boundRecordOf(tenantId, userId, Kind.ORGANISATION);
	}

	/**
	 * Binds a user to a record of that kind (null removes the binding), keeping the
	 * binding of the other kind. A record is bound only if the module that owns records
	 * of that kind ({@link de.teilhabe.shared.security.BindableRecords}) knows it in the
	 * user's tenant: another tenant's record, an invented id or a kind no module offers
	 * yet is refused.
	 * @return whether it is bound (false: no such user in the tenant, or the record is
	 * refused)
	 */
	boolean bind(UUID tenantId, UUID userId, Kind kind, UUID recordId);

	/**
	 * Binds a user to an organisation (null removes the binding), keeping any other
	 * binding; see {@link #bind}.
	 * @return whether it is bound
	 */
	default boolean bindOrganisation(UUID tenantId, UUID userId, UUID organisationId) {
		return bind(tenantId, userId, Kind.ORGANISATION, organisationId);
	}

	/**
	 * Binds a user to a guide profile (null removes the binding), keeping any other
	 * binding; see {@link #bind}.
	 * @return whether it is bound
	 */
	default boolean bindGuideProfile(UUID tenantId, UUID userId, UUID guideProfileId) {
		return bind(tenantId, userId, Kind.GUIDE_PROFILE, guideProfileId);
	}

	/** How many users of the tenant are bound to the record. */
	int countBoundTo(UUID tenantId, BoundRecord record);

	/**
	 * Releases every user of the tenant bound to the record (when the record is removed).
	 * @return how many were bound
	 */
	int releaseAll(UUID tenantId, BoundRecord record);

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

	/**
	 * The e-mail addresses of the active users bound to an organisation who hold a role
	 * (e.g. PARTNER: those who read what is sent to the organisation).
	 */
	List<String> emailsOfOrganisation(UUID tenantId, UUID organisationId, de.teilhabe.shared.security.Role role);

	/**
	 * The active users of the tenant who hold a role, by id with their names as shown to
	 * staff, ordered by name (e.g. the counsellors of the team to pick a deputy from).
	 */
	java.util.Map<UUID, String> activeUsersWithRole(UUID tenantId, de.teilhabe.shared.security.Role role);

}
