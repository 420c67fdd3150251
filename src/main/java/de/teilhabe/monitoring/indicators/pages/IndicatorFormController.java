package de.teilhabe.monitoring.indicators.pages;

import java.util.ArrayList;
import java.util.HashSet;
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
import de.teilhabe.monitoring.indicators.DefinitionFields;
import de.teilhabe.monitoring.statistics.series.StatisticsSeries;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.HtmxPages;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form to define or change an own indicator (STRATEGY, ADMIN): a preview of its
 * values for a region (the „Vorschau“ button, or htmx on every change), then create or
 * save (all or nothing, POST-redirect-GET to the indicator's page). Errors appear at
 * their fields. Deleting asks first. A shipped indicator is read-only: its edit and
 * delete pages answer 409, as the API does.
 */
@Controller
class IndicatorFormController {

	private static final String VIEW = "monitoring/indicator-form";

	/** The labels of the fields: {@code <LABELS><field>}. */
	private static final String LABELS = "monitoring.indicator.form.";

	private static final String ERROR = LABELS + "error.";

	private final Indicators indicators;

	private final StatisticsSeries series;

	private final IndicatorRegions regions;

	private final IndicatorViews views;

	private final FormBinder forms;

	private final MessageSource messages;

	IndicatorFormController(Indicators indicators, StatisticsSeries series, IndicatorRegions regions,
			IndicatorViews views, FormBinder forms, MessageSource messages) {
		this.indicators = indicators;
		this.series = series;
		this.regions = regions;
		this.views = views;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/indicators/new")
	String form(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		return show(model, tenantId, FormBinder.values(IndicatorForm.empty(this.regions.home(tenantId))), Map.of(),
				null);
	}

	@PostMapping("/indicators/new")
	String submit(@RequestParam MultiValueMap<String, String> params,
			@RequestParam(defaultValue = "create") String intent, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return submit(params, intent, null, model, request, response, redirect, locale);
	}

	/** The form filled with an own indicator; 404 unknown, 409 shipped (read-only). */
	@GetMapping("/indicators/{code}/edit")
	String editForm(@PathVariable String code, Model model, HttpServletResponse response) {
		UUID tenantId = CurrentActor.get().tenantId();
		IndicatorDefinition definition = own(tenantId, code);
		if (definition.shipped()) {
			return readOnly(model, response);
		}
		return show(model, tenantId, FormBinder.values(IndicatorForm.of(definition, this.regions.home(tenantId))),
				Map.of(), definition);
	}

	@PostMapping("/indicators/{code}/edit")
	String edit(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(defaultValue = "create") String intent, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		IndicatorDefinition definition = own(CurrentActor.get().tenantId(), code);
		if (definition.shipped()) {
			return readOnly(model, response);
		}
		return submit(params, intent, definition, model, request, response, redirect, locale);
	}

	/** Asks before deleting an own indicator; 404 unknown, 409 shipped. */
	@GetMapping("/indicators/{code}/delete")
	String deleteForm(@PathVariable String code, Model model, HttpServletResponse response, Locale locale) {
		IndicatorDefinition definition = own(CurrentActor.get().tenantId(), code);
		if (definition.shipped()) {
			return readOnly(model, response);
		}
		model.addAttribute("d", definition);
		model.addAttribute("indicatorTitle", definition.title(locale));
		return "monitoring/indicator-delete";
	}

	@PostMapping("/indicators/{code}/delete")
	String delete(@PathVariable String code, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		Actor actor = CurrentActor.get();
		IndicatorDefinition definition = own(actor.tenantId(), code);
		if (definition.shipped()) {
			return readOnly(model, response);
		}
		this.indicators.delete(actor, code);
		redirect.addFlashAttribute("deleted", code + " " + definition.title(locale));
		return "redirect:/indicators";
	}

	private IndicatorDefinition own(UUID tenantId, String code) {
		return this.indicators.find(tenantId, code)
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.indicator", code));
	}

	/**
	 * 409 for the edit and delete pages of a shipped indicator, as the API answers, with
	 * the reason in words.
	 */
	private String readOnly(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		model.addAttribute("detail", message("monitoring.indicator.readOnly", null, LocaleContextHolder.getLocale()));
		return "error";
	}

	/**
	 * Preview or store a new indicator ({@code edited} null) or a change of an own one.
	 * The form's own checks and the definition check name every error they find at once;
	 * an invalid form to store answers 400, a preview 200 (htmx swaps it in).
	 */
	private String submit(MultiValueMap<String, String> params, String intent, IndicatorDefinition edited, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<IndicatorForm> bound = this.forms.bind(params, IndicatorForm.class);
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(bound.checked().errors());
		boolean preview = "preview".equals(intent);
		IndicatorForm form = bound.form();
		if (form != null) {
			NewIndicator indicator = form.toNewIndicator();
			try {
				if (!errors.isEmpty()) {
					// what the definition check finds beyond the form's own checks (a
					// preview stores nothing)
					this.indicators.preview(actor.tenantId(), indicator, this.regions.home(actor.tenantId()));
				}
				else if (preview) {
					String region = this.regions.chosen(actor.tenantId(), form.previewRegion());
					List<IndicatorValue> all = this.indicators.preview(actor.tenantId(), indicator, region);
					// one variant: the default, or one chosen where it leaves several
					Map<String, String> variant = Variants.choose(all);
					List<IndicatorValue> values = Variants.only(all, variant);
					model.addAttribute("previewVariant", IndicatorPageController.variantText(variant));
					int precision = (indicator.precision() == null) ? 1 : indicator.precision();
					model.addAttribute("previewRows", this.views.previewRows(values, precision, locale));
					model.addAttribute("previewChart",
							this.views.previewChart(actor.tenantId(), indicator, region, values, precision, locale));
					model.addAttribute("previewRegionName", this.regions.name(actor.tenantId(), region));
				}
				else if (edited == null) {
					IndicatorDefinition defined = this.indicators.define(actor, indicator);
					redirect.addFlashAttribute("created", defined.code());
					return "redirect:/indicators/" + defined.code();
				}
				else {
					IndicatorDefinition changed = this.indicators.update(actor, edited.code(), indicator);
					redirect.addFlashAttribute("changed", changed.code());
					return "redirect:/indicators/" + changed.code();
				}
			}
			catch (IndicatorDefinitionException ex) {
				// on the edit form the code is fixed: an error at it means it was changed
				errors.putIfAbsent(DefinitionFields.formField(ex.field()), new DefaultMessageSourceResolvable(null,
						null, DefinitionFields.message(this.messages, ex, edited != null, locale)));
			}
			catch (BadRequestException ex) {
				errors.put("previewRegion", new DefaultMessageSourceResolvable(ERROR + "previewRegion"));
			}
		}
		show(model, actor.tenantId(), bound.checked().values(), errors, edited);
		if (preview) {
			// a preview shows the errors so far in the page (htmx swaps only a 2xx): it
			// is no rejected form
			response.setStatus(HttpStatus.OK.value());
		}
		model.addAttribute("previewed", preview);
		return preview ? HtmxPages.pageOrFragment(request, VIEW, "preview") : VIEW;
	}

	/**
	 * The next free code in the chosen theme („1-e1“, „1-e2“, …), or „eigen-1“, … without
	 * a theme: a proposal, the user may write another.
	 */
	private String proposeCode(UUID tenantId, String theme) {
		Set<String> taken = new HashSet<>();
		this.indicators.catalogue(tenantId).forEach((indicator) -> taken.add(indicator.code()));
		String prefix = blank(theme) ? "eigen-" : theme.strip() + "-e";
		int next = 1;
		while (taken.contains(prefix + next)) {
			next++;
		}
		return prefix + next;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A choice of a select field. */
	record Option(String value, String label) {

	}

	/** Fields with a hint under their label. */
	private static final Set<String> HINTS = Set.of("code", "newThemeCode", "numeratorFilter", "numeratorBy",
			"numeratorOffset", "denominatorSeries", "denominatorBy", "denominatorOffset", "scale",
			"secondNumeratorSeries", "secondNumeratorBy", "secondDenominatorBy", "periodsBack", "precision",
			"defaultDimensions");

	/**
	 * The form, new ({@code edited} null: „/indicators/new“) or to change an own
	 * indicator (its code read-only).
	 */
	private String show(Model model, UUID tenantId, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, IndicatorDefinition edited) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("edited", edited);
		model.addAttribute("formAction",
				(edited == null) ? "/indicators/new" : "/indicators/" + edited.code() + "/edit");
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("hints", HINTS);
		if (edited == null) {
			String themeCode = values.get("themeCode");
			model.addAttribute("proposedCode",
					proposeCode(tenantId, blank(themeCode) ? values.get("newThemeCode") : themeCode));
		}
		Map<String, List<Option>> options = new LinkedHashMap<>();
		List<Option> themes = new ArrayList<>();
		themes.add(new Option("", message("monitoring.indicator.form.themeCode.new", null, locale)));
		for (IndicatorTheme theme : this.indicators.catalogueByTheme(tenantId).keySet()) {
			themes.add(new Option(theme.code(), theme.code() + " " + theme.title()));
		}
		options.put("themeCode", themes);
		List<Option> series = new ArrayList<>();
		series.add(new Option("", message("monitoring.indicator.form.noSeries", null, locale)));
		for (StatisticsSeries.SeriesSummary summary : this.series.list(tenantId)) {
			series.add(new Option(summary.code(), seriesLabel(summary, locale)));
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
		model.addAttribute("choices", Map.of("polarity", Polarity.values(), "kind", ComputationKind.values(),
				"changeMode", ChangeMode.values()));
		return VIEW;
	}

	/**
	 * Code, label, whether it is the tenant's own, and its dimension names (so that
	 * nobody has to guess what a filter or a variant may name).
	 */
	private String seriesLabel(StatisticsSeries.SeriesSummary summary, Locale locale) {
		StringBuilder label = new StringBuilder(summary.code()).append(" – ").append(summary.label());
		if (!summary.shared()) {
			label.append(" (").append(message("monitoring.series.own", null, locale)).append(')');
		}
		if (!summary.dimensionNames().isEmpty()) {
			label.append(" [")
				.append(this.messages.getMessage("monitoring.indicator.form.seriesDimensions",
						new Object[] { String.join(", ", summary.dimensionNames()) }, locale))
				.append(']');
		}
		return label.toString();
	}

	private String message(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
