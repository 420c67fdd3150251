package de.teilhabe.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who acts: a signed-in user of a tenant, however they signed in (form, OIDC or API
 * token).
 */
public record Actor(UUID userId, UUID tenantId, String username, String displayName,
		Set<Role> roles) implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
