package de.teilhabe.network.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Submitted partner changes. The proposed values are a JSON object of form values.
 */
@Repository
class ChangeStore {

	private static final String SELECT = """
			SELECT c.*,
			       ARRAY(SELECT key FROM jsonb_each_text(c.proposed) ORDER BY key) AS proposed_keys,
			       ARRAY(SELECT value FROM jsonb_each_text(c.proposed) ORDER BY key) AS proposed_values
			FROM network_change c
			""";

	private final JdbcClient jdbc;

	ChangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a pending change of an entry; its earlier pending change must be superseded
	 * before.
	 * @throws ConflictException if another pending change of the entry was recorded in
	 * the meantime (two submissions at the same moment: the index allows one pending
	 * change per entry)
	 */
	UUID insert(UUID tenantId, EntityType type, UUID entityId, UUID organisationId, String action,
			Map<String, String> proposed, Actor actor, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("""
						INSERT INTO network_change (tenant_id, id, entity_type, entity_id, organisation_id, action, proposed,
						  status, submitted_by, submitted_by_name, submitted_at)
						VALUES (?, ?, ?, ?, ?, ?, jsonb_object(CAST(? AS TEXT[]), CAST(? AS TEXT[])), 'PENDING', ?, ?, ?)""")
				.params(tenantId, id, type.name(), entityId, organisationId, action,
						proposed.keySet().toArray(String[]::new), proposed.values().toArray(String[]::new),
						actor.userId(), actor.displayName(), now)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("network.error.changeSubmittedMeanwhile");
		}
		return id;
	}

	/**
	 * A contact person's proposed data that never went live (rejected or superseded) is
	 * personal data without a purpose: it is emptied, not kept in the change history.
	 */
	private static final String FORGET_UNUSED_CONTACT_DATA = "CASE WHEN entity_type = 'CONTACT' THEN '{}'::jsonb ELSE proposed END";

	/** Marks the pending changes of an entry as superseded by a newer submission. */
	int supersede(UUID tenantId, UUID entityId, OffsetDateTime now) {
		return this.jdbc
			.sql("UPDATE network_change SET status = 'SUPERSEDED', decided_at = ?, proposed = "
					+ FORGET_UNUSED_CONTACT_DATA + " WHERE tenant_id = ? AND entity_id = ? AND status = 'PENDING'")
			.params(now, tenantId, entityId)
			.update();
	}

	/** Marks every pending change of an organisation's entries as superseded. */
	int supersedeOfOrganisation(UUID tenantId, UUID organisationId, OffsetDateTime now) {
		return this.jdbc.sql("UPDATE network_change SET status = 'SUPERSEDED', decided_at = ?, proposed = "
				+ FORGET_UNUSED_CONTACT_DATA + " WHERE tenant_id = ? AND organisation_id = ? AND status = 'PENDING'")
			.params(now, tenantId, organisationId)
			.update();
	}

	Optional<PendingChange> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE c.tenant_id = ? AND c.id = ?")
			.params(tenantId, id)
			.query(ChangeStore::change)
			.optional();
	}

	/** The pending change of an entry, if any. */
	Optional<PendingChange> pendingFor(UUID tenantId, UUID entityId) {
		return this.jdbc.sql(SELECT + " WHERE c.tenant_id = ? AND c.entity_id = ? AND c.status = 'PENDING'")
			.params(tenantId, entityId)
			.query(ChangeStore::change)
			.optional();
	}

	/** Every pending change of the tenant, oldest first. */
	List<PendingChange> pending(UUID tenantId) {
		return this.jdbc.sql(SELECT + " WHERE c.tenant_id = ? AND c.status = 'PENDING' ORDER BY c.submitted_at, c.id")
			.param(tenantId)
			.query(ChangeStore::change)
			.list();
	}

	/** How many changes of the tenant wait for a decision. */
	int countPending(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM network_change WHERE tenant_id = ? AND status = 'PENDING'")
			.param(tenantId)
			.query(Integer.class)
			.single();
	}

	/** The changes submitted for an organisation, newest first. */
	List<PendingChange> ofOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc
			.sql(SELECT + " WHERE c.tenant_id = ? AND c.organisation_id = ? ORDER BY c.submitted_at DESC LIMIT 50")
			.params(tenantId, organisationId)
			.query(ChangeStore::change)
			.list();
	}

	/** Decides a pending change; false if it is no longer pending. */
	boolean decide(UUID tenantId, UUID id, String status, Actor actor, OffsetDateTime now, String reason) {
		return this.jdbc
			.sql("UPDATE network_change SET status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, "
					+ "reason = ?, proposed = CASE WHEN ? = 'REJECTED' THEN " + FORGET_UNUSED_CONTACT_DATA
					+ " ELSE proposed END WHERE tenant_id = ? AND id = ? AND status = 'PENDING'")
			.params(status, actor.userId(), actor.displayName(), now, reason, status, tenantId, id)
			.update() > 0;
	}

	private static PendingChange change(ResultSet rs, int row) throws SQLException {
		String[] keys = (String[]) rs.getArray("proposed_keys").getArray();
		String[] values = (String[]) rs.getArray("proposed_values").getArray();
		Map<String, String> proposed = new LinkedHashMap<>();
		for (int i = 0; i < keys.length; i++) {
			proposed.put(keys[i], values[i]);
		}
		return new PendingChange(rs.getObject("id", UUID.class), EntityType.valueOf(rs.getString("entity_type")),
				rs.getObject("entity_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("action"), proposed, rs.getString("status"), rs.getObject("submitted_by", UUID.class),
				rs.getString("submitted_by_name"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("decided_by_name"), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("reason"));
	}

}
