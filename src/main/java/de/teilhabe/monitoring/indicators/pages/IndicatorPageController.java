package de.teilhabe.monitoring.indicators.pages;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.table.SpreadsheetTable.Format;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The indicator pages: the overview per theme for a region and a year, one indicator with
 * chart, data table, ranking, definition and downloads (CSV, XLSX). Every figure comes
 * from the stored values; nothing is recomputed per request.
 */
@Controller
class IndicatorPageController {

	/** Query parameters naming a dimension start with this, e.g. {@code d.Geschlecht}. */
	static final String DIMENSION_PREFIX = "d.";

	private static final int PAGE_BUFFER = 128 * 1024;

	/**
	 * Where in the kept content the links to edit and delete and a message after a change
	 * go (they depend on the user).
	 */
	private static final String ACTIONS_MARKER = "<!--indicator-actions-->";

	private final IndicatorData.Loader loader;

	private final IndicatorDataCache cache;

	private final IndicatorViews views;

	private final IndicatorRegions regions;

	private final MessageSource messages;

	private final FragmentRenderer fragments;

	IndicatorPageController(IndicatorData.Loader loader, IndicatorDataCache cache, IndicatorViews views,
			IndicatorRegions regions, MessageSource messages, FragmentRenderer fragments) {
		this.fragments = fragments;
		this.loader = loader;
		this.cache = cache;
		this.views = views;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/indicators")
	String overview(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
			Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		IndicatorDataCache.OverviewKey key = new IndicatorDataCache.OverviewKey(actor.tenantId(), locale,
				(region == null) ? "" : region, (year == null) ? "" : year);
		model.addAttribute("overview",
				this.cache.overview(key, () -> this.views.overview(actor.tenantId(), region, year, locale)));
		model.addAttribute("choices", this.regions.choices(actor.tenantId()));
		model.addAttribute("canEdit", actor.hasAny(Role.STRATEGY, Role.ADMIN));
		return "monitoring/indicators";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam Map<String, String> parameters, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		// the page (about 45 kB) fits the buffer: the response is not committed while it
		// is rendered, which would make the session save itself in the middle of every
		// view
		response.setBufferSize(PAGE_BUFFER);
		Actor actor = CurrentActor.get();
		UUID tenantId = actor.tenantId();
		IndicatorDataCache.Key key = key(tenantId, code, parameters);
		IndicatorData data = load(key);
		model.addAttribute("indicatorTitle",
				Display.title(data.definition(), locale, data.region().equals(data.land())));
		// links to edit and delete an own indicator for those who may (outside the kept
		// content, which is the same for every role)
		model.addAttribute("indicatorCode", data.definition().code());
		model.addAttribute("canEdit", !data.definition().shipped() && actor.hasAny(Role.STRATEGY, Role.ADMIN));
		// the main content is the same for everyone of the tenant asking in this
		// language:
		// rendered once, kept with the data (rendering it was three quarters of a view)
		String content = this.cache.content(key, () -> this.fragments.render("monitoring/indicator :: content",
				contentModel(tenantId, data, locale), locale, request, response));
		int actions = content.indexOf(ACTIONS_MARKER);
		model.addAttribute("contentHead", (actions < 0) ? content : content.substring(0, actions));
		model.addAttribute("contentTail", (actions < 0) ? "" : content.substring(actions + ACTIONS_MARKER.length()));
		return "monitoring/indicator-page";
	}

	private Map<String, Object> contentModel(UUID tenantId, IndicatorData data, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("data", data);
		model.put("d", data.definition());
		model.put("indicatorTitle", Display.title(data.definition(), locale, data.region().equals(data.land())));
		model.put("unit", Display.unit(data.definition().unit()));
		model.put("variantText", variantText(data.variant()));
		model.put("regionName", this.regions.name(tenantId, data.region()));
		model.put("landName", this.regions.name(tenantId, data.land()));
		model.put("rankingParentName", this.regions.name(tenantId, data.rankingParent()));
		model.put("homeIsKreis", this.regions.home(tenantId).length() == 5);
		model.put("choices", this.regions.choices(tenantId));
		model.put("chart", this.views.chart(tenantId, data, locale));
		model.put("gaps", this.views.gaps(tenantId, data, locale));
		model.put("rows", this.views.table(data, locale));
		model.put("ranking", this.views.ranking(tenantId, data, locale));
		model.put("query", query(data, data.ranking()));
		model.put("kreiseQuery", query(data, IndicatorData.KREISE));
		model.put("gemeindenQuery", query(data, IndicatorData.GEMEINDEN));
		return model;
	}

	@GetMapping("/indicators/{code}/series.csv")
	ResponseEntity<byte[]> seriesCsv(@PathVariable String code, @RequestParam Map<String, String> parameters,
			Locale locale) {
		return series(code, parameters, locale).download(Format.CSV, code + "-zeitreihe");
	}

	@GetMapping("/indicators/{code}/series.xlsx")
	ResponseEntity<byte[]> seriesXlsx(@PathVariable String code, @RequestParam Map<String, String> parameters,
			Locale locale) {
		return series(code, parameters, locale).download(Format.XLSX, code + "-zeitreihe");
	}

	@GetMapping("/indicators/{code}/ranking.csv")
	ResponseEntity<byte[]> rankingCsv(@PathVariable String code, @RequestParam Map<String, String> parameters,
			Locale locale) {
		return ranking(code, parameters, locale).download(Format.CSV, code + "-rangfolge");
	}

	@GetMapping("/indicators/{code}/ranking.xlsx")
	ResponseEntity<byte[]> rankingXlsx(@PathVariable String code, @RequestParam Map<String, String> parameters,
			Locale locale) {
		return ranking(code, parameters, locale).download(Format.XLSX, code + "-rangfolge");
	}

	private static IndicatorDataCache.Key key(UUID tenantId, String code, Map<String, String> parameters) {
		Map<String, String> dimensions = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(DIMENSION_PREFIX) && !value.isBlank()) {
				dimensions.put(name.substring(DIMENSION_PREFIX.length()), value);
			}
		});
		return new IndicatorDataCache.Key(tenantId, LocaleContextHolder.getLocale(), code, parameters.get("region"),
				parameters.get("year"), parameters.get("ranking"), Map.copyOf(dimensions));
	}

	private IndicatorData load(IndicatorDataCache.Key key) {
		return this.cache.get(key, () -> this.loader.load(key.tenantId(), key.code(), key.region(), key.year(),
				key.ranking(), key.dimensions()));
	}

	private IndicatorData load(UUID tenantId, String code, Map<String, String> parameters) {
		return load(key(tenantId, code, parameters));
	}

	/** The query string that shows the same region, year, ranking and variant. */
	static String query(IndicatorData data, String ranking) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("region", data.region());
		if (data.year() != null) {
			query.queryParam("year", data.year());
		}
		query.queryParam("ranking", ranking);
		data.variant().forEach((name, value) -> query.queryParam(DIMENSION_PREFIX + name, value));
		return query.encode().build().getQuery();
	}

	private SpreadsheetTable series(String code, Map<String, String> parameters, Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		IndicatorData data = load(tenantId, code, parameters);
		SpreadsheetTable table = head(
				SpreadsheetTable.named(message("monitoring.indicator.download.sheet.series", locale)), data, locale);
		table.columns(message("monitoring.indicator.page.period", locale),
				message("monitoring.indicator.page.region", locale), message("monitoring.indicator.page.key", locale),
				message("monitoring.indicator.page.value", locale) + " (" + data.definition().unit() + ")",
				message("monitoring.indicator.page.numerator." + data.definition().kind(), locale),
				message("monitoring.indicator.page.denominator." + data.definition().kind(), locale),
				message("monitoring.indicator.page.symbol", locale),
				message("monitoring.indicator.page.reason", locale));
		rows(table, tenantId, data.regionValues(), false, data.definition().precision());
		rows(table, tenantId, data.landValues(), false, data.definition().precision());
		return foot(table, data.definition(), locale);
	}

	private SpreadsheetTable ranking(String code, Map<String, String> parameters, Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		IndicatorData data = load(tenantId, code, parameters);
		SpreadsheetTable table = head(
				SpreadsheetTable.named(message("monitoring.indicator.download.sheet.ranking", locale)), data, locale);
		table.about(message("monitoring.indicator.page.year", locale), data.year());
		table.columns(message("monitoring.indicator.page.rank", locale),
				message("monitoring.indicator.page.period", locale),
				message("monitoring.indicator.page.region", locale), message("monitoring.indicator.page.key", locale),
				message("monitoring.indicator.page.value", locale) + " (" + data.definition().unit() + ")",
				message("monitoring.indicator.page.numerator." + data.definition().kind(), locale),
				message("monitoring.indicator.page.denominator." + data.definition().kind(), locale),
				message("monitoring.indicator.page.symbol", locale),
				message("monitoring.indicator.page.reason", locale));
		rows(table, tenantId, data.ranked(), true, data.definition().precision());
		return foot(table, data.definition(), locale);
	}

	private SpreadsheetTable head(SpreadsheetTable table, IndicatorData data, Locale locale) {
		table.about(message("monitoring.indicator.page.indicator", locale),
				data.definition().code() + " " + data.definition().title(locale));
		table.about(message("monitoring.indicator.page.unit", locale), data.definition().unit());
		if (!data.variant().isEmpty()) {
			table.about(message("monitoring.indicator.page.variant", locale), variantText(data.variant()));
		}
		return table;
	}

	private SpreadsheetTable foot(SpreadsheetTable table, IndicatorDefinition definition, Locale locale) {
		table.footer(message("monitoring.indicator.page.source", locale), definition.attribution());
		table.footer(message("monitoring.indicator.page.origin", locale), definition.source());
		table.footer(message("monitoring.indicator.page.licence", locale), definition.licence());
		table.footer(message("monitoring.indicator.download.note", locale),
				message("monitoring.indicator.download.format", locale));
		return table;
	}

	/**
	 * Values at the indicator's precision, as the page shows them (the API gives full
	 * precision).
	 */
	private void rows(SpreadsheetTable table, UUID tenantId, List<IndicatorValue> values, boolean ranked,
			int precision) {
		List<Integer> ranks = ranked ? IndicatorViews.ranks(values) : null;
		for (int i = 0; i < values.size(); i++) {
			IndicatorValue value = values.get(i);
			Object[] cells = { value.period(), this.regions.name(tenantId, value.region()), value.region(),
					Figures.rounded(value.value(), precision), value.numerator(), value.denominator(), value.symbol(),
					value.reason() };
			if (ranked) {
				Object[] withRank = new Object[cells.length + 1];
				withRank[0] = ranks.get(i);
				System.arraycopy(cells, 0, withRank, 1, cells.length);
				cells = withRank;
			}
			table.row(cells);
		}
	}

	static String variantText(Map<String, String> variant) {
		StringBuilder text = new StringBuilder();
		variant.forEach(
				(name, value) -> text.append((text.length() > 0) ? "; " : "").append(name).append(": ").append(value));
		return text.toString();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
