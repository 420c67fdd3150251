package de.teilhabe.reporting.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.reporting.definition.ReportDefinition;

/**
 * The data of one rendering, read once: the tenant's indicator catalogue, each
 * indicator's values for every region of the report and the Land (one query per
 * indicator, not per region), the regions. Lives as long as one call of the renderer.
 */
final class ReportData {

	private final Indicators indicators;

	private final Regions regions;

	private final UUID tenantId;

	private final List<String> regionKeys;

	private final Map<String, Region> regionsByKey = new HashMap<>();

	private final Map<String, IndicatorDefinition> catalogue = new LinkedHashMap<>();

	private final Map<String, Map<String, Map<String, IndicatorValue>>> values = new HashMap<>();

	ReportData(Indicators indicators, Regions regions, ReportDefinition definition) {
		this.indicators = indicators;
		this.regions = regions;
		this.tenantId = definition.tenantId();
		List<String> keys = new ArrayList<>(definition.regionKeys());
		String land = land(keys.get(0));
		if (!keys.contains(land)) {
			keys.add(land);
		}
		this.regionKeys = List.copyOf(keys);
		indicators.catalogue(this.tenantId).forEach((indicator) -> this.catalogue.put(indicator.code(), indicator));
	}

	UUID tenantId() {
		return this.tenantId;
	}

	/** The Land of a region (its first two digits). */
	static String land(String regionKey) {
		return regionKey.substring(0, 2);
	}

	/** The tenant's catalogue by code, in its order. */
	Map<String, IndicatorDefinition> catalogue() {
		return this.catalogue;
	}

	/** The indicators of a monitoring theme (by its code or its title), in order. */
	List<IndicatorDefinition> theme(String theme) {
		List<IndicatorDefinition> chosen = new ArrayList<>();
		for (IndicatorDefinition indicator : this.catalogue.values()) {
			IndicatorTheme own = indicator.theme();
			if (own.code().equals(theme) || own.title().equalsIgnoreCase(theme)) {
				chosen.add(indicator);
			}
		}
		return chosen;
	}

	Optional<IndicatorDefinition> indicator(String code) {
		return Optional.ofNullable(this.catalogue.get(code));
	}

	/**
	 * An indicator's values (default variant) per region and period, for every region of
	 * the report and the Land; read on first use.
	 */
	Map<String, Map<String, IndicatorValue>> values(String code) {
		return this.values.computeIfAbsent(code, (key) -> {
			Map<String, Map<String, IndicatorValue>> byRegion = new HashMap<>();
			for (IndicatorValue value : this.indicators.values(this.tenantId, key, this.regionKeys, Map.of())) {
				// several variants of one period (dimensions beyond the default): the
				// first
				byRegion.computeIfAbsent(value.region(), (region) -> new LinkedHashMap<>())
					.putIfAbsent(value.period(), value);
			}
			return byRegion;
		});
	}

	/**
	 * The values of an indicator (default variant) in one period for every Kreis and
	 * kreisfreie Stadt of the Land of the report.
	 */
	List<IndicatorValue> ranking(String code, String period) {
		return this.indicators.ranking(this.tenantId, code, period, land(this.regionKeys.get(0)), Map.of());
	}

	/** A region by key (cached); its key as its name when unknown. */
	Region region(String key) {
		return this.regionsByKey.computeIfAbsent(key,
				(k) -> this.regions.find(k)
					.orElseGet(() -> new Region(k, k, k, k, null, null, null, null, null, null, null, null, null, null,
							null, null, null, null, null)));
	}

	/** A region's name as people say it (Landkreis Osnabrück, Stadt Melle). */
	String name(String key) {
		return region(key).label();
	}

	/**
	 * A Gemeindeverband's name with its kind, as people say it (Samtgemeinde Bersenbrück;
	 * its official name is the place alone).
	 */
	String verbandName(String key) {
		Region verband = region(key);
		String label = verband.label();
		return (verband.kind() != null && !label.startsWith(verband.kind())) ? verband.kind() + " " + label : label;
	}

	Regions regions() {
		return this.regions;
	}

	/**
	 * Whether an indicator reads the tenant's own counts (an operational series a module
	 * published): its secret cells are small counts suppressed, printed as {@code x}.
	 */
	static boolean ownCounts(IndicatorDefinition indicator) {
		for (String series : seriesCodes(indicator.computation())) {
			if (OperationalStatistics.isReservedCode(series)) {
				return true;
			}
		}
		return false;
	}

	static Set<String> seriesCodes(IndicatorComputation computation) {
		Set<String> codes = new LinkedHashSet<>();
		for (IndicatorComputation.Term term : new IndicatorComputation.Term[] { computation.first(),
				computation.second() }) {
			if (term != null) {
				if (term.numerator() != null) {
					codes.add(term.numerator().series());
				}
				if (term.denominator() != null) {
					codes.add(term.denominator().series());
				}
			}
		}
		return codes;
	}

	/** When the series of these indicators were last imported, or null. */
	Instant dataAsOf(Set<String> codes) {
		return codes.isEmpty() ? null : this.indicators.dataAsOf(this.tenantId, codes).orElse(null);
	}

}
