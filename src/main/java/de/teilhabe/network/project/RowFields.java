package de.teilhabe.network.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.network.form.Forms;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * Repeated rows of a form (project partners, funding sources, milestones, training
 * materials) that work without JavaScript: a fixed number of numbered slots whose fields
 * are indexed like Spring's data binding names them ({@code <name>[<row>].<column>}); a
 * row with no value at all is ignored. Labels are {@code network.field.<name>.<column>}
 * with the row number as argument.
 *
 * @param name the name of the rows, e.g. {@code partners}
 * @param columns the fields of a row
 * @param max how many rows a form may have
 */
public record RowFields(String name, List<String> columns, int max) {

	private static final Pattern ROW_FIELD = Pattern.compile("([a-zA-Z]+)\\[([0-9]+)\\]\\.([a-zA-Z]+)");

	/** How many empty rows a form offers below the filled ones. */
	private static final int SPARE = 2;

	public String field(int row, String column) {
		return this.name + "[" + row + "]." + column;
	}

	/** The id of a row's field in the page, e.g. {@code partners-0-role}. */
	public String id(int row, String column) {
		return this.name + "-" + row + "-" + column;
	}

	/** Every field of every slot (to read a submitted form). */
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

	/** Puts stored rows into form values (each row: the values of the columns). */
	public void put(Map<String, String> values, List<List<String>> rows) {
		for (int row = 0; row < this.max; row++) {
			for (int column = 0; column < this.columns.size(); column++) {
				String value = (row < rows.size()) ? rows.get(row).get(column) : null;
				values.put(field(row, this.columns.get(column)), (value != null) ? value : "");
			}
		}
	}

	/**
	 * Puts a form's state into the page model: what {@link Forms#show} puts, the labels
	 * of the fields with errors ({@code errorLabels}) and how many slots of each kind of
	 * rows to show ({@code shown}, by rows name) and the rows themselves
	 * ({@code rowFields}).
	 */
	public static void show(Model model, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, MessageSource messages, RowFields... rows) {
		Forms.show(model, values, errors, messages);
		model.addAttribute("errorLabels", errorLabels(errors, messages));
		Map<String, Integer> shown = new LinkedHashMap<>();
		Map<String, RowFields> rowFields = new LinkedHashMap<>();
		for (RowFields row : rows) {
			shown.put(row.name(), row.shown(values));
			rowFields.put(row.name(), row);
		}
		model.addAttribute("shown", shown);
		model.addAttribute("rowFields", rowFields);
	}

	/**
	 * The labels of the fields with errors (for the error summary), in the user's
	 * language: {@code network.field.<field>}, or for a row field
	 * {@code network.field.<name>.<column>} with the row number.
	 */
	public static Map<String, String> errorLabels(Map<String, ? extends MessageSourceResolvable> errors,
			MessageSource messages) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : errors.keySet()) {
			Matcher row = ROW_FIELD.matcher(field);
			String label = row.matches()
					? messages.getMessage("network.field." + row.group(1) + "." + row.group(3),
							new Object[] { Integer.parseInt(row.group(2)) + 1 }, LocaleContextHolder.getLocale())
					: messages.getMessage("network.field." + field, null, LocaleContextHolder.getLocale());
			labels.put(field, label);
		}
		return labels;
	}

}
