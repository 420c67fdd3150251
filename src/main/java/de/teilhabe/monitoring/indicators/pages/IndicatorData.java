package de.teilhabe.monitoring.indicators.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What an indicator page and its downloads show, read from the stored values (nothing is
 * recomputed per request): the values of the chosen region and of its Land for one
 * variant, and a ranking for one year.
 *
 * @param definition the indicator
 * @param region the chosen region's key
 * @param land the Land's key
 * @param variant the variant shown (dimension → value; empty without dimensions)
 * @param dimensions the variants there are (dimension → values)
 * @param years the periods with values in any region, oldest first
 * @param year the year of the ranking (null when there are no values at all)
 * @param regionValues the region's values, oldest first
 * @param landValues the Land's values, oldest first
 * @param ranking the mode: {@code kreise} (all Kreise of the Land) or {@code gemeinden}
 * (the Gemeinden and statistical areas of the tenant's home region)
 * @param rankingParent the key whose children are ranked
 * @param ranked the ranking, best first, null values last
 * @param missingYear the year asked for that has no values (the page shows the latest
 * year with a value instead and says so), else null
 */
record IndicatorData(IndicatorDefinition definition, String region, String land, Map<String, String> variant,
		Map<String, List<String>> dimensions, List<String> years, String year, List<IndicatorValue> regionValues,
		List<IndicatorValue> landValues, String ranking, String rankingParent, List<IndicatorValue> ranked,
		String missingYear) {

	/**
	 * A period as the files name them: {@code 2024}, {@code 2007-06}, {@code 2015/16}.
	 */
	private static final Pattern PERIOD = Pattern.compile("\\d{4}([-/]\\d{2})?");

	static final String KREISE = "kreise";

	static final String GEMEINDEN = "gemeinden";

	/** The periods of the chart: those of either line, oldest first. */
	List<String> periods() {
		TreeSet<String> periods = new TreeSet<>();
		this.regionValues.forEach((value) -> periods.add(value.period()));
		this.landValues.forEach((value) -> periods.add(value.period()));
		return new ArrayList<>(periods);
	}

	/** Reads the stored values. */
	@Component
	static class Loader {

		private final Indicators indicators;

		private final IndicatorRegions regions;

		Loader(Indicators indicators, IndicatorRegions regions) {
			this.indicators = indicators;
			this.regions = regions;
		}

		/**
		 * @param regionKey the region asked for, or null for the tenant's home region
		 * @param year the ranking's year, or null for the latest with a value of the
		 * region
		 * @param ranking {@code kreise}, {@code gemeinden} or null (Kreise)
		 * @param asked dimension → value asked for (over the default variant)
		 */
		IndicatorData load(UUID tenantId, String code, String regionKey, String year, String ranking,
				Map<String, String> asked) {
			IndicatorDefinition definition = this.indicators.find(tenantId, code)
				.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.indicator", code));
			String region = this.regions.chosen(tenantId, regionKey);
			String home = this.regions.home(tenantId);
			String land = IndicatorRegions.land(region);
			Map<String, List<String>> dimensions = definition.computation().first().numerator().by().isEmpty()
					? Map.of() : this.indicators.dimensions(tenantId, code);
			for (Map.Entry<String, String> entry : asked.entrySet()) {
				List<String> known = dimensions.get(entry.getKey());
				if (known == null || !known.contains(entry.getValue())) {
					throw new BadRequestException("monitoring.error.noVariant", code, entry.getKey(), entry.getValue());
				}
			}
			List<IndicatorValue> all = this.indicators.values(tenantId, code, region, null, null, asked);
			Map<String, String> variant = new LinkedHashMap<>(definition.defaultDimensions());
			variant.putAll(asked);
			if (!all.isEmpty()) {
				variant = Variants.choose(all);
			}
			else {
				// no values for the region: fill dimensions the default leaves open
				for (Map.Entry<String, List<String>> dimension : dimensions.entrySet()) {
					if (!variant.containsKey(dimension.getKey()) && !dimension.getValue().isEmpty()) {
						variant.put(dimension.getKey(),
								dimension.getValue().contains("Insgesamt") ? "Insgesamt" : dimension.getValue().get(0));
					}
				}
			}
			List<IndicatorValue> regionValues = Variants.only(all, variant);
			List<IndicatorValue> landValues = region.equals(land) ? List.of()
					: Variants.only(this.indicators.values(tenantId, code, land, null, null, variant), variant);
			List<String> years = this.indicators.periods(tenantId, code);
			String chosenYear = year;
			String missingYear = null;
			if (chosenYear != null && !chosenYear.isBlank() && !years.contains(chosenYear)) {
				if (!PERIOD.matcher(chosenYear).matches()) {
					throw new BadRequestException("monitoring.error.noValuesForYear", code, chosenYear);
				}
				// a well-formed year without values (a link from another year's
				// overview):
				// the latest year with a value, and the page says so
				missingYear = chosenYear;
				chosenYear = null;
			}
			if (chosenYear == null || chosenYear.isBlank()) {
				chosenYear = latestWithValue(regionValues, years);
			}
			String mode = GEMEINDEN.equals(ranking) && home.length() == 5 ? GEMEINDEN : KREISE;
			if (ranking != null && !ranking.isBlank() && !ranking.equals(KREISE) && !ranking.equals(GEMEINDEN)) {
				throw new BadRequestException("monitoring.error.ranking");
			}
			String parent = mode.equals(GEMEINDEN) ? home : IndicatorRegions.land(home);
			List<IndicatorValue> ranked = (chosenYear == null) ? List.of()
					: Variants.only(this.indicators.ranking(tenantId, code, chosenYear, parent, variant), variant);
			return new IndicatorData(definition, region, land, Map.copyOf(variant), dimensions, years, chosenYear,
					regionValues, landValues, mode, parent, ranked, missingYear);
		}

		private static String latestWithValue(List<IndicatorValue> values, List<String> years) {
			for (int i = values.size() - 1; i >= 0; i--) {
				if (values.get(i).value() != null) {
					return values.get(i).period();
				}
			}
			return years.isEmpty() ? null : years.get(years.size() - 1);
		}

	}

}
