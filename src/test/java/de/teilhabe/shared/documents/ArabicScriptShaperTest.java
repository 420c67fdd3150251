package de.teilhabe.shared.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joining of Arabic-script letters in documents: Farsi's own letters take their
 * joined forms and let their neighbours join (ICU's shaping left them isolated), lam-alef
 * becomes its ligature, a zero-width non-joiner and a non-joining letter break the
 * joining, marks are passed over, Latin text is left alone, and deshaping gives back the
 * letters as typed.
 */
class ArabicScriptShaperTest {

	private final ArabicScriptShaper shaper = new ArabicScriptShaper();

	@Test
	void farsiLettersJoinLikeArabicOnes() {
		// پیش: initial Peh, medial Farsi Yeh, final Sheen
		assertThat(this.shaper.shapeText("پیش")).isEqualTo("\uFB58\uFBFF\uFEB6");
		// گ چ: initial Gaf, initial Tcheh; ژ (right-joining) final after a dual-joining
		// letter
		assertThat(this.shaper.shapeText("گل")).isEqualTo("\uFB94\uFEDE");
		assertThat(this.shaper.shapeText("چای")).isEqualTo("\uFB7C\uFE8E\uFBFC");
		// ژ joins only the letter before it: the Heh after it stands alone
		assertThat(this.shaper.shapeText("مژه")).isEqualTo("\uFEE3\uFB8B\uFEE9");
		// Keheh in the middle of سکونت: initial Seen, medial Keheh, then Waw final
		assertThat(this.shaper.shapeText("سکونت")).isEqualTo("\uFEB3\uFB91\uFEEE\uFEE7\uFE96");
	}

	@Test
	void lamAlefMarksNonJoinerAndOtherScripts() {
		assertThat(this.shaper.shapeText("لا")).isEqualTo("\uFEFB");
		assertThat(this.shaper.shapeText("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
		// می‌شود: the zero-width non-joiner ends the first part
		assertThat(this.shaper.shapeText("می\u200Cشود")).isEqualTo("\uFEE3\uFBFD\u200C\uFEB7\uFEEE\uFEA9");
		// a mark (fatha) between two letters does not break their joining
		assertThat(this.shaper.shapeText("بَب")).isEqualTo("\uFE91\u064E\uFE90");
		assertThat(this.shaper.shapeText("Straße 1")).isEqualTo("Straße 1");
		assertThat(this.shaper.shapeText("Перші кроки")).isEqualTo("Перші кроки");
	}

	@Test
	void deshapingGivesBackTheLetters() {
		for (String text : new String[] { "پیش از ژانویه چند گواهی سکونت بگیرید", "سلام علیکم", "مرحبا بكم",
				"می\u200Cشود" }) {
			assertThat(this.shaper.deshapeText(this.shaper.shapeText(text))).isEqualTo(text);
		}
	}

}
