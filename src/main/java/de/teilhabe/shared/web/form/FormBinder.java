package de.teilhabe.shared.web.form;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.shared.web.ControlCharacterFilter;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Binds submitted values into a form record with Spring's data binding (constructor
 * binding, the application's conversion service) and checks it with its Jakarta Bean
 * Validation constraints (messages from the bundles) and, if it has any, its checks of
 * several fields together ({@link CheckedTogether}). The same binding serves a submitted
 * page form, a JSON body of the API, an imported row and a stored proposal that the
 * office approves: one set of checks for every way in.
 * <p>
 * Values are normalised before binding: text is stripped (line ends as line feeds), an
 * empty text is no value, and a list field takes its items from every value sent, split
 * at commas, semicolons and line ends, without duplicates. A {@link Secret} field (a
 * password) is bound exactly as typed and never shown again.
 */
@Component
public class FormBinder {

	/** A list field's items are shown and stored joined with this separator. */
	public static final String LIST_SEPARATOR = ", ";

	private static final String CONTROL_CHARACTER = "error.controlCharacter";

	private final SmartValidator validator;

	private final ConversionService conversions;

	FormBinder(SmartValidator defaultValidator, ConversionService mvcConversionService) {
		this.validator = defaultValidator;
		this.conversions = mvcConversionService;
	}

	/** Binds and checks the parameters of a submitted page form. */
	public <F extends Record> Bound<F> bind(MultiValueMap<String, String> params, Class<F> type) {
		Map<String, Object> input = new LinkedHashMap<>();
		params.forEach((name, values) -> input.put(name, (values.size() == 1) ? values.get(0) : values));
		return bind(input, type);
	}

	/**
	 * Binds and checks values by field name: a value is a text or a collection of texts
	 * (list fields).
	 */
	public <F extends Record> Bound<F> bind(Map<String, ?> input, Class<F> type) {
		return bind(input, type, (form, errors) -> {
		});
	}

	/**
	 * Binds and checks values, then makes checks that need more than the form (the
	 * tenant's records): {@code moreChecks} gets the record and the errors so far, if the
	 * record could be made.
	 */
	public <F extends Record> Bound<F> bind(Map<String, ?> input, Class<F> type, BiConsumer<F, Errors> moreChecks) {
		RecordComponent[] components = type.getRecordComponents();
		Map<String, Object> normalised = new LinkedHashMap<>();
		for (RecordComponent component : components) {
			String name = component.getName();
			if (rows(component)) {
				normalised.putAll(rows(name, input));
			}
			else if (secret(component)) {
				normalised.put(name, typed(input.get(name)));
			}
			else {
				Object value = input.get(name);
				normalised.put(name, List.class.isAssignableFrom(component.getType()) ? items(value) : text(value));
			}
		}
		DataBinder binder = new DataBinder(null, objectName(type));
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(this.conversions);
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public Object resolveValue(String name, Class<?> paramType) {
				Object value = normalised.get(name);
				return ("".equals(value)) ? null : value;
			}

			@Override
			public Set<String> getNames() {
				return normalised.keySet();
			}
		});
		BindingResult result = binder.getBindingResult();
		// a page's parameters are refused by ControlCharacterFilter already; a JSON body,
		// an imported row or a stored proposal is checked here
		normalised.forEach((name, value) -> {
			if (value instanceof List<?> items ? items.stream().anyMatch((item) -> controlCharacter(item))
					: controlCharacter(value)) {
				result.addError(new FieldError(result.getObjectName(), name, null, false,
						result.resolveMessageCodes(CONTROL_CHARACTER, name), null, null));
			}
		});
		@SuppressWarnings("unchecked")
		F form = (F) binder.getTarget();
		if (form != null) {
			this.validator.validate(form, result);
			checkTogether(form, result, moreChecks);
		}
		else {
			// a value that cannot be read (a date that is none): check the others
			// one by one, so that the form names every error at once
			for (RecordComponent component : components) {
				String name = component.getName();
				if (!result.hasFieldErrors(name)) {
					Object value = normalised.get(name);
					try {
						Object converted = binder.convertIfNecessary("".equals(value) ? null : value,
								component.getType());
						this.validator.validateValue(type, name, converted, result);
					}
					catch (TypeMismatchException ex) {
						// named by the binding already
					}
				}
			}
		}
		// a valid form shows its values as read; an invalid one what was sent
		Map<String, String> values = (form != null && !result.hasErrors()) ? values(form) : shown(normalised);
		for (RecordComponent component : components) {
			if (secret(component)) {
				values.put(component.getName(), "");
			}
		}
		return new Bound<>(form, new CheckedValues(values, errors(result, components)));
	}

	/**
	 * The values of a form record as a form shows them and a pending change stores them;
	 * rows by their paths ({@code partners[0].name}).
	 */
	public static Map<String, String> values(Record form) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "", form);
		return values;
	}

	private static void put(Map<String, String> values, String prefix, Record form) {
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			Object value;
			try {
				// a form record need not be public (the binding itself makes it
				// accessible too)
				Method accessor = component.getAccessor();
				accessor.trySetAccessible();
				value = accessor.invoke(form);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + component, ex);
			}
			String name = prefix + component.getName();
			if (rows(component)) {
				List<?> rows = (value != null) ? (List<?>) value : List.of();
				for (int row = 0; row < rows.size(); row++) {
					put(values, name + "[" + row + "].", (Record) rows.get(row));
				}
			}
			else {
				values.put(name, secret(component) ? "" : shown(value));
			}
		}
	}

	/**
	 * The fields of indexed rows ({@code partners[0].name}, or a JSON array of objects
	 * under {@code partners}) by their paths: a row without any value (a spare row of the
	 * page) is left out, and the rows are numbered again from 0 in their order.
	 */
	private static Map<String, Object> rows(String name, Map<String, ?> input) {
		Pattern path = Pattern.compile(Pattern.quote(name) + "\\[([0-9]{1,4})\\]\\.(.+)");
		SortedMap<Integer, Map<String, String>> rows = new TreeMap<>();
		if (input.get(name) instanceof List<?> objects) {
			// a JSON body's rows: an array of objects
			for (int row = 0; row < objects.size(); row++) {
				if (objects.get(row) instanceof Map<?, ?> object) {
					Map<String, String> fields = rows.computeIfAbsent(row, (index) -> new LinkedHashMap<>());
					object.forEach((field, value) -> fields.put(String.valueOf(field), text(value)));
				}
			}
		}
		input.forEach((key, value) -> {
			Matcher matcher = path.matcher(key);
			if (matcher.matches()) {
				rows.computeIfAbsent(Integer.parseInt(matcher.group(1)), (row) -> new LinkedHashMap<>())
					.put(matcher.group(2), text(value));
			}
		});
		Map<String, Object> fields = new LinkedHashMap<>();
		int index = 0;
		for (Map<String, String> row : rows.values()) {
			if (row.values().stream().allMatch(String::isEmpty)) {
				continue;
			}
			for (Map.Entry<String, String> field : row.entrySet()) {
				fields.put(name + "[" + index + "]." + field.getKey(), field.getValue());
			}
			index++;
		}
		return fields;
	}

	/** Whether a component is a list of rows (records). */
	private static boolean rows(RecordComponent component) {
		if (!List.class.isAssignableFrom(component.getType())) {
			return false;
		}
		Class<?> item = ResolvableType.forType(component.getGenericType()).getGeneric(0).resolve();
		return item != null && item.isRecord();
	}

	/**
	 * The checks of several fields and those that need more than the form, on errors that
	 * read the record's fields directly (the binding's own result has no target once a
	 * value could not be read); what they find is added to the result.
	 */
	private static <F extends Record> void checkTogether(F form, BindingResult result,
			BiConsumer<F, Errors> moreChecks) {
		DirectFieldBindingResult together = new DirectFieldBindingResult(form, result.getObjectName());
		together.setMessageCodesResolver(new DefaultMessageCodesResolver());
		together.addAllErrors(result);
		int fieldErrors = together.getFieldErrorCount();
		int globalErrors = together.getGlobalErrorCount();
		if (form instanceof CheckedTogether checked) {
			checked.checkTogether(together);
		}
		moreChecks.accept(form, together);
		together.getFieldErrors().subList(fieldErrors, together.getFieldErrorCount()).forEach(result::addError);
		together.getGlobalErrors().subList(globalErrors, together.getGlobalErrorCount()).forEach(result::addError);
	}

	/** Whether a component is a {@link Secret} (bound as typed, never shown). */
	private static boolean secret(RecordComponent component) {
		return component.isAnnotationPresent(Secret.class);
	}

	/** A secret's value exactly as typed (the first if sent twice). */
	private static String typed(Object value) {
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? "" : typed(values.iterator().next());
		}
		return (value != null) ? value.toString() : "";
	}

	/** The fields of a form record, in order. */
	public static List<String> fields(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	/** The values of an empty form: the empty string for each field. */
	public static Map<String, String> empty(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(field, ""));
		return values;
	}

	/** The items of a list value: split at commas, stripped, without duplicates. */
	public static List<String> split(String value) {
		return items(value);
	}

	private static boolean controlCharacter(Object value) {
		return value instanceof String text && ControlCharacterFilter.hasControlCharacter(text);
	}

	private static Map<String, String> shown(Map<String, Object> normalised) {
		Map<String, String> values = new LinkedHashMap<>();
		normalised.forEach((name, value) -> values.put(name, shown(value)));
		return values;
	}

	private static String shown(Object value) {
		if (value == null || Boolean.FALSE.equals(value)) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return String.join(LIST_SEPARATOR, items.stream().map(FormBinder::shown).toList());
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value.toString();
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			// a single field sent twice: the first value counts
			return values.isEmpty() ? "" : text(values.iterator().next());
		}
		return value.toString().replace("\r\n", "\n").strip();
	}

	private static List<String> items(Object value) {
		Set<String> items = new LinkedHashSet<>();
		if (value instanceof Collection<?> values) {
			values.forEach((each) -> items.addAll(items(each)));
		}
		else if (value != null) {
			for (String item : value.toString().split("[,;\\n]")) {
				if (!item.isBlank()) {
					items.add(item.strip());
				}
			}
		}
		return new ArrayList<>(items);
	}

	/**
	 * The first error of each field, in the order of the record's components: an item of
	 * a list field ({@code languages[1]}) counts as its field; a row's field
	 * ({@code partners[0].name}) keeps its path.
	 */
	private static Map<String, MessageSourceResolvable> errors(BindingResult result, RecordComponent[] components) {
		List<String> order = new ArrayList<>();
		for (RecordComponent component : components) {
			order.add(component.getName());
		}
		List<FieldError> fieldErrors = new ArrayList<>(result.getFieldErrors());
		fieldErrors.sort((a, b) -> (position(order, a.getField()) != position(order, b.getField()))
				? Integer.compare(position(order, a.getField()), position(order, b.getField()))
				: Integer.compare(row(a.getField()), row(b.getField())));
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		for (FieldError error : fieldErrors) {
			errors.putIfAbsent(field(error.getField()), error);
		}
		result.getGlobalErrors().forEach((error) -> errors.putIfAbsent("", error));
		return errors;
	}

	private static int position(List<String> order, String field) {
		int index = order.indexOf(root(field));
		return (index >= 0) ? index : order.size();
	}

	/** The row of a row's field ({@code partners[2].role}: 2), else -1. */
	private static int row(String field) {
		int open = field.indexOf('[');
		int close = field.indexOf(']');
		if (open < 0 || close < open) {
			return -1;
		}
		try {
			return Integer.parseInt(field.substring(open + 1, close));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String root(String field) {
		int end = 0;
		while (end < field.length() && field.charAt(end) != '[' && field.charAt(end) != '.') {
			end++;
		}
		return field.substring(0, end);
	}

	private static String field(String path) {
		// languages[1] (an item) → languages; partners[0].name (a row's field) stays
		if (path.endsWith("]") && path.indexOf('.') < 0) {
			return path.substring(0, path.indexOf('['));
		}
		return path;
	}

	private static String objectName(Class<?> type) {
		String name = type.getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * A bound form.
	 *
	 * @param form the record, or null if a value could not be read (then the errors say
	 * which)
	 * @param checked the values and what is wrong with them
	 */
	public record Bound<F>(F form, CheckedValues checked) {

		public boolean valid() {
			return this.form != null && this.checked.valid();
		}

	}

}
