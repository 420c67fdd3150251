package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorDefinitionException;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.NewIndicator;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks a tenant's own indicator field by field and turns it into a definition; what it
 * refuses names the field ({@link DefinitionFields} gives the reader's text), a conflict
 * when the field is well-formed but cannot be accepted (code taken, series unknown to the
 * tenant).
 */
@org.springframework.stereotype.Component
class DefinitionCheck {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private static final int MAX_TEXT = 4000;

	private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	DefinitionCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param codeMustBeFree true for a new indicator (the code must not be a shipped one
	 * or the tenant's own); false for an edit (the code stays) and a preview (nothing is
	 * stored)
	 */
	IndicatorDefinition check(UUID tenantId, NewIndicator n, boolean codeMustBeFree) {
		if (n == null) {
			throw new IndicatorDefinitionException("code", "The indicator definition is missing.");
		}
		if (n.code() == null || !CODE.matcher(n.code()).matches()) {
			throw new IndicatorDefinitionException("code",
					"The code is required: 1–40 letters, digits, '-' or '_', starting with a letter or digit.");
		}
		String titleDe = required("titleDe", n.titleDe(), 200);
		String themeCode = required("themeCode", n.themeCode(), 40);
		String definition = required("definition", n.definition(), MAX_TEXT);
		String unit = required("unit", n.unit(), 100);
		int precision = (n.precision() == null) ? 1 : n.precision();
		if (precision < 0 || precision > 6) {
			throw new IndicatorDefinitionException("precision", "The precision is 0 to 6 decimals.");
		}
		if (n.polarity() == null) {
			throw new IndicatorDefinitionException("polarity",
					"The polarity is required: HIGHER_IS_BETTER, LOWER_IS_BETTER or NEUTRAL.");
		}
		IndicatorComputation computation = computation(n.computation());
		Map<String, String> defaults = (n.defaultDimensions() == null) ? Map.of() : Map.copyOf(n.defaultDimensions());
		for (String name : defaults.keySet()) {
			if (!computation.first().numerator().by().contains(name)) {
				throw new IndicatorDefinitionException("defaultDimensions",
						"The default variant may only name dimensions of computation.first.numerator.by; '" + name
								+ "' is not one.");
			}
		}
		String themeTitle = (n.themeTitle() == null || n.themeTitle().isBlank()) ? knownTheme(tenantId, themeCode)
				: n.themeTitle().strip();
		if (themeTitle == null) {
			throw new IndicatorDefinitionException("themeTitle", "A new theme needs a title.");
		}
		// well-formed: now what the tenant's data says
		boolean taken = codeMustBeFree && this.jdbc
			.sql("SELECT count(*) FROM indicator_definition WHERE code = ? AND (tenant_id IS NULL OR tenant_id = ?)")
			.params(n.code(), tenantId)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new IndicatorDefinitionException("code",
					"The code '" + n.code() + "' is already used (by a shipped or an own indicator).", true);
		}
		String attribution = attributions(tenantId, computation);
		return new IndicatorDefinition(n.code(), titleDe, blankToNull(n.titleEn()),
				new IndicatorTheme(themeCode, themeTitle), definition, unit, precision, n.polarity(),
				(n.source() == null || n.source().isBlank()) ? "Eigene Berechnung" : n.source().strip(), attribution,
				"Wie die Quelldaten (siehe Quellenangabe)", computation, ComputationWords.describe(computation),
				defaults, false);
	}

	private IndicatorComputation computation(IndicatorComputation c) {
		if (c == null || c.kind() == null) {
			throw new IndicatorDefinitionException("computation.kind",
					"The computation kind is required: DIRECT, RATIO, GAP or CHANGE.");
		}
		term("computation.first", c.first(), c.kind() == ComputationKind.RATIO, c.kind() == ComputationKind.DIRECT);
		if (c.kind() == ComputationKind.GAP) {
			term("computation.second", c.second(), false, false);
		}
		else if (c.second() != null) {
			throw new IndicatorDefinitionException("computation.second", "Only a GAP has a second term.");
		}
		if (c.kind() == ComputationKind.CHANGE) {
			if (c.periodsBack() < 1 || c.periodsBack() > 50) {
				throw new IndicatorDefinitionException("computation.periodsBack",
						"A CHANGE compares with 1 to 50 years back.");
			}
			if (c.change() == null) {
				throw new IndicatorDefinitionException("computation.change", "A CHANGE is ABSOLUTE or PERCENT.");
			}
		}
		return new IndicatorComputation(c.kind(), c.first(), c.second(),
				(c.kind() == ComputationKind.CHANGE) ? c.periodsBack() : 0,
				(c.kind() == ComputationKind.CHANGE) ? c.change() : null);
	}

	private static void term(String field, Term term, boolean needsDenominator, boolean noDenominator) {
		if (term == null || term.numerator() == null) {
			throw new IndicatorDefinitionException(field + ".numerator", "The term needs a numerator (a series).");
		}
		component(field + ".numerator", term.numerator());
		if (needsDenominator && term.denominator() == null) {
			throw new IndicatorDefinitionException(field + ".denominator", "A RATIO needs a denominator.");
		}
		if (noDenominator && term.denominator() != null) {
			throw new IndicatorDefinitionException(field + ".denominator", "A DIRECT value has no denominator.");
		}
		if (term.denominator() != null) {
			component(field + ".denominator", term.denominator());
			if (!Set.copyOf(term.numerator().by()).containsAll(term.denominator().by())) {
				throw new IndicatorDefinitionException(field + ".denominator.by",
						"The denominator's dimensions (by) must be among the numerator's.");
			}
		}
		if (term.scale() != null && term.scale().signum() <= 0) {
			throw new IndicatorDefinitionException(field + ".scale", "The scale is a positive number.");
		}
		if (term.scale() != null && term.scale().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			throw new IndicatorDefinitionException(field + ".scale", "The scale is at most 1 000 000.");
		}
	}

	private static void component(String field, Component component) {
		if (component.series() == null || component.series().isBlank()) {
			throw new IndicatorDefinitionException(field + ".series", "The series code is required.");
		}
		if (component.periodOffset() < -10 || component.periodOffset() > 10) {
			throw new IndicatorDefinitionException(field + ".periodOffset", "The period offset is -10 to 10 years.");
		}
	}

	/**
	 * The attribution lines of the series, which must exist for the tenant and have the
	 * dimensions a component's {@code by} names (422 otherwise).
	 */
	private String attributions(UUID tenantId, IndicatorComputation computation) {
		StringBuilder lines = new StringBuilder();
		String[] fields = { "computation.first.numerator", "computation.first.denominator",
				"computation.second.numerator", "computation.second.denominator" };
		Component[] components = { computation.first().numerator(), computation.first().denominator(),
				(computation.second() == null) ? null : computation.second().numerator(),
				(computation.second() == null) ? null : computation.second().denominator() };
		for (int i = 0; i < components.length; i++) {
			if (components[i] == null) {
				continue;
			}
			String field = fields[i];
			String series = components[i].series();
			Map.Entry<String, String> found = this.jdbc.sql(
					"SELECT attribution, dimension_names::text FROM statistics_series WHERE code = ? AND (tenant_id IS NULL "
							+ "OR tenant_id = ?) ORDER BY tenant_id NULLS LAST LIMIT 1")
				.params(components[i].series(), tenantId)
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
				.optional()
				.orElseThrow(() -> new IndicatorDefinitionException(field + ".series",
						"There is no statistics series '" + series + "' (shared or imported by your office).", true,
						series));
			String attribution = found.getKey();
			List<String> dimensions = IndicatorEngine.JSON.readValue(found.getValue(), STRING_LIST);
			for (String name : components[i].by()) {
				if (!dimensions.contains(name)) {
					throw new IndicatorDefinitionException(field + ".by",
							"'" + name + "' is not a dimension of the series '" + series + "'; its dimensions are: "
									+ String.join(", ", dimensions) + ".",
							true, name);
				}
			}
			if (lines.indexOf(attribution) < 0) {
				lines.append((lines.length() > 0) ? "; " : "").append(attribution);
			}
		}
		return lines.toString();
	}

	/** The title of a shipped theme or of one of the tenant's own indicators' themes. */
	private String knownTheme(UUID tenantId, String code) {
		return this.jdbc
			.sql("SELECT theme_title FROM indicator_definition WHERE (tenant_id IS NULL OR tenant_id = ?) "
					+ "AND theme_code = ? ORDER BY tenant_id NULLS FIRST LIMIT 1")
			.params(tenantId, code)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new IndicatorDefinitionException(field, "'" + field + "' is required.");
		}
		if (value.length() > max) {
			throw new IndicatorDefinitionException(field, "'" + field + "' has at most " + max + " characters.");
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
