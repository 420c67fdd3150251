package de.teilhabe.shared.chart;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A chart of values by category (periods, regions, …) as plain inline SVG for pages and
 * PDFs: a line chart, a bar chart or a stacked bar chart, drawn on the server without
 * scripts or external resources. Each chart has a title and a description
 * ({@code <title>}, {@code <desc>}, {@code role=img}, {@code aria-labelledby}); the
 * figure adds the source line and the same values as a table next to it. Colours, markers
 * and dash patterns are presentation attributes, so a PDF draws them without the page's
 * style sheet. A missing value is a gap (no point, no bar), never 0.
 * <p>
 * Example: <pre>
 * Chart chart = Chart.line("chart-cases")
 *     .title("Fälle – Landkreis Osnabrück")
 *     .description("Liniendiagramm der Fälle 2020 bis 2024")
 *     .source("Quelle: eigene Zählung")
 *     .categories("Jahr", List.of("2020", "2021"))
 *     .series(new Chart.Series("Fälle", "cases", Map.of("2020", BigDecimal.ONE)))
 *     .locale(Locale.GERMAN)
 *     .build();
 * String html = chart.figure(); // or chart.svg() alone
 * </pre>
 */
public final class Chart {

	/** How the values are drawn. */
	public enum Kind {

		/**
		 * Lines over the categories, with markers; a second axis for a far larger line.
		 */
		LINE,
		/** Bars side by side per category, from 0 (negative values downwards). */
		BAR,
		/**
		 * One bar per category, the series stacked on it (negative values below 0); the
		 * table adds the sum.
		 */
		STACKED_BAR

	}

	/**
	 * A series: its label (legend, table header), a style name for CSS
	 * ({@code chart-series--<style>}; null: {@code s1}, {@code s2}, …) and its values per
	 * category (missing or null: no value).
	 */
	public record Series(String label, String style, Map<String, BigDecimal> values) {

	}

	static final int WIDTH = 720;

	static final int HEIGHT = 340;

	static final int LEFT = 84;

	private static final int RIGHT = 28;

	private static final int RIGHT_AXIS = 84;

	static final int TOP = 20;

	static final int BOTTOM = 84;

	/** Beyond this ratio of two lines' largest values the second gets its own axis. */
	private static final double OWN_AXIS_RATIO = 5;

	private static final String[] COLOURS = { "#0b2a63", "#a3470f", "#1d6b3a", "#6b2c91", "#5c6370" };

	private static final String[] DASHES = { null, "7 5", "2 4", "10 4 2 4", "4 2" };

	private static final String NO_VALUE = "–";

	private final Kind kind;

	private final String id;

	private final String title;

	private final String description;

	private final List<String> source;

	private final String categoryLabel;

	private final List<String> categories;

	private final List<Series> series;

	private final Function<BigDecimal, String> values;

	private final Locale locale;

	private final String emptyMessage;

	private final String rightAxisNote;

	private final String noValue;

	private final ResourceBundle words;

	private Chart(Builder builder) {
		this.kind = builder.kind;
		this.id = builder.id;
		this.title = (builder.title == null) ? "" : builder.title;
		this.description = (builder.description == null) ? "" : builder.description;
		this.source = List.copyOf(builder.source);
		this.locale = (builder.locale == null) ? Locale.GERMAN : builder.locale;
		this.words = ResourceBundle.getBundle("i18n/shared", this.locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.categoryLabel = (builder.categoryLabel == null) ? this.words.getString("chart.category")
				: builder.categoryLabel;
		this.categories = List.copyOf(builder.categories);
		this.series = List.copyOf(builder.series);
		NumberFormat plain = NumberFormat.getNumberInstance(this.locale);
		this.values = (builder.values == null) ? plain::format : builder.values;
		this.emptyMessage = (builder.emptyMessage == null) ? this.words.getString("chart.empty") : builder.emptyMessage;
		this.rightAxisNote = (builder.rightAxisNote == null) ? "" : builder.rightAxisNote;
		this.noValue = (builder.noValue == null) ? NO_VALUE : builder.noValue;
	}

	/** A line chart; {@code id} prefixes the ids of its elements (unique on the page). */
	public static Builder line(String id) {
		return new Builder(Kind.LINE, id);
	}

	/** A bar chart. */
	public static Builder bar(String id) {
		return new Builder(Kind.BAR, id);
	}

	/** A stacked bar chart. */
	public static Builder stackedBar(String id) {
		return new Builder(Kind.STACKED_BAR, id);
	}

	/** Whether there is no value to draw: the chart then says so in its place. */
	public boolean isEmpty() {
		return this.categories.isEmpty()
				|| this.series.stream().allMatch((s) -> this.categories.stream().allMatch((c) -> value(s, c) == null));
	}

	/** The chart as an SVG element. */
	public String svg() {
		StringBuilder svg = Svg.open(this.id, "chart chart--" + this.kind.name().toLowerCase(Locale.ROOT), WIDTH,
				HEIGHT, false, this.title, this.description);
		if (isEmpty()) {
			svg.append("<text class=\"chart-text chart-empty\" x=\"")
				.append(WIDTH / 2)
				.append("\" y=\"")
				.append(HEIGHT / 2)
				.append("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#1b1d27\">")
				.append(Svg.text(this.emptyMessage))
				.append("</text>");
			return Svg.close(svg);
		}
		if (this.kind == Kind.LINE) {
			lines(svg);
		}
		else {
			bars(svg);
		}
		return Svg.close(svg);
	}

	/**
	 * The values as an HTML table (caption, a column per series, the sum for a stacked
	 * bar chart) in a box that scrolls on a narrow screen; empty when there is no value.
	 */
	public String table() {
		if (isEmpty()) {
			return "";
		}
		String tableLabel = MessageFormat.format(this.words.getString("chart.table"), this.title);
		StringBuilder html = new StringBuilder(4096);
		html.append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
			.append(Svg.text(tableLabel))
			.append("\"><table class=\"kern-table data-table chart-table\" id=\"")
			.append(Svg.text(this.id))
			.append("-table\"><caption>")
			.append(Svg.text(this.title))
			.append("</caption><thead><tr><th scope=\"col\">")
			.append(Svg.text(this.categoryLabel))
			.append("</th>");
		for (Series s : this.series) {
			html.append("<th scope=\"col\" class=\"num\">").append(Svg.text(s.label())).append("</th>");
		}
		boolean sum = this.kind == Kind.STACKED_BAR;
		if (sum) {
			html.append("<th scope=\"col\" class=\"num\">")
				.append(Svg.text(this.words.getString("chart.total")))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (String category : this.categories) {
			html.append("<tr><th scope=\"row\">").append(Svg.text(category)).append("</th>");
			BigDecimal total = null;
			boolean gap = false;
			for (Series s : this.series) {
				BigDecimal value = value(s, category);
				cell(html, value);
				if (value != null) {
					total = (total == null) ? value : total.add(value);
				}
				gap |= value == null;
			}
			if (sum) {
				// a row with a value missing (kept secret) has no known total: no value
				// too, never the sum of the values shown
				cell(html, gap ? null : total);
			}
			html.append("</tr>");
		}
		return html.append("</tbody></table></div>").toString();
	}

	/**
	 * A number cell; {@code bdi} keeps „-4“ from reading „4-“ on a right-to-left page.
	 */
	private void cell(StringBuilder html, BigDecimal value) {
		html.append("<td class=\"num\"><bdi>").append(Svg.text(format(value))).append("</bdi></td>");
	}

	/** The chart with its source line, followed by its table. */
	public String figure() {
		return figureWithoutTable() + table();
	}

	/**
	 * The chart with its source line only, for a page that shows a fuller table of the
	 * same values next to it.
	 */
	public String figureWithoutTable() {
		StringBuilder html = new StringBuilder(12288);
		html.append(
				"<figure class=\"chart-figure\"><div class=\"chart-box\" dir=\"ltr\" tabindex=\"0\" role=\"region\"")
			.append(" aria-label=\"")
			.append(Svg.text(this.title))
			.append("\">")
			.append(svg())
			.append("</div>");
		if (!this.source.isEmpty()) {
			html.append("<figcaption class=\"source-line muted\">");
			for (int i = 0; i < this.source.size(); i++) {
				html.append((i > 0) ? "<br>" : "")
					.append("<span>")
					.append(Svg.text(this.source.get(i)))
					.append("</span>");
			}
			html.append("</figcaption>");
		}
		return html.append("</figure>").toString();
	}

	private String format(BigDecimal value) {
		return (value == null) ? this.noValue : this.values.apply(value);
	}

	private static BigDecimal value(Series series, String category) {
		return series.values().get(category);
	}

	private String style(int index) {
		String style = this.series.get(index).style();
		return (style == null || style.isBlank()) ? "s" + (index + 1) : style;
	}

	private static String colour(int index) {
		return COLOURS[index % COLOURS.length];
	}

	private List<Double> numbers(Series series) {
		List<Double> numbers = new ArrayList<>();
		for (String category : this.categories) {
			BigDecimal value = value(series, category);
			if (value != null) {
				numbers.add(value.doubleValue());
			}
		}
		return numbers;
	}

	private static double maxAbs(List<Double> values) {
		double max = 0;
		for (double value : values) {
			max = Math.max(max, Math.abs(value));
		}
		return max;
	}

	// ---- lines

	private void lines(StringBuilder svg) {
		boolean ownAxis = false;
		if (this.series.size() > 1) {
			double a = maxAbs(numbers(this.series.get(0)));
			double b = maxAbs(numbers(this.series.get(1)));
			ownAxis = a > 0 && b > 0 && (a / b > OWN_AXIS_RATIO || b / a > OWN_AXIS_RATIO);
		}
		List<Double> leftValues = new ArrayList<>();
		for (int s = 0; s < this.series.size(); s++) {
			if (!(ownAxis && s == 1)) {
				leftValues.addAll(numbers(this.series.get(s)));
			}
		}
		Scale left = Scale.of(leftValues, false);
		Scale right = ownAxis ? Scale.of(numbers(this.series.get(1)), false) : null;
		int plotRight = WIDTH - ((right == null) ? RIGHT : RIGHT_AXIS);
		int plotBottom = HEIGHT - BOTTOM;
		axes(svg, left, right, plotRight, plotBottom);
		int count = this.categories.size();
		categoryAxis(svg, plotRight, plotBottom, (i) -> lineX(i, count, plotRight));
		// the first series on top
		for (int s = this.series.size() - 1; s >= 0; s--) {
			Series line = this.series.get(s);
			Scale scale = (s == 1 && right != null) ? right : left;
			String style = Svg.text(style(s));
			svg.append("<g class=\"chart-series chart-series--").append(style).append("\">");
			StringBuilder path = new StringBuilder();
			StringBuilder points = new StringBuilder();
			boolean pen = false;
			for (int i = 0; i < count; i++) {
				BigDecimal value = value(line, this.categories.get(i));
				if (value == null) {
					pen = false;
					continue;
				}
				double x = lineX(i, count, plotRight);
				double y = scale.y(value.doubleValue(), TOP, plotBottom);
				path.append(pen ? " L" : (path.isEmpty() ? "M" : " M"))
					.append(Svg.num(x))
					.append(' ')
					.append(Svg.num(y));
				pen = true;
				marker(points, s, style, x, y, "chart-point",
						line.label() + ", " + this.categories.get(i) + ": " + this.values.apply(value));
			}
			if (!path.isEmpty()) {
				svg.append("<path class=\"chart-line chart-line--").append(style).append("\" d=\"").append(path);
				svg.append("\" fill=\"none\" stroke=\"").append(colour(s)).append("\" stroke-width=\"2.5\"");
				dash(svg, s);
				svg.append("/>");
			}
			svg.append(points).append("</g>");
		}
		legend(svg, right != null);
	}

	private static double lineX(int index, int count, int plotRight) {
		int inset = 24;
		if (count <= 1) {
			return (LEFT + plotRight) / 2.0;
		}
		return LEFT + inset + index * (plotRight - LEFT - 2.0 * inset) / (count - 1);
	}

	private static void dash(StringBuilder svg, int index) {
		String dash = DASHES[index % DASHES.length];
		if (dash != null) {
			svg.append(" stroke-dasharray=\"").append(dash).append('"');
		}
	}

	/**
	 * A marker of its own shape per series (circle, square, triangle, diamond), so that
	 * lines differ without colour; with a tooltip when given.
	 */
	private static void marker(StringBuilder svg, int index, String style, double x, double y, String cssClass,
			String tooltip) {
		String paint = "\" fill=\"" + colour(index) + "\" stroke=\"#fff\" stroke-width=\"1.5\"";
		String head = "<%s class=\"" + cssClass + " chart-point--" + style + "\" ";
		String element;
		switch (index % 4) {
			case 0 -> {
				element = "circle";
				svg.append(head.formatted(element)).append("cx=\"").append(Svg.num(x)).append("\" cy=\"");
				svg.append(Svg.num(y)).append("\" r=\"5").append(paint);
			}
			case 1 -> {
				element = "rect";
				svg.append(head.formatted(element)).append("x=\"").append(Svg.num(x - 4.5)).append("\" y=\"");
				svg.append(Svg.num(y - 4.5)).append("\" width=\"9\" height=\"9").append(paint);
			}
			case 2 -> {
				element = "path";
				svg.append(head.formatted(element)).append("d=\"M").append(Svg.num(x)).append(' ');
				svg.append(Svg.num(y - 6)).append(" L").append(Svg.num(x + 6)).append(' ').append(Svg.num(y + 4.5));
				svg.append(" L").append(Svg.num(x - 6)).append(' ').append(Svg.num(y + 4.5)).append(" Z").append(paint);
			}
			default -> {
				element = "path";
				svg.append(head.formatted(element)).append("d=\"M").append(Svg.num(x)).append(' ');
				svg.append(Svg.num(y - 6)).append(" L").append(Svg.num(x + 6)).append(' ').append(Svg.num(y));
				svg.append(" L").append(Svg.num(x)).append(' ').append(Svg.num(y + 6)).append(" L");
				svg.append(Svg.num(x - 6)).append(' ').append(Svg.num(y)).append(" Z").append(paint);
			}
		}
		if (tooltip == null) {
			svg.append("/>");
		}
		else {
			svg.append("><title>").append(Svg.text(tooltip)).append("</title></").append(element).append('>');
		}
	}

	// ---- bars

	private void bars(StringBuilder svg) {
		boolean stacked = this.kind == Kind.STACKED_BAR;
		List<Double> extremes = new ArrayList<>();
		if (stacked) {
			for (String category : this.categories) {
				double[] sums = sums(category, this.series.size());
				extremes.add(sums[0]);
				extremes.add(sums[1]);
			}
		}
		else {
			this.series.forEach((s) -> extremes.addAll(numbers(s)));
		}
		Scale scale = Scale.of(extremes, true);
		int plotRight = WIDTH - RIGHT;
		int plotBottom = HEIGHT - BOTTOM;
		axes(svg, scale, null, plotRight, plotBottom);
		int count = this.categories.size();
		double band = (plotRight - LEFT) / (double) count;
		categoryAxis(svg, plotRight, plotBottom, (i) -> LEFT + band * (i + 0.5));
		double zero = Svg.rounded(scale.y(0, TOP, plotBottom));
		for (int s = 0; s < this.series.size(); s++) {
			Series bars = this.series.get(s);
			String style = Svg.text(style(s));
			svg.append("<g class=\"chart-series chart-series--").append(style).append("\">");
			for (int i = 0; i < count; i++) {
				String category = this.categories.get(i);
				BigDecimal value = value(bars, category);
				if (value == null) {
					continue;
				}
				double centre = LEFT + band * (i + 0.5);
				double x;
				double width;
				double from;
				double to;
				if (stacked) {
					width = band * 0.6;
					x = centre - width / 2;
					// the stack below this series on the side of its sign
					double[] below = sums(category, s);
					from = (value.signum() >= 0) ? below[0] : below[1];
					to = from + value.doubleValue();
				}
				else {
					double group = band * 0.7;
					width = group / this.series.size();
					x = centre - group / 2 + s * width;
					from = 0;
					to = value.doubleValue();
				}
				double y1 = Svg.rounded(scale.y(from, TOP, plotBottom));
				double y2 = Svg.rounded(scale.y(to, TOP, plotBottom));
				svg.append("<rect class=\"chart-bar chart-bar--")
					.append(style)
					.append("\" x=\"")
					.append(Svg.num(x))
					.append("\" y=\"")
					.append(Svg.num(Math.min(y1, y2)))
					.append("\" width=\"")
					.append(Svg.num(width))
					.append("\" height=\"")
					.append(Svg.num(Math.abs(y1 - y2)))
					.append("\" fill=\"")
					.append(colour(s))
					.append("\" stroke=\"#fff\" stroke-width=\"1\"><title>")
					.append(Svg.text(bars.label() + ", " + category + ": " + this.values.apply(value)))
					.append("</title></rect>");
			}
			svg.append("</g>");
		}
		// the zero line over the bars
		svg.append("<line class=\"chart-zero\" x1=\"").append(LEFT).append("\" y1=\"").append(Svg.num(zero));
		svg.append("\" x2=\"").append(plotRight).append("\" y2=\"").append(Svg.num(zero));
		svg.append("\" stroke=\"#1b1d27\" stroke-width=\"1.5\"/>");
		legend(svg, false);
	}

	/**
	 * The sums of the positive and of the negative values of the first {@code upTo}
	 * series in a category.
	 */
	private double[] sums(String category, int upTo) {
		double[] sums = new double[2];
		for (int s = 0; s < upTo; s++) {
			BigDecimal value = value(this.series.get(s), category);
			if (value != null) {
				sums[(value.signum() >= 0) ? 0 : 1] += value.doubleValue();
			}
		}
		return sums;
	}

	// ---- axes and legend

	private void axes(StringBuilder svg, Scale left, Scale right, int plotRight, int plotBottom) {
		svg.append("<g class=\"chart-axis chart-axis--y\">");
		ticks(svg, left, plotBottom, LEFT - 8, "end", plotRight, true);
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT);
		svg.append("\" y2=\"").append(plotBottom).append("\" stroke=\"#4a4f63\"/>");
		if (right != null) {
			ticks(svg, right, plotBottom, plotRight + 8, "start", plotRight, false);
			svg.append("<line x1=\"").append(plotRight).append("\" y1=\"").append(TOP).append("\" x2=\"");
			svg.append(plotRight).append("\" y2=\"").append(plotBottom).append("\" stroke=\"#4a4f63\"/>");
		}
		svg.append("</g>");
	}

	private void ticks(StringBuilder svg, Scale scale, int plotBottom, int labelX, String anchor, int plotRight,
			boolean grid) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(scale.decimals());
		format.setMaximumFractionDigits(scale.decimals());
		for (int i = 0; i <= scale.steps(); i++) {
			double value = scale.low() + i * scale.step();
			double y = scale.y(value, TOP, plotBottom);
			if (grid) {
				svg.append("<line class=\"chart-grid\" x1=\"").append(LEFT).append("\" y1=\"").append(Svg.num(y));
				svg.append("\" x2=\"").append(plotRight).append("\" y2=\"").append(Svg.num(y));
				svg.append("\" stroke=\"#dcdde3\"/>");
			}
			text(svg, labelX, y + 4, anchor).append(Svg.text(format.format(value))).append("</text>");
		}
	}

	private void categoryAxis(StringBuilder svg, int plotRight, int plotBottom,
			java.util.function.IntToDoubleFunction xOf) {
		svg.append("<g class=\"chart-axis chart-axis--x\">");
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(plotBottom).append("\" x2=\"");
		svg.append(plotRight).append("\" y2=\"").append(plotBottom).append("\" stroke=\"#4a4f63\"/>");
		int count = this.categories.size();
		int every = Math.max(1, (int) Math.ceil(count / 12.0));
		for (int i = 0; i < count; i++) {
			String x = Svg.num(xOf.applyAsDouble(i));
			svg.append("<line x1=\"").append(x).append("\" y1=\"").append(plotBottom).append("\" x2=\"").append(x);
			svg.append("\" y2=\"").append(plotBottom + 5).append("\" stroke=\"#4a4f63\"/>");
			if (i % every == 0 || i == count - 1) {
				text(svg, xOf.applyAsDouble(i), plotBottom + 20, "middle").append(Svg.text(this.categories.get(i)))
					.append("</text>");
			}
		}
		svg.append("</g>");
	}

	private static StringBuilder text(StringBuilder svg, double x, double y, String anchor) {
		return svg.append("<text class=\"chart-text\" x=\"")
			.append(Svg.num(x))
			.append("\" y=\"")
			.append(Svg.num(y))
			.append("\" font-size=\"13\" fill=\"#1b1d27\" text-anchor=\"")
			.append(anchor)
			.append("\">");
	}

	private void legend(StringBuilder svg, boolean secondOnRight) {
		svg.append("<g class=\"chart-legend\">");
		int x = LEFT;
		int y = HEIGHT - 34;
		for (int s = 0; s < this.series.size(); s++) {
			Series one = this.series.get(s);
			String label = one.label()
					+ ((s == 1 && secondOnRight && !this.rightAxisNote.isEmpty()) ? " " + this.rightAxisNote : "");
			int width = 56 + Math.min(300, label.length() * 8);
			if (x > LEFT && x + width > WIDTH) {
				x = LEFT;
				y += 22;
			}
			String style = Svg.text(style(s));
			svg.append("<g class=\"chart-series chart-series--").append(style).append("\">");
			if (this.kind == Kind.LINE) {
				svg.append("<path class=\"chart-line chart-line--").append(style).append("\" d=\"M").append(x);
				svg.append(' ').append(y - 4).append(" L").append(x + 36).append(' ').append(y - 4);
				svg.append("\" fill=\"none\" stroke=\"").append(colour(s)).append("\" stroke-width=\"2.5\"");
				dash(svg, s);
				svg.append("/>");
				marker(svg, s, style, x + 18, y - 4, "chart-key", null);
			}
			else {
				svg.append("<rect class=\"chart-key chart-bar--").append(style).append("\" x=\"").append(x + 11);
				svg.append("\" y=\"").append(y - 11).append("\" width=\"14\" height=\"14\" fill=\"");
				svg.append(colour(s)).append("\"/>");
			}
			text(svg, x + 44, y, "start").append(Svg.text(label)).append("</text></g>");
			x += width;
		}
		svg.append("</g>");
	}

	/** Builds a chart; title, description and series come from the caller's bundles. */
	public static final class Builder {

		private final Kind kind;

		private final String id;

		private String title;

		private String description;

		private final List<String> source = new ArrayList<>();

		private String categoryLabel;

		private final List<String> categories = new ArrayList<>();

		private final List<Series> series = new ArrayList<>();

		private Function<BigDecimal, String> values;

		private Locale locale;

		private String emptyMessage;

		private String rightAxisNote;

		private String noValue;

		private Builder(Kind kind, String id) {
			this.kind = kind;
			this.id = id;
		}

		/** The title (also the name of the chart and of its table). */
		public Builder title(String title) {
			this.title = title;
			return this;
		}

		/** What the chart shows, in words (kind, categories, gaps). */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/** The source line below the chart, one or more lines (source, licence). */
		public Builder source(String... lines) {
			Arrays.stream(lines).filter((line) -> line != null && !line.isBlank()).forEach(this.source::add);
			return this;
		}

		/**
		 * The categories in their order, and what they are (the table's first column
		 * header, e.g. „Zeitraum“).
		 */
		public Builder categories(String label, List<String> categories) {
			this.categoryLabel = label;
			this.categories.clear();
			this.categories.addAll(categories);
			return this;
		}

		/** The series; the first one is drawn on top. */
		public Builder series(List<Series> series) {
			this.series.addAll(series);
			return this;
		}

		/** The series; the first one is drawn on top. */
		public Builder series(Series... series) {
			return series(List.of(series));
		}

		/** How a value reads in tooltips and the table, e.g. „12,3 %“. */
		public Builder values(Function<BigDecimal, String> values) {
			this.values = values;
			return this;
		}

		/** The language of the numbers on the axes and of the chart's own words. */
		public Builder locale(Locale locale) {
			this.locale = locale;
			return this;
		}

		/** What the chart says in place of the picture when there is no value. */
		public Builder emptyMessage(String emptyMessage) {
			this.emptyMessage = emptyMessage;
			return this;
		}

		/**
		 * Added to the legend label of a second line that gets its own axis on the right
		 * (line charts).
		 */
		public Builder rightAxisNote(String rightAxisNote) {
			this.rightAxisNote = rightAxisNote;
			return this;
		}

		/**
		 * How a missing value reads in the chart's table (default {@code –}; e.g.
		 * {@code x} where a count is kept secret: a gap in the picture, never 0).
		 */
		public Builder noValue(String noValue) {
			this.noValue = noValue;
			return this;
		}

		public Chart build() {
			return new Chart(this);
		}

	}

}
