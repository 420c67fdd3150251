package de.teilhabe.network.graph;

import java.util.List;

import de.teilhabe.network.graph.GraphLayout.Graph;
import de.teilhabe.network.graph.GraphLayout.Kind;
import de.teilhabe.network.graph.GraphLayout.Node;
import de.teilhabe.network.graph.GraphLayout.NodeSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of the network graph: three columns, organisations and fields ordered by
 * their projects, the same picture for the same input.
 */
class GraphLayoutTest {

	@Test
	void columnsAreOrderedByTheirProjectsAndTheLayoutIsDeterministic() {
		List<NodeSpec> organisations = List.of(spec("o:b", Kind.ORGANISATION, "B-Verein"),
				spec("o:a", Kind.ORGANISATION, "A-Verein"), spec("o:z", Kind.ORGANISATION, "Z-Verein"));
		List<NodeSpec> projects = List.of(spec("p:1", Kind.PROJECT, "Erstes Projekt"),
				spec("p:2", Kind.PROJECT, "Zweites Projekt"));
		List<NodeSpec> fields = List.of(spec("f:SPORTS", Kind.FIELD, "Sport"),
				spec("f:LANGUAGE", Kind.FIELD, "Sprache mit einem sehr langen Namen, der gekürzt werden muss"));
		List<String[]> edges = List.of(new String[] { "o:z", "p:1" }, new String[] { "o:a", "p:2" },
				new String[] { "o:b", "p:2" }, new String[] { "p:1", "f:LANGUAGE" },
				new String[] { "p:2", "f:SPORTS" });

		Graph graph = GraphLayout.layout(organisations, projects, fields, edges);

		assertThat(graph.nodes()).extracting(Node::key)
			.containsExactly("o:z", "o:a", "o:b", "p:1", "p:2", "f:LANGUAGE", "f:SPORTS");
		assertThat(graph.nodes()).filteredOn((node) -> node.kind() == Kind.ORGANISATION)
			.extracting(Node::x)
			.containsOnly(GraphLayout.MARGIN);
		Node first = graph.nodes().get(0);
		Node project = graph.nodes().get(3);
		assertThat(project.x()).isGreaterThan(first.x() + GraphLayout.NODE_WIDTH);
		// the shorter project column is centred against the organisations
		assertThat(project.y()).isGreaterThan(first.y());
		assertThat(graph.edges()).hasSize(5);
		assertThat(graph.edges().get(0).x1()).isEqualTo(first.x() + GraphLayout.NODE_WIDTH);
		Node longField = graph.nodes().get(5);
		assertThat(longField.label()).endsWith("…").hasSizeLessThanOrEqualTo(GraphLayout.MAX_LABEL);
		assertThat(longField.fullLabel()).endsWith("muss");
		assertThat(GraphLayout.layout(organisations, projects, fields, edges)).isEqualTo(graph);
	}

	private static NodeSpec spec(String key, Kind kind, String label) {
		return new NodeSpec(key, kind, label);
	}

}
