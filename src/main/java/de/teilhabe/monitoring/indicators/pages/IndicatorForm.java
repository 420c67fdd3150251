package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.ChangeMode;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;

/**
 * The form of an own indicator as typed: every field text. A filter and the default
 * variant are written {@code Merkmal=Wert; Merkmal=Wert}, the dimensions that make the
 * variants ({@code by}) {@code Merkmal, Merkmal}; the scale applies to both terms of a
 * gap.
 */
record IndicatorForm(String code, String titleDe, String titleEn, String themeCode, String newThemeCode,
		String themeTitle, String definition, String unit, String precision, String polarity, String source,
		String kind, String numeratorSeries, String numeratorFilter, String numeratorBy, String numeratorOffset,
		String denominatorSeries, String denominatorFilter, String denominatorBy, String denominatorOffset,
		String scale, String secondNumeratorSeries, String secondNumeratorFilter, String secondNumeratorBy,
		String secondDenominatorSeries, String secondDenominatorFilter, String secondDenominatorBy, String periodsBack,
		String changeMode, String defaultDimensions, String previewRegion) {

	/**
	 * Where the engine's field names ({@code computation.first.numerator.series}) are on
	 * this form, longest prefix first.
	 */
	/** A new form with sensible defaults. */
	static IndicatorForm empty(String previewRegion) {
		return new IndicatorForm("", "", "", "", "", "", "", "", "1", Polarity.NEUTRAL.name(), "",
				ComputationKind.RATIO.name(), "", "", "", "0", "", "", "", "0", "100", "", "", "", "", "", "", "1",
				ChangeMode.PERCENT.name(), "", previewRegion);
	}

	/**
	 * The form of a stored own indicator, to edit it. The theme is chosen by its code
	 * (own themes are offered beside the shipped ones; the title is looked up).
	 */
	static IndicatorForm of(IndicatorDefinition d, String previewRegion) {
		IndicatorComputation c = d.computation();
		Term first = c.first();
		Term second = c.second();
		Component numerator = first.numerator();
		Component denominator = first.denominator();
		Component secondNumerator = (second == null) ? null : second.numerator();
		Component secondDenominator = (second == null) ? null : second.denominator();
		return new IndicatorForm(d.code(), d.titleDe(), text(d.titleEn()), d.theme().code(), "", "", d.definition(),
				d.unit(), Integer.toString(d.precision()), d.polarity().name(), d.source(), c.kind().name(),
				numerator.series(), pairs(numerator.filter()), names(numerator),
				Integer.toString(numerator.periodOffset()), series(denominator),
				pairs((denominator == null) ? Map.of() : denominator.filter()), names(denominator),
				Integer.toString((denominator == null) ? 0 : denominator.periodOffset()),
				(first.scale() == null) ? "" : first.scale().stripTrailingZeros().toPlainString(),
				series(secondNumerator), pairs((secondNumerator == null) ? Map.of() : secondNumerator.filter()),
				names(secondNumerator), series(secondDenominator),
				pairs((secondDenominator == null) ? Map.of() : secondDenominator.filter()), names(secondDenominator),
				Integer.toString(Math.max(c.periodsBack(), 1)),
				((c.change() == null) ? ChangeMode.PERCENT : c.change()).name(), pairs(d.defaultDimensions()),
				previewRegion);
	}

	private static String text(String value) {
		return (value == null) ? "" : value;
	}

	private static String series(Component component) {
		return (component == null) ? "" : component.series();
	}

	private static String names(Component component) {
		return (component == null) ? "" : String.join(", ", component.by());
	}

	/** {@code Merkmal=Wert; Merkmal=Wert} as the form writes it. */
	private static String pairs(Map<String, String> pairs) {
		StringBuilder text = new StringBuilder();
		new java.util.TreeMap<>(pairs)
			.forEach((name, value) -> text.append(text.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		return text.toString();
	}

	/**
	 * The definition, or null with the fields that cannot be read put into
	 * {@code errors}.
	 */
	NewIndicator toNewIndicator(Map<String, String> errors) {
		// every empty required field at once (the definition check names one problem at a
		// time); the definition is still built, so that its check adds what is wrong
		// beyond them (e.g. a malformed code), and it cannot pass with a field missing
		for (String[] required : new String[][] { { "code", this.code }, { "titleDe", this.titleDe },
				{ "definition", this.definition }, { "unit", this.unit },
				{ "numeratorSeries", this.numeratorSeries } }) {
			if (blank(required[1])) {
				errors.put(required[0], required[0]);
			}
		}
		if (blank(this.themeCode) && blank(this.newThemeCode)) {
			errors.put("themeCode", "themeCode");
		}
		if (ComputationKind.RATIO.name().equals(this.kind) && blank(this.denominatorSeries)) {
			errors.put("denominatorSeries", "denominatorSeries");
		}
		Set<String> missing = Set.copyOf(errors.keySet());
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
		Component numerator = component("numerator", this.numeratorSeries, this.numeratorFilter, this.numeratorBy,
				this.numeratorOffset, errors);
		Component denominator = blank(this.denominatorSeries) ? null : component("denominator", this.denominatorSeries,
				this.denominatorFilter, this.denominatorBy, this.denominatorOffset, errors);
		Term second = null;
		if (kindValue == ComputationKind.GAP) {
			Component secondNumerator = component("secondNumerator", this.secondNumeratorSeries,
					this.secondNumeratorFilter, this.secondNumeratorBy, null, errors);
			Component secondDenominator = blank(this.secondDenominatorSeries) ? null : component("secondDenominator",
					this.secondDenominatorSeries, this.secondDenominatorFilter, this.secondDenominatorBy, null, errors);
			second = new Term(secondNumerator, secondDenominator, scaleValue);
		}
		Map<String, String> defaults = pairs("defaultDimensions", this.defaultDimensions, errors);
		int back = 0;
		ChangeMode mode = null;
		if (kindValue == ComputationKind.CHANGE) {
			Integer periods = integer("periodsBack", this.periodsBack, 0, errors);
			back = (periods == null) ? 0 : periods;
			mode = choice("changeMode", this.changeMode, ChangeMode.class, errors);
		}
		if (!missing.containsAll(errors.keySet())) {
			return null;
		}
		IndicatorComputation computation = (kindValue == null) ? null
				: new IndicatorComputation(kindValue, new Term(numerator, denominator, scaleValue), second, back, mode);
		String theme = blank(this.themeCode) ? this.newThemeCode : this.themeCode;
		return new NewIndicator(strip(this.code), this.titleDe, this.titleEn, strip(theme), this.themeTitle,
				this.definition, this.unit, precisionValue, polarityValue, this.source, computation, defaults);
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

	/**
	 * A component from its fields {@code <name>Filter}, {@code <name>By} and (null
	 * offset: none on the form) {@code <name>Offset}.
	 */
	private static Component component(String name, String series, String filter, String by, String offset,
			Map<String, String> errors) {
		Map<String, String> filters = pairs(name + "Filter", filter, errors);
		List<String> names = new ArrayList<>();
		if (!blank(by)) {
			for (String part : by.split("[,;\\n]")) {
				if (part.contains("=")) {
					// Merkmal=Wert belongs in the filter or the default variant
					errors.put(name + "By", name + "By");
				}
				else if (!part.isBlank() && !names.contains(part.strip())) {
					names.add(part.strip());
				}
			}
		}
		Integer periodOffset = (offset == null) ? Integer.valueOf(0) : integer(name + "Offset", offset, 0, errors);
		return new Component(blank(series) ? null : series.strip(), filters, names,
				(periodOffset == null) ? 0 : periodOffset);
	}

	/** {@code Merkmal=Wert; Merkmal=Wert} read, or the field put into errors. */
	private static Map<String, String> pairs(String field, String text, Map<String, String> errors) {
		Map<String, String> pairs = new LinkedHashMap<>();
		if (!blank(text)) {
			for (String part : text.split("[;\\n]")) {
				if (part.isBlank()) {
					continue;
				}
				int equals = part.indexOf('=');
				if (equals <= 0 || part.substring(0, equals).isBlank() || part.substring(equals + 1).isBlank()) {
					errors.put(field, field);
					break;
				}
				pairs.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
			}
		}
		return pairs;
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
