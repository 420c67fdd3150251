package de.teilhabe.monitoring.statistics.importing;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueReaderTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1218330|1218330", "1.218.330|1218330", "1 218 330|1218330", "' 15 738 '|15738", "1234,5|1234.5",
					"1.234,5|1234.5", "0,25|0.25", "-3,5|-3.5", "1,02648326832273E-02|0.0102648326832273", "8.5|8.5" })
	void readsDecimalCommaNumbers(String text, String expected) {
		assertThat(ValueReader.number(text, NumberStyle.DECIMAL_COMMA)).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12.1326|12.1326", "1,218,330|1218330", "1 218 330|1218330",
					"1.02648326832273E-02|0.0102648326832273", "+5.96590909090909|5.96590909090909", "' 42 '|42",
					"-0.5|-0.5", "2.5e3|2500" })
	void readsDecimalPointNumbers(String text, String expected) {
		assertThat(ValueReader.number(text, NumberStyle.DECIMAL_POINT)).isEqualByComparingTo(expected);
	}

	/**
	 * Plain numbers take a shortcut in {@code read}: the same value and scale as the full
	 * rules.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "217|DECIMAL_POINT", "12.50|DECIMAL_POINT", "007|DECIMAL_POINT", "0|DECIMAL_POINT",
					"0.0123|DECIMAL_POINT", "1.234|DECIMAL_POINT", "' 42 '|DECIMAL_POINT", "12,5|DECIMAL_COMMA",
					"1.234|DECIMAL_COMMA", "1234,50|DECIMAL_COMMA", "17|GENESIS", "0,5|GENESIS", "5.|DECIMAL_POINT",
					".5|DECIMAL_POINT", "1,5|DECIMAL_POINT" })
	void readsPlainNumbersAsTheFullRulesDo(String text, NumberStyle style) {
		BigDecimal number = ValueReader.number(text, style);
		assertThat(ValueReader.read(text, style)).isEqualTo((number == null) ? null : CellValue.of(number));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "abc", "1.2.3,4,5", "12,34,5", "1..2", "E5", "1 23" })
	void refusesWhatIsNoNumber(String text) {
		assertThat(ValueReader.number(text, NumberStyle.DECIMAL_POINT)).isNull();
		assertThat(ValueReader.read(text, NumberStyle.DECIMAL_POINT)).isNull();
	}

	@Test
	void keepsEverySymbolAndNeverInventsAZero() {
		assertThat(ValueReader.read("-", NumberStyle.GENESIS))
			.isEqualTo(new CellValue(BigDecimal.ZERO, ValueSymbol.NOTHING));
		assertThat(ValueReader.read("0", NumberStyle.GENESIS))
			.isEqualTo(new CellValue(BigDecimal.ZERO, ValueSymbol.LESS_THAN_HALF));
		assertThat(ValueReader.read(".", NumberStyle.GENESIS)).isEqualTo(CellValue.symbol(ValueSymbol.SECRET));
		assertThat(ValueReader.read("...", NumberStyle.GENESIS)).isEqualTo(CellValue.symbol(ValueSymbol.LATER));
		assertThat(ValueReader.read("/", NumberStyle.GENESIS)).isEqualTo(CellValue.symbol(ValueSymbol.NOT_RELIABLE));
		assertThat(ValueReader.read("x", NumberStyle.GENESIS)).isEqualTo(CellValue.symbol(ValueSymbol.BLOCKED));
		assertThat(ValueReader.read("( )", NumberStyle.GENESIS))
			.isEqualTo(CellValue.symbol(ValueSymbol.LIMITED_RELIABILITY));
		assertThat(ValueReader.read("(1.234)", NumberStyle.GENESIS))
			.isEqualTo(new CellValue(new BigDecimal("1234"), ValueSymbol.LIMITED_RELIABILITY));
		assertThat(ValueReader.read("*", NumberStyle.DECIMAL_COMMA))
			.isEqualTo(CellValue.symbol(ValueSymbol.ANONYMISED));
		assertThat(ValueReader.read("  ", NumberStyle.GENESIS)).isEqualTo(CellValue.symbol(ValueSymbol.MISSING));
	}

	@Test
	void aPlainZeroIsOnlyASymbolInGenesisFiles() {
		assertThat(ValueReader.read("0", NumberStyle.DECIMAL_POINT)).isEqualTo(CellValue.of(new BigDecimal("0")));
	}

}
