package de.teilhabe.strategy.concept;

import java.util.List;
import java.util.UUID;

import de.teilhabe.region.Tenants;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo Landkreis has the 2013 concept (superseded) and the adopted 2018–2022 version
 * that continues its Handlungsfelder; the demo Stadt has a draft of its own.
 */
@IntegrationTest
class DemoConceptTest {

	@Autowired
	Tenants tenants;

	@Autowired
	ConceptStore concepts;

	@Test
	void landkreisHasTheAdoptedUpdateOfIts2013Concept() {
		UUID landkreis = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		List<Concept> versions = this.concepts.all(landkreis);
		assertThat(versions).extracting(Concept::horizonStart).containsSubsequence(2018, 2013);
		Concept current = this.concepts.current(landkreis).orElseThrow();
		assertThat(current.title()).isEqualTo("Migrations- und Integrationskonzept 2018–2022");
		assertThat(current.status()).isEqualTo(ConceptStatus.ADOPTED);
		assertThat(current.adoptedBy()).isEqualTo("Kreistag");
		Concept first = this.concepts.find(landkreis, current.basedOn()).orElseThrow();
		assertThat(first.status()).isEqualTo(ConceptStatus.SUPERSEDED);

		assertThat(this.concepts.guidelines(landkreis, current.id())).hasSize(10)
			.last()
			.asString()
			.contains("Charta der Vielfalt");
		List<Field> fields = this.concepts.fields(landkreis, current.id());
		assertThat(fields).extracting(Field::name)
			.containsExactly("Sprache und Bildung", "Arbeit und Ausbildung", "Wohnen", "Gesundheit",
					"Gesellschaftliche Teilhabe und Ehrenamt", "Interkulturelle Öffnung", "Antidiskriminierung");
		assertThat(fields.get(1).indicatorCodes()).contains("5-3-2");
		List<UUID> previousFields = this.concepts.fields(landkreis, first.id()).stream().map(Field::id).toList();
		assertThat(previousFields).hasSize(7);
	}

	@Test
	void stadtHasItsOwnDraftAndNoneOfTheLandkreis() {
		UUID stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
		Concept current = this.concepts.current(stadt).orElseThrow();
		assertThat(current.status()).isEqualTo(ConceptStatus.DRAFT);
		assertThat(current.title()).startsWith("Vielfalt gemeinsam gestalten");
		assertThat(this.concepts.guidelines(stadt, current.id())).isEmpty();
		UUID landkreis = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		UUID landkreisConcept = this.concepts.current(landkreis).orElseThrow().id();
		assertThat(this.concepts.find(stadt, landkreisConcept)).isEmpty();
		assertThat(this.concepts.fields(stadt, landkreisConcept)).isEmpty();
	}

}
