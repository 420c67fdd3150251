package de.teilhabe.counselling.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phonetic key makes the usual transliterations of one name equal and keeps different
 * names apart.
 */
class TransliterationKeyTest {

	@Test
	void transliterationsOfOneNameHaveOneKey() {
		same("Mohammed", "Muhammad", "Mohamad", "Mohamed", "Muhamed", "Mohammad");
		same("Yusuf", "Youssef", "Jusuf", "Yousef", "Yussuf");
		same("Hussein", "Husain", "Hossein", "Husein", "Hüseyin");
		same("Ahmad", "Ahmed", "Achmed");
		same("Khaled", "Chaled", "Haled");
		same("Schewtschenko", "Shevchenko");
		same("Omar", "Umar");
		same("Ibrahim", "Ebrahim", "Ibraheem");
		same("Fatima", "Fatimah", "Fatma");
		same("Aydın", "Aydin");
		same("Çelik", "Celik");
		same("Zahra", "Sahra");
		same("Wladimir", "Vladimir");
		same("Jamal", "Djamal", "Dschamal");
	}

	@Test
	void differentNamesStayApart() {
		assertThat(TransliterationKey.of("yusuf")).isNotEqualTo(TransliterationKey.of("yunus"));
		assertThat(TransliterationKey.of("ali")).isNotEqualTo(TransliterationKey.of("alina"));
		assertThat(TransliterationKey.of("karim")).isNotEqualTo(TransliterationKey.of("kamal"));
		assertThat(TransliterationKey.of("hassan")).isNotEqualTo(TransliterationKey.of("hasib"));
		// it merges more than the spellings of one name (Mahmoud sounds like Mohammed
		// without its doubled m): the search ranks the exact spelling first
		assertThat(TransliterationKey.of("mahmoud")).isEqualTo(TransliterationKey.of("mohammed"));
	}

	@Test
	void aNameIsSplitIntoItsParts() {
		assertThat(TransliterationKey.parts("Nour Al-Hassan")).containsExactly("nour", "al", "hassan");
		assertThat(TransliterationKey.parts("  O'Brien ")).containsExactly("o", "brien");
		assertThat(TransliterationKey.keys("Mohammed", "Al-Hassan")).containsExactly("mhmd", "al", "hsn");
		assertThat(TransliterationKey.parts("1234 !")).isEmpty();
	}

	private static void same(String... spellings) {
		List<String> keys = java.util.Arrays.stream(spellings)
			.map((spelling) -> TransliterationKey.of(TransliterationKey.parts(spelling).get(0)))
			.toList();
		assertThat(keys).as(String.join(", ", spellings)).containsOnly(keys.get(0));
	}

}
