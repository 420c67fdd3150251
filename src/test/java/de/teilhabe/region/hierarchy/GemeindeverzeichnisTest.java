package de.teilhabe.region.hierarchy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The reader on a small excerpt of the real file: duplicate rows merged, sums, parents.
 */
class GemeindeverzeichnisTest {

	private static final String HEADER = "\uFEFFsatzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,"
			+ "bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,"
			+ "verstaedterungschluessel,verstaedterungbezeichnung\n";

	private static final String EXCERPT = HEADER
			+ """
					10,,03,,,,,Niedersachsen,,,,,,,,,,,,
					20,,03,4,,,,Statistische Region Weser-Ems,,,,,,,,,,,,
					40,41,03,4,04,,,"Osnabrück, Stadt",,,,,,,,,,,,
					50,50,03,4,04,0000,,"Osnabrück, Stadt",,,,,,,,,,,,
					60,61,03,4,04,0000,000,"Osnabrück, Stadt", 119.80, 165 251, 79 881, 85 370, 1 379,49074,"8,04205","52,27692",G07,Grafschaft Bentheim-Emsland-Osnabrücker Land,01,dicht besiedelt
					40,44,03,4,59,,,Osnabrück,,,,,,,,,,,,
					50,50,03,4,59,0024,,"Melle, Stadt",,,,,,,,,,,,
					60,63,03,4,59,0024,024,"Melle, Stadt", 253.95, 46 588, 23 090, 23 498,  183,49324,"8,335672","52,201721",G07,Grafschaft Bentheim-Emsland-Osnabrücker Land,03,gering besiedelt
					50,52,03,4,59,5401,,Artland,,,,,,,,,,,,
					60,64,03,4,59,5401,007,Badbergen, 79.11, 4 577, 2 422, 2 155,  58,49635,"7,981071","52,633175",G07,Grafschaft Bentheim-Emsland-Osnabrücker Land,03,gering besiedelt
					60,63,03,4,59,5401,030,"Quakenbrück, Stadt", 17.96, 13 442, 6 593, 6 849,  748,49610,"7,956372","52,675863",G07,Grafschaft Bentheim-Emsland-Osnabrücker Land,02,mittlere Besiedlungsdichte
					10,,11,,,,,Berlin,,,,,,,,,,,,
					40,41,11,0,00,,,"Berlin, Stadt",,,,,,,,,,,,
					50,50,11,0,00,0000,,"Berlin, Stadt",,,,,,,,,,,,
					60,61,11,0,00,0000,000,"Berlin, Stadt", 891.12,3 669 491,1 804 273,1 865 218, 4 118,10178,"13,405538","52,51767",XBE,Berlin,01,dicht besiedelt
					""";

	private static final LocalDate GEBIETSSTAND = LocalDate.of(2020, 12, 31);

	@Test
	void duplicateRowsBecomeOneRegion() {
		Map<String, Region> regions = read(EXCERPT);
		assertThat(regions.keySet()).containsExactlyInAnyOrder("03", "034", "03404", "03404000", "03459", "03459024",
				"034595401", "03459007", "03459030", "11", "11000", "11000000");
		assertThat(regions.get("03459024").verbandKey()).isNull();
		assertThat(regions.get("03404000").verbandKey()).isNull();
		assertThat(regions.get("03459007").verbandKey()).isEqualTo("034595401");
		assertThat(regions.get("03459007").ars()).isEqualTo("034595401007");
		assertThat(regions.get("03459024").ars()).isEqualTo("034590024024");
		assertThat(regions.get("034595401").ags()).isNull();
		assertThat(regions.get("034595401").ars()).isEqualTo("034595401");
	}

	@Test
	void higherLevelsAreSummedFromTheirGemeinden() {
		Map<String, Region> regions = read(EXCERPT);
		assertThat(regions.get("034595401").population()).isEqualTo(4_577L + 13_442L);
		assertThat(regions.get("034595401").male()).isEqualTo(2_422L + 6_593L);
		assertThat(regions.get("034595401").area()).isEqualByComparingTo(new BigDecimal("97.07"));
		assertThat(regions.get("03459").population()).isEqualTo(46_588L + 4_577L + 13_442L);
		assertThat(regions.get("034").population()).isEqualTo(165_251L + 46_588L + 4_577L + 13_442L);
		assertThat(regions.get("03").population()).isEqualTo(165_251L + 46_588L + 4_577L + 13_442L);
		assertThat(regions.get("03").female()).isEqualTo(85_370L + 23_498L + 2_155L + 6_849L);
		assertThat(regions.get("11").population()).isEqualTo(3_669_491L);
		assertThat(regions.get("03404").area()).isEqualByComparingTo("119.80");
	}

	@Test
	void parentsFollowTheHierarchy() {
		Map<String, Region> regions = read(EXCERPT);
		assertThat(regions.get("03").parentKey()).isNull();
		assertThat(regions.get("034").parentKey()).isEqualTo("03");
		assertThat(regions.get("03459").parentKey()).isEqualTo("034");
		assertThat(regions.get("034595401").parentKey()).isEqualTo("03459");
		assertThat(regions.get("03459030").parentKey()).isEqualTo("03459");
		assertThat(regions.get("11000").parentKey()).isEqualTo("11"); // Berlin has no
																		// Regierungsbezirk
		assertThat(regions.get("11000000").parentKey()).isEqualTo("11000");
	}

	@Test
	void keepsTheFactsOfAGemeinde() {
		Region melle = read(EXCERPT).get("03459024");
		assertThat(melle.level()).isEqualTo(RegionLevel.GEMEINDE);
		assertThat(melle.name()).isEqualTo("Melle, Stadt");
		assertThat(melle.kindCode()).isEqualTo("63");
		assertThat(melle.kind()).isEqualTo("Stadt");
		assertThat(melle.postcode()).isEqualTo("49324");
		assertThat(melle.latitude()).isEqualByComparingTo("52.201721");
		assertThat(melle.longitude()).isEqualByComparingTo("8.335672");
		assertThat(melle.urbanisationCode()).isEqualTo("03");
		assertThat(melle.urbanisation()).isEqualTo("gering besiedelt");
		assertThat(melle.gebietsstand()).isEqualTo(GEBIETSSTAND);
		assertThat(read(EXCERPT).get("034595401").kind()).isEqualTo("Samtgemeinde");
		assertThat(read(EXCERPT).get("03404").kind()).isEqualTo("kreisfreie Stadt");
		assertThat(read(EXCERPT).get("03459").kind()).isEqualTo("Landkreis");
	}

	@Test
	void aBadNumberNamesLineAndColumn() {
		String broken = HEADER + "10,,03,,,,,Niedersachsen,,,,,,,,,,,,\n" + "40,44,03,4,59,,,Osnabrück,,,,,,,,,,,,\n"
				+ "60,64,03,4,59,0003,003,Bad Essen, 103.33, 15 7x8, 7 756, 7 982,  152,49152,\"8,3\",\"52,3\",G07,x,03,y\n";
		assertThatIllegalStateException().isThrownBy(() -> read(broken))
			.withMessageContaining("line 4")
			.withMessageContaining("bevoelkerung");
	}

	@Test
	void aGemeindeWithoutItsLandIsRefused() {
		String orphan = HEADER + "40,44,03,4,59,,,Osnabrück,,,,,,,,,,,,\n"
				+ "50,50,03,4,59,0003,,Bad Essen,,,,,,,,,,,,\n"
				+ "60,64,03,4,59,0003,003,Bad Essen, 103.33, 15 738, 7 756, 7 982,  152,49152,\"8,3\",\"52,3\",G07,x,03,y\n";
		assertThatIllegalStateException().isThrownBy(() -> read(orphan)).withMessageContaining("parent 03");
	}

	@Test
	void aGemeindefreiesGebietWithoutKreisBelongsToItsLand() {
		String condominium = HEADER + "10,,07,,,,,Rheinland-Pfalz,,,,,,,,,,,,\n"
				+ "50,50,07,0,00,9999,,Gemeinsames deutsch-luxemburgisches Hoheitsgebiet,,,,,,,,,,,,\n"
				+ "60,66,07,0,00,9999,999,Gemeinsames deutsch-luxemburgisches Hoheitsgebiet, 6.20,  0,  0,  0,  0,,0,0,,,03,gering besiedelt\n";
		Map<String, Region> regions = read(condominium);
		assertThat(regions.get("07000999").parentKey()).isEqualTo("07");
		assertThat(regions.get("07000999").latitude()).isNull();
		assertThat(regions.get("07000999").postcode()).isNull();
		assertThat(regions.get("07").area()).isEqualByComparingTo("6.20");
		assertThat(regions.get("07").population()).isZero();
	}

	@Test
	void searchNamesFoldUmlautsAndCase() {
		assertThat(SearchNames.fold("Osnabrück")).isEqualTo(SearchNames.fold("OSNABRUECK"))
			.isEqualTo(SearchNames.fold("osnabruck"));
		assertThat(SearchNames.fold("Groß Berßen")).isEqualTo(SearchNames.fold("gross berssen"));
	}

	private static Map<String, Region> read(String csv) {
		List<Region> regions = Gemeindeverzeichnis.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				GEBIETSSTAND);
		return regions.stream().collect(Collectors.toMap(Region::key, Function.identity()));
	}

}
