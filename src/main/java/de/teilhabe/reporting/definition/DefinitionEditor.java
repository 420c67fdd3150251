package de.teilhabe.reporting.definition;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The definition editor (STRATEGY): title, reporting year, regions ticked by name,
 * chapters added, removed and moved, each with its kind, text (report markup), theme or
 * indicators picked by title. Saved only when valid; otherwise shown again with each
 * problem at its field (a chapter's problem at its heading, naming the chapter).
 */
@Controller
class DefinitionEditor {

	private static final String LABELS = "reporting.form.label.";

	private final DefinitionStore definitions;

	private final DefinitionChecks checks;

	private final Tenants tenants;

	private final Regions regions;

	private final Indicators indicators;

	private final MessageSource messages;

	private final Clock clock;

	DefinitionEditor(DefinitionStore definitions, DefinitionChecks checks, Tenants tenants, Regions regions,
			Indicators indicators, MessageSource messages, Clock clock) {
		this.definitions = definitions;
		this.checks = checks;
		this.tenants = tenants;
		this.regions = regions;
		this.indicators = indicators;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reports/new")
	String newDefinition(Model model, Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		ReportDefinition standard = this.definitions.all(tenantId)
			.stream()
			.filter(ReportDefinition::standard)
			.findFirst()
			.orElseThrow();
		DefinitionForm form = new DefinitionForm("", String.valueOf(standard.reportingYear()), standard.regionKeys(),
				List.of(new DefinitionForm.ChapterRow("", ChapterKind.FREE_TEXT.name(), "", "", List.of())), null);
		return show(model, null, form, Map.of(), locale);
	}

	@GetMapping("/reports/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		ReportDefinition definition = find(id);
		return show(model, definition, DefinitionForm.of(definition), Map.of(), locale);
	}

	@PostMapping("/reports")
	ModelAndView create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		return save(null, params, model, locale);
	}

	@PostMapping("/reports/{id}")
	ModelAndView update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale) {
		return save(find(id), params, model, locale);
	}

	private ModelAndView save(ReportDefinition existing, MultiValueMap<String, String> params, Model model,
			Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		String action = params.getFirst("action");
		DefinitionForm form = DefinitionForm.of(params);
		if (!"save".equals(action)) {
			return new ModelAndView(show(model, existing, form.apply(action), Map.of(), locale), model.asMap());
		}
		ReportDefinition definition = form.definition((existing != null) ? existing.id() : null, tenantId,
				existing != null && existing.standard());
		List<Invalid> problems = this.checks.check(tenantId, definition);
		if (!problems.isEmpty()) {
			Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
			for (Invalid problem : problems) {
				String field = problem.field().startsWith("chapters[") ? problem.field() + ".title" : problem.field();
				errors.putIfAbsent(field,
						new DefaultMessageSourceResolvable(new String[] { problem.messageKey() }, problem.arguments()));
			}
			ModelAndView page = new ModelAndView(show(model, existing, form, errors, locale), model.asMap());
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id;
		if (existing == null) {
			id = this.definitions.create(tenantId, definition, now);
		}
		else {
			id = existing.id();
			this.definitions.update(tenantId, id, definition, now);
		}
		return new ModelAndView("redirect:/reports/" + id + "?saved");
	}

	private String show(Model model, ReportDefinition existing, DefinitionForm form,
			Map<String, ? extends MessageSourceResolvable> errors, Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		FormPage.show(model, form.values(), errors, this.messages, LABELS, DefinitionForm.ROWS);
		model.addAttribute("definition", existing);
		model.addAttribute("chapterCount", form.chapters().size());
		model.addAttribute("rows", DefinitionForm.ROWS);
		model.addAttribute("maxChapters", DefinitionChecks.CHAPTERS_MAX);
		model.addAttribute("kinds", List.of(ChapterKind.values()));
		model.addAttribute("regionOptions", regionOptions(tenantId, form.regions()));
		List<Option> themes = new ArrayList<>();
		List<Option> indicatorOptions = new ArrayList<>();
		for (Map.Entry<IndicatorTheme, List<IndicatorDefinition>> theme : this.indicators.catalogueByTheme(tenantId)
			.entrySet()) {
			themes.add(new Option(theme.getKey().code(), theme.getKey().title()));
			for (IndicatorDefinition indicator : theme.getValue()) {
				indicatorOptions.add(new Option(indicator.code(), indicator.title(locale)));
			}
		}
		model.addAttribute("themes", themes);
		model.addAttribute("indicatorOptions", indicatorOptions);
		model.addAttribute("formAction", (existing != null) ? "/reports/" + existing.id() : "/reports");
		return "reporting/definition-form";
	}

	/**
	 * The regions offered: the tenant's own region and each of its Städte and Gemeinden,
	 * and any other region the definition already has.
	 */
	private List<Option> regionOptions(UUID tenantId, List<String> chosen) {
		String home = this.tenants.find(tenantId).orElseThrow().homeRegionKey();
		Map<String, Option> options = new LinkedHashMap<>();
		this.regions.find(home)
			.ifPresent((region) -> options.put(region.key(), new Option(region.key(), region.name())));
		for (Region gemeinde : this.regions.gemeinden(home)) {
			options.putIfAbsent(gemeinde.key(), new Option(gemeinde.key(), gemeinde.name()));
		}
		for (String key : chosen) {
			if (!options.containsKey(key) && Regions.checkKey(key) == null) {
				this.regions.find(key).ifPresent((region) -> options.put(key, new Option(key, region.name())));
			}
		}
		return List.copyOf(options.values());
	}

	private ReportDefinition find(UUID id) {
		return this.definitions.find(CurrentActor.get().tenantId(), id)
			.orElseThrow(() -> new NotFoundException("reporting.definition.error.notFound"));
	}

	/** A choice of the form: the value sent and the text shown. */
	record Option(String value, String text) {
	}

}
