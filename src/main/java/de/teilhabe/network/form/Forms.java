package de.teilhabe.network.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.FormRows;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Reading submitted forms and putting form state into the page model.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * The submitted values of the given fields; a field sent several times (checkboxes,
	 * multiple selects) is joined into a list value.
	 */
	public static Map<String, String> read(MultiValueMap<String, String> params, List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : fields) {
			List<String> sent = params.get(field);
			if (sent == null || sent.isEmpty()) {
				values.put(field, "");
			}
			else if (sent.size() == 1) {
				values.put(field, sent.get(0));
			}
			else {
				values.put(field, String.join(FormBinder.LIST_SEPARATOR,
						sent.stream().filter((value) -> !value.isBlank()).toList()));
			}
		}
		return values;
	}

	/**
	 * Puts the form's state into the model for the fragments of the shared form pattern
	 * ({@link FormPage}), labels {@code network.field.<field>}.
	 */
	public static void show(Model model, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, MessageSource messages, FormRows... rows) {
		FormPage.show(model, values, errors, messages, "network.field.", rows);
	}

	/** Error messages by field, in the user's language. */
	public static Map<String, String> messages(Map<String, ? extends MessageSourceResolvable> errors,
			MessageSource messages) {
		Map<String, String> resolved = new LinkedHashMap<>();
		errors.forEach(
				(field, error) -> resolved.put(field, messages.getMessage(error, LocaleContextHolder.getLocale())));
		return resolved;
	}

}
