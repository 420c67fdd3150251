package de.teilhabe.network.organisation;

import java.util.UUID;

import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The organisation whose offers or events an actor is about to write: answers 404 when
 * the actor may not edit it or it is not there, so a page never tells which.
 */
@Component
public class EditableOrganisations {

	private final OrganisationStore organisations;

	private final NetworkScope scope;

	EditableOrganisations(OrganisationStore organisations, NetworkScope scope) {
		this.organisations = organisations;
		this.scope = scope;
	}

	/** The organisation, if the actor may edit it; else 404. */
	public Organisation find(Actor actor, UUID organisationId) {
		this.scope.requireEditable(actor, organisationId);
		return this.organisations.find(actor.tenantId(), organisationId)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

}
