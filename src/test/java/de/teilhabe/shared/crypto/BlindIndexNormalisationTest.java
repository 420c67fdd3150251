package de.teilhabe.shared.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a lookup treats as the same value (documented in docs/architecture.md). */
class BlindIndexNormalisationTest {

	@Test
	void textIgnoresCaseAndSpacing() {
		assertThat(BlindIndexNormalisation.TEXT.apply("  Ayşe \t  YILMAZ\u00a0 ")).isEqualTo("ayşe yilmaz");
		assertThat(BlindIndexNormalisation.TEXT.apply("Ｍüller")).as("full-width letters").isEqualTo("müller");
	}

	@Test
	void emailIgnoresCaseAndAnyWhiteSpace() {
		assertThat(BlindIndexNormalisation.EMAIL.apply(" Ina.Muster @Example.ORG "))
			.isEqualTo("ina.muster@example.org");
	}

	@Test
	void phoneKeepsDigitsAndTheInternationalPrefix() {
		assertThat(BlindIndexNormalisation.PHONE.apply("+49 (541) 123-45")).isEqualTo("+4954112345");
		assertThat(BlindIndexNormalisation.PHONE.apply("0049 541 12345")).isEqualTo("+4954112345");
		assertThat(BlindIndexNormalisation.PHONE.apply("0541 / 12 34 5")).isEqualTo("054112345");
	}

	@Test
	void noneKeepsTheValue() {
		assertThat(BlindIndexNormalisation.NONE.apply(" A ")).isEqualTo(" A ");
	}

}
