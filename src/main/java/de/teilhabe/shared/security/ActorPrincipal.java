package de.teilhabe.shared.security;

/**
 * Implemented by every principal the access module puts into the security context.
 */
public interface ActorPrincipal {

	Actor actor();

}
