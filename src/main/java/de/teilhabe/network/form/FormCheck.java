package de.teilhabe.network.form;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.teilhabe.shared.web.form.CheckedValues;

/**
 * Checks the submitted values of a form field by field: each method reads one field,
 * stores its normalised value (the empty string for nothing) and records what is wrong
 * with it. A form is stored only if no field has an error (all or nothing).
 */
public final class FormCheck {

	/** A list field's values are stored joined with this separator. */
	public static final String LIST_SEPARATOR = ", ";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{3,30}");

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

	private final Map<String, String> raw;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, FieldError> errors = new LinkedHashMap<>();

	public FormCheck(Map<String, String> raw) {
		this.raw = raw;
	}

	/** A single-line text: control characters refused. */
	public String text(String field, boolean required, int max) {
		String value = raw(field);
		if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
			return reject(field, "network.error.singleLine");
		}
		return textValue(field, value, required, max);
	}

	/** A text of several lines. */
	public String multiline(String field, boolean required, int max) {
		return textValue(field, raw(field).replace("\r\n", "\n"), required, max);
	}

	private String textValue(String field, String value, boolean required, int max) {
		this.values.put(field, value);
		if (value.isEmpty()) {
			if (required) {
				reject(field, "network.error.required");
			}
			return null;
		}
		if (value.length() > max) {
			reject(field, "network.error.tooLong", max);
			return null;
		}
		return value;
	}

	/** One constant of an enum, by name. */
	public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
		String value = raw(field);
		this.values.put(field, value);
		if (value.isEmpty()) {
			if (required) {
				reject(field, "network.error.required");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			reject(field, "network.error.choice");
			return null;
		}
	}

	/** Several constants of an enum (a list field). */
	public <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
		return list(field, 30, (item) -> {
			try {
				return Enum.valueOf(type, item);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}, "network.error.choiceItem");
	}

	/**
	 * A list of codes (comma separated), each one checked.
	 * @param parse the code's value, or null if it is invalid
	 * @param invalidKey the message for an invalid code (argument: the code)
	 */
	public <T> List<T> list(String field, int maxItems, Function<String, T> parse, String invalidKey) {
		List<String> items = split(raw(field));
		this.values.put(field, String.join(LIST_SEPARATOR, items));
		if (items.size() > maxItems) {
			reject(field, "network.error.tooMany", maxItems);
			return List.of();
		}
		List<T> parsed = new ArrayList<>();
		for (String item : items) {
			T value = parse.apply(item);
			if (value == null) {
				reject(field, invalidKey, item);
				return List.of();
			}
			parsed.add(value);
		}
		return parsed;
	}

	/** Free tags (comma separated), each at most {@code maxLength} characters. */
	public List<String> tags(String field, int maxItems, int maxLength) {
		return list(field, maxItems, (item) -> (item.length() <= maxLength) ? item : null, "network.error.tagTooLong");
	}

	/** An absolute http(s) address. */
	public String url(String field) {
		String value = text(field, false, 500);
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			if (uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				return value;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// answered below
		}
		return reject(field, "network.error.url");
	}

	public String email(String field, boolean required) {
		String value = text(field, required, 200);
		if (value != null && !EMAIL.matcher(value).matches()) {
			return reject(field, "network.error.email");
		}
		return value;
	}

	public String phone(String field) {
		String value = text(field, false, 40);
		if (value != null && !PHONE.matcher(value).matches()) {
			return reject(field, "network.error.phone");
		}
		return value;
	}

	/** A German five-digit postcode. */
	public String postcode(String field) {
		String value = text(field, false, 5);
		if (value != null && !POSTCODE.matcher(value).matches()) {
			return reject(field, "network.error.postcode");
		}
		return value;
	}

	/** A decimal number within a range (a comma is taken as the decimal point). */
	public BigDecimal decimal(String field, BigDecimal min, BigDecimal max) {
		String value = raw(field).replace(',', '.');
		this.values.put(field, value);
		if (value.isEmpty()) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.compareTo(min) >= 0 && number.compareTo(max) <= 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		reject(field, "network.error.range", min.toPlainString(), max.toPlainString());
		return null;
	}

	public Integer integer(String field, int min, int max, boolean required) {
		String value = raw(field);
		this.values.put(field, value);
		if (value.isEmpty()) {
			if (required) {
				reject(field, "network.error.required");
			}
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		reject(field, "network.error.range", min, max);
		return null;
	}

	/** A date as yyyy-MM-dd (what an HTML date input sends). */
	public LocalDate date(String field, boolean required) {
		String value = raw(field);
		this.values.put(field, value);
		if (value.isEmpty()) {
			if (required) {
				reject(field, "network.error.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			reject(field, "network.error.date");
			return null;
		}
	}

	/** A time as HH:mm (what an HTML time input sends). */
	public LocalTime time(String field, boolean required) {
		String value = raw(field);
		this.values.put(field, value);
		if (value.isEmpty()) {
			if (required) {
				reject(field, "network.error.required");
			}
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			reject(field, "network.error.time");
			return null;
		}
	}

	/** A checkbox: true if sent as {@code true}. */
	public boolean flag(String field) {
		boolean value = "true".equals(raw(field));
		this.values.put(field, value ? "true" : "");
		return value;
	}

	/** Records an error on a field (the first error of a field wins); returns null. */
	public <T> T reject(String field, String key, Object... args) {
		this.errors.putIfAbsent(field, new FieldError(key, args));
		return null;
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	/** The normalised values of the checked fields. */
	public Map<String, String> values() {
		return this.values;
	}

	public Map<String, FieldError> errors() {
		return this.errors;
	}

	/** The outcome in the shape of the shared form binding. */
	public CheckedValues checked() {
		return new CheckedValues(this.values, new LinkedHashMap<>(this.errors));
	}

	private String raw(String field) {
		String value = this.raw.get(field);
		return (value != null) ? value.strip() : "";
	}

	/**
	 * The items of a list field's value: split at commas, stripped, without duplicates.
	 */
	public static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String item : value.split("[,;\\n]")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return List.copyOf(items);
	}

}
