package de.teilhabe.network.organisation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.OpeningHours;
import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.Sql;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live organisations of the network. Every query filters on the tenant.
 */
@Repository
public class OrganisationStore {

	/**
	 * How similar (trigram similarity of normalised names) counts as a possible
	 * duplicate.
	 */
	static final double DUPLICATE_SIMILARITY = 0.45;

	private final JdbcClient jdbc;

	public OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organisation> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM network_organisation WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(OrganisationStore::organisation)
			.optional();
	}

	/** All organisations of the tenant (at most 5 000), by name. */
	public List<Organisation> all(UUID tenantId) {
		return this.jdbc
			.sql("SELECT * FROM network_organisation WHERE tenant_id = ? ORDER BY lower(name), id LIMIT 5000")
			.param(tenantId)
			.query(OrganisationStore::organisation)
			.list();
	}

	/** The organisations matching a filter, by name. */
	public Page<Organisation> search(UUID tenantId, Filter filter, ApiPaging paging) {
		List<Object> params = new ArrayList<>();
		return page(where(tenantId, filter, params), params, paging);
	}

	/**
	 * The organisations whose name contains the text (case-insensitive; empty: all), by
	 * name.
	 */
	public Page<Organisation> searchByName(UUID tenantId, String text, ApiPaging paging) {
		String pattern = new Filter(text, null, null, null, null).likePattern();
		return page("WHERE o.tenant_id = ? AND lower(o.name) LIKE ?", new ArrayList<>(List.of(tenantId, pattern)),
				paging);
	}

	/**
	 * A page of the organisations matching a WHERE clause (alias {@code o}) with its
	 * parameters, by name.
	 */
	private Page<Organisation> page(String where, List<Object> params, ApiPaging paging) {
		params.add(paging.size());
		params.add(paging.offset());
		List<Object[]> rows = this.jdbc
			.sql("SELECT o.*, count(*) OVER () AS total FROM network_organisation o " + where
					+ " ORDER BY lower(o.name), o.id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> new Object[] { organisation(rs, row), rs.getLong("total") })
			.list();
		long total = rows.isEmpty() ? countOnly(where, params.subList(0, params.size() - 2)) : (long) rows.get(0)[1];
		return new Page<>(rows.stream().map((row) -> (Organisation) row[0]).toList(), paging.page(), paging.size(),
				total);
	}

	/**
	 * Removes an organisation; its contact persons, offers, events, project partnerships,
	 * trainings' attendance, opening support and committee memberships go with it (the
	 * foreign keys cascade), projects it led keep going without a lead.
	 * @return whether the tenant had it
	 */
	public boolean delete(UUID tenantId, UUID id) {
		return this.jdbc.sql("DELETE FROM network_organisation WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.update() > 0;
	}

	private long countOnly(String where, List<Object> params) {
		return this.jdbc.sql("SELECT count(*) FROM network_organisation o " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The WHERE clause (table alias {@code o}) of the tenant's organisations matching a
	 * filter; its parameters are appended to {@code params}.
	 */
	public static String where(UUID tenantId, Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder("WHERE o.tenant_id = ?");
		params.add(tenantId);
		if (!filter.q().isEmpty()) {
			where.append(" AND o.search_text LIKE ?");
			params.add(filter.likePattern());
		}
		if (!filter.kind().isEmpty()) {
			where.append(" AND o.kind = ?");
			params.add(filter.kind());
		}
		if (!filter.language().isEmpty()) {
			where.append(" AND o.languages @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.language());
		}
		if (!filter.region().isEmpty()) {
			where.append(" AND o.regions @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.region());
		}
		if (!filter.field().isEmpty()) {
			where.append(" AND o.fields_of_work @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.field());
		}
		return where.toString();
	}

	/** Id and name of every organisation of the tenant, by name (for choices). */
	public List<Map.Entry<UUID, String>> names(UUID tenantId) {
		return this.jdbc.sql("SELECT id, name FROM network_organisation WHERE tenant_id = ? ORDER BY lower(name)")
			.param(tenantId)
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/**
	 * Possible duplicates of a new organisation: a similar name (or the same normalised
	 * name) in the same place (same postcode or city, or either without a place).
	 */
	public List<Organisation> similar(UUID tenantId, String name, String postcode, String city) {
		String normalised = NameNormaliser.normalise(name);
		return this.jdbc.sql("""
				SELECT * FROM network_organisation
				WHERE tenant_id = ?
				  AND (normalised_name = ? OR similarity(normalised_name, ?) >= ?)
				  AND (CAST(? AS TEXT) IS NULL AND CAST(? AS TEXT) IS NULL
				       OR postcode IS NULL AND city IS NULL
				       OR postcode = ? OR lower(city) = lower(?))
				ORDER BY similarity(normalised_name, ?) DESC LIMIT 5""")
			.params(tenantId, normalised, normalised, DUPLICATE_SIMILARITY, postcode, city, postcode, city, normalised)
			.query(OrganisationStore::organisation)
			.list();
	}

	/**
	 * The duplicate warning among new organisations (e.g. the rows of an imported list):
	 * the pairs of positions (first smaller) whose names the warning of {@link #similar}
	 * would match in the same place.
	 */
	public List<int[]> similarAmong(List<String> names, List<String> postcodes, List<String> cities) {
		return this.jdbc.sql("""
				WITH n AS (SELECT * FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]))
				           WITH ORDINALITY AS n(name, postcode, city, i))
				SELECT a.i AS first, b.i AS second FROM n a JOIN n b ON a.i < b.i
				WHERE (a.name = b.name OR similarity(a.name, b.name) >= ?)
				  AND (a.postcode IS NULL AND a.city IS NULL OR b.postcode IS NULL AND b.city IS NULL
				       OR a.postcode = b.postcode OR lower(a.city) = lower(b.city))
				ORDER BY b.i, a.i""")
			.params(names.stream().map(NameNormaliser::normalise).toArray(String[]::new),
					postcodes.toArray(String[]::new), cities.toArray(String[]::new), DUPLICATE_SIMILARITY)
			.query((rs, row) -> new int[] { rs.getInt("first") - 1, rs.getInt("second") - 1 })
			.list();
	}

	public void insert(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_organisation (tenant_id, id, kind, name, normalised_name, street, postcode, city,
				  latitude, longitude, regions, languages, target_groups, fields_of_work, tags, website, email, phone,
				  opening_hours, weekly_hours, description, search_text, created_at, updated_at, confirmed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, values.get("kind"), values.get("name"), NameNormaliser.normalise(values.get("name")),
					Sql.text(values.get("street")), Sql.text(values.get("postcode")), Sql.text(values.get("city")),
					decimal(values.get("latitude")), decimal(values.get("longitude")), Sql.array(values.get("regions")),
					Sql.array(values.get("languages")), Sql.array(values.get("targetGroups")),
					Sql.array(values.get("fieldsOfWork")), Sql.array(values.get("tags")),
					Sql.text(values.get("website")), Sql.text(values.get("email")), Sql.text(values.get("phone")),
					Sql.text(values.get("openingHours")), weeklyHours(values), Sql.text(values.get("description")),
					searchText(values), now, now, now)
			.update();
	}

	/**
	 * Replaces the values of an organisation; approval or the office's edit also confirms
	 * it as current.
	 */
	public boolean update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE network_organisation SET kind = ?, name = ?, normalised_name = ?, street = ?, postcode = ?,
				  city = ?, latitude = ?, longitude = ?, regions = ?, languages = ?, target_groups = ?,
				  fields_of_work = ?, tags = ?, website = ?, email = ?, phone = ?, opening_hours = ?, weekly_hours = ?,
				  description = ?,
				  search_text = ?, updated_at = ?, confirmed_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("kind"), values.get("name"), NameNormaliser.normalise(values.get("name")),
					Sql.text(values.get("street")), Sql.text(values.get("postcode")), Sql.text(values.get("city")),
					decimal(values.get("latitude")), decimal(values.get("longitude")), Sql.array(values.get("regions")),
					Sql.array(values.get("languages")), Sql.array(values.get("targetGroups")),
					Sql.array(values.get("fieldsOfWork")), Sql.array(values.get("tags")),
					Sql.text(values.get("website")), Sql.text(values.get("email")), Sql.text(values.get("phone")),
					Sql.text(values.get("openingHours")), weeklyHours(values), Sql.text(values.get("description")),
					searchText(values), now, now, tenantId, id)
			.update() > 0;
	}

	/** Marks an organisation's entries as confirmed current. */
	public boolean confirm(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc
			.sql("UPDATE network_organisation SET confirmed_at = ?, confirmation_requested_at = NULL "
					+ "WHERE tenant_id = ? AND id = ?")
			.params(now, tenantId, id)
			.update() > 0;
	}

	public void confirmationRequested(UUID tenantId, UUID id, OffsetDateTime now) {
		this.jdbc.sql("UPDATE network_organisation SET confirmation_requested_at = ? WHERE tenant_id = ? AND id = ?")
			.params(now, tenantId, id)
			.update();
	}

	/** Organisations last confirmed before the cut-off, longest ago first. */
	public List<Organisation> confirmedBefore(UUID tenantId, OffsetDateTime cutoff) {
		return this.jdbc.sql("""
				SELECT * FROM network_organisation WHERE tenant_id = ? AND confirmed_at < ?
				ORDER BY confirmed_at, lower(name) LIMIT 500""")
			.params(tenantId, cutoff)
			.query(OrganisationStore::organisation)
			.list();
	}

	private static String searchText(Map<String, String> values) {
		return Sql.searchText(values.get("name"), NameNormaliser.normalise(values.get("name")), values.get("city"),
				values.get("targetGroups"), values.get("tags"), values.get("description"));
	}

	/** The weekly hours as stored (one line per day), null for none. */
	private static String weeklyHours(Map<String, String> values) {
		return Sql.text(OpeningHours.parse(values.get("weeklyHours")).text());
	}

	private static BigDecimal decimal(String value) {
		return (value == null || value.isEmpty()) ? null : new BigDecimal(value);
	}

	static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("street"), rs.getString("postcode"), rs.getString("city"),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), Sql.list(rs, "regions"),
				Sql.list(rs, "languages"), Sql.list(rs, "target_groups"), Sql.list(rs, "fields_of_work"),
				Sql.list(rs, "tags"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
				rs.getString("opening_hours"), OpeningHours.parse(rs.getString("weekly_hours")),
				rs.getString("description"), rs.getObject("confirmed_at", OffsetDateTime.class),
				rs.getObject("confirmation_requested_at", OffsetDateTime.class));
	}

}
