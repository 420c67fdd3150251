package de.teilhabe.monitoring.indicators.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation.ChangeMode;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorDefinitionException;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.monitoring.statistics.series.StatisticsSeries;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.HtmxPages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form to define an own indicator (STRATEGY, ADMIN): a preview of its values for a
 * region (the „Vorschau“ button, or htmx on every change), then create (all or nothing,
 * POST-redirect-GET to the new indicator's page). Errors appear at their fields.
 */
@Controller
class IndicatorFormController {

	private static final String VIEW = "monitoring/indicator-form";

	private final Indicators indicators;

	private final StatisticsSeries series;

	private final IndicatorRegions regions;

	private final IndicatorViews views;

	private final MessageSource messages;

	IndicatorFormController(Indicators indicators, StatisticsSeries series, IndicatorRegions regions,
			IndicatorViews views, MessageSource messages) {
		this.indicators = indicators;
		this.series = series;
		this.regions = regions;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/indicators/new")
	String form(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		return show(model, tenantId, IndicatorForm.empty(this.regions.home(tenantId)), Map.of());
	}

	@PostMapping("/indicators/new")
	String submit(@ModelAttribute IndicatorForm form, @RequestParam(defaultValue = "create") String intent, Model model,
			HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		Map<String, String> errors = new LinkedHashMap<>();
		NewIndicator indicator = form.toNewIndicator(errors);
		errors.replaceAll((field, key) -> message("monitoring.indicator.form.error." + field, null, locale));
		boolean preview = "preview".equals(intent);
		if (indicator != null) {
			try {
				if (preview) {
					String region = this.regions.chosen(actor.tenantId(), form.previewRegion());
					List<IndicatorValue> values = this.indicators.preview(actor.tenantId(), indicator, region);
					int precision = (indicator.precision() == null) ? 1 : indicator.precision();
					model.addAttribute("previewRows", this.views.previewRows(values, precision, locale));
					model.addAttribute("previewChart",
							this.views.previewChart(actor.tenantId(), indicator, region, values, precision, locale));
					model.addAttribute("previewRegionName", this.regions.name(actor.tenantId(), region));
				}
				else {
					IndicatorDefinition defined = this.indicators.define(actor, indicator);
					redirect.addFlashAttribute("created", defined.code());
					return "redirect:/indicators/" + defined.code();
				}
			}
			catch (IndicatorDefinitionException ex) {
				String field = IndicatorForm.formField(ex.field());
				String key = "monitoring.indicator.form.error." + field;
				errors.put(field,
						ex.conflict() ? message(key + ".conflict", message(key, ex.getMessage(), locale), locale)
								: message(key, ex.getMessage(), locale));
			}
			catch (BadRequestException ex) {
				errors.put("previewRegion", message("monitoring.indicator.form.error.previewRegion", null, locale));
			}
		}
		show(model, actor.tenantId(), form, errors);
		model.addAttribute("previewed", preview);
		return preview ? HtmxPages.pageOrFragment(request, VIEW, "preview") : VIEW;
	}

	/** A choice of a select field. */
	record Option(String value, String label) {

	}

	/** Fields with a hint under their label. */
	private static final Set<String> HINTS = Set.of("code", "newThemeCode", "numeratorFilter", "numeratorOffset",
			"denominatorSeries", "denominatorOffset", "scale", "secondNumeratorSeries", "periodsBack", "precision");

	private String show(Model model, UUID tenantId, IndicatorForm form, Map<String, String> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("values", form.values());
		model.addAttribute("errors", errors);
		model.addAttribute("hints", HINTS);
		Map<String, List<Option>> options = new LinkedHashMap<>();
		List<Option> themes = new ArrayList<>();
		themes.add(new Option("", message("monitoring.indicator.form.themeCode.new", null, locale)));
		for (IndicatorTheme theme : this.indicators.catalogueByTheme(tenantId).keySet()) {
			themes.add(new Option(theme.code(), theme.code() + " " + theme.title()));
		}
		options.put("themeCode", themes);
		options.put("polarity", enumOptions(Polarity.values(), "monitoring.indicator.page.polarity.", locale));
		options.put("kind", enumOptions(ComputationKind.values(), "monitoring.indicator.form.kind.", locale));
		options.put("changeMode", enumOptions(ChangeMode.values(), "monitoring.indicator.form.changeMode.", locale));
		List<Option> series = new ArrayList<>();
		series.add(new Option("", message("monitoring.indicator.form.noSeries", null, locale)));
		for (StatisticsSeries.SeriesSummary summary : this.series.list(tenantId)) {
			series.add(new Option(summary.code(), summary.code() + " – " + summary.label()
					+ (summary.shared() ? "" : " (" + message("monitoring.series.own", null, locale) + ")")));
		}
		for (String field : List.of("numeratorSeries", "denominatorSeries", "secondNumeratorSeries",
				"secondDenominatorSeries")) {
			options.put(field, series);
		}
		options.put("previewRegion",
				this.regions.choices(tenantId)
					.stream()
					.map((choice) -> new Option(choice.key(), choice.name() + " (" + choice.key() + ")"))
					.toList());
		model.addAttribute("options", options);
		return VIEW;
	}

	private List<Option> enumOptions(Enum<?>[] values, String prefix, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (Enum<?> value : values) {
			options.add(new Option(value.name(), message(prefix + value.name(), value.name(), locale)));
		}
		return options;
	}

	private String message(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
