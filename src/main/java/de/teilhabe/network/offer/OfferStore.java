package de.teilhabe.network.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.Sql;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.moderation.ModeratedType;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live offers (and offers as moderated entries).
 */
@Repository
public class OfferStore implements ModeratedType {

	private static final String SELECT = """
			SELECT f.*, o.name AS organisation_name FROM network_offer f
			JOIN network_organisation o ON o.tenant_id = f.tenant_id AND o.id = f.organisation_id
			""";

	private final JdbcClient jdbc;

	private final FormBinder forms;

	public OfferStore(JdbcClient jdbc, FormBinder forms) {
		this.jdbc = jdbc;
		this.forms = forms;
	}

	public Optional<Offer> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE f.tenant_id = ? AND f.id = ?")
			.params(tenantId, id)
			.query(OfferStore::offer)
			.optional();
	}

	public List<Offer> ofOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc.sql(SELECT + " WHERE f.tenant_id = ? AND f.organisation_id = ? ORDER BY lower(f.title), f.id")
			.params(tenantId, organisationId)
			.query(OfferStore::offer)
			.list();
	}

	/** All offers of the tenant (at most 5 000), by title. */
	public List<Offer> all(UUID tenantId) {
		return this.jdbc.sql(SELECT + " WHERE f.tenant_id = ? ORDER BY lower(f.title), f.id LIMIT 5000")
			.param(tenantId)
			.query(OfferStore::offer)
			.list();
	}

	/** Offers matching a filter (kind, language, Gemeinde, text), by title. */
	public Page<Offer> search(UUID tenantId, Filter filter, ApiPaging paging) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE f.tenant_id = ?");
		params.add(tenantId);
		if (!filter.q().isEmpty()) {
			where.append(" AND f.search_text LIKE ?");
			params.add(filter.likePattern());
		}
		if (!filter.kind().isEmpty()) {
			where.append(" AND f.kind = ?");
			params.add(filter.kind());
		}
		if (!filter.language().isEmpty()) {
			where.append(" AND f.languages @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.language());
		}
		if (!filter.region().isEmpty()) {
			where.append(" AND f.region_key = ?");
			params.add(filter.region());
		}
		// a separate count keeps the page query an index walk with LIMIT (a window count
		// would read every match)
		long total = count(where.toString(), params);
		params.add(paging.size());
		params.add(paging.offset());
		List<Offer> items = this.jdbc.sql(SELECT + where + " ORDER BY lower(f.title), f.id LIMIT ? OFFSET ?")
			.params(params)
			.query(OfferStore::offer)
			.list();
		return new Page<>(items, paging.page(), paging.size(), total);
	}

	private long count(String where, List<Object> params) {
		return this.jdbc.sql("SELECT count(*) FROM network_offer f" + where).params(params).query(Long.class).single();
	}

	@Override
	public EntityType type() {
		return EntityType.OFFER;
	}

	@Override
	public List<String> fields() {
		return OfferForm.FIELDS;
	}

	@Override
	public Map<String, String> labelPrefixes() {
		return Map.of("kind", "network.offerKind.");
	}

	@Override
	public CheckedValues check(UUID tenantId, Map<String, String> raw) {
		return this.forms.bind(raw, OfferForm.class).checked();
	}

	@Override
	public Optional<Map<String, String>> current(UUID tenantId, UUID id) {
		return find(tenantId, id).map(OfferForm::of);
	}

	@Override
	public Optional<UUID> organisationOf(UUID tenantId, UUID id) {
		return find(tenantId, id).map(Offer::organisationId);
	}

	@Override
	public void create(UUID tenantId, UUID id, UUID organisationId, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_offer (tenant_id, id, organisation_id, kind, title, description, languages,
				  target_groups, place, region_key, schedule, cost, registration, accessibility, search_text,
				  created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, organisationId, values.get("kind"), values.get("title"),
					Sql.text(values.get("description")), Sql.array(values.get("languages")),
					Sql.array(values.get("targetGroups")), Sql.text(values.get("place")),
					Sql.text(values.get("regionKey")), Sql.text(values.get("schedule")), Sql.text(values.get("cost")),
					Sql.text(values.get("registration")), Sql.text(values.get("accessibility")), searchText(values),
					now, now)
			.update();
	}

	@Override
	public void update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE network_offer SET kind = ?, title = ?, description = ?, languages = ?, target_groups = ?,
				  place = ?, region_key = ?, schedule = ?, cost = ?, registration = ?, accessibility = ?,
				  search_text = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("kind"), values.get("title"), Sql.text(values.get("description")),
					Sql.array(values.get("languages")), Sql.array(values.get("targetGroups")),
					Sql.text(values.get("place")), Sql.text(values.get("regionKey")), Sql.text(values.get("schedule")),
					Sql.text(values.get("cost")), Sql.text(values.get("registration")),
					Sql.text(values.get("accessibility")), searchText(values), now, tenantId, id)
			.update();
	}

	private static String searchText(Map<String, String> values) {
		return Sql.searchText(values.get("title"), values.get("place"), values.get("targetGroups"),
				values.get("description"));
	}

	static Offer offer(ResultSet rs, int row) throws SQLException {
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), OfferKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), Sql.list(rs, "languages"), Sql.list(rs, "target_groups"),
				rs.getString("place"), rs.getString("region_key"), rs.getString("schedule"), rs.getString("cost"),
				rs.getString("registration"), rs.getString("accessibility"));
	}

}
