package de.teilhabe.shared.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Repeated rows of a page form (project partners, funding sources, training materials)
 * that work without JavaScript: numbered slots whose fields are named the way Spring's
 * data binding reads them into a list of row records ({@code <name>[<row>].<column>}),
 * with the ids {@code <name>-<row>-<column>}. The page shows the filled rows and two
 * spare ones; {@link FormBinder} leaves out rows without any value. Labels are
 * {@code <labels><name>.<column>} with the row number as argument.
 *
 * @param name the name of the rows, e.g. {@code partners}
 * @param columns the fields of a row
 * @param max how many rows a form may have
 */
public record FormRows(String name, List<String> columns, int max) {

	/** How many empty rows a form offers below the filled ones. */
	private static final int SPARE = 2;

	public String field(int row, String column) {
		return this.name + "[" + row + "]." + column;
	}

	/** The id of a row's field in the page, e.g. {@code partners-0-role}. */
	public String id(int row, String column) {
		return this.name + "-" + row + "-" + column;
	}

	/** Every field of every slot. */
	public List<String> fields() {
		List<String> fields = new ArrayList<>();
		for (int row = 0; row < this.max; row++) {
			for (String column : this.columns) {
				fields.add(field(row, column));
			}
		}
		return fields;
	}

	/** The slots that hold at least one value, in order. */
	public List<Integer> filled(Map<String, String> values) {
		List<Integer> rows = new ArrayList<>();
		for (int row = 0; row < this.max; row++) {
			for (String column : this.columns) {
				String value = values.get(field(row, column));
				if (value != null && !value.isBlank()) {
					rows.add(row);
					break;
				}
			}
		}
		return rows;
	}

	/** How many slots the form shows: up to the last filled one and two spare ones. */
	public int shown(Map<String, String> values) {
		List<Integer> filled = filled(values);
		int last = filled.isEmpty() ? -1 : filled.get(filled.size() - 1);
		return Math.min(this.max, Math.max(3, last + 1 + SPARE));
	}

}
