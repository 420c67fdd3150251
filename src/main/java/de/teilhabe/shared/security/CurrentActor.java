package de.teilhabe.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Actor} of the current request.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	/** The actor of a request that security has already let through as authenticated. */
	public static Actor get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
	}

}
