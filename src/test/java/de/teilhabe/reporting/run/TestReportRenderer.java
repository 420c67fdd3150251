package de.teilhabe.reporting.run;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.teilhabe.reporting.definition.Chapter;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.reporting.render.RenderCancelledException;
import de.teilhabe.reporting.render.RenderProgress;
import de.teilhabe.reporting.render.RenderedReport;
import de.teilhabe.reporting.render.ReportFigure;
import de.teilhabe.reporting.render.ReportRenderer;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The renderer the tests of runs use (test sources only): for a definition a test
 * scripted it blocks (until released or cancelled), fails, or answers the figures given;
 * for every other definition it hands over to the platform's renderer when there is one,
 * and else makes a small report of its own (the chapter headings, a real PDF).
 */
@Primary
@Component
public class TestReportRenderer implements ReportRenderer {

	/** What a scripted rendering does. */
	public sealed interface Script {

	}

	/**
	 * Reports chapter 1 done, then waits until released (and renders as for an unscripted
	 * definition) or cancelled.
	 */
	public record Block(CountDownLatch release) implements Script {

	}

	/** Throws with this message after the first chapter. */
	public record Fail(String message) implements Script {

	}

	/** Renders as usual, with these figures and this date of the data. */
	public record Figures(List<ReportFigure> figures, Instant dataAsOf) implements Script {

	}

	/** The report's web page fits a phone (the journey's phone twin checks its width). */
	private static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width\"/>";

	private static final Map<UUID, Script> SCRIPTS = new ConcurrentHashMap<>();

	private final ObjectProvider<ReportRenderer> renderers;

	private final Documents documents;

	TestReportRenderer(ObjectProvider<ReportRenderer> renderers, Documents documents) {
		this.renderers = renderers;
		this.documents = documents;
	}

	/** Scripts the renderings of a definition. */
	public static void script(UUID definitionId, Script script) {
		SCRIPTS.put(definitionId, script);
	}

	@Override
	public RenderedReport render(ReportDefinition definition, Locale language, boolean withPdf,
			RenderProgress progress) {
		Script script = SCRIPTS.get(definition.id());
		int total = definition.chapters().size();
		if (script instanceof Block block) {
			progress.chapterDone(1, total);
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (System.nanoTime() < until) {
				if (progress.cancelled()) {
					throw new RenderCancelledException();
				}
				try {
					if (block.release().await(50, TimeUnit.MILLISECONDS)) {
						break;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new RenderCancelledException();
				}
			}
			return platformOrOwn(definition, language, withPdf, progress);
		}
		if (script instanceof Fail fail) {
			progress.chapterDone(1, total);
			throw new IllegalStateException(fail.message());
		}
		if (script instanceof Figures figures) {
			return own(definition, language, withPdf, progress, figures.figures(), figures.dataAsOf());
		}
		return platformOrOwn(definition, language, withPdf, progress);
	}

	/** The platform's renderer's report when there is one, else a small one. */
	private RenderedReport platformOrOwn(ReportDefinition definition, Locale language, boolean withPdf,
			RenderProgress progress) {
		ReportRenderer platform = this.renderers.stream()
			.filter((renderer) -> !(renderer instanceof TestReportRenderer))
			.findFirst()
			.orElse(null);
		if (platform != null) {
			return platform.render(definition, language, withPdf, progress);
		}
		return own(definition, language, withPdf, progress, List.of(), null);
	}

	private RenderedReport own(ReportDefinition definition, Locale language, boolean withPdf, RenderProgress progress,
			List<ReportFigure> figures, Instant dataAsOf) {
		StringBuilder body = new StringBuilder("<h1>").append(escape(definition.title())).append("</h1>");
		List<Chapter> chapters = definition.chapters();
		for (int i = 0; i < chapters.size(); i++) {
			if (progress.cancelled()) {
				throw new RenderCancelledException();
			}
			body.append("<h2>").append(escape(chapters.get(i).title())).append("</h2>");
			progress.chapterDone(i + 1, chapters.size());
		}
		String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"/>"
				+ VIEWPORT + "<title>" + escape(definition.title()) + "</title></head><body><main>" + body
				+ "</main></body></html>";
		byte[] pdf = withPdf ? this.documents
			.render(DocumentRequest.ofHtml("<div>" + body + "</div>", definition.title(), language, null)) : null;
		return new RenderedReport(html, pdf, withPdf ? 1 : 0, dataAsOf, figures);
	}

	/** Escapes the characters XHTML needs escaped (no named entities: the PDF is XML). */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
