package de.teilhabe.network.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.organisation.OrganisationStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the map shows: organisations with a geo position, and organisations and offers by
 * Gemeinde (kind filters organisations, language both). Every query filters on the
 * tenant.
 */
@Repository
class MapStore {

	private final JdbcClient jdbc;

	MapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An organisation on the map.
	 *
	 * @param id its id
	 * @param name its name
	 * @param kind its kind
	 * @param latitude WGS 84
	 * @param longitude WGS 84
	 * @param offers how many offers it has (matching the language filter)
	 */
	public record Marker(UUID id, String name, String kind, BigDecimal latitude, BigDecimal longitude, long offers) {
	}

	/**
	 * An organisation or offer in a Gemeinde.
	 *
	 * @param regionKey the Gemeinde (AGS)
	 * @param id the organisation's or offer's id
	 * @param name its name or title
	 */
	public record Entry(String regionKey, UUID id, String name) {
	}

	List<Marker> markers(UUID tenantId, Filter filter) {
		List<Object> params = new ArrayList<>();
		String offerLanguage = "";
		if (!filter.language().isEmpty()) {
			offerLanguage = " AND f.languages @> ARRAY[CAST(? AS TEXT)]";
			params.add(filter.language());
		}
		String where = " " + OrganisationStore.where(tenantId, filter, params);
		return this.jdbc
			.sql("""
					SELECT o.id, o.name, o.kind, o.latitude, o.longitude,
					  (SELECT count(*) FROM network_offer f
					   WHERE f.tenant_id = o.tenant_id AND f.organisation_id = o.id""" + offerLanguage + """
					) AS offers
					FROM network_organisation o""" + where
					+ " AND o.latitude IS NOT NULL ORDER BY lower(o.name), o.id LIMIT 5000")
			.params(params)
			.query((rs, row) -> new Marker(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
					rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getLong("offers")))
			.list();
	}

	/** The organisations serving each Gemeinde, by name. */
	List<Entry> organisationsByGemeinde(UUID tenantId, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = " " + OrganisationStore.where(tenantId, filter, params);
		return this.jdbc
			.sql("SELECT r.key, o.id, o.name FROM network_organisation o CROSS JOIN LATERAL unnest(o.regions) AS r(key)"
					+ where + " ORDER BY r.key, lower(o.name), o.id")
			.params(params)
			.query((rs, row) -> new Entry(rs.getString("key"), rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/** The offers in each Gemeinde (of organisations of the kind), by title. */
	List<Entry> offersByGemeinde(UUID tenantId, Filter filter) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE f.tenant_id = ? AND f.region_key IS NOT NULL");
		params.add(tenantId);
		if (!filter.kind().isEmpty()) {
			where.append(" AND o.kind = ?");
			params.add(filter.kind());
		}
		if (!filter.language().isEmpty()) {
			where.append(" AND f.languages @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.language());
		}
		return this.jdbc
			.sql("""
					SELECT f.region_key, f.id, f.title FROM network_offer f
					JOIN network_organisation o ON o.tenant_id = f.tenant_id AND o.id = f.organisation_id""" + where
					+ " ORDER BY f.region_key, lower(f.title), f.id")
			.params(params)
			.query((rs, row) -> new Entry(rs.getString("region_key"), rs.getObject("id", UUID.class),
					rs.getString("title")))
			.list();
	}

	/** How many organisations (matching the filter) serve no Gemeinde. */
	long withoutGemeinde(UUID tenantId, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = " " + OrganisationStore.where(tenantId, filter, params);
		return this.jdbc.sql("SELECT count(*) FROM network_organisation o" + where + " AND o.regions = '{}'")
			.params(params)
			.query(Long.class)
			.single();
	}

}
