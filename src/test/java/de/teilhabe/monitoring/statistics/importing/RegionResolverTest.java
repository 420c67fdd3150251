package de.teilhabe.monitoring.statistics.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionResolverTest {

	private final RegionResolver resolver = new RegionResolver(GemeindeverzeichnisLookup.load(), "03");

	@ParameterizedTest
	@CsvSource({ "K03459,03459", "RH03459,03459", "03459,03459", "K030,03", "RH030,03", "K031,031", "K034,034",
			"K03241001,03241001", "K03241999,03241999", "034590019019,03459019", "032410001001,03241001", "DG,DG",
			"d,DG", "K03,03" })
	void resolvesCodes(String code, String key) {
		assertThat(this.resolver.resolve(code, null).key()).isEqualTo(key);
	}

	@Test
	void anEmptyCodeIsTheLandOfTheFile() {
		assertThat(this.resolver.resolve("", "Niedersachsen").key()).isEqualTo("03");
		assertThat(new RegionResolver(GemeindeverzeichnisLookup.load(), "05").resolve(" ", null).key()).isEqualTo("05");
	}

	@Test
	void aSpreadsheetErrorIsResolvedByAnUnambiguousName() {
		assertThat(this.resolver.resolve("#NV", "Niedersachsen").key()).isEqualTo("03");
		assertThat(this.resolver.resolve("#BEZUG!", "Niedersachsen").key()).isEqualTo("03");
		// a kreisfreie Stadt is Kreis, Verband and Gemeinde of one name: the Kreis
		assertThat(this.resolver.resolve("#NV", "Osnabrück, Stadt").key()).isEqualTo("03404");
	}

	@Test
	void aSpreadsheetErrorWithAnUnknownOrAmbiguousNameIsRejected() {
		assertThat(Reasons.english(this.resolver.resolve("#NV", "Osterode").reason())).isEqualTo(
				"Region code “#NV” is a spreadsheet error and the region name “Osterode” is not a known region name.");
		// "Neuenkirchen" is a Gemeinde in several Kreise
		assertThat(Reasons.english(this.resolver.resolve("#BEZUG!", "Neuenkirchen").reason()))
			.contains("is ambiguous (");
		assertThat(Reasons.english(this.resolver.resolve("#NV", null).reason())).contains("no region name column");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "K03999|Region 03999 (from “K03999”) is not a known region key.",
					"K0345|“K0345” has 4 digits; region keys have 2, 3, 5, 8, 9 or 12 digits.",
					"Osnabrück|“Osnabrück” is not a region code (expected e.g. K03459 or 03459)." })
	void rejectsUnknownCodesWithAReason(String code, String reason) {
		assertThat(Reasons.english(this.resolver.resolve(code, null).reason())).isEqualTo(reason);
	}

	@Test
	void reasonsReadInGerman() {
		assertThat(Reasons.german(this.resolver.resolve("K0345", null).reason()))
			.isEqualTo("„K0345“ hat 4 Ziffern; Regionsschlüssel haben 2, 3, 5, 8, 9 oder 12 Ziffern.");
	}

	@ParameterizedTest
	@CsvSource({ "GEODL1,DG,DG", "GEOBL1,03,03", "GEORB1,031,031", "GEOLK4,03459,03459", "GEOVB4,034595401,034595401",
			"GEOGM4,03459019,03459019", "GEOGM4,034590019019,03459019" })
	void resolvesGenesisRegionalVariables(String variable, String code, String key) {
		assertThat(this.resolver.resolveGenesis(variable, code).key()).isEqualTo(key);
	}

	@Test
	void rejectsGenesisCodesOfTheWrongLength() {
		assertThat(Reasons.english(this.resolver.resolveGenesis("GEOLK4", "0345").reason()))
			.isEqualTo("GEOLK4 code “0345” is not a Kreis key (5 digits).");
		assertThat(Reasons.english(this.resolver.resolveGenesis("GEOGM4", "039990000999").reason()))
			.isEqualTo("Region 03999999 (from “039990000999”) is not a known region key.");
	}

}
