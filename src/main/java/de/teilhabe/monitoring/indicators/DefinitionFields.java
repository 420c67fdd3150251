package de.teilhabe.monitoring.indicators;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.monitoring.IndicatorDefinitionException;

import org.springframework.context.MessageSource;

/**
 * Which field of the indicator form an invalid definition's field is, and the message
 * saying what is wrong with it: one text for the form and the API, in the reader's
 * language.
 */
public final class DefinitionFields {

	private static final Map<String, String> FIELDS = fields();

	private DefinitionFields() {
	}

	/**
	 * What is wrong with a refused definition, in the reader's language: the form field's
	 * message ({@code .conflict} when the definition is well-formed but cannot be
	 * accepted, {@code code.fixed} when a change names another code), naming the value
	 * that was refused; the check's own (English) explanation where no message exists.
	 * @param editing whether an existing indicator is being changed
	 */
	public static String message(MessageSource messages, IndicatorDefinitionException ex, boolean editing,
			Locale locale) {
		String field = formField(ex.field());
		String key = "monitoring.indicator.form.error." + field + ((editing && "code".equals(field)) ? ".fixed" : "");
		Object[] arguments = { ex.value() };
		String plain = messages.getMessage(key, arguments, ex.getMessage(), locale);
		return ex.conflict() ? messages.getMessage(key + ".conflict", arguments, plain, locale) : plain;
	}

	/** The form field of an engine field name. */
	public static String formField(String engineField) {
		if (engineField == null) {
			return "code";
		}
		for (Map.Entry<String, String> entry : FIELDS.entrySet()) {
			if (engineField.equals(entry.getKey()) || engineField.startsWith(entry.getKey() + ".")) {
				return entry.getValue();
			}
		}
		return engineField;
	}

	private static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("computation.first.numerator.periodOffset", "numeratorOffset");
		fields.put("computation.first.numerator.by", "numeratorBy");
		fields.put("computation.first.numerator", "numeratorSeries");
		fields.put("computation.first.denominator.periodOffset", "denominatorOffset");
		fields.put("computation.first.denominator.by", "denominatorBy");
		fields.put("computation.first.denominator", "denominatorSeries");
		fields.put("computation.first.scale", "scale");
		fields.put("computation.first", "numeratorSeries");
		fields.put("computation.second.numerator.by", "secondNumeratorBy");
		fields.put("computation.second.numerator", "secondNumeratorSeries");
		fields.put("computation.second.denominator.by", "secondDenominatorBy");
		fields.put("computation.second.denominator", "secondDenominatorSeries");
		fields.put("computation.second.scale", "scale");
		fields.put("computation.second", "secondNumeratorSeries");
		fields.put("computation.periodsBack", "periodsBack");
		fields.put("computation.change", "changeMode");
		fields.put("computation", "kind");
		fields.put("defaultDimensions", "defaultDimensions");
		return fields;
	}

}
