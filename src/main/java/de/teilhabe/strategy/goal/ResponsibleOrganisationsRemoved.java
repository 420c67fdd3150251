package de.teilhabe.strategy.goal;

import de.teilhabe.network.OrganisationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An organisation removed from the network is no longer responsible for any goal (in the
 * transaction of the removal).
 */
@Component
class ResponsibleOrganisationsRemoved {

	private final GoalStore goals;

	ResponsibleOrganisationsRemoved(GoalStore goals) {
		this.goals = goals;
	}

	@EventListener
	void removed(OrganisationRemoved event) {
		this.goals.forgetOrganisation(event.tenantId(), event.organisationId());
	}

}
