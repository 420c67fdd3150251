package de.teilhabe.reporting.definition;

import java.util.List;

/**
 * One chapter of a report definition, in the order the report shows it.
 *
 * @param title the chapter's heading
 * @param kind what the chapter holds
 * @param text for {@link ChapterKind#FREE_TEXT} (may also introduce any other kind): the
 * report markup, a small and safe subset of Markdown: a line starting with {@code ## } or
 * {@code ### } is a heading, lines starting with {@code - } form a list, an empty line
 * ends a paragraph, {@code [label](https://...)} is a link (http, https and mailto only);
 * everything else is plain text (never HTML). Null or blank when the chapter has no text.
 * @param theme for {@link ChapterKind#INDICATORS}: the code of the monitoring theme
 * ({@code monitoring.IndicatorTheme#code}, e.g. {@code 1}) whose indicators are shown, or
 * null when {@code indicatorCodes} lists them
 * @param indicatorCodes for {@link ChapterKind#INDICATORS}: the indicators shown, in
 * order (empty when {@code theme} chooses them)
 */
public record Chapter(String title, ChapterKind kind, String text, String theme, List<String> indicatorCodes) {

	public Chapter {
		indicatorCodes = (indicatorCodes != null) ? List.copyOf(indicatorCodes) : List.of();
	}

}
