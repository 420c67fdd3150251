package de.teilhabe.strategy.measure;

import java.time.Clock;
import java.time.OffsetDateTime;

import de.teilhabe.network.OrganisationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an organisation leaves the network, the measures let go of it in the transaction
 * of the removal: the measures it led are carried by the office itself, its partner rows
 * are deleted. (Names are never cached here, so a rename needs nothing.)
 */
@Component
class RemovedOrganisations {

	private final MeasureStore measures;

	private final Clock clock;

	RemovedOrganisations(MeasureStore measures, Clock clock) {
		this.measures = measures;
		this.clock = clock;
	}

	@EventListener
	void on(OrganisationRemoved removed) {
		this.measures.dropOrganisation(removed.tenantId(), removed.organisationId(), OffsetDateTime.now(this.clock));
	}

}
