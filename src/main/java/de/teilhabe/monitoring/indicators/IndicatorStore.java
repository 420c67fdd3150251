package de.teilhabe.monitoring.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.Polarity;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored indicator definitions: the shipped catalogue ({@code tenant_id} NULL) and
 * tenants' own.
 */
@Repository
class IndicatorStore {

	private static final String COLUMNS = "id, tenant_id, code, title_de, title_en, theme_code, theme_title, "
			+ "definition, unit, precision, polarity, source, attribution, licence, computation::text AS computation, "
			+ "description, default_dimensions::text AS default_dimensions";

	private final JdbcClient jdbc;

	IndicatorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored definition with its row id and owner (null: shipped). */
	record StoredIndicator(long id, UUID tenantId, IndicatorDefinition definition) {

		Set<String> seriesCodes() {
			return IndicatorEngine.seriesCodes(this.definition.computation());
		}

	}

	/** Shipped and the tenant's own, by theme and code. */
	List<StoredIndicator> visible(UUID tenantId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE tenant_id IS NULL OR tenant_id = ? "
					+ "ORDER BY theme_code, tenant_id NULLS FIRST, code")
			.param(tenantId)
			.query(IndicatorStore::map)
			.list();
	}

	/** One visible definition by code, the tenant's own first. */
	Optional<StoredIndicator> find(UUID tenantId, String code) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE code = ? AND (tenant_id IS NULL "
					+ "OR tenant_id = ?) ORDER BY tenant_id NULLS LAST LIMIT 1")
			.params(code, tenantId)
			.query(IndicatorStore::map)
			.optional();
	}

	/** Every definition (all tenants) reading one of the series codes. */
	List<StoredIndicator> readingAny(Set<String> seriesCodes) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE series_codes && CAST(? AS text[]) ORDER BY id")
			.param(seriesCodes.toArray(String[]::new))
			.query(IndicatorStore::map)
			.list();
	}

	/** The shipped definitions. */
	List<StoredIndicator> shipped() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE tenant_id IS NULL ORDER BY id")
			.query(IndicatorStore::map)
			.list();
	}

	/**
	 * Inserts or updates a definition (by owner and code).
	 * @return its id and whether anything changed
	 */
	Saved save(UUID tenantId, IndicatorDefinition d, String createdBy, OffsetDateTime now) {
		String computation = IndicatorEngine.JSON.writeValueAsString(d.computation());
		String defaults = IndicatorEngine.JSON.writeValueAsString(d.defaultDimensions());
		String[] codes = IndicatorEngine.seriesCodes(d.computation()).toArray(String[]::new);
		Optional<StoredIndicator> existing = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE code = ? AND "
					+ ((tenantId == null) ? "tenant_id IS NULL" : "tenant_id = ?"))
			.params((tenantId == null) ? new Object[] { d.code() } : new Object[] { d.code(), tenantId })
			.query(IndicatorStore::map)
			.optional();
		if (existing.isPresent()) {
			long id = existing.get().id();
			if (existing.get().definition().equals(d)) {
				return new Saved(id, false);
			}
			this.jdbc.sql("""
					UPDATE indicator_definition SET title_de = ?, title_en = ?, theme_code = ?, theme_title = ?,
					    definition = ?, unit = ?, precision = ?, polarity = ?, source = ?, attribution = ?,
					    licence = ?, kind = ?, computation = CAST(? AS jsonb), description = ?,
					    default_dimensions = CAST(? AS jsonb), series_codes = ?, updated_at = ?
					WHERE id = ?""")
				.params(d.titleDe(), d.titleEn(), d.theme().code(), d.theme().title(), d.definition(), d.unit(),
						d.precision(), d.polarity().name(), d.source(), d.attribution(), d.licence(), d.kind().name(),
						computation, d.description(), defaults, codes, now, id)
				.update();
			return new Saved(id, true);
		}
		long id = this.jdbc.sql("""
				INSERT INTO indicator_definition (tenant_id, code, title_de, title_en, theme_code, theme_title,
				    definition, unit, precision, polarity, source, attribution, licence, kind, computation,
				    description, default_dimensions, series_codes, created_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?, ?)
				RETURNING id""")
			.params(tenantId, d.code(), d.titleDe(), d.titleEn(), d.theme().code(), d.theme().title(), d.definition(),
					d.unit(), d.precision(), d.polarity().name(), d.source(), d.attribution(), d.licence(),
					d.kind().name(), computation, d.description(), defaults, codes, createdBy, now)
			.query(Long.class)
			.single();
		return new Saved(id, true);
	}

	record Saved(long id, boolean changed) {

	}

	/** Deletes a tenant's own definition (its values go with it). */
	void delete(UUID tenantId, long id) {
		this.jdbc.sql("DELETE FROM indicator_definition WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
	}

	/** Deletes shipped definitions whose code is no longer shipped. */
	int deleteShippedExcept(Set<String> codes) {
		return this.jdbc.sql("DELETE FROM indicator_definition WHERE tenant_id IS NULL AND NOT (code = ANY(?))")
			.param(codes.toArray(String[]::new))
			.update();
	}

	/** Tenants that own a series with one of the codes. */
	List<UUID> tenantsWithOwnSeries(Set<String> codes) {
		return this.jdbc
			.sql("SELECT DISTINCT tenant_id FROM statistics_series WHERE tenant_id IS NOT NULL AND code = ANY(?)")
			.param(codes.toArray(String[]::new))
			.query(UUID.class)
			.list();
	}

	/** The tenants owning a series of each of the codes (codes without any left out). */
	Map<String, Set<UUID>> tenantsWithOwnSeriesByCode(Set<String> codes) {
		Map<String, Set<UUID>> owners = new HashMap<>();
		this.jdbc.sql("SELECT code, tenant_id FROM statistics_series WHERE tenant_id IS NOT NULL AND code = ANY(?)")
			.param(codes.toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
			.list()
			.forEach((owner) -> owners.computeIfAbsent(owner.getKey(), (code) -> new LinkedHashSet<>())
				.add(owner.getValue()));
		return owners;
	}

	/** Whether the tenant owns a series with one of the codes. */
	boolean ownsSeries(UUID tenantId, Set<String> codes) {
		return this.jdbc.sql("SELECT count(*) FROM statistics_series WHERE tenant_id = ? AND code = ANY(?)")
			.params(tenantId, codes.toArray(String[]::new))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * About how many observations the series of each code have (the most an import gave,
	 * over all tenants): what a statement reading them costs, to start the largest first.
	 */
	Map<String, Long> observationsByCode(Set<String> codes) {
		Map<String, Long> observations = new HashMap<>();
		this.jdbc
			.sql("SELECT s.code, max(i.observations) FROM statistics_import_series i "
					+ "JOIN statistics_series s ON s.id = i.series_id WHERE s.code = ANY(?) GROUP BY s.code")
			.param(codes.toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> observations.put(entry.getKey(), entry.getValue()));
		return observations;
	}

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private static StoredIndicator map(ResultSet rs, int row) throws SQLException {
		UUID tenantId = rs.getObject("tenant_id", UUID.class);
		IndicatorComputation computation = IndicatorEngine.JSON.readValue(rs.getString("computation"),
				IndicatorComputation.class);
		Map<String, String> defaults = IndicatorEngine.JSON.readValue(rs.getString("default_dimensions"), STRING_MAP);
		IndicatorDefinition definition = new IndicatorDefinition(rs.getString("code"), rs.getString("title_de"),
				rs.getString("title_en"), new IndicatorTheme(rs.getString("theme_code"), rs.getString("theme_title")),
				rs.getString("definition"), rs.getString("unit"), rs.getInt("precision"),
				Polarity.valueOf(rs.getString("polarity")), rs.getString("source"), rs.getString("attribution"),
				rs.getString("licence"), computation, rs.getString("description"), defaults, tenantId == null);
		return new StoredIndicator(rs.getLong("id"), tenantId, definition);
	}

}
