package de.teilhabe.strategy.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Component;

/**
 * The names of the network's organisations, read through {@link Organisations} for each
 * request (never cached here, so a renamed organisation shows its new name at once).
 */
@Component
public class OrganisationNames {

	private final Organisations organisations;

	OrganisationNames(Organisations organisations) {
		this.organisations = organisations;
	}

	/** Every organisation of the tenant by id, in the order of their names. */
	public Map<UUID, String> of(UUID tenantId) {
		Map<UUID, String> names = new LinkedHashMap<>();
		int pages = 1;
		for (int page = 0; page < pages && page <= ApiPaging.MAX_PAGE; page++) {
			ApiPage<OrganisationSummary> result = this.organisations.list(tenantId,
					new ApiPaging(page, ApiPaging.MAX_SIZE));
			result.items().forEach((organisation) -> names.put(organisation.id(), organisation.name()));
			pages = result.totalPages();
		}
		return names;
	}

}
