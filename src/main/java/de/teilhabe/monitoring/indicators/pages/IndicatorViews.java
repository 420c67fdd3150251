package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.shared.chart.Chart;
import de.teilhabe.shared.web.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns stored indicator values into what the pages show: formatted figures, trends,
 * notes on missing values, the chart, the ranking rows.
 */
@Component
class IndicatorViews {

	/** A month as a period: {@code 2026-11}. */
	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/** One row of a data table: a period with the region's and the Land's value. */
	record TableRow(String period, String value, String numerator, String denominator, String landValue, String note) {

	}

	/** One row of the ranking. */
	record RankingRow(Integer rank, String key, String name, String value, String numerator, String denominator,
			String note, boolean highlighted) {

	}

	/**
	 * An indicator in the overview; {@code period} names the month shown when it is not
	 * the year itself (an indicator of monthly counts: its latest month of the year).
	 */
	record OverviewEntry(String code, String title, String unit, String value, String note, Trend trend,
			String previousPeriod, String previous, String landValue, String comparison, String linkYear,
			String period) {

	}

	/**
	 * A theme of the overview with its indicators and their distinct source and licence
	 * lines.
	 */
	record ThemeBlock(IndicatorTheme theme, List<OverviewEntry> entries, List<String> attributions,
			List<String> licences) {

	}

	/** The overview of a region for a year. */
	record Overview(String region, String regionName, String land, String landName, List<String> years, String year,
			List<ThemeBlock> themes) {

	}

	private final Indicators indicators;

	private final IndicatorRegions regions;

	private final MessageSource messages;

	IndicatorViews(Indicators indicators, IndicatorRegions regions, MessageSource messages) {
		this.indicators = indicators;
		this.regions = regions;
		this.messages = messages;
	}

	/** Per theme, each indicator's value in the year, its trend and the Land's value. */
	Overview overview(UUID tenantId, String regionKey, String year, Locale locale) {
		String region = this.regions.chosen(tenantId, regionKey);
		String land = IndicatorRegions.land(region);
		Map<IndicatorTheme, List<IndicatorDefinition>> catalogue = this.indicators.catalogueByTheme(tenantId);
		Map<String, List<IndicatorValue>> regionValues = new LinkedHashMap<>();
		Map<String, List<IndicatorValue>> landValues = new LinkedHashMap<>();
		TreeSet<String> years = new TreeSet<>();
		Set<String> periods = new HashSet<>();
		String latest = null;
		String latestYearly = null;
		for (List<IndicatorDefinition> definitions : catalogue.values()) {
			for (IndicatorDefinition definition : definitions) {
				List<IndicatorValue> all = this.indicators.values(tenantId, definition.code(), region, null, null,
						Map.of());
				Map<String, String> variant = Variants.choose(all);
				List<IndicatorValue> values = Variants.only(all, variant);
				regionValues.put(definition.code(), values);
				landValues.put(definition.code(), region.equals(land) ? List.of() : Variants
					.only(this.indicators.values(tenantId, definition.code(), land, null, null, variant), variant));
				for (IndicatorValue value : values) {
					periods.add(value.period());
					years.add(yearOf(value.period()));
					if (value.value() != null) {
						latest = later(latest, yearOf(value.period()));
						if (!MONTH.matcher(value.period()).matches()) {
							latestYearly = later(latestYearly, value.period());
						}
					}
				}
			}
		}
		// by default the latest year of the yearly figures (the official statistics), not
		// the current year of a module's monthly counts (which it would be empty for)
		String chosen = (year == null || year.isBlank()) ? ((latestYearly != null) ? latestYearly : latest) : year;
		if (chosen != null && !years.contains(chosen) && !periods.contains(chosen)) {
			throw new BadRequestException("monitoring.error.noValues", chosen);
		}
		List<ThemeBlock> themes = new ArrayList<>();
		for (Map.Entry<IndicatorTheme, List<IndicatorDefinition>> theme : catalogue.entrySet()) {
			List<OverviewEntry> entries = new ArrayList<>();
			TreeSet<String> attributions = new TreeSet<>();
			TreeSet<String> licences = new TreeSet<>();
			for (IndicatorDefinition definition : theme.getValue()) {
				entries.add(entry(definition, regionValues.get(definition.code()), landValues.get(definition.code()),
						chosen, region.equals(land), locale));
				attributions.add(definition.attribution());
				licences.add(definition.licence());
			}
			themes.add(new ThemeBlock(theme.getKey(), List.copyOf(entries), List.copyOf(attributions),
					List.copyOf(licences)));
		}
		return new Overview(region, this.regions.name(tenantId, region), land, this.regions.name(tenantId, land),
				List.copyOf(years.descendingSet()), chosen, List.copyOf(themes));
	}

	private OverviewEntry entry(IndicatorDefinition definition, List<IndicatorValue> values,
			List<IndicatorValue> landValues, String year, boolean regionIsLand, Locale locale) {
		IndicatorValue current = null;
		for (IndicatorValue value : values) {
			// the year's own period, else (monthly counts) the year's latest month
			if (year != null && (value.period().equals(year)
					|| (current == null || !current.period().equals(year)) && isMonthOf(value.period(), year))) {
				current = value;
			}
		}
		String shown = (current == null) ? year : current.period();
		IndicatorValue previous = null;
		for (IndicatorValue value : values) {
			if (shown != null && value.period().compareTo(shown) < 0) {
				previous = value;
			}
		}
		IndicatorValue land = (shown == null) ? null : Variants.byPeriod(landValues).get(shown);
		int precision = Display.precision(definition);
		BigDecimal currentValue = (current == null) ? null : Figures.rounded(current.value(), precision);
		BigDecimal previousValue = (previous == null) ? null : Figures.rounded(previous.value(), precision);
		String comparison = null;
		if (currentValue != null && land != null && land.value() != null && comparable(definition)) {
			int sign = currentValue.compareTo(Figures.rounded(land.value(), precision));
			comparison = (sign > 0) ? "HIGHER" : (sign < 0) ? "LOWER" : "EQUAL";
		}
		return new OverviewEntry(definition.code(), Display.title(definition, locale, regionIsLand),
				Display.unit(definition.unit()), Figures.format(currentValue, precision, locale),
				(current == null) ? null : note(current, locale),
				Trend.of(currentValue, previousValue, definition.polarity()),
				(previous == null) ? null : previous.period(), Figures.format(previousValue, precision, locale),
				(land == null) ? null : Figures.format(land.value(), precision, locale), comparison,
				// the indicator's page for the year only where the region has a value in
				// it;
				// else its page chooses the latest year with a value
				(currentValue == null) ? null : shown,
				(current == null || current.period().equals(year)) ? null : current.period());
	}

	/**
	 * The year of a period for the overview's year choice: {@code 2026} for a month
	 * {@code 2026-11} (monthly counts and values of a month each year); other periods
	 * (years, school years {@code 2015/16}) as they are.
	 */
	static String yearOf(String period) {
		return MONTH.matcher(period).matches() ? period.substring(0, 4) : period;
	}

	private static String later(String one, String other) {
		return (one == null || other.compareTo(one) > 0) ? other : one;
	}

	private static boolean isMonthOf(String period, String year) {
		return MONTH.matcher(period).matches() && period.startsWith(year + "-");
	}

	/**
	 * Whether the region's value may be compared with the Land's: not for counts, which
	 * differ by the size of the region.
	 */
	static boolean comparable(IndicatorDefinition definition) {
		return definition.kind() != ComputationKind.DIRECT || definition.unit().contains("Prozent")
				|| definition.unit().contains("%");
	}

	/** Rows of the data table, oldest first. */
	List<TableRow> table(IndicatorData data, Locale locale) {
		Map<String, IndicatorValue> region = Variants.byPeriod(data.regionValues());
		Map<String, IndicatorValue> land = Variants.byPeriod(data.landValues());
		int precision = Display.precision(data.definition());
		List<TableRow> rows = new ArrayList<>();
		for (String period : data.periods()) {
			IndicatorValue value = region.get(period);
			IndicatorValue landValue = land.get(period);
			List<String> notes = new ArrayList<>();
			if (value == null) {
				notes.add(message("monitoring.indicator.page.noEntry", locale));
			}
			else if (value.value() == null) {
				notes.add(note(value, locale));
			}
			if (!data.region().equals(data.land()) && landValue != null && landValue.value() == null) {
				notes.add(message("monitoring.indicator.page.land", locale) + ": " + note(landValue, locale));
			}
			rows.add(new TableRow(period, (value == null) ? null : Figures.format(value.value(), precision, locale),
					(value == null) ? null : Figures.plain(value.numerator(), locale),
					(value == null) ? null : Figures.plain(value.denominator(), locale),
					(landValue == null) ? null : Figures.format(landValue.value(), precision, locale),
					notes.isEmpty() ? null : String.join("; ", notes)));
		}
		return rows;
	}

	/** The ranking rows; the chosen region (and the tenant's home) highlighted. */
	List<RankingRow> ranking(UUID tenantId, IndicatorData data, Locale locale) {
		String home = this.regions.home(tenantId);
		List<RankingRow> rows = new ArrayList<>();
		List<Integer> ranks = ranks(data.ranked());
		int precision = Display.precision(data.definition());
		for (int i = 0; i < data.ranked().size(); i++) {
			IndicatorValue value = data.ranked().get(i);
			boolean highlighted = value.region().equals(data.region()) || value.region().equals(home)
					|| (home.length() == 5 && value.region().equals(home + "000"));
			rows.add(new RankingRow(ranks.get(i), value.region(), this.regions.name(tenantId, value.region()),
					Figures.format(value.value(), precision, locale), Figures.plain(value.numerator(), locale),
					Figures.plain(value.denominator(), locale), (value.value() == null) ? note(value, locale) : null,
					highlighted));
		}
		return rows;
	}

	/**
	 * The rank of each value of a ranking (best first): equal values share a rank, a
	 * missing value has none (null).
	 */
	static List<Integer> ranks(List<IndicatorValue> ranked) {
		List<Integer> ranks = new ArrayList<>(ranked.size());
		int rank = 0;
		BigDecimal previous = null;
		for (int position = 1; position <= ranked.size(); position++) {
			BigDecimal value = ranked.get(position - 1).value();
			if (value == null) {
				ranks.add(null);
				continue;
			}
			if (previous == null || value.compareTo(previous) != 0) {
				rank = position;
			}
			previous = value;
			ranks.add(rank);
		}
		return ranks;
	}

	/**
	 * The chart of the region's and the Land's values with its source line (the page
	 * shows the fuller table next to it).
	 */
	String chart(UUID tenantId, IndicatorData data, Locale locale) {
		IndicatorDefinition definition = data.definition();
		List<String> periods = data.periods();
		String regionName = this.regions.name(tenantId, data.region());
		List<Chart.Series> lines = new ArrayList<>();
		lines.add(new Chart.Series(regionName, "region", values(data.regionValues())));
		if (!data.region().equals(data.land())) {
			lines.add(new Chart.Series(this.regions.name(tenantId, data.land()), "land", values(data.landValues())));
		}
		return Chart.line("chart-" + definition.code())
			.title(definition.title(locale) + " – " + regionName)
			.description(description(tenantId, data, periods, locale))
			.source(definition.attribution(),
					message("monitoring.indicator.page.licence", locale) + ": " + definition.licence())
			.categories(message("monitoring.indicator.page.period", locale), periods)
			.series(lines)
			.values((value) -> Figures.format(value, Display.precision(definition), locale) + " "
					+ Display.unit(definition.unit()))
			.locale(locale)
			.emptyMessage(message("monitoring.indicator.page.chart.empty", locale))
			.rightAxisNote(message("monitoring.indicator.page.chart.rightAxis", locale))
			.build()
			.figureWithoutTable();
	}

	private String description(UUID tenantId, IndicatorData data, List<String> periods, Locale locale) {
		if (periods.isEmpty()) {
			return message("monitoring.indicator.page.chart.empty", locale);
		}
		String lines = this.regions.name(tenantId, data.region())
				+ (data.region().equals(data.land()) ? "" : ", " + this.regions.name(tenantId, data.land()));
		StringBuilder description = new StringBuilder(
				this.messages.getMessage("monitoring.indicator.page.chart.desc", new Object[] { lines, periods.get(0),
						periods.get(periods.size() - 1), Display.unit(data.definition().unit()) }, locale));
		List<String> gaps = gaps(tenantId, data, locale);
		if (!gaps.isEmpty()) {
			description.append(' ')
				.append(message("monitoring.indicator.page.chart.gaps", locale))
				.append(' ')
				.append(String.join("; ", gaps))
				.append('.');
		}
		return description.toString();
	}

	/** Which periods have no value on which line, and why. */
	List<String> gaps(UUID tenantId, IndicatorData data, Locale locale) {
		List<String> gaps = new ArrayList<>();
		gaps(gaps, this.regions.name(tenantId, data.region()), data.regionValues(), data.periods(), locale);
		if (!data.region().equals(data.land())) {
			gaps(gaps, this.regions.name(tenantId, data.land()), data.landValues(), data.periods(), locale);
		}
		return gaps;
	}

	private void gaps(List<String> gaps, String name, List<IndicatorValue> values, List<String> periods,
			Locale locale) {
		Map<String, IndicatorValue> byPeriod = Variants.byPeriod(values);
		for (String period : periods) {
			IndicatorValue value = byPeriod.get(period);
			if (value == null) {
				gaps.add(name + " " + period + ": " + message("monitoring.indicator.page.noEntry", locale));
			}
			else if (value.value() == null) {
				gaps.add(name + " " + period + ": " + note(value, locale));
			}
		}
	}

	private static Map<String, BigDecimal> values(List<IndicatorValue> values) {
		Map<String, BigDecimal> byPeriod = new LinkedHashMap<>();
		for (IndicatorValue value : values) {
			byPeriod.put(value.period(), value.value());
		}
		return byPeriod;
	}

	/** Rows of the preview table of a definition (no Land column). */
	List<TableRow> previewRows(List<IndicatorValue> values, int precision, Locale locale) {
		List<TableRow> rows = new ArrayList<>();
		for (IndicatorValue value : values) {
			rows.add(new TableRow(value.period(), Figures.format(value.value(), precision, locale),
					Figures.plain(value.numerator(), locale), Figures.plain(value.denominator(), locale), null,
					note(value, locale)));
		}
		return rows;
	}

	/** The chart of a previewed definition: one line. */
	String previewChart(UUID tenantId, NewIndicator indicator, String region, List<IndicatorValue> values,
			int precision, Locale locale) {
		List<String> periods = new ArrayList<>(Variants.byPeriod(values).keySet());
		String regionName = this.regions.name(tenantId, region);
		String description = periods.isEmpty() ? message("monitoring.indicator.page.chart.empty", locale)
				: this.messages.getMessage("monitoring.indicator.page.chart.desc", new Object[] { regionName,
						periods.get(0), periods.get(periods.size() - 1), Display.unit(indicator.unit()) }, locale);
		return Chart.line("preview-chart")
			.title(indicator.titleDe() + " – " + regionName)
			.description(description)
			.categories(message("monitoring.indicator.page.period", locale), periods)
			.series(new Chart.Series(regionName, "region", values(values)))
			.values((value) -> Figures.format(value, precision, locale) + " " + Display.unit(indicator.unit()))
			.locale(locale)
			.emptyMessage(message("monitoring.indicator.page.chart.empty", locale))
			.build()
			.figureWithoutTable();
	}

	/** Why a value is missing: the engine's reason and the symbol. */
	String note(IndicatorValue value, Locale locale) {
		if (value.value() != null) {
			return null;
		}
		String reason = (value.reason() == null) ? message("monitoring.indicator.page.noValue", locale)
				: value.reason();
		return (value.symbol() == null) ? reason : reason + " (" + value.symbol() + ")";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
