package de.teilhabe.monitoring.statistics.importing;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real excerpts of the Integrationsmonitoring Niedersachsen (UTF-8 with BOM, CRLF).
 */
class OpenSdgParserTest {

	@Test
	void readsSeriesFromTheFileNameAndResolvesEveryKindOfGeoCode() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_1-1-1.csv");
		assertThat(sink.summary.format()).isEqualTo(StatisticsFormat.OPEN_SDG);
		assertThat(sink.series).singleElement().satisfies((series) -> {
			assertThat(series.code()).isEqualTo("1-1-1");
			assertThat(series.attribution()).isEqualTo(ImportSettings.NI_ATTRIBUTION);
			assertThat(series.dimensionNames()).isEmpty();
		});
		assertThat(sink.rejected).isEmpty();
		assertThat(sink.observations).extracting(Observation::regionKey)
			.containsExactlyInAnyOrder("03", "031", "03241001", "03241999", "03404", "03459");
		Observation osnabrueck = sink.observations.stream()
			.filter((o) -> o.regionKey().equals("03459"))
			.findFirst()
			.orElseThrow();
		assertThat(osnabrueck.period()).isEqualTo(new Period(Period.Kind.YEAR, "2019"));
		assertThat(osnabrueck.value()).isPositive();
		assertThat(osnabrueck.symbol()).isNull();
	}

	@Test
	void resolvesAnEmptyGeoCodeToTheLandAndKeepsDimensions() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_1-2-3.csv");
		assertThat(sink.series.get(0).dimensionNames()).containsExactly("Aufenthaltsdauer in Jahren", "Geschlecht");
		Observation land = sink.observationAt(2);
		assertThat(land.regionKey()).isEqualTo("03");
		assertThat(land.period().code()).isEqualTo("2004");
		assertThat(land.dimensions()).containsEntry("Aufenthaltsdauer in Jahren", "unter 1");
	}

	@Test
	void resolvesNvByTheRegionNameOrRejectsItWithTheReason() {
		CollectingSink niedersachsen = CollectingSink.parseResource("open-sdg/indicator_1-2-8.csv");
		assertThat(niedersachsen.rejected).isEmpty();
		assertThat(niedersachsen.observations).extracting(Observation::regionKey).contains("03", "03459");

		CollectingSink osterode = CollectingSink.parseResource("open-sdg/indicator_6-2-1.csv");
		assertThat(osterode.rejected).hasSize(2);
		assertThat(osterode.rejectionAt(2)).isEqualTo(new Reasons.Rejection(2, "GeoCode",
				"Region code “#NV” is a spreadsheet error and the region name “Osterode” is not a known region name."));
		assertThat(osterode.observations).hasSize(2);
	}

	@Test
	void resolvesBezugByTheRegionName() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_6-2-2.csv");
		assertThat(sink.rejected).isEmpty();
		assertThat(sink.observationAt(2).regionKey()).isEqualTo("03");
		assertThat(sink.observationAt(2).value()).isEqualByComparingTo("263");
	}

	@Test
	void readsRhCodesAndUnitsAsDimension() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_2-1-1.csv");
		assertThat(sink.observations).extracting(Observation::regionKey).containsExactly("03459", "03459", "03");
		assertThat(sink.series.get(0).dimensionNames()).containsExactly("Geschlecht", "Kategorie", "Units");
		assertThat(sink.series.get(0).unit()).isNull();
	}

	@Test
	void readsMonthsWrittenInGerman() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_5-3-2.csv");
		assertThat(sink.rejected).isEmpty();
		assertThat(sink.observationAt(2).period()).isEqualTo(new Period(Period.Kind.MONTH, "2007-06"));
		assertThat(sink.observationAt(2).value()).isEqualByComparingTo("8.5");
		assertThat(sink.observationAt(2).regionKey()).isEqualTo("03");
	}

	@Test
	void readsSignedDecimals() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_1-2-4.csv");
		assertThat(sink.observationAt(2).value()).isEqualByComparingTo("5.96590909090909");
		assertThat(sink.observationAt(2).dimensions()).containsEntry("Units", "Veränderung gegenüber 2005 in Prozent");
	}

	@Test
	void withholdsBlockedValuesAndMarksUncertainOnes() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_5-1-1.csv");
		assertThat(sink.rejected).isEmpty();
		// "Gesperrt" with a number in the cell: the publisher blocked it, it is not taken
		// over
		Observation blocked = sink.observationAt(2);
		assertThat(blocked.value()).isNull();
		assertThat(blocked.symbol()).isEqualTo(ValueSymbol.SECRET);
		assertThat(blocked.note()).isEqualTo("Gesperrt");
		Observation blockedEmpty = sink.observationAt(8);
		assertThat(blockedEmpty.value()).isNull();
		assertThat(blockedEmpty.symbol()).isEqualTo(ValueSymbol.SECRET);
		Observation uncertain = sink.observationAt(5);
		assertThat(uncertain.value()).isEqualByComparingTo("9.56066");
		assertThat(uncertain.symbol()).isEqualTo(ValueSymbol.LIMITED_RELIABILITY);
		assertThat(uncertain.note()).isEqualTo("Statistisch unsicher");
		Observation plain = sink.observationAt(6);
		assertThat(plain.value()).isEqualByComparingTo(new BigDecimal("12.1326"));
		assertThat(plain.symbol()).isNull();
		assertThat(plain.note()).isNull();
		assertThat(sink.summary.notes())
			.containsExactly("3 value(s) the publisher marked as blocked (Gesperrt) were not taken over.");
	}

	@Test
	void anEmptyValueIsNeverZero() {
		CollectingSink sink = CollectingSink.parseResource("open-sdg/indicator_6-3-2.csv");
		assertThat(sink.observationAt(2).value()).isNull();
		assertThat(sink.observationAt(2).symbol()).isEqualTo(ValueSymbol.SECRET);
		assertThat(sink.observationAt(3).symbol()).isEqualTo(ValueSymbol.LIMITED_RELIABILITY);
		assertThat(sink.observationAt(3).value()).isEqualByComparingTo("7");
		CollectingSink empty = CollectingSink.parse("indicator_x.csv",
				"Year,GeoCode,Value\n2019,K03459,\n2019,K03404,-\n", java.nio.charset.StandardCharsets.UTF_8);
		assertThat(empty.observationAt(2).value()).isNull();
		assertThat(empty.observationAt(2).symbol()).isEqualTo(ValueSymbol.MISSING);
		assertThat(empty.observationAt(3).value()).isEqualByComparingTo("0");
		assertThat(empty.observationAt(3).symbol()).isEqualTo(ValueSymbol.NOTHING);
	}

	@Test
	void rejectsBadRowsWithLineColumnAndReason() {
		CollectingSink sink = CollectingSink.parse("indicator_x.csv", """
				Year,Gebietseinheit,GeoCode,Value
				20x9,Osnabrück,K03459,1
				2019,Osnabrück,K03459,zwölf
				2019,Nirgendwo,K03999,1
				2019,Osnabrück,K03459
				2019,Osnabrück,K03459,1e3
				""", java.nio.charset.StandardCharsets.UTF_8);
		assertThat(sink.summary.rowsRead()).isEqualTo(5);
		assertThat(sink.rejected).containsExactly(new Reasons.Rejection(2, "Year",
				"“20x9” is not a period (expected 2019, 2007-06, Juni 2007, 2022-05-15, 15.05.2022 or 2015/16)."),
				new Reasons.Rejection(3, "Value",
						"“zwölf” is neither a number nor a value symbol (-, ., ..., /, x, ( ))."),
				new Reasons.Rejection(4, "GeoCode", "Region 03999 (from “K03999”) is not a known region key."),
				new Reasons.Rejection(5, null, "The row has 3 fields, the header 4; check for an unquoted delimiter."));
		assertThat(sink.observationAt(6).value()).isEqualByComparingTo("1000");
	}

}
