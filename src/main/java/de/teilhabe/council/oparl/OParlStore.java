package de.teilhabe.council.oparl;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the council's records for OParl: one page of a list (keyset pagination on the
 * primary key {@code (tenant_id, id)}, so a page costs the same wherever it lies), its
 * count, one object, and the embedded objects of a page in one statement per kind
 * ({@code = ANY(?)}). Every query filters on the tenant and on the kind's visibility
 * condition: what is not public is never read.
 */
@Repository
class OParlStore {

	private final JdbcClient jdbc;

	OParlStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code limit + 1} rows after {@code after} (the extra row tells a next page).
	 */
	List<Map<String, Object>> page(UUID tenantId, OParlKind kind, OParlFilter filter) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = select(kind, tenantId, filter, params);
		if (filter.after() != null) {
			sql.append(" AND t.id > ?");
			params.add(filter.after());
		}
		sql.append(" ORDER BY t.id LIMIT ?");
		params.add(filter.limit() + 1);
		return this.jdbc.sql(sql.toString()).params(params).query().listOfRows();
	}

	/** How many objects the list holds with these time windows. */
	long count(UUID tenantId, OParlKind kind, OParlFilter filter) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT count(*) FROM ").append(kind.table())
			.append(" t WHERE t.tenant_id = ? AND ")
			.append(kind.visible());
		params.add(tenantId);
		windows(sql, params, filter);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	Optional<Map<String, Object>> find(UUID tenantId, OParlKind kind, UUID id) {
		return this.jdbc
			.sql("SELECT " + kind.columns() + " FROM " + kind.table() + " t WHERE t.tenant_id = ? AND t.id = ? AND "
					+ kind.visible())
			.params(tenantId, id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/** The visible, not deleted objects whose {@code column} is one of the given ids. */
	List<Map<String, Object>> children(UUID tenantId, OParlKind kind, String column, Collection<UUID> parents,
			String order) {
		if (parents.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + kind.columns() + " FROM " + kind.table() + " t WHERE t.tenant_id = ? AND t." + column
					+ " = ANY(?) AND NOT t.deleted AND " + kind.visible() + " ORDER BY " + order)
			.params(tenantId, parents.toArray(UUID[]::new))
			.query()
			.listOfRows();
	}

	/** The election results of the given terms, in their order. */
	List<Map<String, Object>> electionResults(UUID tenantId, Collection<UUID> termIds) {
		if (termIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT term_id, list_name, candidate_name, votes, seats, elected FROM council_election_result
				WHERE tenant_id = ? AND term_id = ANY(?) ORDER BY term_id, position""")
			.params(tenantId, termIds.toArray(UUID[]::new))
			.query()
			.listOfRows();
	}

	/** A public, not deleted file's content with its name and media type. */
	Optional<Map<String, Object>> content(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT t.file_name, t.mime_type, t.content FROM council_file t WHERE t.tenant_id = ? AND t.id = ?"
					+ " AND NOT t.deleted AND " + OParlKind.FILE.visible())
			.params(tenantId, id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/** When the tenant's council data was first made and last changed, if it has any. */
	Optional<OffsetDateTime[]> bodyTimes(UUID tenantId) {
		return this.jdbc
			.sql("SELECT min(created_at) AS created, max(modified_at) AS modified FROM council_committee"
					+ " WHERE tenant_id = ? AND kind <> 'NETWORK'")
			.params(tenantId)
			.query((rs,
					row) -> new OffsetDateTime[] { rs.getObject("created", OffsetDateTime.class),
							rs.getObject("modified", OffsetDateTime.class) })
			.optional()
			.filter((times) -> times[0] != null);
	}

	private static StringBuilder select(OParlKind kind, UUID tenantId, OParlFilter filter, List<Object> params) {
		StringBuilder sql = new StringBuilder("SELECT ").append(kind.columns())
			.append(" FROM ")
			.append(kind.table())
			.append(" t WHERE t.tenant_id = ? AND ")
			.append(kind.visible());
		params.add(tenantId);
		windows(sql, params, filter);
		return sql;
	}

	private static void windows(StringBuilder sql, List<Object> params, OParlFilter filter) {
		window(sql, params, "t.created_at >= ?", filter.createdSince());
		window(sql, params, "t.created_at <= ?", filter.createdUntil());
		window(sql, params, "t.modified_at >= ?", filter.modifiedSince());
		window(sql, params, "t.modified_at <= ?", filter.modifiedUntil());
	}

	private static void window(StringBuilder sql, List<Object> params, String condition, OffsetDateTime bound) {
		if (bound != null) {
			sql.append(" AND ").append(condition);
			params.add(bound);
		}
	}

}
