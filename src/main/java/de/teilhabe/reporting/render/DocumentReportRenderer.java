package de.teilhabe.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;
import de.teilhabe.reporting.definition.Chapter;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.documents.Letterhead;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.StrategyReport;
import de.teilhabe.strategy.StrategyReport.ReportedConcept;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@link ReportRenderer}: reads the data once per rendering ({@link ReportData}: one
 * query per indicator for all regions of the report), composes the chapters into XHTML
 * ({@link ReportComposition}), wraps it as one HTML page, and lays the same body out as a
 * tagged PDF/UA through {@link Documents}, with bookmarks and the table of contents' page
 * numbers. Holds no state between calls.
 */
@Component
class DocumentReportRenderer implements ReportRenderer {

	private final Indicators indicators;

	private final Regions regions;

	private final Tenants tenants;

	private final StrategyReport strategy;

	private final Organisations organisations;

	private final Documents documents;

	private final MessageSource messages;

	DocumentReportRenderer(Indicators indicators, Regions regions, Tenants tenants, StrategyReport strategy,
			Organisations organisations, Documents documents, MessageSource messages) {
		this.indicators = indicators;
		this.regions = regions;
		this.tenants = tenants;
		this.strategy = strategy;
		this.organisations = organisations;
		this.documents = documents;
		this.messages = messages;
	}

	@Override
	public RenderedReport render(ReportDefinition definition, Locale language, boolean withPdf,
			RenderProgress progress) {
		if (definition.regionKeys().isEmpty()) {
			throw new IllegalArgumentException("a report needs at least one region");
		}
		ReportData data = new ReportData(this.indicators, this.regions, definition);
		Letterhead letterhead = this.tenants.letterhead(definition.tenantId());
		Chapters chapters = new Chapters();
		ReportComposition page = new ReportComposition(definition, language, this.messages, data, chapters, false);
		String body = page.body(letterhead.name(), progress);
		String html = page(definition, language, body);
		if (!withPdf) {
			return new RenderedReport(html, null, 0, data.dataAsOf(page.usedCodes), List.copyOf(page.figures.values()));
		}
		// the PDF's body: the same chapters (data read once) with the PDF's alternative
		// texts
		RenderProgress cancelOnly = new RenderProgress() {

			@Override
			public void chapterDone(int done, int total) {
			}

			@Override
			public boolean cancelled() {
				return progress.cancelled();
			}

		};
		ReportComposition printed = new ReportComposition(definition, language, this.messages, data, chapters, true);
		String pdfBody = printed.body(letterhead.name(), cancelOnly);
		if (progress.cancelled()) {
			throw new RenderCancelledException();
		}
		byte[] pdf = this.documents
			.render(new DocumentRequest(null, pdfBody, Map.of("documentHead", bookmarks(printed) + PDF_STYLE),
					definition.title(), language, false, letterhead));
		Described described = describeLinks(pdf, language);
		return new RenderedReport(html, described.pdf(), described.pages(), data.dataAsOf(page.usedCodes),
				List.copyOf(page.figures.values()));
	}

	/** The chapters' contents by kind. */
	private final class Chapters implements ReportComposition.Sections {

		private Optional<ReportedConcept> concept;

		private Map<String, List<OrganisationSummary>> organisationsByGemeinde;

		@Override
		public void indicators(ReportComposition report, Chapter chapter, int number) {
			IndicatorChapters.render(report, chapter, number);
		}

		@Override
		public void profiles(ReportComposition report, Chapter chapter, int number, RenderProgress progress) {
			if (this.organisationsByGemeinde == null) {
				this.organisationsByGemeinde = organisationsByGemeinde(report.definition().tenantId());
			}
			ProfileChapters.render(report, chapter, number, progress, this.organisationsByGemeinde);
		}

		@Override
		public void goals(ReportComposition report, Chapter chapter, int number) {
			if (this.concept == null) {
				this.concept = DocumentReportRenderer.this.strategy.current(report.definition().tenantId());
			}
			GoalChapters.render(report, this.concept, number);
		}

		@Override
		public void sources(ReportComposition report, Chapter chapter, int number) {
			SourceChapters.render(report, number);
		}

		@Override
		public List<String> codes(ReportComposition report, Chapter chapter) {
			return switch (chapter.kind()) {
				case INDICATORS -> IndicatorChapters.indicators(report.data(), chapter)
					.stream()
					.map(IndicatorDefinition::code)
					.toList();
				case REGION_PROFILES ->
					ProfileChapters.atGemeindeLevel(report).stream().map(IndicatorDefinition::code).toList();
				default -> List.of();
			};
		}

	}

	/**
	 * The tenant's organisations of the network (live entries, by name) per Gemeinde they
	 * work in; read once per rendering, a hundred at a time.
	 */
	private Map<String, List<OrganisationSummary>> organisationsByGemeinde(java.util.UUID tenantId) {
		Map<String, List<OrganisationSummary>> byGemeinde = new HashMap<>();
		int page = 0;
		ApiPage<OrganisationSummary> found;
		do {
			found = this.organisations.list(tenantId, new ApiPaging(page, 100));
			for (OrganisationSummary organisation : found.items()) {
				for (OrganisationSummary.Gemeinde gemeinde : organisation.gemeinden()) {
					byGemeinde.computeIfAbsent(gemeinde.key(), (key) -> new ArrayList<>()).add(organisation);
				}
			}
			page++;
		}
		while (page < found.totalPages());
		return byGemeinde;
	}

	/** The report as one HTML page with the platform's style sheets. */
	private static String page(ReportDefinition definition, Locale language, String body) {
		return new StringBuilder(body.length() + 4096).append("<!DOCTYPE html>\n<html lang=\"")
			.append(Html.text(language.toLanguageTag()))
			.append("\"><head><meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, "
					+ "initial-scale=1\"/><title>")
			.append(Html.text(definition.title()))
			.append("</title><link rel=\"stylesheet\" href=\"/kern/kern.min.css\"/>"
					+ "<link rel=\"stylesheet\" href=\"/kern/fonts/fira-sans.css\"/>"
					+ "<link rel=\"stylesheet\" href=\"/css/teilhabe.css\"/><style>")
			.append(HTML_STYLE)
			.append("</style></head><body><main class=\"report kern-container\" id=\"content\">")
			.append(body)
			.append("</main></body></html>")
			.toString();
	}

	/** The PDF's bookmarks: a chapter with its sections below it. */
	private static String bookmarks(ReportComposition report) {
		StringBuilder bookmarks = new StringBuilder("<bookmarks>");
		boolean open = false;
		for (ReportComposition.Heading heading : report.headings) {
			if (heading.level() == 1 && open) {
				bookmarks.append("</bookmark>");
			}
			bookmarks.append("<bookmark name=\"")
				.append(Html.text(heading.text()))
				.append("\" href=\"#")
				.append(heading.id())
				.append('"')
				.append((heading.level() == 1) ? ">" : "/>");
			open = open || heading.level() == 1;
		}
		if (open) {
			bookmarks.append("</bookmark>");
		}
		return bookmarks.append("</bookmarks>").toString();
	}

	/**
	 * The PDF with a description of every link (PDF/UA asks one of each link annotation,
	 * which the layout does not write: the address, or that it leads within the report),
	 * and its page count.
	 */
	private Described describeLinks(byte[] pdf, Locale language) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String inside = this.messages.getMessage("report.link.inside", null, language);
			boolean changed = false;
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
						link.setContents((link.getAction() instanceof PDActionURI uri) ? this.messages
							.getMessage("report.link.address", new Object[] { uri.getURI() }, language) : inside);
						changed = true;
					}
				}
			}
			if (!changed) {
				return new Described(pdf, document.getNumberOfPages());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65536);
			document.save(out);
			return new Described(out.toByteArray(), document.getNumberOfPages());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Described(byte[] pdf, int pages) {

	}

	private static final String HTML_STYLE = """
			.report { max-width: 60rem; margin: 0 auto; padding: 1rem; }
			.report-toc ol { list-style: none; padding-left: 1.25rem; }
			.report-toc > ol { padding-left: 0; }
			.report-section { margin-top: 2rem; }
			.report-table { margin: 1rem 0; }
			.report-table .num { text-align: right; }
			.report-footnote, .report-source, .report-muted { font-size: .9em; color: #4a4f63; }
			.report-facts { max-width: 36rem; }
			.report-own td { font-weight: 700; }
			""";

	/** The PDF's own layout: page breaks, the table of contents with page numbers. */
	private static final String PDF_STYLE = """
			<style>
			.report-title { margin-bottom: 8mm; }
			.report-chapter { page-break-before: always; }
			.report-section + .report-section { page-break-before: always; }
			.report-toc ol { list-style: none; padding-left: 6mm; margin: 0; }
			.report-toc > ol { padding-left: 0; }
			.report-toc li { margin: 0.6mm 0; }
			.report-toc a { color: #1b1b1b; text-decoration: none; }
			.report-toc a::after { content: leader(dotted) ' ' target-counter(attr(href), page); }
			svg.chart { width: 174mm; height: 82mm; }
			.chart-figure { margin: 0 0 4mm 0; }
			.source-line, .report-footnote, .report-source, .report-muted { font-size: 8.5pt; color: #4a4a4a; }
			.report-table .num { text-align: right; }
			.report-facts { width: 120mm; }
			.report-comparison { font-size: 8.5pt; }
			.report-own td { font-weight: 700; }
			.report-subheading { font-size: 11pt; margin: 4mm 0 1mm 0; }
			</style>
			""";

}
