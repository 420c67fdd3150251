package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * A line chart of an indicator over time as SVG, drawn on the server so that it needs no
 * JavaScript: {@code role=img} with {@code <title>} and {@code <desc>}, a y axis with
 * labelled ticks (a second one on the right when the lines differ by more than a factor
 * of 5, e.g. a Kreis's count against the Land's), the periods on the x axis. Each line
 * has its own marker shape and dash pattern besides its colour, and a legend. A period
 * without a value is a gap in its line, never a point at 0.
 */
final class TimeSeriesChart {

	static final int WIDTH = 720;

	static final int HEIGHT = 340;

	private static final int LEFT = 84;

	private static final int RIGHT = 28;

	private static final int RIGHT_AXIS = 84;

	private static final int TOP = 20;

	private static final int BOTTOM = 84;

	/**
	 * Beyond this ratio of the lines' largest values the second line gets its own axis.
	 */
	private static final double OWN_AXIS_RATIO = 5;

	/**
	 * A line: a label (legend), its modifier ({@code region}: solid line with circles,
	 * {@code land}: dashed line with squares) and its values per period (null: none).
	 */
	record Line(String label, String modifier, Map<String, BigDecimal> values) {

	}

	/**
	 * @param id a unique id prefix for the title and desc elements
	 * @param title the chart's title
	 * @param description what it shows, in words (gaps included)
	 * @param periods the periods of the x axis, oldest first
	 * @param lines one or two lines; the first is drawn last (on top)
	 * @param values how a point's value reads in its tooltip, e.g. „12,3 %“
	 * @param rightAxisNote added to the legend label of a line on the right axis
	 */
	static String render(String id, String title, String description, List<String> periods, List<Line> lines,
			Function<BigDecimal, String> values, Locale locale, String rightAxisNote) {
		Scale left = Scale.of(lines.isEmpty() ? List.of() : values(lines.get(0)));
		Scale right = null;
		if (lines.size() > 1) {
			List<Double> second = values(lines.get(1));
			double a = maxAbs(values(lines.get(0)));
			double b = maxAbs(second);
			if (a > 0 && b > 0 && (a / b > OWN_AXIS_RATIO || b / a > OWN_AXIS_RATIO)) {
				right = Scale.of(second);
			}
			else {
				List<Double> both = new ArrayList<>(values(lines.get(0)));
				both.addAll(second);
				left = Scale.of(both);
			}
		}
		int plotRight = WIDTH - ((right == null) ? RIGHT : RIGHT_AXIS);
		int plotBottom = HEIGHT - BOTTOM;
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"indicator-chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(text(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(text(description)).append("</desc>");
		// y axes with grid lines and labelled ticks
		svg.append("<g class=\"chart-axis chart-axis--y\">");
		ticks(svg, left, plotBottom, locale, LEFT - 8, "end", LEFT, plotRight, true);
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT);
		svg.append("\" y2=\"").append(plotBottom).append("\" stroke=\"currentColor\"/>");
		if (right != null) {
			ticks(svg, right, plotBottom, locale, plotRight + 8, "start", plotRight, plotRight, false);
			svg.append("<line x1=\"").append(plotRight).append("\" y1=\"").append(TOP).append("\" x2=\"");
			svg.append(plotRight).append("\" y2=\"").append(plotBottom).append("\" stroke=\"currentColor\"/>");
		}
		svg.append("</g>");
		// x axis
		svg.append("<g class=\"chart-axis chart-axis--x\">");
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(plotBottom).append("\" x2=\"");
		svg.append(plotRight).append("\" y2=\"").append(plotBottom).append("\" stroke=\"currentColor\"/>");
		int every = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
		for (int i = 0; i < periods.size(); i++) {
			double x = x(i, periods.size(), plotRight);
			svg.append("<line x1=\"").append(round(x)).append("\" y1=\"").append(plotBottom).append("\" x2=\"");
			svg.append(round(x)).append("\" y2=\"").append(plotBottom + 5).append("\" stroke=\"currentColor\"/>");
			if (i % every == 0 || i == periods.size() - 1) {
				svg.append("<text class=\"chart-text\" x=\"")
					.append(round(x))
					.append("\" y=\"")
					.append(plotBottom + 20);
				svg.append("\" text-anchor=\"middle\">").append(text(periods.get(i))).append("</text>");
			}
		}
		svg.append("</g>");
		// lines, the first one on top
		for (int l = lines.size() - 1; l >= 0; l--) {
			Line line = lines.get(l);
			Scale scale = (l == 1 && right != null) ? right : left;
			svg.append("<g class=\"chart-series chart-series--").append(line.modifier()).append("\">");
			StringBuilder path = new StringBuilder();
			boolean pen = false;
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < periods.size(); i++) {
				BigDecimal value = line.values().get(periods.get(i));
				if (value == null) {
					pen = false;
					continue;
				}
				double x = x(i, periods.size(), plotRight);
				double y = scale.y(value.doubleValue(), TOP, plotBottom);
				path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(round(x)).append(' ').append(round(y));
				pen = true;
				String tooltip = text(line.label() + ", " + periods.get(i) + ": " + values.apply(value));
				if ("land".equals(line.modifier())) {
					points.append("<rect class=\"chart-point chart-point--land\" x=\"").append(round(x - 4.5));
					points.append("\" y=\"").append(round(y - 4.5)).append("\" width=\"9\" height=\"9\"><title>");
				}
				else {
					points.append("<circle class=\"chart-point chart-point--").append(line.modifier());
					points.append("\" cx=\"").append(round(x)).append("\" cy=\"").append(round(y));
					points.append("\" r=\"5\"><title>");
				}
				points.append(tooltip)
					.append("</title>")
					.append("land".equals(line.modifier()) ? "</rect>" : "</circle>");
			}
			if (!path.isEmpty()) {
				svg.append("<path class=\"chart-line chart-line--").append(line.modifier()).append("\" d=\"");
				svg.append(path).append("\" fill=\"none\" stroke=\"currentColor\"/>");
			}
			svg.append(points).append("</g>");
		}
		// legend
		svg.append("<g class=\"chart-legend\">");
		int legendX = LEFT;
		int legendY = HEIGHT - 24;
		for (int l = 0; l < lines.size(); l++) {
			Line line = lines.get(l);
			String label = line.label() + ((l == 1 && right != null) ? " " + rightAxisNote : "");
			svg.append("<g class=\"chart-series chart-series--").append(line.modifier()).append("\">");
			svg.append("<path class=\"chart-line chart-line--").append(line.modifier()).append("\" d=\"M");
			svg.append(legendX).append(' ').append(legendY - 4).append(" L").append(legendX + 36).append(' ');
			svg.append(legendY - 4).append("\" fill=\"none\" stroke=\"currentColor\"/>");
			if ("land".equals(line.modifier())) {
				svg.append("<rect class=\"chart-key chart-point--land\" x=\"").append(legendX + 13.5);
				svg.append("\" y=\"").append(legendY - 8.5).append("\" width=\"9\" height=\"9\"/>");
			}
			else {
				svg.append("<circle class=\"chart-key chart-point--").append(line.modifier()).append("\" cx=\"");
				svg.append(legendX + 18).append("\" cy=\"").append(legendY - 4).append("\" r=\"5\"/>");
			}
			svg.append("<text class=\"chart-text\" x=\"").append(legendX + 44).append("\" y=\"").append(legendY);
			svg.append("\">").append(text(label)).append("</text></g>");
			legendX += 56 + Math.min(300, label.length() * 8);
		}
		svg.append("</g></svg>");
		return svg.toString();
	}

	private static void ticks(StringBuilder svg, Scale scale, int plotBottom, Locale locale, int labelX, String anchor,
			int gridFrom, int gridTo, boolean grid) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(scale.decimals());
		format.setMaximumFractionDigits(scale.decimals());
		for (int i = 0; i <= scale.steps(); i++) {
			double value = scale.low() + i * scale.step();
			double y = scale.y(value, TOP, plotBottom);
			if (grid) {
				svg.append("<line class=\"chart-grid\" x1=\"").append(gridFrom).append("\" y1=\"").append(round(y));
				svg.append("\" x2=\"").append(gridTo).append("\" y2=\"").append(round(y)).append("\"/>");
			}
			svg.append("<text class=\"chart-text\" x=\"").append(labelX).append("\" y=\"").append(round(y + 4));
			svg.append("\" text-anchor=\"").append(anchor).append("\">").append(text(format.format(value)));
			svg.append("</text>");
		}
	}

	private static double x(int index, int count, int plotRight) {
		int inset = 24;
		if (count <= 1) {
			return (LEFT + plotRight) / 2.0;
		}
		return LEFT + inset + index * (plotRight - LEFT - 2.0 * inset) / (count - 1);
	}

	private static List<Double> values(Line line) {
		List<Double> values = new ArrayList<>();
		for (BigDecimal value : line.values().values()) {
			if (value != null) {
				values.add(value.doubleValue());
			}
		}
		return values;
	}

	private static double maxAbs(List<Double> values) {
		double max = 0;
		for (double value : values) {
			max = Math.max(max, Math.abs(value));
		}
		return max;
	}

	private static String round(double value) {
		return (Math.abs(value - Math.rint(value)) < 0.05) ? Long.toString(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value);
	}

	private static String text(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

	/**
	 * A value axis from {@code low} to {@code low + steps × step}, with „nice“ steps (1,
	 * 2, 2.5, 5 × a power of ten); it includes 0 when the values are not far from it.
	 */
	record Scale(double low, double step, int steps, int decimals) {

		static Scale of(List<Double> values) {
			if (values.isEmpty()) {
				return new Scale(0, 1, 1, 0);
			}
			double min = Double.MAX_VALUE;
			double max = -Double.MAX_VALUE;
			for (double value : values) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			if (min > 0 && min < max * 0.5) {
				min = 0;
			}
			if (max < 0 && max > min * 0.5) {
				max = 0;
			}
			if (max - min < 1e-9) {
				double pad = (min == 0) ? 1 : Math.abs(min) * 0.1;
				min -= pad;
				max += pad;
			}
			double rough = (max - min) / 5;
			double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
			double normal = rough / magnitude;
			double factor = (normal <= 1) ? 1 : (normal <= 2) ? 2 : (normal <= 2.5) ? 2.5 : (normal <= 5) ? 5 : 10;
			double step = factor * magnitude;
			double low = Math.floor(min / step) * step;
			double high = Math.ceil(max / step) * step;
			int steps = Math.max(1, (int) Math.round((high - low) / step));
			int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)) + ((factor == 2.5) ? 1 : 0));
			return new Scale(low, step, steps, decimals);
		}

		double y(double value, int top, int bottom) {
			double high = this.low + this.steps * this.step;
			return bottom - (value - this.low) / (high - this.low) * (bottom - top);
		}

	}

}
