package de.teilhabe.shared.chart;

/**
 * A diagram of labelled boxes joined by lines (e.g. the network graph) as plain inline
 * SVG with the same accessible frame as a {@link Chart}: {@code role=img}, title and
 * description named by {@code aria-labelledby}, left to right on every page. The caller
 * places the boxes; the diagram keeps its pixel size (it scrolls in its box on a narrow
 * screen). Lines are drawn below the boxes.
 * <p>
 * Example: <pre>
 * String svg = new Diagram("graph", "network-graph", 800, 400, "Netzwerk", "Links …")
 *     .line(290, 25, 370, 25)
 *     .box(10, 10, 280, 30, "Verein", "Verein e. V.", "#dbe9f7", "graph-node--organisation")
 *     .svg();
 * </pre>
 */
public final class Diagram {

	private final StringBuilder lines = new StringBuilder("<g class=\"diagram-lines\">");

	private final StringBuilder boxes = new StringBuilder();

	private final String id;

	private final String cssClass;

	private final int width;

	private final int height;

	private final String title;

	private final String description;

	/**
	 * @param id prefixes the ids of its elements (unique on the page)
	 * @param cssClass the class of the SVG element
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @param title the title
	 * @param description what the diagram shows, in words
	 */
	public Diagram(String id, String cssClass, int width, int height, String title, String description) {
		this.id = id;
		this.cssClass = cssClass;
		this.width = width;
		this.height = height;
		this.title = title;
		this.description = description;
	}

	/** A line from one point to another. */
	public Diagram line(int x1, int y1, int x2, int y2) {
		this.lines.append("<line x1=\"")
			.append(x1)
			.append("\" y1=\"")
			.append(y1)
			.append("\" x2=\"")
			.append(x2)
			.append("\" y2=\"")
			.append(y2)
			.append("\" stroke=\"#5c6370\" stroke-width=\"1.5\"/>");
		return this;
	}

	/**
	 * A box with its label (its top-left corner at x, y); the full label is its tooltip.
	 * @param fill the box's colour
	 * @param cssClass the class of the box's group
	 */
	public Diagram box(int x, int y, int width, int height, String label, String fullLabel, String fill,
			String cssClass) {
		this.boxes.append("<g class=\"")
			.append(Svg.text(cssClass))
			.append("\"><title>")
			.append(Svg.text(fullLabel))
			.append("</title><rect rx=\"6\" x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" fill=\"")
			.append(Svg.text(fill))
			.append("\" stroke=\"#3b4150\" stroke-width=\"1\"/><text x=\"")
			.append(x + 8)
			.append("\" y=\"")
			.append(y + height / 2 + 5)
			.append("\" font-size=\"13\" fill=\"#1b1b1b\">")
			.append(Svg.text(label))
			.append("</text></g>");
		return this;
	}

	/** The diagram as an SVG element. */
	public String svg() {
		StringBuilder svg = Svg.open(this.id, this.cssClass, this.width, this.height, true, this.title,
				this.description);
		svg.append(this.lines).append("</g>").append(this.boxes);
		return Svg.close(svg);
	}

}
