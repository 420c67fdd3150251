package de.teilhabe.reporting.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;

import org.springframework.stereotype.Component;

/**
 * What makes a report definition valid: a title, a reporting year, at least one known
 * region, at least one chapter, and every chapter with a title and content (free text
 * with text, indicators with a theme or known indicators). Each problem names its field:
 * {@code title}, {@code reportingYear}, {@code regions}, {@code chapters} or the chapter,
 * {@code chapters[2]}, with the chapter's number and title in the message.
 */
@Component
public class DefinitionChecks {

	/** The longest title. */
	public static final int TITLE_MAX = 200;

	/** The longest text of a chapter. */
	public static final int TEXT_MAX = 100_000;

	/** The most chapters of a definition. */
	public static final int CHAPTERS_MAX = 60;

	private final Regions regions;

	private final Indicators indicators;

	DefinitionChecks(Regions regions, Indicators indicators) {
		this.regions = regions;
		this.indicators = indicators;
	}

	/** The problems of a definition of the tenant, in field order; empty when valid. */
	public List<Invalid> check(UUID tenantId, ReportDefinition definition) {
		List<Invalid> errors = new ArrayList<>();
		if (definition.title() == null || definition.title().isBlank()) {
			errors.add(new Invalid("title", "reporting.definition.error.title"));
		}
		else if (definition.title().length() > TITLE_MAX) {
			errors.add(new Invalid("title", "reporting.definition.error.titleLength", TITLE_MAX));
		}
		if (definition.reportingYear() < 1990 || definition.reportingYear() > 2100) {
			errors.add(new Invalid("reportingYear", "reporting.definition.error.year"));
		}
		checkRegions(definition.regionKeys(), errors);
		List<Chapter> chapters = definition.chapters();
		if (chapters.isEmpty()) {
			errors.add(new Invalid("chapters", "reporting.definition.error.noChapters"));
		}
		else if (chapters.size() > CHAPTERS_MAX) {
			errors.add(new Invalid("chapters", "reporting.definition.error.tooManyChapters", CHAPTERS_MAX));
		}
		else {
			Set<String> themes = new HashSet<>();
			Set<String> codes = new HashSet<>();
			for (IndicatorDefinition indicator : this.indicators.catalogue(tenantId)) {
				themes.add(indicator.theme().code());
				codes.add(indicator.code());
			}
			for (int i = 0; i < chapters.size(); i++) {
				String problem = problem(chapters.get(i), themes, codes);
				if (problem != null) {
					Chapter chapter = chapters.get(i);
					String title = (chapter.title() != null && !chapter.title().isBlank()) ? chapter.title().strip()
							: "";
					String unknown = unknownIndicator(chapter, codes);
					errors.add(new Invalid("chapters[" + i + "]", problem, i + 1, title,
							(unknown != null) ? unknown : (chapter.theme() != null ? chapter.theme() : "")));
				}
			}
		}
		return errors;
	}

	private void checkRegions(List<String> keys, List<Invalid> errors) {
		if (keys.isEmpty()) {
			errors.add(new Invalid("regions", "reporting.definition.error.noRegions"));
			return;
		}
		for (String key : keys) {
			if (key == null || Regions.checkKey(key) != null || this.regions.find(key).isEmpty()) {
				errors
					.add(new Invalid("regions", "reporting.definition.error.unknownRegion", (key != null) ? key : ""));
				return;
			}
		}
	}

	/** The message key of a chapter's problem, or null. */
	private static String problem(Chapter chapter, Set<String> themes, Set<String> codes) {
		if (chapter.title() == null || chapter.title().isBlank()) {
			return "reporting.definition.error.chapterTitle";
		}
		if (chapter.title().length() > TITLE_MAX) {
			return "reporting.definition.error.chapterTitleLength";
		}
		if (chapter.kind() == null) {
			return "reporting.definition.error.chapterKind";
		}
		if (chapter.text() != null && chapter.text().length() > TEXT_MAX) {
			return "reporting.definition.error.chapterTextLength";
		}
		return switch (chapter.kind()) {
			case FREE_TEXT -> (chapter.text() == null || chapter.text().isBlank())
					? "reporting.definition.error.chapterWithoutText" : null;
			case INDICATORS -> indicatorsProblem(chapter, themes, codes);
			default -> null;
		};
	}

	private static String indicatorsProblem(Chapter chapter, Set<String> themes, Set<String> codes) {
		boolean hasTheme = chapter.theme() != null && !chapter.theme().isBlank();
		if (!hasTheme && chapter.indicatorCodes().isEmpty()) {
			return "reporting.definition.error.chapterWithoutIndicators";
		}
		if (hasTheme && !themes.contains(chapter.theme())) {
			return "reporting.definition.error.unknownTheme";
		}
		if (unknownIndicator(chapter, codes) != null) {
			return "reporting.definition.error.unknownIndicator";
		}
		return null;
	}

	/**
	 * The first indicator code of a chapter that the catalogue does not have, or null.
	 */
	private static String unknownIndicator(Chapter chapter, Set<String> codes) {
		if (chapter.kind() != ChapterKind.INDICATORS) {
			return null;
		}
		return chapter.indicatorCodes().stream().filter((code) -> !codes.contains(code)).findFirst().orElse(null);
	}

}
