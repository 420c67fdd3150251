package de.teilhabe.guides.guide;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;

import org.springframework.stereotype.Component;

/**
 * The Gemeinden of the office's area that guides cover and requests name: picked and
 * shown by name, stored as region keys. Templates use it as {@code @guideRegions}.
 */
@Component("guideRegions")
public class GuideRegions {

	private final Tenants tenants;

	private final Regions regions;

	GuideRegions(Tenants tenants, Regions regions) {
		this.tenants = tenants;
		this.regions = regions;
	}

	/** The Gemeinden of the tenant's home region, by name. */
	public List<Region> of(UUID tenantId) {
		Collator collator = Collator.getInstance(Locale.GERMAN);
		return this.tenants.find(tenantId)
			.map(Tenant::homeRegionKey)
			.map(this.regions::gemeinden)
			.orElse(List.of())
			.stream()
			.sorted(Comparator.comparing(Region::label, collator))
			.toList();
	}

	/** The labels of the tenant's Gemeinden by region key. */
	public Map<String, String> labels(UUID tenantId) {
		Map<String, String> labels = new LinkedHashMap<>();
		of(tenantId).forEach((region) -> labels.put(region.key(), region.label()));
		return labels;
	}

	/** The label of a region key (the key itself if unknown). */
	public String label(String key) {
		return (key == null) ? "" : find(key).map(Region::label).orElse(key);
	}

	/** A region by key. */
	public Optional<Region> find(String key) {
		return (key == null) ? Optional.empty() : this.regions.find(key);
	}

}
