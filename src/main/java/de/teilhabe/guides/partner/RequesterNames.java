package de.teilhabe.guides.partner;

import java.util.UUID;

import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * The name of the organisation that asked for a request, for the office's request pages
 * ({@code ${@guideRequesters.name(r.requesterOrganisationId)}}): the name of the
 * organisation of the signed-in user's tenant, empty for a request of the office itself.
 */
@Component("guideRequesters")
public class RequesterNames {

	private final Organisations organisations;

	RequesterNames(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The organisation's name; empty for none, a dash for one that is gone. */
	public String name(UUID organisationId) {
		if (organisationId == null) {
			return "";
		}
		return this.organisations.find(CurrentActor.get().tenantId(), organisationId)
			.map(OrganisationSummary::name)
			.orElse("–");
	}

}
