package de.teilhabe.network.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.BindableRecords;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Component;

/**
 * The tenant's organisations as records a PARTNER account can be bound to (the user
 * administration's search picker).
 */
@Component
class OrganisationBindings implements BindableRecords {

	private final OrganisationStore store;

	OrganisationBindings(OrganisationStore store) {
		this.store = store;
	}

	@Override
	public Kind kind() {
		return Kind.ORGANISATION;
	}

	@Override
	public List<Candidate> search(UUID tenantId, String query, int limit) {
		return this.store.searchByName(tenantId, query, new ApiPaging(0, limit))
			.items()
			.stream()
			.map((organisation) -> new Candidate(organisation.id(), organisation.name()))
			.toList();
	}

	@Override
	public Optional<String> nameOf(UUID tenantId, UUID id) {
		return this.store.find(tenantId, id).map(Organisation::name);
	}

}
