package de.teilhabe.reporting.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.reporting.definition.Chapter;
import de.teilhabe.reporting.definition.ChapterKind;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.startup.Preparation;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The renderer on the real data of the demo Landkreis Osnabrück (03459) and its 34 Städte
 * und Gemeinden: a tenant of its own (so that its counts disturb no other test) publishes
 * counselling counts per Gemeinde, one of them small (secret), and defines an indicator
 * on them. The report shows a known official figure of the Landkreis in the Kreis table
 * of its indicator, the secret count as {@code x} (never 0) with its footnote, a profile
 * per Gemeinde, the goals of the demo concept with their status; the PDF reads back as
 * tagged PDF/UA-1 (veraPDF), with the document language, bookmarks, the table of contents
 * with page numbers and the figures with alternative texts.
 */
@IntegrationTest
class ReportRendererTest {

	static final String LANDKREIS = "03459";

	@Autowired
	ReportRenderer renderer;

	@Autowired
	Regions regions;

	@Autowired
	Tenants tenants;

	@Autowired
	Indicators indicators;

	@Autowired
	OperationalStatistics statistics;

	@Autowired
	Preparation preparation;

	private static Tenant tenant;

	private static String ownCode;

	private static List<String> gemeinden;

	/**
	 * Waits (at most 5 minutes) until the shipped statistics and indicators are prepared
	 * (they are computed while the platform already serves).
	 */
	static void awaitFigures(Preparation preparation) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(5));
		while (preparation.inProgress() && Instant.now().isBefore(until)) {
			Thread.sleep(200);
		}
	}

	@BeforeEach
	void setUp() throws InterruptedException {
		awaitFigures(this.preparation);
		if (tenant != null) {
			return;
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		tenant = this.tenants.create("berichtstest-" + suffix, "Landkreis Berichtstest", LANDKREIS, true);
		gemeinden = this.regions.gemeinden(LANDKREIS).stream().map(Region::key).sorted().toList();
		String series = "reporting.test-cases-" + suffix;
		List<Publication.Cell> cells = new ArrayList<>();
		for (int i = 0; i < gemeinden.size(); i++) {
			// the first Gemeinde has 3 cases: a small count, secret
			cells.add(Publication.Cell.of(gemeinden.get(i), (i == 0) ? 3 : 10 + i));
		}
		this.statistics.publish(new Publication(tenant.id(), "reporting", series, "Beratungsfälle", "Counselling cases",
				"Fälle", List.of(), "2025", cells));
		ownCode = "BERICHT-" + suffix;
		Actor actor = new Actor(UUID.randomUUID(), tenant.id(), "berichtstest", "Berichtstest", Set.of(Role.STRATEGY));
		this.indicators.define(actor,
				new NewIndicator(ownCode, "Beratungsfälle der Beratungsstelle", "Counselling cases", "1", null,
						"Fälle der Beratungsstelle je Wohnort", "Anzahl", 0, Polarity.NEUTRAL, "Eigene Zählung",
						new IndicatorComputation(ComputationKind.DIRECT,
								new Term(new Component(series, Map.of(), List.of(), 0), null, null), null, 0, null),
						Map.of()));
	}

	static ReportDefinition definition(UUID tenantId, List<String> gemeinden, String ownCode) {
		List<String> regionKeys = new ArrayList<>();
		regionKeys.add(LANDKREIS);
		regionKeys.addAll(gemeinden);
		return new ReportDefinition(UUID.randomUUID(), tenantId, "Migration und Integration 2026", 2026, regionKeys,
				List.of(new Chapter("Einleitung", ChapterKind.FREE_TEXT,
						"""
								Der Bericht stellt <script>alert(1)</script> Zahlen & Fakten vor.

								## Was er zeigt
								- Bevölkerung
								- Arbeit
								Mehr im [Integrationsmonitoring](https://www.statistik.niedersachsen.de) oder [hier](javascript:alert(1)).
								""",
						null, List.of()),
						new Chapter("Bevölkerung und Migration", ChapterKind.INDICATORS, null, "1", List.of()),
						new Chapter("Beratung", ChapterKind.INDICATORS, "Die eigenen Zählungen.", null,
								List.of(ownCode)),
						new Chapter("Ziele und Maßnahmen", ChapterKind.GOALS_AND_MEASURES, null, null, List.of()),
						new Chapter("Städte und Gemeinden", ChapterKind.REGION_PROFILES, null, null, List.of()),
						new Chapter("Quellen und Methoden", ChapterKind.SOURCES, null, null, List.of())),
				true);
	}

	@Test
	void freeTextIsSafeMarkupAndTheTableOfContentsListsEveryChapterAndSection() {
		RenderedReport report = this.renderer.render(definition(tenant.id(), gemeinden, ownCode), Locale.GERMAN, false,
				RenderProgress.NONE);
		String html = report.html();
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"de\"")
			.contains("<title>Migration und Integration 2026</title>")
			.contains("Landkreis Berichtstest · Berichtsjahr 2026")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; Zahlen &amp; Fakten")
			.doesNotContain("<script>")
			.contains("<h3>Was er zeigt</h3>")
			.contains("<ul><li>Bevölkerung</li><li>Arbeit</li></ul>")
			.contains("<a href=\"https://www.statistik.niedersachsen.de\" title=\"Integrationsmonitoring\">"
					+ "Integrationsmonitoring</a>")
			.doesNotContain("href=\"javascript");
		assertThat(html).contains("href=\"#c1\" title=\"1 Einleitung\">1 Einleitung</a>")
			.contains("href=\"#c5\" title=\"5 Städte und Gemeinden\">5 Städte und Gemeinden</a>")
			.contains("href=\"#c6\" title=\"6 Quellen und Methoden\">6 Quellen und Methoden</a>");
		// a section per Gemeinde, listed in the table of contents
		assertThat(count(html, "class=\"report-section report-profile\"")).isEqualTo(gemeinden.size()).isEqualTo(34);
		assertThat(html)
			.contains("href=\"#c5-1\" title=\"" + this.regions.find(gemeinden.get(0)).orElseThrow().label());
		assertThat(report.pdf()).isNull();
		assertThat(report.pages()).isZero();
	}

	@Test
	void aKnownFigureOfTheLandkreisIsInItsTableAndASecretCountIsXNeverZero() {
		RenderedReport report = this.renderer.render(definition(tenant.id(), gemeinden, ownCode), Locale.GERMAN, false,
				RenderProgress.NONE);
		String html = report.html();
		// Ausländeranteil (1-2-2) of the Landkreis Osnabrück 2024: 11.9 %
		// (docs/indicators.md)
		String foreigners = section(html, "id=\"c2-3\">Anteil der Ausländerinnen und Ausländer in Prozent");
		assertThat(foreigners).contains("<th scope=\"col\" class=\"num\">Landkreis Osnabrück</th>")
			.contains("<th scope=\"row\">2024</th><td class=\"num\">11,9</td>");
		assertThat(report.figures()).anySatisfy((figure) -> {
			assertThat(figure.key()).isEqualTo("indicator:1-2-2:03459:2024");
			assertThat(figure.label()).endsWith(", Landkreis Osnabrück, 2024");
			assertThat(figure.value()).isEqualTo("11,9");
		});
		// an indicator of the Land only (Mikrozensus, 1-3-4): the Landkreis has no value,
		// a
		// dot with its footnote, never 0
		String landOnly = section(html, "Menschen mit Migrationshintergrund");
		assertThat(landOnly).contains("Diese Kennzahl gibt es nur für Niedersachsen als Ganzes")
			.containsPattern("<th scope=\"row\">\\d{4}</th><td class=\"num\">\\.</td>")
			.doesNotContainPattern("<th scope=\"row\">\\d{4}</th><td class=\"num\">0</td>")
			.contains("<span class=\"report-symbol\">.</span> kein Wert vorhanden");
		// the own counts: the first Gemeinde's 3 cases are secret, printed as x
		String own = section(html, "id=\"c3-1\">Beratungsfälle der Beratungsstelle");
		String first = this.regions.find(gemeinden.get(0)).orElseThrow().label();
		String second = this.regions.find(gemeinden.get(1)).orElseThrow().label();
		assertThat(own).contains("<th scope=\"row\">" + first + "</th><td class=\"num\">x</td>")
			.doesNotContain("<th scope=\"row\">" + first + "</th><td class=\"num\">0</td>")
			.contains("<th scope=\"row\">" + second + "</th><td class=\"num\">11</td>")
			.contains("Zeichenerklärung: <span class=\"report-symbol\">x</span> eigene Zählung");
		assertThat(report.figures()).anySatisfy((figure) -> {
			assertThat(figure.key()).isEqualTo("indicator:" + ownCode + ":" + gemeinden.get(0) + ":2025");
			assertThat(figure.value()).isEqualTo("x");
		});
		// the profile of the first Gemeinde: population, the own count as x, and what
		// exists only for the Kreis
		String profile = section(html, "id=\"c5-1\"");
		assertThat(profile).contains("Einwohnerinnen und Einwohner")
			.contains("<td class=\"num\">x</td>")
			.contains("Nur für Landkreis Osnabrück als Ganzes, nicht je Stadt und Gemeinde, gibt es:")
			.contains("Anteil der Ausländerinnen und Ausländer in Prozent");
		// the profile compares the Gemeinde with the Kreis and the other Gemeinden, in
		// a table and in words; the secret count has no rank, it keeps its symbol
		Region firstRegion = this.regions.find(gemeinden.get(0)).orElseThrow();
		assertThat(profile)
			.contains(first + " im Vergleich mit Landkreis Osnabrück und den anderen Städten und Gemeinden")
			.containsPattern("Einwohnerinnen und Einwohner \\(Personen\\)</th><td class=\"num\">[\\d.]+</td>"
					+ "<td class=\"num\">\\d+ von 34</td><td class=\"num\">[\\d.]+</td>")
			.containsPattern("Beratungsfälle der Beratungsstelle \\([^)]*\\), 2025</th><td class=\"num\">x</td>"
					+ "<td class=\"num\">x</td>")
			.contains(first + " hat " + String.format(Locale.GERMAN, "%,d", firstRegion.population())
					+ " Einwohnerinnen und Einwohner")
			.contains("der 34 Städte und Gemeinden dieses Berichts")
			// Alfhausen, the first by key, is a member of the Samtgemeinde Bersenbrück
			.contains("Samtgemeinde Bersenbrück</td>")
			.containsPattern(first + " gehört mit [^.]*Stadt Bersenbrück[^.]* zur Samtgemeinde Bersenbrück\\.")
			.contains("Im Akteursnetzwerk ist keine Organisation eingetragen, die in " + first + " tätig ist.");
		// the Kreis among the Kreise of the Land: the Ausländeranteil 2024 with its rank
		assertThat(foreigners)
			.containsPattern("Landkreis Osnabrück steht 2024 mit 11,9 % auf Rang \\d+ der \\d+ "
					+ "Kreise und kreisfreien Städte in Niedersachsen")
			.contains("<tr class=\"report-own\">");
		// sources: every indicator used, every symbol
		assertThat(section(html, "id=\"c6\"")).contains("Beratungsfälle der Beratungsstelle")
			.contains("Anteil der Ausländerinnen und Ausländer")
			.contains("<dt>.</dt><dd>Zahlenwert unbekannt oder geheim zu halten</dd>");
		assertThat(report.dataAsOf()).isNotNull();
	}

	@Test
	void goalsOfTheDemoConceptAppearWithTheirControllingStatus() {
		UUID demo = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		ReportDefinition goals = new ReportDefinition(UUID.randomUUID(), demo, "Ziele", 2026, List.of(LANDKREIS),
				List.of(new Chapter("Ziele und Maßnahmen", ChapterKind.GOALS_AND_MEASURES, null, null, List.of())),
				false);
		RenderedReport report = this.renderer.render(goals, Locale.GERMAN, false, RenderProgress.NONE);
		List<ReportFigure> statuses = report.figures()
			.stream()
			.filter((figure) -> "GOAL_STATUS".equals(figure.kind()))
			.toList();
		assertThat(statuses).isNotEmpty();
		assertThat(report.html()).contains("Ziele im Handlungsfeld").contains(statuses.get(0).label());
		assertThat(statuses).allSatisfy((figure) -> assertThat(figure.value()).isIn("erreicht", "auf Kurs", "gefährdet",
				"nicht auf Kurs", "keine Daten", "noch nicht berechnet"));
		// another tenant without a concept
		RenderedReport none = this.renderer.render(new ReportDefinition(UUID.randomUUID(), tenant.id(), "Ziele", 2026,
				List.of(LANDKREIS), goals.chapters(), false), Locale.GERMAN, false, RenderProgress.NONE);
		assertThat(none.html()).contains("Zum Integrationskonzept sind noch keine Ziele erfasst.");
		// the other tenant's own indicator is not the demo tenant's: its chapter has none
		RenderedReport foreign = this.renderer.render(
				new ReportDefinition(UUID.randomUUID(), demo, "Fremd", 2026, List.of(LANDKREIS),
						List.of(new Chapter("Beratung", ChapterKind.INDICATORS, null, null, List.of(ownCode))), false),
				Locale.GERMAN, false, RenderProgress.NONE);
		assertThat(foreign.html()).contains("Für dieses Kapitel sind keine Kennzahlen gewählt.")
			.doesNotContain("Beratungsfälle der Beratungsstelle");
		assertThat(foreign.figures()).isEmpty();
	}

	@Test
	void aProfileListsTheOrganisationsOfTheNetworkWorkingInTheGemeinde() {
		UUID demo = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		// Bramsche (03459014): the demo network's family association works there
		ReportDefinition profiles = new ReportDefinition(UUID.randomUUID(), demo, "Profile", 2026,
				List.of(LANDKREIS, "03459014", "03459024"),
				List.of(new Chapter("Städte und Gemeinden", ChapterKind.REGION_PROFILES, null, null, List.of())),
				false);
		String html = this.renderer.render(profiles, Locale.GERMAN, false, RenderProgress.NONE).html();
		String bramsche = section(html, "id=\"c1-1\"");
		assertThat(bramsche).contains("Organisationen des Akteursnetzwerks, die in Stadt Bramsche tätig sind")
			.contains("<th scope=\"row\">Brückenschlag – Interkultureller Familienverein Bramsche e.V.</th>"
					+ "<td>Migrantenselbstorganisation (MSO)</td>")
			.contains("Arabisch")
			.doesNotContain("Nachbarschaft Melle Ost");
		assertThat(section(html, "id=\"c1-2\"")).contains("Nachbarschaft Melle Ost");
	}

	@Test
	void progressIsToldPerChapterAndACancelledRunStops() {
		List<String> told = new ArrayList<>();
		this.renderer.render(definition(tenant.id(), gemeinden, ownCode), Locale.ENGLISH, false, new RenderProgress() {

			@Override
			public void chapterDone(int done, int total) {
				told.add(done + "/" + total);
			}

			@Override
			public boolean cancelled() {
				return false;
			}

		});
		assertThat(told).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
		AtomicInteger asked = new AtomicInteger();
		assertThatThrownBy(() -> this.renderer.render(definition(tenant.id(), gemeinden, ownCode), Locale.GERMAN, true,
				new RenderProgress() {

					@Override
					public void chapterDone(int done, int total) {
					}

					@Override
					public boolean cancelled() {
						return asked.incrementAndGet() > 3;
					}

				}))
			.isInstanceOf(RenderCancelledException.class);
	}

	@Test
	void thePdfIsTaggedPdfUaWithLanguageBookmarksAndTheTableOfContentsPageNumbers() throws Exception {
		RenderedReport report = this.renderer.render(definition(tenant.id(), gemeinden, ownCode), Locale.GERMAN, true,
				RenderProgress.NONE);
		byte[] pdf = report.pdf();
		Files.write(Path.of("target", "report-test.pdf"), pdf); // to look at
		Files.writeString(Path.of("target", "report-test.html"), report.html());
		assertThat(report.pages()).isGreaterThan(40);
		assertThat(Pdfs.pdfUaFailures(pdf)).isEmpty();
		String text = Pdfs.text(pdf);
		assertThat(text).contains("Landkreis Berichtstest")
			.contains("Migration und Integration 2026")
			.contains("Inhalt")
			.contains("Zeichenerklärung");
		try (PDDocument document = Pdfs.open(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(report.pages());
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Migration und Integration 2026");
			List<String> structure = Pdfs.structure(document);
			assertThat(structure).contains("H1", "H2", "H3", "Table", "TH", "TD", "L", "LI");
			assertThat(structure).anySatisfy((type) -> assertThat(type).startsWith("Figure[Liniendiagramm"));
			PDOutlineItem first = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
			assertThat(first.getTitle()).isEqualTo("1 Einleitung");
			List<String> chapters = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				chapters.add(item.getTitle());
			}
			assertThat(chapters).hasSize(6).contains("5 Städte und Gemeinden");
		}
		// the table of contents ends every entry with the page of its heading
		assertThat(text).containsPattern("1 Einleitung[ .]*\\d+");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	/** The section of the report from the heading (or id) to the next section. */
	private static String section(String html, String heading) {
		int start = html.indexOf(heading, html.indexOf("</nav>"));
		assertThat(start).as("section " + heading).isNotNegative();
		int end = html.indexOf("<section", start + 1);
		return html.substring(start, (end < 0) ? html.length() : end);
	}

}
