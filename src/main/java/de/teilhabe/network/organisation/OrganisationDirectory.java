package de.teilhabe.network.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.OrganisationSummary.Gemeinde;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Service;

/**
 * The network's organisations for other modules ({@link Organisations}), read from the
 * live organisations: only approved entries are stored there (a partner's proposal waits
 * in the moderation queue).
 */
@Service
class OrganisationDirectory implements Organisations {

	private final OrganisationStore store;

	private final Regions regions;

	OrganisationDirectory(OrganisationStore store, Regions regions) {
		this.store = store;
		this.regions = regions;
	}

	@Override
	public Optional<OrganisationSummary> find(UUID tenantId, UUID organisationId) {
		return this.store.find(tenantId, organisationId).map((organisation) -> summary(organisation, new HashMap<>()));
	}

	@Override
	public ApiPage<OrganisationSummary> searchByName(UUID tenantId, String text, ApiPaging paging) {
		// each Gemeinde's name looked up once per page
		Map<String, String> names = new HashMap<>();
		return this.store.searchByName(tenantId, text, paging).toApi((organisation) -> summary(organisation, names));
	}

	private OrganisationSummary summary(Organisation organisation, Map<String, String> names) {
		return new OrganisationSummary(organisation.id(), organisation.name(), organisation.kind().name(),
				organisation.regions()
					.stream()
					.map((key) -> new Gemeinde(key,
							names.computeIfAbsent(key,
									(unknown) -> this.regions.find(unknown).map(Region::name).orElse(unknown))))
					.toList(),
				organisation.languages(), organisation.fieldsOfWork());
	}

}
