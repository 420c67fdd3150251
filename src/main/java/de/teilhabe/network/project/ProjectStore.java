package de.teilhabe.network.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.Sql;
import de.teilhabe.network.project.Project.Funding;
import de.teilhabe.network.project.Project.Milestone;
import de.teilhabe.network.project.Project.Partner;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projects of the network with their partners, funding sources and milestones. Every
 * query filters on the tenant.
 */
@Repository
public class ProjectStore {

	private static final String SELECT = """
			SELECT p.*, o.name AS lead_name FROM network_project p
			LEFT JOIN network_organisation o ON o.tenant_id = p.tenant_id AND o.id = p.lead_organisation_id
			""";

	private final JdbcClient jdbc;

	public ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A project with its partners, funding sources and milestones. */
	public Optional<Project> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE p.tenant_id = ? AND p.id = ?")
			.params(tenantId, id)
			.query((rs, row) -> project(rs, partners(tenantId, id), funding(tenantId, id), milestones(tenantId, id)))
			.optional();
	}

	/**
	 * Projects matching a filter, by title (without partners, funding and milestones).
	 */
	public Page<Project> search(UUID tenantId, ProjectFilter filter, ApiPaging paging) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE p.tenant_id = ?");
		params.add(tenantId);
		if (!filter.q().isEmpty()) {
			where.append(" AND p.search_text LIKE ?");
			params.add(filter.likePattern());
		}
		if (!filter.status().isEmpty()) {
			where.append(" AND p.status = ?");
			params.add(filter.status());
		}
		if (!filter.field().isEmpty()) {
			where.append(" AND p.fields_of_work @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.field());
		}
		if (!filter.organisation().isEmpty()) {
			UUID organisation = UUID.fromString(filter.organisation());
			where.append(" AND (p.lead_organisation_id = ? OR EXISTS (SELECT 1 FROM network_project_partner pp"
					+ " WHERE pp.tenant_id = p.tenant_id AND pp.project_id = p.id AND pp.organisation_id = ?))");
			params.add(organisation);
			params.add(organisation);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM network_project p" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(paging.size());
		params.add(paging.offset());
		List<Project> items = this.jdbc.sql(SELECT + where + " ORDER BY lower(p.title), p.id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> project(rs, List.of(), List.of(), List.of()))
			.list();
		return new Page<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * The projects an organisation leads or is a partner of, newest first.
	 */
	public List<Involvement> ofOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc.sql("""
				SELECT p.*, o.name AS lead_name, pp.role AS partner_role FROM network_project p
				LEFT JOIN network_organisation o ON o.tenant_id = p.tenant_id AND o.id = p.lead_organisation_id
				LEFT JOIN network_project_partner pp ON pp.tenant_id = p.tenant_id AND pp.project_id = p.id
				  AND pp.organisation_id = ?
				WHERE p.tenant_id = ? AND (p.lead_organisation_id = ? OR pp.organisation_id IS NOT NULL)
				ORDER BY p.start_date DESC NULLS LAST, lower(p.title), p.id""")
			.params(organisationId, tenantId, organisationId)
			.query((rs, row) -> new Involvement(project(rs, List.of(), List.of(), List.of()),
					organisationId.equals(rs.getObject("lead_organisation_id", UUID.class)),
					rs.getString("partner_role")))
			.list();
	}

	/**
	 * How an organisation takes part in a project.
	 *
	 * @param project the project (without partners, funding and milestones)
	 * @param lead whether it leads the project
	 * @param role its role as partner, or null
	 */
	public record Involvement(Project project, boolean lead, String role) {
	}

	public void create(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_project (tenant_id, id, title, goal, fields_of_work, lead_organisation_id, status,
				  start_date, end_date, budget, evaluation, concept_refs, search_text, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, values.get("title"), Sql.text(values.get("goal")),
					Sql.array(values.get("fieldsOfWork")), Values.uuid(values.get("leadOrganisation")),
					values.get("status"), Values.date(values.get("startDate")), Values.date(values.get("endDate")),
					Values.decimal(values.get("budget")), Sql.text(values.get("evaluation")),
					Sql.array(values.get("conceptRefs")), searchText(values), now, now)
			.update();
		insertRows(tenantId, id, values);
	}

	public boolean update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		boolean found = this.jdbc.sql("""
				UPDATE network_project SET title = ?, goal = ?, fields_of_work = ?, lead_organisation_id = ?,
				  status = ?, start_date = ?, end_date = ?, budget = ?, evaluation = ?, concept_refs = ?,
				  search_text = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("title"), Sql.text(values.get("goal")), Sql.array(values.get("fieldsOfWork")),
					Values.uuid(values.get("leadOrganisation")), values.get("status"),
					Values.date(values.get("startDate")), Values.date(values.get("endDate")),
					Values.decimal(values.get("budget")), Sql.text(values.get("evaluation")),
					Sql.array(values.get("conceptRefs")), searchText(values), now, tenantId, id)
			.update() > 0;
		if (found) {
			for (String table : List.of("network_project_partner", "network_project_funding",
					"network_project_milestone")) {
				this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = ? AND project_id = ?")
					.params(tenantId, id)
					.update();
			}
			insertRows(tenantId, id, values);
		}
		return found;
	}

	private void insertRows(UUID tenantId, UUID id, Map<String, String> values) {
		int position = 0;
		for (int row : ProjectForm.PARTNERS.filled(values)) {
			this.jdbc
				.sql("INSERT INTO network_project_partner (tenant_id, project_id, organisation_id, role, position)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(tenantId, id, Values.uuid(values.get(ProjectForm.PARTNERS.field(row, "organisation"))),
						Sql.text(values.get(ProjectForm.PARTNERS.field(row, "role"))), position++)
				.update();
		}
		position = 0;
		for (int row : ProjectForm.FUNDING.filled(values)) {
			this.jdbc
				.sql("INSERT INTO network_project_funding (tenant_id, project_id, position, source, amount)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(tenantId, id, position++, values.get(ProjectForm.FUNDING.field(row, "source")),
						Values.decimal(values.get(ProjectForm.FUNDING.field(row, "amount"))))
				.update();
		}
		position = 0;
		for (int row : ProjectForm.MILESTONES.filled(values)) {
			this.jdbc
				.sql("INSERT INTO network_project_milestone (tenant_id, project_id, position, due_date, title, done)"
						+ " VALUES (?, ?, ?, ?, ?, ?)")
				.params(tenantId, id, position++, Values.date(values.get(ProjectForm.MILESTONES.field(row, "date"))),
						values.get(ProjectForm.MILESTONES.field(row, "title")),
						"true".equals(values.get(ProjectForm.MILESTONES.field(row, "done"))))
				.update();
		}
	}

	private List<Partner> partners(UUID tenantId, UUID projectId) {
		return this.jdbc.sql("""
				SELECT pp.organisation_id, o.name, pp.role FROM network_project_partner pp
				JOIN network_organisation o ON o.tenant_id = pp.tenant_id AND o.id = pp.organisation_id
				WHERE pp.tenant_id = ? AND pp.project_id = ? ORDER BY pp.position""")
			.params(tenantId, projectId)
			.query((rs, row) -> new Partner(rs.getObject("organisation_id", UUID.class), rs.getString("name"),
					rs.getString("role")))
			.list();
	}

	private List<Funding> funding(UUID tenantId, UUID projectId) {
		return this.jdbc
			.sql("SELECT source, amount FROM network_project_funding WHERE tenant_id = ? AND project_id = ?"
					+ " ORDER BY position")
			.params(tenantId, projectId)
			.query((rs, row) -> new Funding(rs.getString("source"), rs.getBigDecimal("amount")))
			.list();
	}

	private List<Milestone> milestones(UUID tenantId, UUID projectId) {
		return this.jdbc
			.sql("SELECT due_date, title, done FROM network_project_milestone WHERE tenant_id = ? AND project_id = ?"
					+ " ORDER BY due_date, position")
			.params(tenantId, projectId)
			.query((rs, row) -> new Milestone(rs.getObject("due_date", LocalDate.class), rs.getString("title"),
					rs.getBoolean("done")))
			.list();
	}

	private static String searchText(Map<String, String> values) {
		List<String> parts = new ArrayList<>(
				List.of(values.get("title"), values.getOrDefault("goal", ""), values.getOrDefault("conceptRefs", "")));
		ProjectForm.FUNDING.filled(values)
			.forEach((row) -> parts.add(values.get(ProjectForm.FUNDING.field(row, "source"))));
		return Sql.searchText(parts.toArray(String[]::new));
	}

	private static Project project(ResultSet rs, List<Partner> partners, List<Funding> funding,
			List<Milestone> milestones) throws SQLException {
		return new Project(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("goal"),
				Sql.list(rs, "fields_of_work"), rs.getObject("lead_organisation_id", UUID.class),
				rs.getString("lead_name"), ProjectStatus.valueOf(rs.getString("status")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getBigDecimal("budget"), rs.getString("evaluation"), Sql.list(rs, "concept_refs"), partners, funding,
				milestones);
	}

}
