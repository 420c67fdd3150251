package de.teilhabe.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept HTML without the templates' indentation: a line break with the white space after
 * it becomes one line break, but not where white space is shown as it is.
 */
class FragmentRendererTest {

	@Test
	void aLineBreakWithItsIndentationAndEmptyLinesBecomesOneLineBreak() {
		String rendered = "<div class=\"stack\">\n  <p>Stand</p>\n\n    \n  <table>\n\t\t<tr><td>1 läuft</td></tr>\n  </table>\n</div>";
		assertThat(FragmentRenderer.withoutIndentation(rendered))
			.isEqualTo("<div class=\"stack\">\n<p>Stand</p>\n<table>\n<tr><td>1 läuft</td></tr>\n</table>\n</div>");
	}

	@Test
	void textInAnElementThatShowsWhiteSpaceIsLeftAsItIs() {
		String pre = "<div>\n  <pre>Zeile 1\n    eingerückt</pre>\n</div>";
		String textarea = "<div>\n  <TEXTAREA name=\"text\">Absatz\n   eingerückt</TEXTAREA>\n</div>";
		assertThat(FragmentRenderer.withoutIndentation(pre)).isEqualTo(pre);
		assertThat(FragmentRenderer.withoutIndentation(textarea)).isEqualTo(textarea);
		// a word that only begins like one of them is no such element
		assertThat(FragmentRenderer.withoutIndentation("<div>\n  <prefix-note>x</prefix-note>\n</div>"))
			.isEqualTo("<div>\n<prefix-note>x</prefix-note>\n</div>");
	}

	@Test
	void spacesWithinALineStay() {
		assertThat(FragmentRenderer.withoutIndentation("<p>2 Ziele  haben</p>")).isEqualTo("<p>2 Ziele  haben</p>");
	}

}
