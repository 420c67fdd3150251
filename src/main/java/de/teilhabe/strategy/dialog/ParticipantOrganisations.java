package de.teilhabe.strategy.dialog;

import de.teilhabe.network.OrganisationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drops the references of named workshop participants to an organisation the network
 * removed (in the removal's transaction): the participant stays, without organisation.
 */
@Component
class ParticipantOrganisations {

	private final JdbcClient jdbc;

	ParticipantOrganisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganisationRemoved removed) {
		this.jdbc.sql("""
				UPDATE strategy_workshop_participant SET organisation_id = NULL
				WHERE tenant_id = ? AND organisation_id = ?""")
			.params(removed.tenantId(), removed.organisationId())
			.update();
	}

}
