package de.teilhabe.monitoring.indicators.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.monitoring.statistics.areas.StatisticalAreas;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.BadRequestException;

import org.springframework.stereotype.Component;

/**
 * The regions the indicator pages offer a tenant: its home region (the Kreis or Stadt it
 * is responsible for), the Gemeinden in it, and its Land; and region names. Regions are
 * reference data, read-only while the platform runs, so names and choices are cached.
 */
@Component
class IndicatorRegions {

	/** A region the pages offer. */
	record RegionChoice(String key, String name) {

	}

	private final Tenants tenants;

	private final Regions regions;

	private final StatisticalAreas areas;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	private final Map<String, List<RegionChoice>> choices = new ConcurrentHashMap<>();

	IndicatorRegions(Tenants tenants, Regions regions, StatisticalAreas areas) {
		this.tenants = tenants;
		this.regions = regions;
		this.areas = areas;
	}

	/** The tenant's home region key, e.g. {@code 03459}. */
	String home(UUID tenantId) {
		return this.tenants.find(tenantId).map(Tenant::homeRegionKey).orElseThrow();
	}

	/** The Land of a region key ({@code 03} for Niedersachsen). */
	static String land(String key) {
		return key.substring(0, 2);
	}

	/** The home region, its Gemeinden (by name) and its Land. */
	List<RegionChoice> choices(UUID tenantId) {
		String home = home(tenantId);
		return this.choices.computeIfAbsent(home, (key) -> {
			List<RegionChoice> list = new ArrayList<>();
			list.add(new RegionChoice(key, name(tenantId, key)));
			if (key.length() == 5) {
				this.regions.children(key)
					.stream()
					.sorted((a, b) -> a.name().compareTo(b.name()))
					.forEach((gemeinde) -> list.add(new RegionChoice(gemeinde.key(), label(gemeinde))));
			}
			list.add(new RegionChoice(land(key), name(tenantId, land(key))));
			return List.copyOf(list);
		});
	}

	/**
	 * The region asked for, which must be one the tenant is offered; null or blank means
	 * the home region.
	 * @throws BadRequestException for any other region
	 */
	String chosen(UUID tenantId, String asked) {
		if (asked == null || asked.isBlank()) {
			return home(tenantId);
		}
		for (RegionChoice choice : choices(tenantId)) {
			if (choice.key().equals(asked)) {
				return asked;
			}
		}
		throw new BadRequestException("monitoring.error.regionNotOffered", asked);
	}

	/**
	 * The name of a region as a reader says it, with what it is („Landkreis Osnabrück“,
	 * „Stadt Osnabrück“), or of the tenant's statistical area; the key if unknown.
	 */
	String name(UUID tenantId, String key) {
		if (key.indexOf('-') >= 0) {
			return this.areas.name(tenantId, key).orElse(key);
		}
		return this.names.computeIfAbsent(key,
				(k) -> this.regions.find(k)
					.filter((region) -> region.key().equals(k) && !StatisticalAreas.PLATFORM_AREAS.containsKey(k))
					.map(IndicatorRegions::label)
					.orElseGet(() -> this.areas.name(null, k).orElse(k)));
	}

	/** The name as people say it (see {@link Region#label()}). */
	static String label(Region region) {
		return region.label();
	}

}
