package de.teilhabe.access;

import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Permission;

/**
 * The permissions ADMINs grant to named users beside their roles ({@link Permission}):
 * read from the database on every check, so a revocation holds at the next request.
 */
public interface Permissions {

	/**
	 * Whether the user holds the permission now: granted, still active, and still holding
	 * the permission's role.
	 */
	boolean holds(UUID tenantId, UUID userId, Permission permission);

	/** Whether the signed-in user holds the permission now. */
	default boolean holds(Actor actor, Permission permission) {
		return actor.has(permission.requiredRole()) && holds(actor.tenantId(), actor.userId(), permission);
	}

}
