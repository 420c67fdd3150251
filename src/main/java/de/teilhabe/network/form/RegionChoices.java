package de.teilhabe.network.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;

import org.springframework.stereotype.Component;

/**
 * The Gemeinden of a tenant's home region, for choices and for showing region keys by
 * name.
 */
@Component
public class RegionChoices {

	private final Tenants tenants;

	private final Regions regions;

	RegionChoices(Tenants tenants, Regions regions) {
		this.tenants = tenants;
		this.regions = regions;
	}

	/** The Gemeinden of the tenant's home region, by name. */
	public List<Region> gemeinden(UUID tenantId) {
		return this.tenants.find(tenantId)
			.map(Tenant::homeRegionKey)
			.map(this.regions::gemeinden)
			.orElse(List.of())
			.stream()
			.sorted(java.util.Comparator.comparing(Region::name))
			.toList();
	}

	/** Names by key of the tenant's Gemeinden. */
	public Map<String, String> names(UUID tenantId) {
		Map<String, String> names = new LinkedHashMap<>();
		gemeinden(tenantId).forEach((region) -> names.put(region.key(), region.name()));
		return names;
	}

	/** The name of a region key (the key itself if unknown). */
	public String name(String key) {
		return (key == null) ? "" : this.regions.find(key).map(Region::name).orElse(key);
	}

}
