package de.teilhabe.monitoring.statistics.importing;

import java.math.BigDecimal;

/**
 * The content of a value cell: a number, a symbol, or both (see {@link ValueSymbol}).
 *
 * @param value the number or {@code null}
 * @param symbol the symbol or {@code null}
 */
public record CellValue(BigDecimal value, ValueSymbol symbol) {

	static CellValue of(BigDecimal value) {
		return new CellValue(value, null);
	}

	static CellValue symbol(ValueSymbol symbol) {
		return new CellValue(null, symbol);
	}

}
