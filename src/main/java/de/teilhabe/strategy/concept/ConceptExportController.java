package de.teilhabe.strategy.concept;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export of a version of the concept with its goals and measures: CSV and XLSX (one
 * table: Leitlinien, Handlungsfelder with their indicators, goals with baseline, target
 * and status, measures with their organisations and goals) and PDF (the same as a
 * document). A goal's status is empty until the controlling has computed one.
 */
@Controller
class ConceptExportController {

	private final ConceptStore concepts;

	private final ConceptContents contents;

	private final ConceptPages pages;

	private final Organisations organisations;

	private final Documents documents;

	private final Tenants tenants;

	private final MessageSource messages;

	private final Times times;

	ConceptExportController(ConceptStore concepts, ConceptContents contents, ConceptPages pages,
			Organisations organisations, Documents documents, Tenants tenants, MessageSource messages, Times times) {
		this.concepts = concepts;
		this.contents = contents;
		this.pages = pages;
		this.organisations = organisations;
		this.documents = documents;
		this.tenants = tenants;
		this.messages = messages;
		this.times = times;
	}

	@GetMapping("/strategy/concepts/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "xlsx") String format) {
		UUID tenantId = CurrentActor.get().tenantId();
		Concept concept = this.pages.version(tenantId, id);
		Locale locale = LocaleContextHolder.getLocale();
		Export export = load(tenantId, concept, locale);
		String baseName = "integrationskonzept-" + concept.horizonStart() + "-" + concept.horizonEnd();
		return switch (format.toLowerCase(Locale.ROOT)) {
			case "csv" -> table(export, locale).download(SpreadsheetTable.Format.CSV, baseName);
			case "xlsx" -> table(export, locale).download(SpreadsheetTable.Format.XLSX, baseName);
			case "pdf" -> Documents.download(
					this.documents.render(DocumentRequest.ofTemplate("strategy/concept-document",
							Map.of("export", export), concept.title(), locale, this.tenants.letterhead(tenantId))),
					baseName + ".pdf");
			default -> throw new BadRequestException("strategy.concept.error.format", format);
		};
	}

	private Export load(UUID tenantId, Concept concept, Locale locale) {
		List<ConceptPages.FieldView> fields = this.pages.fields(tenantId, concept.id());
		Map<String, String> indicatorTitles = this.pages.indicatorTitles(tenantId);
		List<ConceptContents.Goal> goals = this.contents.goals(tenantId, concept.id());
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, String> fieldNames = fields.stream()
			.collect(Collectors.toMap((view) -> view.field().id(), (view) -> view.field().name()));
		Map<UUID, String> goalTitles = new LinkedHashMap<>();
		List<GoalRow> goalRows = new ArrayList<>();
		for (ConceptContents.Goal goal : goals) {
			goalTitles.put(goal.id(), goal.title());
			String measurable = (goal.indicatorCode() != null)
					? indicatorTitles.getOrDefault(goal.indicatorCode(), goal.indicatorCode()) : goal.customMeasure();
			goalRows
				.add(new GoalRow(fieldNames.get(goal.fieldId()), goal.title(), measurable, goal.baselineValue(),
						goal.baselineYear(), goal.targetValue(), goal.targetYear(), (goal.status() != null)
								? message("strategy.concept.goalStatus." + goal.status(), locale) : null,
						organisationNames(tenantId, goal.organisations(), names)));
		}
		List<MeasureRow> measureRows = new ArrayList<>();
		for (ConceptContents.Measure measure : this.contents.measures(tenantId, concept.id())) {
			String lead = (measure.leadOrganisation() != null)
					? organisationNames(tenantId, List.of(measure.leadOrganisation()), names)
					: message("strategy.concept.export.office", locale);
			measureRows
				.add(new MeasureRow(measure.title(), lead, organisationNames(tenantId, measure.partners(), names),
						measure.goals()
							.stream()
							.map(goalTitles::get)
							.filter(java.util.Objects::nonNull)
							.sorted()
							.collect(Collectors.joining("; ")),
						(measure.startDate() != null) ? this.times.date(measure.startDate()) : null,
						(measure.endDate() != null) ? this.times.date(measure.endDate()) : null, measure.budget(),
						message("strategy.concept.measureStatus." + measure.status(), locale)));
		}
		String adoption = (concept.adoptedOn() != null) ? message("strategy.concept.adoptedBy", locale,
				concept.adoptedBy(), this.times.date(concept.adoptedOn())) : null;
		return new Export(concept, message("strategy.concept.status." + concept.status(), locale), adoption,
				this.concepts.guidelines(tenantId, concept.id()),
				fields.stream()
					.map((view) -> new FieldRow(view.field().name(), view.field().description(), String.join("; ", view
						.indicatorTitles()
						.stream()
						.map((title) -> (title != null) ? title : message("strategy.concept.indicatorUnknown", locale))
						.toList())))
					.toList(),
				goalRows, measureRows);
	}

	private SpreadsheetTable table(Export export, Locale locale) {
		SpreadsheetTable table = SpreadsheetTable.named(message("strategy.concept.export.sheet", locale))
			.about(message("strategy.concept.field.title", locale), export.concept().title())
			.about(message("strategy.concept.horizon", locale),
					export.concept().horizonStart() + "–" + export.concept().horizonEnd())
			.about(message("strategy.concept.status", locale), export.status());
		if (export.adoption() != null) {
			table.about(message("strategy.concept.adoption", locale), export.adoption());
		}
		table.columns(message("strategy.concept.export.kind", locale), message("strategy.concept.export.field", locale),
				message("strategy.concept.export.title", locale), message("strategy.concept.export.measurable", locale),
				message("strategy.concept.export.baseline", locale),
				message("strategy.concept.export.baselineYear", locale),
				message("strategy.concept.export.target", locale),
				message("strategy.concept.export.targetYear", locale),
				message("strategy.concept.export.status", locale),
				message("strategy.concept.export.organisations", locale),
				message("strategy.concept.export.goals", locale), message("strategy.concept.export.period", locale),
				message("strategy.concept.export.budget", locale));
		String guideline = message("strategy.concept.export.kind.guideline", locale);
		for (String text : export.guidelines()) {
			table.row(guideline, null, text, null, null, null, null, null, null, null, null, null, null);
		}
		String field = message("strategy.concept.export.kind.field", locale);
		for (FieldRow row : export.fields()) {
			table.row(field, row.name(), row.description(), row.indicators(), null, null, null, null, null, null, null,
					null, null);
		}
		String goal = message("strategy.concept.export.kind.goal", locale);
		for (GoalRow row : export.goals()) {
			table.row(goal, row.field(), row.title(), row.measurable(), row.baselineValue(), row.baselineYear(),
					row.targetValue(), row.targetYear(), row.status(), row.organisations(), null, null, null);
		}
		String measure = message("strategy.concept.export.kind.measure", locale);
		for (MeasureRow row : export.measures()) {
			String organisations = row.partners().isEmpty() ? row.lead() : row.lead() + "; " + row.partners();
			table.row(measure, null, row.title(), null, null, null, null, null, row.status(), organisations,
					row.goals(), row.period(), row.budget());
		}
		return table;
	}

	private String organisationNames(UUID tenantId, List<UUID> ids, Map<UUID, String> names) {
		return ids.stream()
			.map((id) -> names.computeIfAbsent(id,
					(key) -> this.organisations.find(tenantId, key).map(OrganisationSummary::name).orElse(null)))
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining("; "));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A version with everything under it, as exported. */
	public record Export(Concept concept, String status, String adoption, List<String> guidelines,
			List<FieldRow> fields, List<GoalRow> goals, List<MeasureRow> measures) {
	}

	/** A Handlungsfeld with the titles of its indicators. */
	public record FieldRow(String name, String description, String indicators) {
	}

	/** A goal with its Handlungsfeld, measurable part, baseline, target and status. */
	public record GoalRow(String field, String title, String measurable, BigDecimal baselineValue, Integer baselineYear,
			BigDecimal targetValue, Integer targetYear, String status, String organisations) {
	}

	/** A measure with its organisations, goals, period and budget. */
	public record MeasureRow(String title, String lead, String partners, String goals, String start, String end,
			BigDecimal budget, String status) {

		public String period() {
			return (this.start == null && this.end == null) ? null
					: ((this.start != null) ? this.start : "…") + " – " + ((this.end != null) ? this.end : "…");
		}

	}

}
