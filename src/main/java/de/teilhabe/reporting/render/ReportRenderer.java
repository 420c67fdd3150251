package de.teilhabe.reporting.render;

import java.util.Locale;

import de.teilhabe.reporting.definition.ReportDefinition;

/**
 * Renders a report definition into HTML and PDF/UA from the data as it is now. Runs in
 * the caller's thread (the run service calls it in the background) and holds no state
 * between calls, so that two runs at once do not disturb each other.
 */
public interface ReportRenderer {

	/**
	 * The report.
	 * @param definition a valid definition (see the definition part's validation)
	 * @param language the report's language (the document language of the PDF)
	 * @param withPdf whether to make the PDF as well as the HTML
	 * @param progress told after every chapter; asked whether to stop
	 * @throws RenderCancelledException when {@code progress} says the run was cancelled
	 */
	RenderedReport render(ReportDefinition definition, Locale language, boolean withPdf, RenderProgress progress);

}
