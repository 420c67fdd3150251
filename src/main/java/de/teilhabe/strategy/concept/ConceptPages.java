package de.teilhabe.strategy.concept;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the concept pages read about a version: the version of the tenant (or 404), its
 * Handlungsfelder with their indicators by title, and the tenant's indicator catalogue to
 * choose from.
 */
@Component
class ConceptPages {

	private final ConceptStore concepts;

	private final ConceptContents contents;

	private final Indicators indicators;

	ConceptPages(ConceptStore concepts, ConceptContents contents, Indicators indicators) {
		this.concepts = concepts;
		this.contents = contents;
		this.indicators = indicators;
	}

	/** The version of the tenant, or 404. */
	Concept version(UUID tenantId, UUID id) {
		return this.concepts.find(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.concept.error.notFound"));
	}

	/** A Handlungsfeld of the version, or 404. */
	Field field(UUID tenantId, UUID conceptId, UUID fieldId) {
		return this.concepts.field(tenantId, fieldId)
			.filter((field) -> field.conceptId().equals(conceptId))
			.orElseThrow(() -> new NotFoundException("strategy.concept.error.fieldNotFound"));
	}

	/**
	 * The Handlungsfelder of a version with the titles of their indicators (in the
	 * reader's language; a code the catalogue no longer has is named as such) and their
	 * number of goals.
	 */
	List<FieldView> fields(UUID tenantId, UUID conceptId) {
		Map<String, String> titles = indicatorTitles(tenantId);
		Map<UUID, Long> goals = this.contents.goals(tenantId, conceptId)
			.stream()
			.collect(Collectors.groupingBy(ConceptContents.Goal::fieldId, Collectors.counting()));
		return this.concepts.fields(tenantId, conceptId)
			.stream()
			.map((field) -> new FieldView(field,
					field.indicatorCodes().stream().map((code) -> titles.getOrDefault(code, null)).toList(),
					goals.getOrDefault(field.id(), 0L).intValue()))
			.toList();
	}

	/** The tenant's indicators by code: their titles in the reader's language. */
	Map<String, String> indicatorTitles(UUID tenantId) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> titles = new LinkedHashMap<>();
		for (IndicatorDefinition indicator : this.indicators.catalogue(tenantId)) {
			titles.put(indicator.code(), indicator.title(locale));
		}
		return titles;
	}

	/** The tenant's indicators to choose from: code and title, by title. */
	List<IndicatorChoice> indicatorChoices(UUID tenantId) {
		return indicatorTitles(tenantId).entrySet()
			.stream()
			.map((entry) -> new IndicatorChoice(entry.getKey(), entry.getValue()))
			.sorted(java.util.Comparator.comparing(IndicatorChoice::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Whether every code is one of the tenant's catalogue. */
	Set<String> unknownIndicators(UUID tenantId, List<String> codes) {
		Map<String, String> titles = indicatorTitles(tenantId);
		return codes.stream().filter((code) -> !titles.containsKey(code)).collect(Collectors.toSet());
	}

	/**
	 * A Handlungsfeld as the pages show it.
	 *
	 * @param indicatorTitles the titles of its indicators in order (null for a code the
	 * catalogue no longer has)
	 * @param goalCount its goals (not merged)
	 */
	public record FieldView(Field field, List<String> indicatorTitles, int goalCount) {
	}

	/** An indicator to choose: its code (sent) and title (shown). */
	public record IndicatorChoice(String code, String title) {
	}

}
