package de.teilhabe.strategy.dialog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.shared.chart.Chart;
import de.teilhabe.strategy.concept.Field;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures handout of a workshop („Zahlen, Daten, Fakten“): per Handlungsfeld of the
 * dialog's concept version its indicators for the tenant's home region with the latest
 * value, the change against the earliest year shown, the Land (Niedersachsen, 03) in the
 * same year, and a line chart of both.
 */
@Component
class FiguresHandout {

	/** The Land all tenants are compared with. */
	static final String LAND = "03";

	/** How many years the trend and chart look back from the latest. */
	static final int YEARS = 6;

	private final Indicators indicators;

	private final MessageSource messages;

	FiguresHandout(Indicators indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	/** One indicator of the handout. */
	public record Figure(String code, String title, String unit, String latestPeriod, String latest,
			String earlierPeriod, String change, String land, String chart, String attribution) {
	}

	/** A Handlungsfeld with its figures. */
	public record Section(String field, List<Figure> figures) {
	}

	List<Section> sections(UUID tenantId, String regionKey, List<Field> fields, Locale locale) {
		List<Section> sections = new ArrayList<>();
		for (Field field : fields) {
			List<Figure> figures = new ArrayList<>();
			for (String code : field.indicatorCodes()) {
				this.indicators.find(tenantId, code)
					.flatMap((definition) -> figure(tenantId, regionKey, definition, locale))
					.ifPresent(figures::add);
			}
			sections.add(new Section(field.name(), figures));
		}
		return sections;
	}

	private Optional<Figure> figure(UUID tenantId, String regionKey, IndicatorDefinition definition, Locale locale) {
		List<IndicatorValue> own;
		List<IndicatorValue> land;
		try {
			own = this.indicators.values(tenantId, definition.code(), regionKey, null, null, Map.of());
			land = this.indicators.values(tenantId, definition.code(), LAND, null, null, Map.of());
		}
		catch (RuntimeException ex) {
			// an indicator without values for these regions shows no figure
			return Optional.empty();
		}
		List<IndicatorValue> known = own.stream().filter((value) -> value.value() != null).toList();
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(definition.precision());
		format.setMaximumFractionDigits(definition.precision());
		String title = definition.title(locale);
		if (known.isEmpty()) {
			return Optional.of(new Figure(definition.code(), title, definition.unit(), null, null, null, null, null,
					null, definition.attribution()));
		}
		IndicatorValue latest = known.get(known.size() - 1);
		IndicatorValue earlier = known.get(Math.max(0, known.size() - YEARS));
		String change = null;
		if (earlier != latest) {
			BigDecimal delta = latest.value().subtract(earlier.value());
			change = ((delta.signum() > 0) ? "+" : "") + format.format(delta);
		}
		Map<String, BigDecimal> landByPeriod = new LinkedHashMap<>();
		land.forEach((value) -> landByPeriod.put(value.period(), value.value()));
		BigDecimal landLatest = landByPeriod.get(latest.period());
		Set<String> periods = new LinkedHashSet<>();
		Map<String, BigDecimal> ownByPeriod = new LinkedHashMap<>();
		for (IndicatorValue value : own) {
			if (value.period().compareTo(earlier.period()) >= 0) {
				periods.add(value.period());
				ownByPeriod.put(value.period(), value.value());
			}
		}
		Map<String, BigDecimal> landShown = new LinkedHashMap<>();
		periods.forEach((period) -> landShown.put(period, landByPeriod.get(period)));
		String chart = Chart.line("handout-" + definition.code())
			.title(title)
			.description(message("strategy.dialog.handout.chartDescription", locale, title))
			.source(definition.attribution())
			.categories(message("strategy.dialog.handout.year", locale), List.copyOf(periods))
			.series(new Chart.Series(message("strategy.dialog.handout.region", locale), null, ownByPeriod),
					new Chart.Series(message("strategy.dialog.handout.land", locale), null, landShown))
			.values(format::format)
			.locale(locale)
			.build()
			.svg();
		return Optional.of(new Figure(definition.code(), title, definition.unit(), latest.period(),
				format.format(latest.value()), (change != null) ? earlier.period() : null, change,
				(landLatest != null) ? format.format(landLatest) : null, chart, definition.attribution()));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
