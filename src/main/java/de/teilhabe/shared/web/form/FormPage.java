package de.teilhabe.shared.web.form;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts a form's state into the page model for the fragments of
 * {@code templates/shared/form.html}: {@code form} (the values by field),
 * {@code selected} (each list field's items), {@code errors} (the messages by field, in
 * the user's language) and {@code errorLabels} (the label of each field with an error,
 * for the error summary: {@code <labels><field>}, for a row's field
 * {@code <labels><rows>.<field>} with the row's number); for a form with rows also
 * {@code rowFields} and {@code shown} ({@link FormRows}).
 * <p>
 * One rule for every form page: a form shown again with its errors answers <b>400</b>.
 * {@link #show} sets it on the response of the request when there are errors (unless the
 * controller answers another error status already, e.g. 409 or 429), so controllers do
 * not set it themselves.
 */
public final class FormPage {

	private static final Pattern ROW_FIELD = Pattern.compile("([a-zA-Z]+)\\[([0-9]+)\\]\\.([a-zA-Z]+)");

	private FormPage() {
	}

	/** A checked form (shown again with its errors). */
	public static void show(Model model, CheckedValues checked, MessageSource messages, String labels,
			FormRows... rows) {
		show(model, checked.values(), checked.errors(), messages, labels, rows);
	}

	/**
	 * A form's values and errors (none for a new or stored entry), and its rows:
	 * {@code rowFields} (the rows by name) and {@code shown} (how many slots of each to
	 * show).
	 */
	public static void show(Model model, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, MessageSource messages, String labels,
			FormRows... rows) {
		Map<String, Integer> shown = new LinkedHashMap<>();
		Map<String, FormRows> rowFields = new LinkedHashMap<>();
		for (FormRows row : rows) {
			shown.put(row.name(), row.shown(values));
			rowFields.put(row.name(), row);
		}
		model.addAttribute("shown", shown);
		model.addAttribute("rowFields", rowFields);
		model.addAttribute("form", values);
		Map<String, Set<String>> selected = new LinkedHashMap<>();
		values.forEach((field, value) -> selected.put(field, new LinkedHashSet<>(FormBinder.split(value))));
		model.addAttribute("selected", selected);
		Map<String, String> resolved = new LinkedHashMap<>();
		Map<String, String> errorLabels = new LinkedHashMap<>();
		errors.forEach((field, error) -> {
			resolved.put(field, messages.getMessage(error, LocaleContextHolder.getLocale()));
			errorLabels.put(field, label(field, messages, labels));
		});
		model.addAttribute("errors", resolved);
		model.addAttribute("errorLabels", errorLabels);
		if (!errors.isEmpty()) {
			rejected();
		}
	}

	/** The response of this request answers 400, unless it answers an error already. */
	private static void rejected() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletResponse response = attributes.getResponse();
			if (response != null && response.getStatus() < HttpStatus.BAD_REQUEST.value()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
	}

	private static String label(String field, MessageSource messages, String labels) {
		Matcher row = ROW_FIELD.matcher(field);
		if (row.matches()) {
			return messages.getMessage(labels + row.group(1) + "." + row.group(3),
					new Object[] { Integer.parseInt(row.group(2)) + 1 }, field, LocaleContextHolder.getLocale());
		}
		return messages.getMessage(labels + field, null, field, LocaleContextHolder.getLocale());
	}

}
