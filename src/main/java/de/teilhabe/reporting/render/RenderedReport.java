package de.teilhabe.reporting.render;

import java.time.Instant;
import java.util.List;

/**
 * A report made from a definition.
 *
 * @param html the whole report as one HTML page (table of contents, each chart with its
 * data table), self-contained apart from the platform's style sheet
 * @param pdf the same report as tagged PDF/UA-1, or null when only HTML was asked for
 * @param pages the PDF's page count (0 without PDF)
 * @param dataAsOf when the newest data in the report was imported (the latest import of
 * the series used), or null when none was used
 * @param figures every figure and goal status printed, for comparing versions
 */
public record RenderedReport(String html, byte[] pdf, int pages, Instant dataAsOf, List<ReportFigure> figures) {

	public RenderedReport {
		figures = List.copyOf(figures);
	}

}
