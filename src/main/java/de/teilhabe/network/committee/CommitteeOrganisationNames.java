package de.teilhabe.network.committee;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.council.CommitteeOrganisations;
import de.teilhabe.council.Committees;
import de.teilhabe.network.OrganisationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network's side of the committees kept by the council: it names the member
 * organisations for the council ({@link CommitteeOrganisations}) and, when an
 * organisation is removed, removes its memberships in the same transaction.
 */
@Component
class CommitteeOrganisationNames implements CommitteeOrganisations {

	private final JdbcClient jdbc;

	private final Committees committees;

	CommitteeOrganisationNames(JdbcClient jdbc, Committees committees) {
		this.jdbc = jdbc;
		this.committees = committees;
	}

	@Override
	public Map<UUID, String> names(UUID tenantId, Collection<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("SELECT id, name FROM network_organisation WHERE tenant_id = ? AND id = ANY(CAST(? AS UUID[]))")
			.params(tenantId, organisationIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public Map<String, UUID> idsByName(UUID tenantId, Collection<String> names) {
		return this.jdbc
			.sql("SELECT name, min(CAST(id AS TEXT)) AS id FROM network_organisation WHERE tenant_id = ?"
					+ " AND name = ANY(CAST(? AS TEXT[])) GROUP BY name")
			.params(tenantId, names.toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString("name"), UUID.fromString(rs.getString("id"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** An organisation that leaves the network leaves its committees. */
	@EventListener
	void removed(OrganisationRemoved event) {
		this.committees.removeOrganisation(event.tenantId(), event.organisationId());
	}

}
