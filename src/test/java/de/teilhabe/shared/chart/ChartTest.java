package de.teilhabe.shared.chart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared chart: well-formed SVG without scripts or external resources, its accessible
 * names, the geometry of bars and stacks (also below 0), the message of an empty chart,
 * left-to-right axes on a right-to-left page, and its table.
 */
class ChartTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	@Test
	void lineChartIsValidSvgWithAccessibleNamesAndNoScriptsOrExternalResources() throws Exception {
		Chart chart = Chart.line("cases")
			.title("Fälle <Landkreis> & „Stadt“")
			.description("Liniendiagramm der Fälle 2020 bis 2023; 2022 ohne Wert.")
			.source("Quelle: eigene Zählung", "Lizenz: CC BY 4.0")
			.categories("Jahr", List.of("2020", "2021", "2022", "2023"))
			.series(new Chart.Series("Landkreis", "region", values("2020", "10", "2021", "12", "2023", "15")),
					new Chart.Series("Land", "land", values("2020", "11", "2021", "11.5", "2022", "12", "2023", "13")))
			.values((value) -> value.toPlainString() + " Fälle")
			.locale(Locale.GERMAN)
			.build();

		String svg = chart.svg();
		Element root = parse(svg);
		assertThat(root.getNamespaceURI()).isEqualTo(SVG);
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("cases-title cases-desc");
		assertThat(child(root, "title").getAttribute("id")).isEqualTo("cases-title");
		assertThat(child(root, "title").getTextContent()).isEqualTo("Fälle <Landkreis> & „Stadt“");
		assertThat(child(root, "desc").getAttribute("id")).isEqualTo("cases-desc");
		assertThat(child(root, "desc").getTextContent()).startsWith("Liniendiagramm der Fälle");
		assertThat(svg).doesNotContain("<script", "href", "url(", "<image", "<style", "<foreignObject")
			.doesNotContainPattern("\\son[a-z]+=")
			.contains("xmlns=\"" + SVG + "\"");
		assertThat(svg.replace("xmlns=\"" + SVG + "\"", "")).doesNotContain("http:", "https:");
		// a gap, never 0: three points on the first line, four on the second
		assertThat(elements(root, "circle")).hasSize(3 + 1);
		assertThat(count(svg, "<circle class=\"chart-point chart-point--region\"")).isEqualTo(3);
		assertThat(count(svg, "<rect class=\"chart-point chart-point--land\"")).isEqualTo(4);
		assertThat(svg).contains("<title>Landkreis, 2023: 15 Fälle</title>")
			.contains("d=\"M")
			.containsPattern("d=\"M[0-9. ]+ L[0-9. ]+ M[0-9. ]+\"");
		// every line differs by its dash pattern besides its colour
		assertThat(svg).contains("stroke-dasharray=\"7 5\"");

		String figure = chart.figure();
		assertThat(figure)
			.contains("<figcaption class=\"source-line muted\"><span>Quelle: eigene Zählung</span><br>"
					+ "<span>Lizenz: CC BY 4.0</span></figcaption>")
			.contains("<caption>Fälle &lt;Landkreis&gt; &amp; „Stadt“</caption>")
			.contains("<th scope=\"col\">Jahr</th><th scope=\"col\" class=\"num\">Landkreis</th>")
			.contains(
					"<tr><th scope=\"row\">2022</th><td class=\"num\"><bdi>–</bdi></td><td class=\"num\"><bdi>12 Fälle</bdi></td></tr>")
			.contains("aria-label=\"„Fälle &lt;Landkreis&gt; &amp; „Stadt““ als Tabelle\"");
		assertThat(chart.figureWithoutTable()).doesNotContain("<table").contains("<figcaption");
	}

	@Test
	void aFarLargerSecondLineGetsItsOwnAxisOnTheRight() throws Exception {
		Chart chart = Chart.line("two")
			.title("Kreis und Land")
			.description("zwei Linien")
			.categories("Jahr", List.of("2020", "2021"))
			.series(new Chart.Series("Kreis", null, values("2020", "100", "2021", "120")),
					new Chart.Series("Land", null, values("2020", "9000", "2021", "9500")))
			.rightAxisNote("(rechte Achse)")
			.build();
		String svg = chart.svg();
		assertThat(svg).contains("text-anchor=\"start\">9.000</text>")
			.contains(">Land (rechte Achse)</text>")
			.contains("chart-series--s1")
			.contains("chart-series--s2");
		parse(svg);
	}

	@Test
	void stackedBarsAddUpToTheSumOfTheirCategory() throws Exception {
		Chart chart = Chart.stackedBar("stack")
			.title("Beratungen nach Art")
			.description("Gestapelte Balken je Jahr")
			.categories("Jahr", List.of("2023", "2024"))
			.series(new Chart.Series("Erstberatung", "first", values("2023", "4", "2024", "2")),
					new Chart.Series("Folgeberatung", "follow", values("2023", "6", "2024", "3")))
			.locale(Locale.GERMAN)
			.build();
		Element root = parse(chart.svg());
		List<Element> bars = elements(root, "rect").stream()
			.filter((rect) -> rect.getAttribute("class").startsWith("chart-bar "))
			.toList();
		assertThat(bars).hasSize(4);
		// the axis runs from 0 to 10 in steps of 2: 10 is at the top of the plot
		double top = tickY(root, "10");
		double zero = tickY(root, "0");
		double five = tickY(root, "4") + (tickY(root, "6") - tickY(root, "4")) / 2;
		Element first2023 = bars.get(0);
		Element first2024 = bars.get(1);
		Element follow2023 = bars.get(2);
		Element follow2024 = bars.get(3);
		// the first series stands on 0, the second on the first; the stack reaches the
		// sum
		assertThat(bottom(first2023)).isCloseTo(zero, within());
		assertThat(bottom(follow2023)).isCloseTo(y(first2023), within());
		assertThat(y(follow2023)).isCloseTo(top, within());
		assertThat(bottom(first2024)).isCloseTo(zero, within());
		assertThat(bottom(follow2024)).isCloseTo(y(first2024), within());
		assertThat(y(follow2024)).isCloseTo(five, within());
		// the two segments of a category share one column
		assertThat(follow2023.getAttribute("x")).isEqualTo(first2023.getAttribute("x"));
		assertThat(chart.table()).contains("<th scope=\"col\" class=\"num\">Summe</th>")
			.contains(
					"<tr><th scope=\"row\">2023</th><td class=\"num\"><bdi>4</bdi></td><td class=\"num\"><bdi>6</bdi></td>"
							+ "<td class=\"num\"><bdi>10</bdi></td></tr>")
			.contains("<td class=\"num\"><bdi>5</bdi></td></tr>");
	}

	@Test
	void negativeValuesGoBelowTheZeroLine() throws Exception {
		Chart bars = Chart.bar("change")
			.title("Veränderung")
			.description("Balken je Gemeinde")
			.categories("Gemeinde", List.of("Bramsche", "Melle"))
			.series(new Chart.Series("Veränderung", null, values("Bramsche", "-5", "Melle", "10")))
			.build();
		Element root = parse(bars.svg());
		Element zeroLine = elements(root, "line").stream()
			.filter((line) -> line.getAttribute("class").equals("chart-zero"))
			.findFirst()
			.orElseThrow();
		double zero = Double.parseDouble(zeroLine.getAttribute("y1"));
		assertThat(zero).isCloseTo(tickY(root, "0"), within());
		List<Element> rects = elements(root, "rect").stream()
			.filter((rect) -> rect.getAttribute("class").startsWith("chart-bar "))
			.toList();
		Element minus = rects.get(0);
		Element plus = rects.get(1);
		assertThat(y(minus)).isCloseTo(zero, within());
		assertThat(bottom(minus)).isCloseTo(tickY(root, "-5"), within());
		assertThat(bottom(plus)).isCloseTo(zero, within());
		assertThat(y(plus)).isCloseTo(tickY(root, "10"), within());

		// in a stack a negative value hangs below 0, the positive ones stand on it
		Element stacked = parse(Chart.stackedBar("net")
			.title("Zu- und Fortzüge")
			.description("Gestapelt")
			.categories("Jahr", List.of("2024"))
			.series(new Chart.Series("Zuzüge", null, values("2024", "8")),
					new Chart.Series("Fortzüge", null, values("2024", "-5")))
			.build()
			.svg());
		List<Element> parts = elements(stacked, "rect").stream()
			.filter((rect) -> rect.getAttribute("class").startsWith("chart-bar "))
			.toList();
		double stackedZero = tickY(stacked, "0");
		assertThat(bottom(parts.get(0))).isCloseTo(stackedZero, within());
		assertThat(y(parts.get(1))).isCloseTo(stackedZero, within());
		assertThat(bottom(parts.get(1))).isCloseTo(tickY(stacked, "-5"), within());
	}

	@Test
	void aChartWithoutValuesSaysSoInsteadOfDrawingAxes() throws Exception {
		Map<String, BigDecimal> none = new LinkedHashMap<>();
		none.put("2023", null);
		Chart chart = Chart.line("empty")
			.title("Noch nichts")
			.description("Es gibt noch keine Werte.")
			.categories("Jahr", List.of("2023"))
			.series(new Chart.Series("Kreis", null, none))
			.emptyMessage("Für diesen Zeitraum gibt es noch keine Werte.")
			.build();
		assertThat(chart.isEmpty()).isTrue();
		String svg = chart.svg();
		Element root = parse(svg);
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(svg).contains(">Für diesen Zeitraum gibt es noch keine Werte.</text>")
			.doesNotContain("chart-axis")
			.doesNotContain("<circle");
		assertThat(chart.table()).isEmpty();
		// without categories, in English, the chart's own words
		assertThat(Chart.bar("nothing").title("T").locale(Locale.ENGLISH).build().svg())
			.contains(">There are no values.</text>");
	}

	@Test
	void onARightToLeftPageTheChartKeepsItsAxesLeftToRight() throws Exception {
		Chart chart = Chart.line("rtl")
			.title("عدد الاستشارات")
			.description("رسم بياني")
			.categories("السنة", List.of("2022", "2023", "2024"))
			.series(new Chart.Series("أوسنابروك", null, values("2022", "1", "2023", "2", "2024", "3")))
			.locale(Locale.forLanguageTag("ar"))
			.build();
		String figure = chart.figure();
		assertThat(figure).contains("<div class=\"chart-box\" dir=\"ltr\"");
		Element root = parse(chart.svg());
		assertThat(root.getAttribute("direction")).isEqualTo("ltr");
		// the value axis on the left with its labels left of it, the years from left to
		// right
		Element axis = elements(root, "g").stream()
			.filter((g) -> g.getAttribute("class").equals("chart-axis chart-axis--y"))
			.findFirst()
			.orElseThrow();
		Element axisLine = elements(axis, "line").get(elements(axis, "line").size() - 1);
		assertThat(Double.parseDouble(axisLine.getAttribute("x1"))).isLessThan(Chart.WIDTH / 4.0);
		assertThat(elements(axis, "text")).allSatisfy((text) -> {
			assertThat(text.getAttribute("text-anchor")).isEqualTo("end");
			assertThat(Double.parseDouble(text.getAttribute("x"))).isLessThan(Chart.LEFT);
		});
		List<Element> years = elements(root, "text").stream()
			.filter((text) -> text.getTextContent().matches("202[2-4]"))
			.toList();
		assertThat(years).extracting(Element::getTextContent).containsExactly("2022", "2023", "2024");
		assertThat(Double.parseDouble(years.get(0).getAttribute("x")))
			.isLessThan(Double.parseDouble(years.get(2).getAttribute("x")));
		// the table follows the page's direction, its numbers isolated so that -4 never
		// reads 4-
		assertThat(chart.table()).doesNotContain("dir=")
			.contains("<caption>عدد الاستشارات</caption>")
			.contains("<td class=\"num\"><bdi>");
	}

	@Test
	void diagramIsAccessibleSvgOfFixedSize() throws Exception {
		String svg = new Diagram("graph", "network-graph", 600, 200, "Netzwerk", "Links Organisationen")
			.line(290, 25, 370, 25)
			.box(10, 10, 280, 30, "Verein <A>", "Verein <A> mit langem Namen", "#dbe9f7", "graph-node")
			.svg();
		Element root = parse(svg);
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("graph-title graph-desc");
		assertThat(root.getAttribute("width")).isEqualTo("600");
		assertThat(root.getAttribute("direction")).isEqualTo("ltr");
		assertThat(child(root, "title").getTextContent()).isEqualTo("Netzwerk");
		assertThat(svg).contains(">Verein &lt;A&gt;</text>")
			.contains("<title>Verein &lt;A&gt; mit langem Namen</title>");
		assertThat(svg.indexOf("<line")).isLessThan(svg.indexOf("<rect"));
	}

	private static Map<String, BigDecimal> values(String... pairs) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], new BigDecimal(pairs[i + 1]));
		}
		return values;
	}

	private static Element parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		return document.getDocumentElement();
	}

	private static Element child(Element parent, String name) {
		return elements(parent, name).get(0);
	}

	private static List<Element> elements(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(SVG, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The y of the value axis's tick labelled so (its label stands 4 below). */
	private static double tickY(Element root, String label) {
		return elements(root, "text").stream()
			.filter((text) -> "end".equals(text.getAttribute("text-anchor")) && text.getTextContent().equals(label))
			.mapToDouble((text) -> Double.parseDouble(text.getAttribute("y")) - 4)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no tick " + label));
	}

	private static double y(Element rect) {
		return Double.parseDouble(rect.getAttribute("y"));
	}

	private static double bottom(Element rect) {
		return y(rect) + Double.parseDouble(rect.getAttribute("height"));
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(0.11);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
