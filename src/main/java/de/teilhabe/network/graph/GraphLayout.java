package de.teilhabe.network.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the network graph in three columns (organisations, projects, fields of work):
 * projects by title, organisations and fields by the mean position of their projects (one
 * barycentre sweep, which keeps edges short and crossings few), ties by label. The same
 * input always gives the same picture.
 */
final class GraphLayout {

	static final int NODE_WIDTH = 280;

	static final int NODE_HEIGHT = 30;

	static final int GAP = 14;

	static final int MARGIN = 10;

	static final int COLUMN_GAP = 80;

	/**
	 * Labels longer than this are shortened in the picture (the full one is its title).
	 */
	static final int MAX_LABEL = 36;

	private GraphLayout() {
	}

	/**
	 * Places the nodes.
	 * @param organisations organisation nodes
	 * @param projects project nodes, in title order
	 * @param fields field nodes
	 * @param edges pairs of node keys (organisation–project, project–field)
	 */
	static Graph layout(List<NodeSpec> organisations, List<NodeSpec> projects, List<NodeSpec> fields,
			List<String[]> edges) {
		Map<String, Integer> projectIndex = new LinkedHashMap<>();
		for (int i = 0; i < projects.size(); i++) {
			projectIndex.put(projects.get(i).key(), i);
		}
		List<NodeSpec> orderedOrganisations = byBarycentre(organisations, edges, projectIndex);
		List<NodeSpec> orderedFields = byBarycentre(fields, edges, projectIndex);
		int rows = Math.max(1, Math.max(projects.size(), Math.max(orderedOrganisations.size(), orderedFields.size())));
		int height = 2 * MARGIN + rows * NODE_HEIGHT + (rows - 1) * GAP;
		Map<String, Node> nodes = new LinkedHashMap<>();
		place(nodes, orderedOrganisations, 0, rows);
		place(nodes, projects, 1, rows);
		place(nodes, orderedFields, 2, rows);
		List<Edge> placed = new ArrayList<>();
		for (String[] edge : edges) {
			Node from = nodes.get(edge[0]);
			Node to = nodes.get(edge[1]);
			if (from != null && to != null) {
				placed
					.add(new Edge(from.x() + NODE_WIDTH, from.y() + NODE_HEIGHT / 2, to.x(), to.y() + NODE_HEIGHT / 2));
			}
		}
		int width = 2 * MARGIN + 3 * NODE_WIDTH + 2 * COLUMN_GAP;
		return new Graph(List.copyOf(nodes.values()), placed, width, height);
	}

	private static List<NodeSpec> byBarycentre(List<NodeSpec> nodes, List<String[]> edges,
			Map<String, Integer> projectIndex) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (String[] edge : edges) {
			for (int side = 0; side < 2; side++) {
				Integer index = projectIndex.get(edge[1 - side]);
				if (index != null) {
					double[] sum = sums.computeIfAbsent(edge[side], (key) -> new double[2]);
					sum[0] += index;
					sum[1]++;
				}
			}
		}
		Comparator<NodeSpec> order = Comparator.comparingDouble((NodeSpec node) -> {
			double[] sum = sums.get(node.key());
			return (sum == null) ? Double.MAX_VALUE : sum[0] / sum[1];
		}).thenComparing(NodeSpec::label).thenComparing(NodeSpec::key);
		return nodes.stream().sorted(order).toList();
	}

	private static void place(Map<String, Node> nodes, List<NodeSpec> column, int columnIndex, int rows) {
		int x = MARGIN + columnIndex * (NODE_WIDTH + COLUMN_GAP);
		// centre a shorter column against the longest one
		int offset = (rows - column.size()) * (NODE_HEIGHT + GAP) / 2;
		for (int i = 0; i < column.size(); i++) {
			NodeSpec spec = column.get(i);
			int y = MARGIN + offset + i * (NODE_HEIGHT + GAP);
			nodes.put(spec.key(), new Node(spec.key(), spec.kind(), shorten(spec.label()), spec.label(), x, y));
		}
	}

	static String shorten(String label) {
		return (label.length() <= MAX_LABEL) ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
	}

	/** Kinds of nodes: the columns. */
	enum Kind {

		ORGANISATION, PROJECT, FIELD

	}

	/**
	 * A node to place.
	 *
	 * @param key unique key (e.g. {@code o:<id>})
	 * @param kind its column
	 * @param label its full label
	 */
	record NodeSpec(String key, Kind kind, String label) {
	}

	/**
	 * A placed node (top-left corner).
	 *
	 * @param key its key
	 * @param kind its column
	 * @param label the label shown (shortened)
	 * @param fullLabel the full label
	 * @param x left
	 * @param y top
	 */
	record Node(String key, Kind kind, String label, String fullLabel, int x, int y) {

		public int width() {
			return NODE_WIDTH;
		}

		public int height() {
			return NODE_HEIGHT;
		}

	}

	/**
	 * A placed edge.
	 *
	 * @param x1 start x
	 * @param y1 start y
	 * @param x2 end x
	 * @param y2 end y
	 */
	record Edge(int x1, int y1, int x2, int y2) {
	}

	/**
	 * The placed graph.
	 *
	 * @param nodes the nodes
	 * @param edges the edges
	 * @param width the picture's width
	 * @param height the picture's height
	 */
	record Graph(List<Node> nodes, List<Edge> edges, int width, int height) {
	}

}
