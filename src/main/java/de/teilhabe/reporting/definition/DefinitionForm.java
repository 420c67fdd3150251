package de.teilhabe.reporting.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.web.form.FormRows;

import org.springframework.util.MultiValueMap;

/**
 * The definition editor's form: title, reporting year, regions (ticked), the chapters as
 * rows ({@code chapters[i].title}, {@code .kind}, {@code .text}, {@code .theme},
 * {@code .indicators}) and the button pressed ({@code action}: {@code save}, {@code add},
 * {@code remove-i}, {@code up-i}, {@code down-i}). Works without JavaScript: every button
 * sends the whole form, which comes back changed.
 *
 * @param title the title as typed
 * @param reportingYear the year as typed
 * @param regions the ticked region keys
 * @param chapters the chapters in order
 * @param newKind the kind of the chapter the add button adds
 */
record DefinitionForm(String title, String reportingYear, List<String> regions, List<ChapterRow> chapters,
		String newKind) {

	/** The chapter rows of the page. */
	static final FormRows ROWS = new FormRows("chapters", List.of("title", "kind", "text", "theme", "indicators"),
			DefinitionChecks.CHAPTERS_MAX);

	/** A chapter as typed. */
	record ChapterRow(String title, String kind, String text, String theme, List<String> indicators) {

		Chapter chapter() {
			return new Chapter(blankToNull(this.title), DefinitionForm.kind(this.kind), blankToNull(this.text),
					blankToNull(this.theme), this.indicators);
		}

	}

	/** The form from the request's parameters. */
	static DefinitionForm of(MultiValueMap<String, String> params) {
		List<ChapterRow> chapters = new ArrayList<>();
		for (int i = 0; i < DefinitionChecks.CHAPTERS_MAX; i++) {
			String kind = params.getFirst(ROWS.field(i, "kind"));
			if (kind == null) {
				continue;
			}
			List<String> indicators = params.getOrDefault(ROWS.field(i, "indicators"), List.of())
				.stream()
				.filter((code) -> code != null && !code.isBlank())
				.toList();
			chapters.add(new ChapterRow(params.getFirst(ROWS.field(i, "title")), kind,
					params.getFirst(ROWS.field(i, "text")), params.getFirst(ROWS.field(i, "theme")), indicators));
		}
		List<String> regions = params.getOrDefault("regions", List.of())
			.stream()
			.filter((key) -> key != null && !key.isBlank())
			.toList();
		return new DefinitionForm(params.getFirst("title"), params.getFirst("reportingYear"), regions, chapters,
				params.getFirst("newKind"));
	}

	/** The form of a stored definition. */
	static DefinitionForm of(ReportDefinition definition) {
		return new DefinitionForm(definition.title(), String.valueOf(definition
			.reportingYear()), definition.regionKeys(), definition.chapters()
				.stream()
				.map((chapter) -> new ChapterRow(chapter.title(), (chapter.kind() != null) ? chapter.kind().name() : "",
						chapter.text(), chapter.theme(), chapter.indicatorCodes()))
				.toList(), null);
	}

	/**
	 * The form after a button that changes the chapters (add, remove, move); the form
	 * itself for any other.
	 */
	DefinitionForm apply(String action) {
		List<ChapterRow> rows = new ArrayList<>(this.chapters);
		if ("add".equals(action) && rows.size() < DefinitionChecks.CHAPTERS_MAX) {
			ChapterKind kind = kind(this.newKind);
			rows.add(
					new ChapterRow("", (kind != null) ? kind.name() : ChapterKind.FREE_TEXT.name(), "", "", List.of()));
		}
		else if (action != null && action.matches("(remove|up|down)-[0-9]{1,3}")) {
			int index = Integer.parseInt(action.substring(action.indexOf('-') + 1));
			if (index < rows.size()) {
				if (action.startsWith("remove")) {
					rows.remove(index);
				}
				else if (action.startsWith("up") && index > 0) {
					rows.add(index - 1, rows.remove(index));
				}
				else if (action.startsWith("down") && index < rows.size() - 1) {
					rows.add(index + 1, rows.remove(index));
				}
			}
		}
		return new DefinitionForm(this.title, this.reportingYear, this.regions, rows, null);
	}

	/** The definition the form describes (year 0 when not a number). */
	ReportDefinition definition(UUID id, UUID tenantId, boolean standard) {
		int year;
		try {
			year = Integer.parseInt((this.reportingYear != null) ? this.reportingYear.strip() : "");
		}
		catch (NumberFormatException ex) {
			year = 0;
		}
		return new ReportDefinition(id, tenantId, (this.title != null) ? this.title.strip() : null, year, this.regions,
				this.chapters.stream().map(ChapterRow::chapter).toList(), standard);
	}

	/** The values by field, as the form fragments show them. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", (this.title != null) ? this.title : "");
		values.put("reportingYear", (this.reportingYear != null) ? this.reportingYear : "");
		values.put("regions", String.join(",", this.regions));
		for (int i = 0; i < this.chapters.size(); i++) {
			ChapterRow row = this.chapters.get(i);
			values.put(ROWS.field(i, "title"), (row.title() != null) ? row.title() : "");
			ChapterKind kind = kind(row.kind());
			values.put(ROWS.field(i, "kind"), (kind != null) ? kind.name() : "");
			values.put(ROWS.field(i, "text"), (row.text() != null) ? row.text() : "");
			values.put(ROWS.field(i, "theme"), (row.theme() != null) ? row.theme() : "");
			values.put(ROWS.field(i, "indicators"), String.join(",", row.indicators()));
		}
		return values;
	}

	static ChapterKind kind(String name) {
		if (name == null) {
			return null;
		}
		for (ChapterKind kind : ChapterKind.values()) {
			if (kind.name().equalsIgnoreCase(name.strip())) {
				return kind;
			}
		}
		return null;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
