package de.teilhabe.reporting.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report markup: headings, lists, paragraphs and links become XHTML; HTML typed by
 * the writer, unsafe link addresses and control characters never reach the report.
 */
class ReportMarkupTest {

	@Test
	void headingsListsParagraphsAndLinks() {
		String html = ReportMarkup.toHtml("""
				## Überblick
				Erste Zeile
				zweite Zeile.

				### Einzelheiten
				- eins
				- [zwei](https://example.org/a?b=1&c=2)
				Schluss mit [Mail](mailto:team@example.org).
				""", 3);
		assertThat(html).isEqualTo("<h3>Überblick</h3><p>Erste Zeile zweite Zeile.</p><h4>Einzelheiten</h4>"
				+ "<ul><li>eins</li><li><a href=\"https://example.org/a?b=1&amp;c=2\" title=\"zwei\">zwei</a></li></ul>"
				+ "<p>Schluss mit <a href=\"mailto:team@example.org\" title=\"Mail\">Mail</a>.</p>");
	}

	@Test
	void htmlUnsafeAddressesAndControlCharactersStayText() {
		String html = ReportMarkup.toHtml("<b onclick=\"x()\">fett</b> & [klick](javascript:alert(1)) "
				+ "[daten](data:text/html,x) \u0000\u0007ende\n## <i>Titel</i>", 3);
		assertThat(html).isEqualTo("<p>&lt;b onclick=&quot;x()&quot;&gt;fett&lt;/b&gt; &amp; "
				+ "[klick](javascript:alert(1)) [daten](data:text/html,x) ende</p><h3>&lt;i&gt;Titel&lt;/i&gt;</h3>");
	}

	@Test
	void emptyTextIsNothing() {
		assertThat(ReportMarkup.toHtml(null, 3)).isEmpty();
		assertThat(ReportMarkup.toHtml("  \n ", 3)).isEmpty();
	}

}
