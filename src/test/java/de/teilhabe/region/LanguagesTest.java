package de.teilhabe.region;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference list of languages: codes the offices need, names in German, English and
 * in themselves, writing direction.
 */
class LanguagesTest {

	@Test
	void theListHoldsTheLanguagesOfTheOfficesWithTheirNames() {
		assertThat(Languages.all()).hasSizeGreaterThanOrEqualTo(100);
		for (String code : List.of("de", "ar", "fa", "prs", "ckb", "kmr", "ti", "uk", "ru", "tr", "ps", "so", "gsg")) {
			assertThat(Languages.find(code)).as(code).isPresent();
		}
		Language arabic = Languages.find(" AR ").orElseThrow();
		assertThat(arabic.displayName(Locale.GERMAN)).isEqualTo("Arabisch – العربية");
		assertThat(arabic.displayName(Locale.ENGLISH)).isEqualTo("Arabic – العربية");
		assertThat(arabic.rightToLeft()).isTrue();
		assertThat(Languages.find("kmr").orElseThrow().rightToLeft()).isFalse();
		assertThat(Languages.find("ckb").orElseThrow().rightToLeft()).isTrue();
		assertThat(Languages.displayName("de", Locale.GERMAN)).isEqualTo("Deutsch");
		assertThat(Languages.displayNames(List.of("prs", "uk"), Locale.GERMAN))
			.isEqualTo("Dari – دری, Ukrainisch – Українська");
		assertThat(Languages.find("klingonisch")).isEmpty();
		// codes stored before the list: the three-letter form finds the language
		assertThat(Languages.find("ara").orElseThrow().code()).isEqualTo("ar");
		assertThat(Languages.find("ku").orElseThrow().nameDe()).isEqualTo("Kurdisch");
	}

	@Test
	void sortedByNameInTheReadersLanguage() {
		List<String> german = Languages.sortedByName(Locale.GERMAN).stream().map(Language::nameDe).toList();
		assertThat(german.indexOf("Albanisch")).isLessThan(german.indexOf("Arabisch"));
		assertThat(german.indexOf("Türkisch")).isLessThan(german.indexOf("Ukrainisch"));
		assertThat(Languages.sortedByName(Locale.ENGLISH).get(0).nameEn()).isEqualTo("Albanian");
	}

}
