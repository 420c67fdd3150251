package de.teilhabe.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.reporting.definition.Chapter;
import de.teilhabe.reporting.definition.ReportDefinition;

import org.springframework.context.MessageSource;

/**
 * One rendering of a definition into the report's XHTML body: the chapters in order,
 * their headings (for the table of contents and the PDF's bookmarks), the symbols used
 * per section (for its footnote), and every figure printed. Holds the state of one call
 * of the renderer only.
 */
final class ReportComposition {

	/** A heading of the table of contents: chapter (1) or section (2). */
	record Heading(int level, String id, String text) {

	}

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final ReportDefinition definition;

	private final Locale locale;

	private final MessageSource messages;

	private final ReportData data;

	private final boolean pdf;

	final List<Heading> headings = new ArrayList<>();

	final Map<String, ReportFigure> figures = new LinkedHashMap<>();

	/** Indicator codes whose figures the report prints (for sources and data as of). */
	final Set<String> usedCodes = new LinkedHashSet<>();

	/** The symbols printed in the current section, for its footnote. */
	private final Set<String> sectionSymbols = new TreeSet<>();

	private final Map<Integer, NumberFormat> formats = new HashMap<>();

	private final Sections sections;

	ReportComposition(ReportDefinition definition, Locale locale, MessageSource messages, ReportData data,
			Sections sections, boolean pdf) {
		this.definition = definition;
		this.locale = locale;
		this.messages = messages;
		this.data = data;
		this.sections = sections;
		this.pdf = pdf;
	}

	/** What the chapters of each kind add to the body. */
	interface Sections {

		void indicators(ReportComposition report, Chapter chapter, int number);

		void profiles(ReportComposition report, Chapter chapter, int number, RenderProgress progress);

		void goals(ReportComposition report, Chapter chapter, int number);

		void sources(ReportComposition report, Chapter chapter, int number);

		/** The codes of the indicators a chapter prints (before any chapter is made). */
		List<String> codes(ReportComposition report, Chapter chapter);

	}

	ReportDefinition definition() {
		return this.definition;
	}

	Locale locale() {
		return this.locale;
	}

	ReportData data() {
		return this.data;
	}

	boolean pdf() {
		return this.pdf;
	}

	private final StringBuilder html = new StringBuilder(1 << 20);

	StringBuilder html() {
		return this.html;
	}

	/** The body: title, table of contents, chapters. */
	String body(String tenantName, RenderProgress progress) {
		List<Chapter> chapters = this.definition.chapters();
		for (Chapter chapter : chapters) {
			this.usedCodes.addAll(this.sections.codes(this, chapter));
		}
		StringBuilder chaptersHtml = new StringBuilder(1 << 20);
		for (int i = 0; i < chapters.size(); i++) {
			if (progress.cancelled()) {
				throw new RenderCancelledException();
			}
			this.html.setLength(0);
			chapter(chapters.get(i), i + 1, progress);
			chaptersHtml.append(this.html);
			progress.chapterDone(i + 1, chapters.size());
		}
		StringBuilder body = new StringBuilder(chaptersHtml.length() + 16384);
		body.append("<header class=\"report-title\"><h1 class=\"kern-heading\">")
			.append(Html.text(this.definition.title()))
			.append("</h1><p class=\"report-subtitle\">")
			.append(Html.text(message("report.subtitle", tenantName, String.valueOf(this.definition.reportingYear()))))
			.append("</p>");
		Instant asOf = this.data.dataAsOf(this.usedCodes);
		if (asOf != null) {
			body.append("<p class=\"report-as-of\">")
				.append(Html.text(message("report.dataAsOf", date(asOf))))
				.append("</p>");
		}
		body.append("</header>");
		toc(body);
		return body.append(chaptersHtml).toString();
	}

	/** The table of contents; in the PDF with the page of each heading. */
	private void toc(StringBuilder body) {
		body.append("<nav class=\"report-toc\" aria-labelledby=\"report-toc-title\"><h2 id=\"report-toc-title\">")
			.append(Html.text(message("report.toc")))
			.append("</h2><ol class=\"report-toc-list\">");
		boolean open = false;
		for (int i = 0; i < this.headings.size(); i++) {
			Heading heading = this.headings.get(i);
			if (heading.level() == 1) {
				if (open) {
					body.append("</ol></li>");
					open = false;
				}
				else if (i > 0) {
					body.append("</li>");
				}
				body.append("<li>");
				link(body, heading);
				boolean children = i + 1 < this.headings.size() && this.headings.get(i + 1).level() == 2;
				if (children) {
					body.append("<ol>");
					open = true;
				}
			}
			else {
				body.append("<li>");
				link(body, heading);
				body.append("</li>");
			}
		}
		if (open) {
			body.append("</ol>");
		}
		if (!this.headings.isEmpty()) {
			body.append("</li>");
		}
		body.append("</ol></nav>");
	}

	private static void link(StringBuilder body, Heading heading) {
		// the title: the link's description in the PDF (PDF/UA)
		body.append("<a class=\"report-toc-link\" href=\"#")
			.append(heading.id())
			.append("\" title=\"")
			.append(Html.text(heading.text()))
			.append("\">")
			.append(Html.text(heading.text()))
			.append("</a>");
	}

	private void chapter(Chapter chapter, int number, RenderProgress progress) {
		String id = "c" + number;
		String title = number + " " + chapter.title();
		this.headings.add(new Heading(1, id, title));
		this.html.append("<section class=\"report-chapter report-chapter--")
			.append(chapter.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("\"><h2 class=\"kern-heading\" id=\"")
			.append(id)
			.append("\">")
			.append(Html.text(title))
			.append("</h2>");
		this.html.append(ReportMarkup.toHtml(chapter.text(), 3));
		switch (chapter.kind()) {
			case FREE_TEXT -> {
			}
			case INDICATORS -> this.sections.indicators(this, chapter, number);
			case REGION_PROFILES -> this.sections.profiles(this, chapter, number, progress);
			case GOALS_AND_MEASURES -> this.sections.goals(this, chapter, number);
			case SOURCES -> this.sections.sources(this, chapter, number);
		}
		this.html.append("</section>");
	}

	/**
	 * Opens a section of a chapter (an indicator, a region's profile) with its heading,
	 * listed in the table of contents; its symbols start afresh.
	 */
	void openSection(String id, String title, String cssClass) {
		this.headings.add(new Heading(2, id, title));
		this.sectionSymbols.clear();
		this.html.append("<section class=\"report-section ")
			.append(cssClass)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("\"><h3 class=\"kern-heading\" id=\"")
			.append(id)
			.append("\">")
			.append(Html.text(title))
			.append("</h3>");
	}

	/** Closes a section with the footnote explaining each symbol printed in it. */
	void closeSection() {
		footnote();
		this.html.append("</section>");
	}

	/** The footnote explaining the symbols printed since the section opened. */
	void footnote() {
		if (this.sectionSymbols.isEmpty()) {
			return;
		}
		this.html.append("<p class=\"report-footnote\">").append(Html.text(message("report.symbols"))).append(' ');
		boolean first = true;
		for (String symbol : this.sectionSymbols) {
			this.html.append(first ? "" : "; ")
				.append("<span class=\"report-symbol\">")
				.append(Html.text(sign(symbol)))
				.append("</span> ")
				.append(Html.text(message("report.symbol." + symbol + ".text")));
			first = false;
		}
		this.html.append("</p>");
		this.sectionSymbols.clear();
	}

	/**
	 * A value as printed: the number with the indicator's decimals, or the sign of its
	 * symbol (never 0 for a missing or secret value; the tenant's own suppressed counts
	 * as {@code x}); the symbol is noted for the section's footnote. Null (no entry at
	 * all) prints the sign of a missing value.
	 */
	String printed(IndicatorDefinition indicator, IndicatorValue value) {
		if (value != null && value.value() != null) {
			return number(value.value(), indicator.displayPrecision());
		}
		String symbol = symbolKey(indicator, value);
		this.sectionSymbols.add(symbol);
		return sign(symbol);
	}

	/**
	 * The sign of a value that is not there (a figure without an entry), noted for the
	 * section's footnote.
	 */
	String missing() {
		this.sectionSymbols.add("MISSING");
		return sign("MISSING");
	}

	/** The symbol of a missing value as the bundle knows it. */
	private String symbolKey(IndicatorDefinition indicator, IndicatorValue value) {
		String symbol = (value == null || value.symbol() == null) ? "MISSING" : value.symbol();
		if ("SECRET".equals(symbol) && ReportData.ownCounts(indicator)) {
			return "OWN_SECRET";
		}
		String known = this.messages.getMessage("report.symbol." + symbol + ".sign", null, null, this.locale);
		return (known != null) ? symbol : "MISSING";
	}

	String sign(String symbol) {
		return message("report.symbol." + symbol + ".sign");
	}

	/** Records a printed figure (the first print of a key counts). */
	void figure(String key, String label, String value, String kind) {
		this.figures.putIfAbsent(key, new ReportFigure(key, label, value, kind));
	}

	String number(BigDecimal value, int decimals) {
		NumberFormat format = this.formats.computeIfAbsent(decimals, (d) -> {
			NumberFormat f = NumberFormat.getNumberInstance(this.locale);
			f.setMinimumFractionDigits(d);
			f.setMaximumFractionDigits(d);
			f.setRoundingMode(RoundingMode.HALF_UP);
			return f;
		});
		return format.format(value);
	}

	String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(this.locale)
			.format(instant.atZone(BERLIN));
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** A word of the bundles (another module's names, e.g. kinds), else the fallback. */
	String messageOr(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, this.locale);
	}

	/**
	 * Opens a table with its caption in a box that scrolls on a narrow screen (and can be
	 * reached by keyboard); {@link #closeTable} closes both.
	 */
	void openTable(String id, String caption, String cssClass) {
		this.html.append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"")
			.append(id)
			.append("-caption\"><table class=\"kern-table report-table")
			.append((cssClass == null) ? "" : " " + cssClass)
			.append("\" id=\"")
			.append(id)
			.append("\"><caption id=\"")
			.append(id)
			.append("-caption\">")
			.append(Html.text(caption))
			.append("</caption>");
	}

	void closeTable() {
		this.html.append("</table></div>");
	}

	/** A paragraph of plain text. */
	void paragraph(String cssClass, String text) {
		this.html.append("<p");
		if (cssClass != null) {
			this.html.append(" class=\"").append(cssClass).append('"');
		}
		this.html.append('>').append(Html.text(text)).append("</p>");
	}

}
