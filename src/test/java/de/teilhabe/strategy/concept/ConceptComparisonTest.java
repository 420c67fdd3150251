package de.teilhabe.strategy.concept;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing versions: Leitlinien by text, fields and goals by {@code copied_from}, also
 * over a version in between and in either direction.
 */
class ConceptComparisonTest {

	static final UUID CONCEPT = UUID.randomUUID();

	static Field field(UUID id, String name) {
		return new Field(id, CONCEPT, 1, name, null, List.of());
	}

	static ConceptContents.Goal goal(UUID id, UUID field, String title, String target, int year) {
		return new ConceptContents.Goal(id, field, title, "5-3-2", "03459", null, null, BigDecimal.ONE, 2016,
				new BigDecimal(target), year, null, null, null, null, List.of());
	}

	@Test
	void namesWhatWasAddedRemovedRenamedAndRetargeted() {
		UUID oldWork = UUID.randomUUID();
		UUID oldHousing = UUID.randomUUID();
		UUID oldHealth = UUID.randomUUID();
		UUID middleWork = UUID.randomUUID();
		UUID newWork = UUID.randomUUID();
		UUID newHousing = UUID.randomUUID();
		UUID newDigital = UUID.randomUUID();
		UUID oldGoal = UUID.randomUUID();
		UUID middleGoal = UUID.randomUUID();
		UUID newGoal = UUID.randomUUID();
		UUID droppedGoal = UUID.randomUUID();
		Map<UUID, UUID> copiedFrom = Map.of(middleWork, oldWork, newWork, middleWork, newHousing, oldHousing,
				middleGoal, oldGoal, newGoal, middleGoal);
		ConceptComparison.Version before = new ConceptComparison.Version(List.of("A", "B", "C"),
				List.of(field(oldWork, "Arbeit"), field(oldHousing, "Wohnen"), field(oldHealth, "Gesundheit")),
				List.of(goal(oldGoal, oldWork, "Quote", "60", 2022), goal(droppedGoal, oldWork, "Alt", "1", 2022)));
		ConceptComparison.Version after = new ConceptComparison.Version(List.of("B", "A", "C2", "D"),
				List.of(field(newWork, "Arbeit"), field(newHousing, "Wohnen und Quartier"),
						field(newDigital, "Digitales")),
				List.of(goal(newGoal, newWork, "Quote", "70", 2027),
						goal(UUID.randomUUID(), newDigital, "Zugang", "5", 2027)));

		ConceptComparison comparison = ConceptComparison.of(before, after, copiedFrom);
		assertThat(comparison.guidelinesChanged()).containsExactly(new ConceptComparison.Change("C", "C2"));
		assertThat(comparison.guidelinesAdded()).containsExactly("D");
		assertThat(comparison.guidelinesRemoved()).isEmpty();
		assertThat(comparison.fieldsAdded()).containsExactly("Digitales");
		assertThat(comparison.fieldsRemoved()).containsExactly("Gesundheit");
		assertThat(comparison.fieldsRenamed())
			.containsExactly(new ConceptComparison.Change("Wohnen", "Wohnen und Quartier"));
		assertThat(comparison.goals()).hasSize(2);
		ConceptComparison.FieldGoals work = comparison.goals().get(0);
		assertThat(work.field()).isEqualTo("Arbeit");
		assertThat(work.goalsRemoved()).containsExactly("Alt");
		assertThat(work.targets()).singleElement()
			.satisfies((change) -> assertThat(change.yearAfter()).isEqualTo(2027));
		assertThat(comparison.goals().get(1).goalsAdded()).containsExactly("Zugang");

		// the other way round: what was added is removed
		ConceptComparison back = ConceptComparison.of(after, before, copiedFrom);
		assertThat(back.fieldsAdded()).containsExactly("Gesundheit");
		assertThat(back.fieldsRemoved()).containsExactly("Digitales");
		assertThat(ConceptComparison.of(before, before, copiedFrom).unchanged()).isTrue();
	}

}
