package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;

/**
 * The computation of an indicator in words (German, like the catalogue's texts), shown
 * under every chart as "how the value is derived".
 */
final class ComputationWords {

	private ComputationWords() {
	}

	static String describe(IndicatorComputation c) {
		String text = switch (c.kind()) {
			case DIRECT -> "Wert " + term(c.first()) + ".";
			case RATIO -> "Quotient: " + term(c.first()) + ".";
			case GAP -> "Differenz (A − B): A = " + term(c.first()) + "; B = " + term(c.second()) + ".";
			case CHANGE -> "Veränderung gegenüber dem Wert " + c.periodsBack()
					+ ((c.periodsBack() == 1) ? " Jahr" : " Jahre") + " zuvor, "
					+ ((c.change() == IndicatorComputation.ChangeMode.PERCENT) ? "in Prozent" : "absolut") + ", von: "
					+ term(c.first()) + ".";
		};
		return text + " Werte höherer Gebiete aus summierten Zählwerten ihrer Teile, nie aus gemittelten Quoten;"
				+ " fehlt ein Bestandteil oder ist er geheim, bleibt der Wert leer (mit Zeichen und Grund), nie 0.";
	}

	private static String term(Term term) {
		String scale = (term.scale() == null || term.scale().compareTo(BigDecimal.ONE) == 0) ? ""
				: " × " + term.scale().stripTrailingZeros().toPlainString();
		if (term.denominator() == null) {
			return component(term.numerator()) + scale;
		}
		return "Zähler " + component(term.numerator()) + " ÷ Nenner " + component(term.denominator()) + scale;
	}

	private static String component(Component c) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, String> filter : c.filter().entrySet()) {
			parts.add(filter.getKey() + " = " + filter.getValue());
		}
		if (!c.by().isEmpty()) {
			parts.add("je " + String.join(", ", c.by()));
		}
		if (c.periodOffset() != 0) {
			parts.add((c.periodOffset() == -1) ? "Vorjahr" : "Zeitraum " + signed(c.periodOffset()) + " Jahre");
		}
		return "Reihe „" + c.series() + "“" + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
	}

	private static String signed(int offset) {
		return (offset > 0) ? "+" + offset : Integer.toString(offset);
	}

}
