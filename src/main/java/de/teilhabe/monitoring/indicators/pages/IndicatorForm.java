package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.ChangeMode;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;

/**
 * The form of an own indicator as typed: every field text. A filter is written
 * {@code Merkmal=Wert; Merkmal=Wert}; the scale applies to both terms of a gap.
 */
record IndicatorForm(String code, String titleDe, String titleEn, String themeCode, String newThemeCode,
		String themeTitle, String definition, String unit, String precision, String polarity, String source,
		String kind, String numeratorSeries, String numeratorFilter, String numeratorOffset, String denominatorSeries,
		String denominatorFilter, String denominatorOffset, String scale, String secondNumeratorSeries,
		String secondNumeratorFilter, String secondDenominatorSeries, String secondDenominatorFilter,
		String periodsBack, String changeMode, String previewRegion) {

	/**
	 * Where the engine's field names ({@code computation.first.numerator.series}) are on
	 * this form, longest prefix first.
	 */
	private static final Map<String, String> FIELDS = fields();

	/** A new form with sensible defaults. */
	static IndicatorForm empty(String previewRegion) {
		return new IndicatorForm("", "", "", "", "", "", "", "", "1", Polarity.NEUTRAL.name(), "",
				ComputationKind.RATIO.name(), "", "", "0", "", "", "0", "100", "", "", "", "", "1",
				ChangeMode.PERCENT.name(), previewRegion);
	}

	/**
	 * The definition, or null with the fields that cannot be read put into
	 * {@code errors}.
	 */
	NewIndicator toNewIndicator(Map<String, String> errors) {
		Integer precisionValue = integer("precision", this.precision, null, errors);
		Polarity polarityValue = choice("polarity", this.polarity, Polarity.class, errors);
		ComputationKind kindValue = choice("kind", this.kind, ComputationKind.class, errors);
		BigDecimal scaleValue = null;
		if (!blank(this.scale)) {
			try {
				scaleValue = new BigDecimal(this.scale.strip().replace(" ", "").replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				errors.put("scale", "scale");
			}
		}
		Component numerator = component(this.numeratorSeries, "numeratorFilter", this.numeratorFilter,
				"numeratorOffset", this.numeratorOffset, errors);
		Component denominator = blank(this.denominatorSeries) ? null : component(this.denominatorSeries,
				"denominatorFilter", this.denominatorFilter, "denominatorOffset", this.denominatorOffset, errors);
		Term second = null;
		if (kindValue == ComputationKind.GAP) {
			Component secondNumerator = component(this.secondNumeratorSeries, "secondNumeratorFilter",
					this.secondNumeratorFilter, null, null, errors);
			Component secondDenominator = blank(this.secondDenominatorSeries) ? null
					: component(this.secondDenominatorSeries, "secondDenominatorFilter", this.secondDenominatorFilter,
							null, null, errors);
			second = new Term(secondNumerator, secondDenominator, scaleValue);
		}
		int back = 0;
		ChangeMode mode = null;
		if (kindValue == ComputationKind.CHANGE) {
			Integer periods = integer("periodsBack", this.periodsBack, 0, errors);
			back = (periods == null) ? 0 : periods;
			mode = choice("changeMode", this.changeMode, ChangeMode.class, errors);
		}
		if (!errors.isEmpty()) {
			return null;
		}
		IndicatorComputation computation = (kindValue == null) ? null
				: new IndicatorComputation(kindValue, new Term(numerator, denominator, scaleValue), second, back, mode);
		String theme = blank(this.themeCode) ? this.newThemeCode : this.themeCode;
		return new NewIndicator(strip(this.code), this.titleDe, this.titleEn, strip(theme), this.themeTitle,
				this.definition, this.unit, precisionValue, polarityValue, this.source, computation, null);
	}

	/** Field name → typed text (null as „“), for the template. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (java.lang.reflect.RecordComponent component : IndicatorForm.class.getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(this);
				values.put(component.getName(), (value == null) ? "" : value.toString());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	/** The form field of an engine field name. */
	static String formField(String engineField) {
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
		fields.put("computation.first.numerator", "numeratorSeries");
		fields.put("computation.first.denominator.periodOffset", "denominatorOffset");
		fields.put("computation.first.denominator", "denominatorSeries");
		fields.put("computation.first.scale", "scale");
		fields.put("computation.first", "numeratorSeries");
		fields.put("computation.second.numerator", "secondNumeratorSeries");
		fields.put("computation.second.denominator", "secondDenominatorSeries");
		fields.put("computation.second.scale", "scale");
		fields.put("computation.second", "secondNumeratorSeries");
		fields.put("computation.periodsBack", "periodsBack");
		fields.put("computation.change", "changeMode");
		fields.put("computation", "kind");
		fields.put("defaultDimensions", "kind");
		return fields;
	}

	private static Component component(String series, String filterField, String filter, String offsetField,
			String offset, Map<String, String> errors) {
		Map<String, String> filters = new LinkedHashMap<>();
		if (!blank(filter)) {
			for (String part : filter.split("[;\\n]")) {
				if (part.isBlank()) {
					continue;
				}
				int equals = part.indexOf('=');
				if (equals <= 0 || part.substring(0, equals).isBlank() || part.substring(equals + 1).isBlank()) {
					errors.put(filterField, filterField);
					break;
				}
				filters.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
			}
		}
		Integer periodOffset = (offsetField == null) ? Integer.valueOf(0) : integer(offsetField, offset, 0, errors);
		return new Component(blank(series) ? null : series.strip(), filters, List.of(),
				(periodOffset == null) ? 0 : periodOffset);
	}

	private static Integer integer(String field, String text, Integer blankValue, Map<String, String> errors) {
		if (blank(text)) {
			return blankValue;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, field);
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(String field, String text, Class<E> type, Map<String, String> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, field);
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return (text == null) ? null : text.strip();
	}

}
