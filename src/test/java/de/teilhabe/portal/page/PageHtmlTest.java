package de.teilhabe.portal.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allow-list of a page's HTML and the status a translation shows: scripts, styles,
 * event handlers, images and javascript: links are removed, the allowed tags stay;
 * outdated when the German source moved on, unless it is being translated again.
 */
class PageHtmlTest {

	@Test
	void keepsTheAllowedTagsAndRemovesEverythingElse() {
		String cleaned = PageHtml
			.clean("<h2>Anmelden</h2><p onclick=\"steal()\">Text <strong>fett</strong> <em>kursiv</em>"
					+ "<script>alert(1)</script><img src=x onerror=alert(2)></p><ul><li>eins</li></ul><ol><li>zwei</li></ol>"
					+ "<p><a href=\"javascript:alert(3)\">böse</a> <a href=\"https://example.org\" target=\"_blank\">gut</a>"
					+ " <a href=\"/p/landkreis-osnabrueck/de/notfall\">intern</a> <a href=\"tel:110\">110</a></p>"
					+ "<style>body{display:none}</style><iframe src=\"https://evil.example\"></iframe>"
					+ "<table><caption>T</caption><thead><tr><th scope=\"col\" style=\"color:red\">A</th></tr></thead>"
					+ "<tbody><tr><td>1</td></tr></tbody></table><h1>Zweiter Titel</h1><form><input name=x></form>");
		assertThat(cleaned).contains("<h2>Anmelden</h2>", "<strong>fett</strong>", "<em>kursiv</em>",
				"<ul><li>eins</li></ul>", "<ol><li>zwei</li></ol>", "<a href=\"https://example.org\">gut</a>",
				"<a href=\"/p/landkreis-osnabrueck/de/notfall\">intern</a>", "<a href=\"tel:110\">110</a>",
				"<caption>T</caption>", "<th scope=\"col\">A</th>", "<td>1</td>", "Zweiter Titel");
		assertThat(cleaned).doesNotContain("script", "alert", "onclick", "onerror", "<img", "javascript", "style",
				"iframe", "target", "<h1", "<form", "<input");
		assertThat(cleaned).contains("<a>böse</a>");
	}

	@Test
	void aPartInAnotherLanguageKeepsItsLanguageAndGetsItsDirection() {
		assertThat(PageHtml.clean("<p>Auf Kurmandschi: <span lang=\"kmr\">Bi xêr hatî</span>, auf Arabisch: "
				+ "<span lang=\"ar\">أهلاً وسهلاً</span>.</p><p lang=\"ar-SY\">سوريا</p><p lang=\"de\" dir=\"LTR\">Text</p>"))
			.isEqualTo("<p>Auf Kurmandschi: <span lang=\"kmr\" dir=\"ltr\">Bi xêr hatî</span>, auf Arabisch: "
					+ "<span lang=\"ar\" dir=\"rtl\">أهلاً وسهلاً</span>.</p><p lang=\"ar-SY\" dir=\"rtl\">سوريا</p>"
					+ "<p lang=\"de\" dir=\"ltr\">Text</p>");
		assertThat(PageHtml.clean("<p lang=\"x\\\" onclick=1\" dir=\"sideways\">a <span>b</span> "
				+ "<span lang=\"tlh\">Qapla</span> <span dir=\"rtl\">c</span></p>"))
			.isEqualTo("<p>a b <span lang=\"tlh\" dir=\"auto\">Qapla</span> <span dir=\"rtl\">c</span></p>");
	}

	@Test
	void textWithoutAnythingToShowHasNoText() {
		assertThat(PageHtml.hasText(PageHtml.clean("<script>alert(1)</script><img src=x>"))).isFalse();
		assertThat(PageHtml.hasText(PageHtml.clean("<p>Hallo</p>"))).isTrue();
		assertThat(PageHtml.clean(null)).isNull();
	}

	@Test
	void theStatusFollowsTheGermanRevision() {
		assertThat(TranslationStatus.of(null, 0, 1)).isEqualTo(TranslationStatus.MISSING);
		assertThat(TranslationStatus.of(TranslationState.CURRENT, 1, 1)).isEqualTo(TranslationStatus.CURRENT);
		assertThat(TranslationStatus.of(TranslationState.CURRENT, 1, 2)).isEqualTo(TranslationStatus.OUTDATED);
		assertThat(TranslationStatus.of(TranslationState.MACHINE_TRANSLATED, 2, 2))
			.isEqualTo(TranslationStatus.MACHINE_TRANSLATED);
		assertThat(TranslationStatus.of(TranslationState.MACHINE_TRANSLATED, 1, 2))
			.isEqualTo(TranslationStatus.OUTDATED);
		assertThat(TranslationStatus.of(TranslationState.IN_TRANSLATION, 1, 3))
			.isEqualTo(TranslationStatus.IN_TRANSLATION);
		assertThat(TranslationStatus.CURRENT.waiting()).isFalse();
		assertThat(TranslationStatus.OUTDATED.waiting()).isTrue();
	}

}
