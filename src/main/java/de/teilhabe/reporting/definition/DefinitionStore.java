package de.teilhabe.reporting.definition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report definitions of a tenant (table {@code reporting_definition}). Every query
 * filters on the tenant; the tenant's default definition is created on first use
 * ({@link DefaultDefinition}) and always listed first.
 */
@Repository
public class DefinitionStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Chapter>> CHAPTERS = new TypeReference<>() {
	};

	private static final String ORDER = " ORDER BY standard DESC, reporting_year DESC, lower(title), id";

	private final JdbcClient jdbc;

	private final DefaultDefinition defaults;

	DefinitionStore(JdbcClient jdbc, DefaultDefinition defaults) {
		this.jdbc = jdbc;
		this.defaults = defaults;
	}

	/** One definition of the tenant. */
	public Optional<ReportDefinition> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM reporting_definition WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(DefinitionStore::definition)
			.optional();
	}

	/** A page of the tenant's definitions, the default first, then by year and title. */
	public ApiPage<ReportDefinition> page(UUID tenantId, ApiPaging paging) {
		ensureDefault(tenantId);
		long total = this.jdbc.sql("SELECT count(*) FROM reporting_definition WHERE tenant_id = ?")
			.params(tenantId)
			.query(Long.class)
			.single();
		List<ReportDefinition> definitions = this.jdbc
			.sql("SELECT * FROM reporting_definition WHERE tenant_id = ?" + ORDER + " LIMIT ? OFFSET ?")
			.params(tenantId, paging.size(), paging.offset())
			.query(DefinitionStore::definition)
			.list();
		return ApiPage.of(definitions, paging, total);
	}

	/** Every definition of the tenant, the default first. */
	public List<ReportDefinition> all(UUID tenantId) {
		ensureDefault(tenantId);
		return this.jdbc.sql("SELECT * FROM reporting_definition WHERE tenant_id = ?" + ORDER)
			.params(tenantId)
			.query(DefinitionStore::definition)
			.list();
	}

	/**
	 * Creates the tenant's default definition unless it has one (at most one per tenant:
	 * a concurrent creation is ignored by the unique index).
	 */
	public void ensureDefault(UUID tenantId) {
		boolean exists = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM reporting_definition WHERE tenant_id = ? AND standard)")
			.params(tenantId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			this.defaults.of(tenantId).ifPresent((definition) -> insert(definition, OffsetDateTime.now(), true));
		}
	}

	/** Stores a new definition (not the default); returns its id. */
	public UUID create(UUID tenantId, ReportDefinition definition, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		insert(new ReportDefinition(id, tenantId, definition.title(), definition.reportingYear(),
				definition.regionKeys(), definition.chapters(), false), now, false);
		return id;
	}

	/** Changes a definition's title, year, regions and chapters; false if unknown. */
	public boolean update(UUID tenantId, UUID id, ReportDefinition definition, OffsetDateTime now) {
		return this.jdbc
			.sql("""
					UPDATE reporting_definition SET title = ?, reporting_year = ?, region_keys = ?, chapters = CAST(? AS jsonb),
					  updated_at = ? WHERE tenant_id = ? AND id = ?""")
			.params(definition.title(), definition.reportingYear(), definition.regionKeys().toArray(String[]::new),
					json(definition.chapters()), now, tenantId, id)
			.update() > 0;
	}

	private void insert(ReportDefinition definition, OffsetDateTime now, boolean standard) {
		this.jdbc.sql("""
				INSERT INTO reporting_definition (tenant_id, id, title, reporting_year, region_keys, chapters, standard,
				  created_at, updated_at) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(definition.tenantId(), definition.id(), definition.title(), definition.reportingYear(),
					definition.regionKeys().toArray(String[]::new), json(definition.chapters()), standard, now, now)
			.update();
	}

	/** The chapters as the JSON stored. */
	private static String json(List<Chapter> chapters) {
		return JSON.writeValueAsString(chapters);
	}

	/** Chapters from their stored JSON. */
	private static List<Chapter> chapters(String json) {
		return JSON.readValue(json, CHAPTERS);
	}

	private static ReportDefinition definition(ResultSet rs, int row) throws SQLException {
		Array regions = rs.getArray("region_keys");
		return new ReportDefinition(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("title"), rs.getInt("reporting_year"), Arrays.asList((String[]) regions.getArray()),
				chapters(rs.getString("chapters")), rs.getBoolean("standard"));
	}

}
