package de.teilhabe.reporting.render;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;
import de.teilhabe.reporting.definition.Chapter;
import de.teilhabe.reporting.definition.ChapterKind;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.shared.startup.Preparation;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not part of the suite (its name ends in Benchmark): renders the demo Landkreis
 * Osnabrück's report in the structure of the default definition (introduction, a chapter
 * per monitoring theme, goals and measures, a profile per Stadt and Gemeinde, sources) as
 * HTML and as PDF in the test JVM and prints the times, the pages and the peak heap after
 * the run. Indicative only: {@code bench/report-generation.sh} measures the real thing
 * through the API. Run:
 * {@code mvn -o -q -Dexec.skip=true -Dtest=ReportGenerationBenchmark verify}.
 */
@IntegrationTest
class ReportGenerationBenchmark {

	@Autowired
	ReportRenderer renderer;

	@Autowired
	Regions regions;

	@Autowired
	Tenants tenants;

	@Autowired
	Indicators indicators;

	@Autowired
	Preparation preparation;

	@Test
	void demoReport() throws Exception {
		ReportRendererTest.awaitFigures(this.preparation);
		UUID tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		List<String> regionKeys = new ArrayList<>();
		regionKeys.add("03459");
		this.regions.gemeinden("03459").stream().map(Region::key).sorted().forEach(regionKeys::add);
		List<Chapter> chapters = new ArrayList<>();
		chapters.add(new Chapter("Einleitung", ChapterKind.FREE_TEXT, "Der Bericht.\n\n## Aufbau\n- Zahlen\n- Ziele",
				null, List.of()));
		for (IndicatorTheme theme : this.indicators.catalogueByTheme(tenant).keySet()) {
			chapters.add(new Chapter(theme.title(), ChapterKind.INDICATORS, null, theme.code(), List.of()));
		}
		chapters.add(new Chapter("Ziele und Maßnahmen", ChapterKind.GOALS_AND_MEASURES, null, null, List.of()));
		chapters.add(new Chapter("Städte und Gemeinden", ChapterKind.REGION_PROFILES, null, null, List.of()));
		chapters.add(new Chapter("Quellen und Methoden", ChapterKind.SOURCES, null, null, List.of()));
		ReportDefinition definition = new ReportDefinition(UUID.randomUUID(), tenant, "Migration und Integration 2026",
				2026, regionKeys, chapters, true);
		// warm up (fonts, templates, JIT)
		this.renderer.render(definition, Locale.GERMAN, true, RenderProgress.NONE);
		System.gc();
		long htmlStart = System.nanoTime();
		RenderedReport html = this.renderer.render(definition, Locale.GERMAN, false, RenderProgress.NONE);
		long htmlMillis = (System.nanoTime() - htmlStart) / 1_000_000;
		System.gc();
		resetPeaks();
		long pdfStart = System.nanoTime();
		RenderedReport pdf = this.renderer.render(definition, Locale.GERMAN, true, RenderProgress.NONE);
		long pdfMillis = (System.nanoTime() - pdfStart) / 1_000_000;
		long peak = heapPeak();
		Files.write(Path.of("target", "report-benchmark.pdf"), pdf.pdf());
		System.out.printf(
				"REPORT-BENCHMARK html %d ms (%d characters); html+pdf %d ms, %d pages, %d bytes; "
						+ "heap peak of the pools during the pdf run %d MB (max heap %d MB); figures %d%n",
				htmlMillis, html.html().length(), pdfMillis, pdf.pages(), pdf.pdf().length, peak / (1 << 20),
				Runtime.getRuntime().maxMemory() / (1 << 20), pdf.figures().size());
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The sum of the heap pools' peaks (an upper bound of the heap used at once). */
	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
