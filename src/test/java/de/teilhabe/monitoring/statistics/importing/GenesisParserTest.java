package de.teilhabe.monitoring.statistics.importing;

import java.math.BigDecimal;
import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GENESIS flat file (ffcsv) and classic table (datencsv), samples written to the
 * published description with real figures (Zensus 2022 table 1000A, Gemeindeverzeichnis
 * population 31.12.2019).
 */
class GenesisParserTest {

	@Test
	void flatFileTreatsTheUnitAsPartOfTheSeries() {
		CollectingSink sink = CollectingSink.parseResource("genesis/12411-02-03-4_ffcsv.csv");
		assertThat(sink.summary.format()).isEqualTo(StatisticsFormat.GENESIS_FLAT);
		assertThat(sink.summary.delimiter()).isEqualTo(';');
		assertThat(sink.series).extracting(SeriesDefinition::code)
			.containsExactly("1000A:PRS018:Anzahl", "1000A:PRS018:%", "12411-02-03-4:BEVSTD:Anzahl",
					"99999-01-01-5:BEVSTD:Anzahl");
		Observation count = sink.observationAt(2);
		assertThat(count.regionKey()).isEqualTo("13");
		assertThat(count.period()).isEqualTo(new Period(Period.Kind.DATE, "2022-05-15"));
		assertThat(count.dimensions()).containsEntry("Religion", "Römisch-katholische Kirche (öffentlich-rechtlich)");
		assertThat(count.value()).isEqualByComparingTo("49282");
		assertThat(count.quality()).isEqualTo('e');
		assertThat(sink.observationAt(3).value()).isEqualByComparingTo("3.1");
		assertThat(sink.observationAt(3).seriesCode()).isEqualTo("1000A:PRS018:%");
		assertThat(sink.series.get(2).dimensionNames()).containsExactly("Geschlecht");
		assertThat(sink.series.get(2).unit()).isEqualTo("Anzahl");
		assertThat(sink.observationAt(4).regionKey()).isEqualTo("03459");
		assertThat(sink.observationAt(4).period().code()).isEqualTo("2019");
	}

	@Test
	void flatFileReadsArsSymbolsAndQualityLetters() {
		CollectingSink sink = CollectingSink.parseResource("genesis/12411-02-03-4_ffcsv.csv");
		assertThat(sink.observationAt(10).regionKey()).isEqualTo("03459019");
		assertThat(sink.observationAt(10).quality()).isEqualTo('p');
		assertThat(sink.observationAt(11).regionKey()).isEqualTo("03241001");
		assertThat(sink.observationAt(11).quality()).isEqualTo('r');
		assertCell(sink.observationAt(12), BigDecimal.ZERO, ValueSymbol.NOTHING);
		assertCell(sink.observationAt(13), null, ValueSymbol.SECRET);
		assertCell(sink.observationAt(14), null, ValueSymbol.LATER);
		assertCell(sink.observationAt(15), null, ValueSymbol.NOT_RELIABLE);
		assertCell(sink.observationAt(16), null, ValueSymbol.BLOCKED);
		assertCell(sink.observationAt(17), new BigDecimal("12"), ValueSymbol.LIMITED_RELIABILITY);
		assertThat(sink.observationAt(17).quality()).isEqualTo('s');
		assertCell(sink.observationAt(18), BigDecimal.ZERO, ValueSymbol.LESS_THAN_HALF);
		assertCell(sink.observationAt(19), new BigDecimal("0.0102648326832273"), null);
	}

	@Test
	void flatFileRejectsBadRowsWithReasons() {
		CollectingSink sink = CollectingSink.parseResource("genesis/12411-02-03-4_ffcsv.csv");
		assertThat(sink.summary.rowsRead()).isEqualTo(22);
		assertThat(sink.rejected).containsExactly(new Reasons.Rejection(20, "time",
				"“20x9” is not a period of time code “JAHR” (expected e.g. 2023 for JAHR, 2022-05-15 for STAG)."),
				new Reasons.Rejection(21, "variable_attribute_code",
						"Region 03999999 (from “039990000999”) is not a known region key."),
				new Reasons.Rejection(22, "variable_attribute_code",
						"GEOGM4 code “0345” is neither an 8-digit AGS nor a 12-digit ARS."),
				new Reasons.Rejection(23, "value",
						"“zwölf” is neither a number nor a value symbol (-, 0, ., ..., /, x, ( ))."));
		assertThat(sink.observations).hasSize(18);
	}

	@Test
	void classicTableReadsWindows1252TitleHeaderDataAndFooter() {
		CollectingSink sink = CollectingSink.parseResource("genesis/12411-01-01-4_datencsv.csv");
		assertThat(sink.summary.format()).isEqualTo(StatisticsFormat.GENESIS_TABLE);
		assertThat(sink.summary.charset()).isEqualTo(Charset.forName("windows-1252"));
		assertThat(sink.series).singleElement().satisfies((series) -> {
			assertThat(series.code()).isEqualTo("12411-01-01-4");
			assertThat(series.label()).isEqualTo("Bevölkerungsstand");
			assertThat(series.unit()).isEqualTo("Anzahl");
			assertThat(series.dimensionNames()).containsExactly("Geschlecht");
		});
		assertThat(sink.summary.rowsRead()).isEqualTo(7);
		Observation women = sink.observations.stream()
			.filter((o) -> o.line() == 9 && o.dimensions().get("Geschlecht").equals("weiblich")
					&& o.period().code().equals("2019-12-31"))
			.findFirst()
			.orElseThrow();
		assertThat(women.regionKey()).isEqualTo("03");
		assertThat(women.value()).isEqualByComparingTo("4046037");
		assertThat(sink.summary.notes()).anyMatch((note) -> note.startsWith("© Statistische Ämter"));
	}

	@Test
	void classicTableKeepsSymbolsAndThousandsSeparators() {
		CollectingSink sink = CollectingSink.parseResource("genesis/12411-01-01-4_datencsv.csv");
		assertCell(cell(sink, 9, "2018-12-31", "Insgesamt"), null, ValueSymbol.LATER);
		assertCell(cell(sink, 10, "2018-12-31", "männlich"), null, ValueSymbol.SECRET);
		assertCell(cell(sink, 11, "2018-12-31", "weiblich"), BigDecimal.ZERO, ValueSymbol.NOTHING);
		assertCell(cell(sink, 12, "2018-12-31", "Insgesamt"), null, ValueSymbol.BLOCKED);
		assertCell(cell(sink, 12, "2018-12-31", "männlich"), null, ValueSymbol.NOT_RELIABLE);
		assertCell(cell(sink, 12, "2018-12-31", "weiblich"), null, ValueSymbol.LIMITED_RELIABILITY);
		assertCell(cell(sink, 13, "2018-12-31", "Insgesamt"), null, ValueSymbol.MISSING);
		assertCell(cell(sink, 14, "2018-12-31", "Insgesamt"), new BigDecimal("164374"),
				ValueSymbol.LIMITED_RELIABILITY);
		assertCell(cell(sink, 14, "2018-12-31", "männlich"), BigDecimal.ZERO, ValueSymbol.LESS_THAN_HALF);
		assertCell(cell(sink, 15, "2018-12-31", "Insgesamt"), new BigDecimal("357343"), null);
		assertThat(cell(sink, 13, "2019-12-31", "Insgesamt").regionKey()).isEqualTo("03241001");
		assertThat(cell(sink, 10, "2019-12-31", "Insgesamt").regionKey()).isEqualTo("031");
		assertThat(sink.rejected).containsExactly(new Reasons.Rejection(14, "weiblich 2018-12-31",
				"“?” is neither a number nor a value symbol (-, 0, ., ..., /, x, ( ))."));
	}

	private static Observation cell(CollectingSink sink, long line, String period, String sex) {
		return sink.observations.stream()
			.filter((o) -> o.line() == line && o.period().code().equals(period)
					&& o.dimensions().get("Geschlecht").equals(sex))
			.findFirst()
			.orElseThrow();
	}

	private static void assertCell(Observation observation, BigDecimal value, ValueSymbol symbol) {
		if (value == null) {
			assertThat(observation.value()).isNull();
		}
		else {
			assertThat(observation.value()).isEqualByComparingTo(value);
		}
		assertThat(observation.symbol()).isEqualTo(symbol);
	}

}
