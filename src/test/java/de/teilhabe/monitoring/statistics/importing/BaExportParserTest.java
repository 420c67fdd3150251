package de.teilhabe.monitoring.statistics.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real BA export samples (UTF-8 BOM, quoted, metadata block, footer).
 */
class BaExportParserTest {

	@Test
	void readsMetadataHeaderWithTrailingSpacesAndThousandsSeparators() {
		CollectingSink sink = CollectingSink.parseResource("ba/2019_beschaeftigte_auslaender_nachberufsabschluss.csv");
		assertThat(sink.summary.format()).isEqualTo(StatisticsFormat.BA_EXPORT);
		assertThat(sink.summary.delimiter()).isEqualTo(';');
		assertThat(sink.summary.rowsRead()).isEqualTo(4);
		assertThat(sink.rejected).isEmpty();
		assertThat(sink.series).extracting(SeriesDefinition::label)
			.containsExactly("Beschäftigte", "Anteil an Insgesamt in %");
		assertThat(sink.series).extracting(SeriesDefinition::unit).containsExactly("Anzahl", "%");
		assertThat(sink.series.get(0).attribution()).isEqualTo(ImportSettings.BA_ATTRIBUTION);
		assertThat(sink.series.get(0).dimensionNames()).containsExactly("Merkmal", "Staatsangehörigkeit");
		Observation first = sink.observations.get(0);
		assertThat(first.value()).isEqualByComparingTo("1218330");
		assertThat(first.regionKey()).isEqualTo("DG");
		assertThat(first.period()).isEqualTo(new Period(Period.Kind.YEAR, "2019"));
		assertThat(first.dimensions()).containsEntry("Merkmal", "Ohne Berufsabschluss")
			.containsEntry("Staatsangehörigkeit", "Ausländer");
		assertThat(sink.observations).hasSize(8);
		assertThat(sink.summary.notes()).contains("© Statistik der Bundesagentur für Arbeit");
	}

	@Test
	void readsTheSecondSample() {
		CollectingSink sink = CollectingSink.parseResource("ba/2019_arbeitslose_auslaender_nachaltersgruppe.csv");
		assertThat(sink.observations).hasSize(8);
		assertThat(sink.observations.get(2).value()).isEqualByComparingTo("502841");
		assertThat(sink.observations.get(2).dimensions()).containsEntry("Merkmal", "25 bis unter 55 Jahre");
	}

}
