package de.teilhabe.network.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.network.form.Sql;
import de.teilhabe.network.graph.GraphLayout.Graph;
import de.teilhabe.network.graph.GraphLayout.Kind;
import de.teilhabe.network.graph.GraphLayout.Node;
import de.teilhabe.network.graph.GraphLayout.NodeSpec;
import de.teilhabe.network.organisation.FieldOfWork;
import de.teilhabe.network.organisation.OrganisationKind;
import de.teilhabe.network.project.ProjectFilter;
import de.teilhabe.shared.chart.Diagram;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network view: organisations, projects and fields of work as a graph, drawn on the
 * server as SVG with the shared {@link Diagram} (no JavaScript), with the same relations
 * as a list next to it; filters by field of work and kind of organisation.
 */
@Controller
class GraphController {

	private static final String OFFICE = "office";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	GraphController(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@GetMapping("/network/graph")
	String graph(@RequestParam(required = false) String field, @RequestParam(required = false) String kind,
			Model model) {
		// the project filter checks the field of work
		String fieldFilter = new ProjectFilter(null, null, field, null).field();
		String kindFilter = (kind != null) ? kind.strip() : "";
		if (!kindFilter.isEmpty()
				&& java.util.Arrays.stream(OrganisationKind.values()).noneMatch((k) -> k.name().equals(kindFilter))) {
			throw new BadRequestException("network.error.filter.kind");
		}
		List<Relation> relations = relations(CurrentActor.get().tenantId(), fieldFilter, kindFilter);

		Map<String, NodeSpec> organisations = new LinkedHashMap<>();
		Map<String, NodeSpec> fields = new LinkedHashMap<>();
		List<NodeSpec> projects = new ArrayList<>();
		List<String[]> edges = new ArrayList<>();
		for (Relation relation : relations) {
			String projectKey = "p:" + relation.id();
			projects.add(new NodeSpec(projectKey, Kind.PROJECT, relation.title()));
			for (Member member : relation.members()) {
				String key = (member.id() != null) ? "o:" + member.id() : OFFICE;
				organisations.putIfAbsent(key, new NodeSpec(key, Kind.ORGANISATION, member.name()));
				edges.add(new String[] { key, projectKey });
			}
			for (String fieldOfWork : relation.fields()) {
				String key = "f:" + fieldOfWork;
				fields.putIfAbsent(key, new NodeSpec(key, Kind.FIELD, message("network.fieldOfWork." + fieldOfWork)));
				edges.add(new String[] { projectKey, key });
			}
		}
		model.addAttribute("graph", draw(GraphLayout.layout(List.copyOf(organisations.values()), projects,
				List.copyOf(fields.values()), edges)));
		model.addAttribute("relations", relations);
		model.addAttribute("field", fieldFilter);
		model.addAttribute("kind", kindFilter);
		model.addAttribute("fieldsOfWork", FieldOfWork.values());
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("counts", List.of(organisations.size(), projects.size(), fields.size()));
		return "network/graph";
	}

	/**
	 * The projects (by title) with their lead and partner organisations and fields; with
	 * a field filter only projects of that field, with a kind filter only organisations
	 * of that kind (and only projects that have one).
	 */
	private List<Relation> relations(UUID tenantId, String field, String kind) {
		Map<UUID, Relation> relations = new LinkedHashMap<>();
		String office = message("network.project.office");
		this.jdbc.sql("""
				SELECT p.id, p.title, p.fields_of_work, x.organisation_id, o.name, o.kind, x.lead, x.role
				FROM network_project p
				LEFT JOIN (
				  SELECT tenant_id, id AS project_id, lead_organisation_id AS organisation_id, TRUE AS lead,
				    CAST(NULL AS TEXT) AS role, -1 AS position
				  FROM network_project WHERE tenant_id = ?
				  UNION ALL
				  SELECT tenant_id, project_id, organisation_id, FALSE, role, position
				  FROM network_project_partner WHERE tenant_id = ?
				) x ON x.tenant_id = p.tenant_id AND x.project_id = p.id
				LEFT JOIN network_organisation o ON o.tenant_id = x.tenant_id AND o.id = x.organisation_id
				WHERE p.tenant_id = ? AND (CAST(? AS TEXT) = '' OR p.fields_of_work @> ARRAY[CAST(? AS TEXT)])
				ORDER BY lower(p.title), p.id, x.position""")
			.params(tenantId, tenantId, tenantId, field, field)
			.query((rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				String title = rs.getString("title");
				List<String> fields = Sql.list(rs, "fields_of_work");
				Relation relation = relations.computeIfAbsent(id,
						(key) -> new Relation(id, title, new ArrayList<>(), new LinkedHashSet<>(fields)));
				UUID organisation = rs.getObject("organisation_id", UUID.class);
				boolean lead = rs.getBoolean("lead");
				if (organisation == null && lead && kind.isEmpty()) {
					relation.members().add(new Member(null, office, true, null));
				}
				else if (organisation != null && (kind.isEmpty() || kind.equals(rs.getString("kind")))) {
					relation.members().add(new Member(organisation, rs.getString("name"), lead, rs.getString("role")));
				}
			});
		return relations.values()
			.stream()
			.filter((relation) -> kind.isEmpty() || !relation.members().isEmpty())
			.toList();
	}

	/** The placed graph as SVG (shared diagram drawing), one colour per column. */
	private String draw(Graph graph) {
		Diagram diagram = new Diagram("graph", "network-graph", graph.width(), graph.height(),
				message("network.graph.picture"), message("network.graph.desc"));
		graph.edges().forEach((edge) -> diagram.line(edge.x1(), edge.y1(), edge.x2(), edge.y2()));
		for (Node node : graph.nodes()) {
			String fill = switch (node.kind()) {
				case ORGANISATION -> "#dbe9f7";
				case PROJECT -> "#fde7c2";
				case FIELD -> "#dcf1e2";
			};
			diagram.box(node.x(), node.y(), node.width(), node.height(), node.label(), node.fullLabel(), fill,
					"graph-node graph-node--" + node.kind().name().toLowerCase(Locale.ROOT));
		}
		return diagram.svg();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * A project and what it connects.
	 *
	 * @param id the project
	 * @param title its title
	 * @param members its lead (first) and partner organisations
	 * @param fields its fields of work
	 */
	record Relation(UUID id, String title, List<Member> members, Set<String> fields) {
	}

	/**
	 * An organisation in a project.
	 *
	 * @param id the organisation (null: the office itself)
	 * @param name its name
	 * @param lead whether it leads the project
	 * @param role its role as partner, or null
	 */
	record Member(UUID id, String name, boolean lead, String role) {
	}

}
