package de.teilhabe.strategy.measure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo Landkreis has measures for its concept 2018–2022, carried by demo
 * organisations of the network and the office, the demo partner's organisation among
 * them, with funding, every status and progress notes.
 */
@IntegrationTest
class DemoMeasuresTest {

	private static final Set<String> DEMO_TITLES = Set.of("Elterncafé „Schule verstehen“",
			"Integrationskurse mit Kinderbetreuung", "Bewerbungstraining für junge Zugewanderte in Melle",
			"Wohnraumbörse und Mietführerschein", "Gesundheitslotsinnen in den Sprachen der Zugewanderten",
			"Sport verbindet – interkulturelle Öffnung im Vereinssport", "Interkulturelle Schulung der Kreisverwaltung",
			"Antidiskriminierungsberatung im Nordkreis", "Netzwerk der Migrantenselbstorganisationen stärken");

	@Autowired
	Tenants tenants;

	@Autowired
	ConceptStore concepts;

	@Autowired
	MeasureStore measures;

	@Autowired
	UserDirectory users;

	@Test
	void theDemoLandkreisHasMeasuresCarriedByItsNetwork() {
		UUID landkreis = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		UUID concept = this.concepts.current(landkreis).orElseThrow().id();
		List<Measure> demo = this.measures.search(landkreis, concept, MeasureFilter.NONE, null, new ApiPaging(0, 100))
			.items()
			.stream()
			.filter((measure) -> DEMO_TITLES.contains(measure.title()))
			.toList();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(8);
		assertThat(demo.stream().map(Measure::status).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(MeasureStatus.class));
		assertThat(demo).allSatisfy((measure) -> {
			assertThat(measure.budget()).isPositive();
			assertThat(measure.funding()).isNotBlank();
		});
		assertThat(demo).extracting(Measure::funding)
			.anySatisfy((funding) -> assertThat(funding).contains("Richtlinie Migration und Teilhabe"))
			.anySatisfy((funding) -> assertThat(funding).contains("BAMF"));
		assertThat(demo).anySatisfy((measure) -> assertThat(measure.leadOrganisationId()).isNull())
			.anySatisfy((measure) -> assertThat(measure.partnerOrganisationIds()).isNotEmpty());

		UUID partner = this.users.findUserId(landkreis, "partner")
			.flatMap((user) -> this.users.organisationOf(landkreis, user))
			.orElseThrow();
		assertThat(demo.stream().filter((measure) -> measure.carriedBy(partner)).count()).isGreaterThanOrEqualTo(3);
		assertThat(demo).anySatisfy((measure) -> assertThat(this.measures.notes(landkreis, measure.id()))
			.extracting(Measure.Note::authorName)
			.contains("Paula Partner"));
	}

}
