package de.teilhabe.strategy.concept;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a tenant's integration concept with their Leitlinien and
 * Handlungsfelder. Every query filters on the tenant. The other parts of the module
 * (dialog, goals, measures) find the Handlungsfelder here.
 */
@Repository
public class ConceptStore {

	private static final String FIELDS = """
			SELECT f.*, coalesce((SELECT array_agg(i.indicator_code ORDER BY i.position) FROM strategy_field_indicator i
			  WHERE i.tenant_id = f.tenant_id AND i.field_id = f.id), '{}') AS indicator_codes
			FROM strategy_field f
			""";

	private final JdbcClient jdbc;

	public ConceptStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of the tenant's concept, the newest horizon first. */
	public List<Concept> all(UUID tenantId) {
		return this.jdbc
			.sql("SELECT * FROM strategy_concept WHERE tenant_id = ? ORDER BY horizon_start DESC, created_at DESC")
			.param(tenantId)
			.query(ConceptStore::concept)
			.list();
	}

	public Optional<Concept> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM strategy_concept WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(ConceptStore::concept)
			.optional();
	}

	/**
	 * The version the office works with: the adopted one, else (before anything was
	 * adopted) the newest draft; empty if the tenant has no concept yet.
	 */
	public Optional<Concept> current(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT * FROM strategy_concept WHERE tenant_id = ? AND status IN ('ADOPTED', 'DRAFT')
				ORDER BY status = 'ADOPTED' DESC, horizon_start DESC, created_at DESC LIMIT 1""")
			.param(tenantId)
			.query(ConceptStore::concept)
			.optional();
	}

	/** The Handlungsfelder of a version, in order. */
	public List<Field> fields(UUID tenantId, UUID conceptId) {
		return this.jdbc.sql(FIELDS + " WHERE f.tenant_id = ? AND f.concept_id = ? ORDER BY f.position")
			.params(tenantId, conceptId)
			.query(ConceptStore::field)
			.list();
	}

	/** One Handlungsfeld of the tenant (of any version). */
	public Optional<Field> field(UUID tenantId, UUID fieldId) {
		return this.jdbc.sql(FIELDS + " WHERE f.tenant_id = ? AND f.id = ?")
			.params(tenantId, fieldId)
			.query(ConceptStore::field)
			.optional();
	}

	/** The Leitlinien of a version, in order. */
	public List<String> guidelines(UUID tenantId, UUID conceptId) {
		return this.jdbc
			.sql("SELECT text FROM strategy_guideline WHERE tenant_id = ? AND concept_id = ? ORDER BY position")
			.params(tenantId, conceptId)
			.query(String.class)
			.list();
	}

	/** Stores a new draft version; returns its ID. */
	public UUID create(UUID tenantId, String title, int horizonStart, int horizonEnd, UUID basedOn,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_concept (tenant_id, id, title, horizon_start, horizon_end, status, based_on,
				  created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
			.params(tenantId, id, title, horizonStart, horizonEnd, basedOn, now, now)
			.update();
		return id;
	}

	/** Replaces the Leitlinien of a version. */
	@Transactional
	public void replaceGuidelines(UUID tenantId, UUID conceptId, List<String> texts) {
		this.jdbc.sql("DELETE FROM strategy_guideline WHERE tenant_id = ? AND concept_id = ?")
			.params(tenantId, conceptId)
			.update();
		for (int i = 0; i < texts.size(); i++) {
			this.jdbc.sql("INSERT INTO strategy_guideline (tenant_id, concept_id, position, text) VALUES (?, ?, ?, ?)")
				.params(tenantId, conceptId, i + 1, texts.get(i))
				.update();
		}
	}

	/**
	 * Adds a Handlungsfeld at the end of a version with the indicators that describe it;
	 * returns its ID.
	 * @param copiedFrom the field of the previous version it continues, or null
	 */
	@Transactional
	public UUID addField(UUID tenantId, UUID conceptId, String name, String description, List<String> indicatorCodes,
			UUID copiedFrom) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_field (tenant_id, id, concept_id, position, name, description, copied_from)
				SELECT ?, ?, ?, coalesce(max(position), 0) + 1, ?, ?, ? FROM strategy_field
				WHERE tenant_id = ? AND concept_id = ?""")
			.params(tenantId, id, conceptId, name, description, copiedFrom, tenantId, conceptId)
			.update();
		for (int i = 0; i < indicatorCodes.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO strategy_field_indicator (tenant_id, field_id, indicator_code, position)
					VALUES (?, ?, ?, ?)""").params(tenantId, id, indicatorCodes.get(i), i + 1).update();
		}
		return id;
	}

	/**
	 * Marks a version adopted by a body on a date; the version adopted before is
	 * superseded.
	 */
	@Transactional
	public void adopt(UUID tenantId, UUID conceptId, String body, LocalDate date, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE strategy_concept SET status = 'SUPERSEDED', updated_at = ?
				WHERE tenant_id = ? AND status = 'ADOPTED' AND id <> ?""").params(now, tenantId, conceptId).update();
		this.jdbc.sql("""
				UPDATE strategy_concept SET status = 'ADOPTED', adopted_by = ?, adopted_on = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""").params(body, date, now, tenantId, conceptId).update();
	}

	private static Concept concept(ResultSet rs, int row) throws SQLException {
		return new Concept(rs.getObject("id", UUID.class), rs.getString("title"), rs.getInt("horizon_start"),
				rs.getInt("horizon_end"), ConceptStatus.valueOf(rs.getString("status")), rs.getString("adopted_by"),
				rs.getObject("adopted_on", LocalDate.class), rs.getObject("based_on", UUID.class));
	}

	private static Field field(ResultSet rs, int row) throws SQLException {
		String[] codes = (String[]) rs.getArray("indicator_codes").getArray();
		return new Field(rs.getObject("id", UUID.class), rs.getObject("concept_id", UUID.class), rs.getInt("position"),
				rs.getString("name"), rs.getString("description"), Arrays.asList(codes));
	}

}
