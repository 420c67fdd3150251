package de.teilhabe.network.scope;

import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who sees and edits what in the network: STRATEGY and ADMIN maintain everything (the
 * office); COUNSELLOR and GUIDE_COORDINATOR read everything; a PARTNER sees and edits
 * only the organisation its user is bound to, and only through moderation. Anything else
 * of the tenant is "not found" for a partner, never "forbidden".
 */
@Component
public class NetworkScope {

	private final UserDirectory directory;

	NetworkScope(UserDirectory directory) {
		this.directory = directory;
	}

	/** Maintains the network directly and moderates partner changes. */
	public boolean isOffice(Actor actor) {
		return actor.hasAny(Role.STRATEGY, Role.ADMIN);
	}

	/** Reads the whole network of the tenant. */
	public boolean readsAll(Actor actor) {
		return actor.hasAny(Role.STRATEGY, Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR);
	}

	/**
	 * The organisation a PARTNER acts for (empty for other users and unbound partners).
	 */
	public Optional<UUID> partnerOrganisation(Actor actor) {
		if (!actor.has(Role.PARTNER)) {
			return Optional.empty();
		}
		return this.directory.organisationOf(actor.tenantId(), actor.userId());
	}

	/** Whether the actor edits this organisation's entries only through moderation. */
	public boolean editsThroughModeration(Actor actor, UUID organisationId) {
		return !isOffice(actor) && ownsOrganisation(actor, organisationId);
	}

	public boolean ownsOrganisation(Actor actor, UUID organisationId) {
		return organisationId != null && partnerOrganisation(actor).filter(organisationId::equals).isPresent();
	}

	public boolean maySee(Actor actor, UUID organisationId) {
		return readsAll(actor) || ownsOrganisation(actor, organisationId);
	}

	public boolean mayEdit(Actor actor, UUID organisationId) {
		return isOffice(actor) || ownsOrganisation(actor, organisationId);
	}

	/** Throws "not found" unless the actor may see the organisation. */
	public void requireVisible(Actor actor, UUID organisationId) {
		if (!maySee(actor, organisationId)) {
			throw new NotFoundException("network.error.notFound.organisation");
		}
	}

	/** Throws "not found" unless the actor may edit the organisation's entries. */
	public void requireEditable(Actor actor, UUID organisationId) {
		if (!mayEdit(actor, organisationId)) {
			throw new NotFoundException("network.error.notFound.organisation");
		}
	}

	/** Throws "not found" unless the actor is the office. */
	public void requireOffice(Actor actor) {
		if (!isOffice(actor)) {
			throw new NotFoundException("error.notFound");
		}
	}

	/** The signed-in actor, who must be the office ("not found" otherwise). */
	public Actor officeActor() {
		Actor actor = CurrentActor.get();
		requireOffice(actor);
		return actor;
	}

}
