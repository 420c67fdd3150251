package de.teilhabe.access.user;

import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.security.Role;

/**
 * A user as the administration of its tenant sees it.
 *
 * @param id the user's id
 * @param tenantId its tenant
 * @param username the login name (unique on the platform)
 * @param displayName the name shown
 * @param email where invitations and reset links go
 * @param roles its roles
 * @param active false once deactivated
 * @param passwordSet whether a password has been set (an invitee has none yet)
 * @param organisationId the organisation a PARTNER acts for (owned by a later module)
 * @param guideProfileId the guide profile of a GUIDE (owned by a later module)
 */
public record ManagedUser(UUID id, UUID tenantId, String username, String displayName, String email, Set<Role> roles,
		boolean active, boolean passwordSet, UUID organisationId, UUID guideProfileId) {

	/** The roles in a stable order, for details like {@code ADMIN,STRATEGY}. */
	public String rolesText() {
		return UserStore.rolesText(this.roles);
	}

	/** The record of that kind the user is bound to, or null. */
	public UUID boundRecord(Kind kind) {
		return (kind == Kind.ORGANISATION) ? this.organisationId : this.guideProfileId;
	}

}
