package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.ChangeMode;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

/**
 * The page form of an own indicator, bound and checked by {@link FormBinder}: what the
 * form itself can tell (required fields, numbers, how a filter is written) is checked
 * here, every field at once; what needs the catalogue and the tenant's series (a code
 * already taken, a series or dimension unknown, the ranges) is checked by the definition
 * check behind {@code Indicators}, as for the API. A filter and the default variant are
 * written {@code Merkmal=Wert; Merkmal=Wert}, the dimensions that make the variants
 * ({@code by}) {@code Merkmal, Merkmal}; the scale applies to both terms of a gap. The
 * parts of another kind of computation than the chosen one are not checked (the page
 * hides them).
 */
public record IndicatorForm(@NotBlank(message = "{monitoring.indicator.form.error.code}") String code,
		@NotBlank(message = "{monitoring.indicator.form.error.titleDe}") String titleDe, String titleEn,
		String themeCode, String newThemeCode, String themeTitle,
		@NotBlank(message = "{monitoring.indicator.form.error.definition}") String definition,
		@NotBlank(message = "{monitoring.indicator.form.error.unit}") String unit,
		@Pattern(regexp = INTEGER, message = "{monitoring.indicator.form.error.precision}") String precision,
		Polarity polarity, String source, ComputationKind kind,
		@NotBlank(message = "{monitoring.indicator.form.error.numeratorSeries}") String numeratorSeries,
		String numeratorFilter, String numeratorBy, String numeratorOffset, String denominatorSeries,
		String denominatorFilter, String denominatorBy, String denominatorOffset,
		@Pattern(regexp = NUMBER, message = "{monitoring.indicator.form.error.scale}") String scale,
		String secondNumeratorSeries, String secondNumeratorFilter, String secondNumeratorBy,
		String secondDenominatorSeries, String secondDenominatorFilter, String secondDenominatorBy, String periodsBack,
		ChangeMode changeMode, String defaultDimensions, String previewRegion) implements CheckedTogether {

	/** A whole number as typed. */
	static final String INTEGER = "[+-]?[0-9]{1,9}";

	/** A decimal number as typed: a comma or a point, spaces between the digits. */
	static final String NUMBER = "(?=.*[0-9])[+-]?[0-9 ]*([.,][0-9 ]*)?";

	private static final String ERROR = "monitoring.indicator.form.error.";

	/** A new form with sensible defaults. */
	static IndicatorForm empty(String previewRegion) {
		return new IndicatorForm("", "", "", "", "", "", "", "", "1", Polarity.NEUTRAL, "", ComputationKind.RATIO, "",
				"", "", "0", "", "", "", "0", "100", "", "", "", "", "", "", "1", ChangeMode.PERCENT, "",
				previewRegion);
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
		return new IndicatorForm(d.code(), d.titleDe(), d.titleEn(), d.theme().code(), "", "", d.definition(), d.unit(),
				Integer.toString(d.precision()), d.polarity(), d.source(), c.kind(), numerator.series(),
				pairs(numerator.filter()), names(numerator), Integer.toString(numerator.periodOffset()),
				series(denominator), pairs((denominator == null) ? Map.of() : denominator.filter()), names(denominator),
				Integer.toString((denominator == null) ? 0 : denominator.periodOffset()),
				(first.scale() == null) ? "" : first.scale().stripTrailingZeros().toPlainString(),
				series(secondNumerator), pairs((secondNumerator == null) ? Map.of() : secondNumerator.filter()),
				names(secondNumerator), series(secondDenominator),
				pairs((secondDenominator == null) ? Map.of() : secondDenominator.filter()), names(secondDenominator),
				Integer.toString(Math.max(c.periodsBack(), 1)), (c.change() == null) ? ChangeMode.PERCENT : c.change(),
				pairs(d.defaultDimensions()), previewRegion);
	}

	/**
	 * A theme chosen or a new one named; a ratio's denominator; and how each part of the
	 * chosen kind of computation is written.
	 */
	@Override
	public void checkTogether(Errors errors) {
		if (blank(this.themeCode) && blank(this.newThemeCode)) {
			errors.rejectValue("themeCode", ERROR + "themeCode");
		}
		if (this.kind == ComputationKind.RATIO && blank(this.denominatorSeries)) {
			errors.rejectValue("denominatorSeries", ERROR + "denominatorSeries");
		}
		checkComponent(errors, "numerator", this.numeratorFilter, this.numeratorBy, this.numeratorOffset);
		if (!blank(this.denominatorSeries)) {
			checkComponent(errors, "denominator", this.denominatorFilter, this.denominatorBy, this.denominatorOffset);
		}
		if (this.kind == ComputationKind.GAP) {
			checkComponent(errors, "secondNumerator", this.secondNumeratorFilter, this.secondNumeratorBy, null);
			if (!blank(this.secondDenominatorSeries)) {
				checkComponent(errors, "secondDenominator", this.secondDenominatorFilter, this.secondDenominatorBy,
						null);
			}
		}
		if (pairs(this.defaultDimensions) == null) {
			errors.rejectValue("defaultDimensions", ERROR + "defaultDimensions");
		}
		if (this.kind == ComputationKind.CHANGE && !blank(this.periodsBack) && !this.periodsBack.matches(INTEGER)) {
			errors.rejectValue("periodsBack", ERROR + "periodsBack");
		}
	}

	/**
	 * A component's fields {@code <name>Filter}, {@code <name>By} and (if the form has
	 * it) {@code <name>Offset}.
	 */
	private static void checkComponent(Errors errors, String name, String filter, String by, String offset) {
		if (pairs(filter) == null) {
			errors.rejectValue(name + "Filter", ERROR + name + "Filter");
		}
		if (by != null && by.contains("=")) {
			// Merkmal=Wert belongs in the filter or the default variant
			errors.rejectValue(name + "By", ERROR + name + "By");
		}
		if (!blank(offset) && !offset.matches(INTEGER)) {
			errors.rejectValue(name + "Offset", ERROR + name + "Offset");
		}
	}

	/**
	 * The definition the form describes, for the definition check. A value the form's own
	 * checks refuse is left out (the form is not stored then), so that the definition
	 * check can still name what else is wrong.
	 */
	NewIndicator toNewIndicator() {
		BigDecimal scaleValue = blank(this.scale) || !this.scale.matches(NUMBER) ? null
				: new BigDecimal(this.scale.replace(" ", "").replace(',', '.'));
		Component numerator = component(this.numeratorSeries, this.numeratorFilter, this.numeratorBy,
				this.numeratorOffset);
		Component denominator = blank(this.denominatorSeries) ? null
				: component(this.denominatorSeries, this.denominatorFilter, this.denominatorBy, this.denominatorOffset);
		Term second = null;
		if (this.kind == ComputationKind.GAP) {
			Component secondNumerator = component(this.secondNumeratorSeries, this.secondNumeratorFilter,
					this.secondNumeratorBy, null);
			Component secondDenominator = blank(this.secondDenominatorSeries) ? null : component(
					this.secondDenominatorSeries, this.secondDenominatorFilter, this.secondDenominatorBy, null);
			second = new Term(secondNumerator, secondDenominator, scaleValue);
		}
		IndicatorComputation computation = (this.kind == null) ? null
				: new IndicatorComputation(this.kind, new Term(numerator, denominator, scaleValue), second,
						(this.kind == ComputationKind.CHANGE) ? integer(this.periodsBack, 0) : 0,
						(this.kind == ComputationKind.CHANGE) ? this.changeMode : null);
		Map<String, String> defaults = pairs(this.defaultDimensions);
		String theme = blank(this.themeCode) ? this.newThemeCode : this.themeCode;
		return new NewIndicator(this.code, this.titleDe, this.titleEn, theme, this.themeTitle, this.definition,
				this.unit, integer(this.precision, null), this.polarity, this.source, computation,
				(defaults == null) ? Map.of() : defaults);
	}

	private static Component component(String series, String filter, String by, String offset) {
		Map<String, String> filters = pairs(filter);
		List<String> names = new ArrayList<>();
		for (String name : FormBinder.split(by)) {
			if (!name.contains("=")) {
				names.add(name);
			}
		}
		return new Component(series, (filters == null) ? Map.of() : filters, names, integer(offset, 0));
	}

	/**
	 * {@code Merkmal=Wert; Merkmal=Wert} read (empty for no text), or null if a part is
	 * not written so.
	 */
	static Map<String, String> pairs(String text) {
		Map<String, String> pairs = new LinkedHashMap<>();
		if (blank(text)) {
			return pairs;
		}
		for (String part : text.split("[;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			int equals = part.indexOf('=');
			if (equals <= 0 || part.substring(0, equals).isBlank() || part.substring(equals + 1).isBlank()) {
				return null;
			}
			pairs.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
		}
		return pairs;
	}

	/** {@code Merkmal=Wert; Merkmal=Wert} as the form writes it. */
	private static String pairs(Map<String, String> pairs) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(pairs)
			.forEach((name, value) -> text.append(text.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		return text.toString();
	}

	private static String series(Component component) {
		return (component == null) ? "" : component.series();
	}

	private static String names(Component component) {
		return (component == null) ? "" : String.join(FormBinder.LIST_SEPARATOR, component.by());
	}

	/** A whole number, or {@code fallback} for none or one that is not written so. */
	private static Integer integer(String text, Integer fallback) {
		return (blank(text) || !text.matches(INTEGER)) ? fallback : Integer.valueOf(text.replace("+", ""));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
