package de.teilhabe.strategy.concept;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of the concept pages: a new version as a copy of another, its title and
 * horizon, its Handlungsfelder. Only a draft changes: every write names the status
 * {@code DRAFT} in its condition and answers whether it changed anything. Every change
 * writes its audit entry ({@link ConceptAudit}) in its transaction, by the signed-in user
 * of the request.
 */
@Repository
class ConceptEditing {

	private final JdbcClient jdbc;

	private final ConceptStore concepts;

	private final ConceptAudit audit;

	ConceptEditing(JdbcClient jdbc, ConceptStore concepts, ConceptAudit audit) {
		this.jdbc = jdbc;
		this.concepts = concepts;
		this.audit = audit;
	}

	/**
	 * A new draft version as a copy of {@code source}, in one transaction: its
	 * Leitlinien, its Handlungsfelder with their indicators, the goals under them (those
	 * not merged into another) with their hand-entered values and responsible
	 * organisations, and its measures with their goals (the copies) and partners. Every
	 * copied field, goal and measure names its original in {@code copied_from}.
	 */
	@Transactional
	public UUID copy(UUID tenantId, UUID source, String title, int horizonStart, int horizonEnd, OffsetDateTime now) {
		UUID id = this.concepts.create(tenantId, title, horizonStart, horizonEnd, source, now);
		this.jdbc.sql("""
				INSERT INTO strategy_guideline (tenant_id, concept_id, position, text)
				SELECT tenant_id, ?, position, text FROM strategy_guideline WHERE tenant_id = ? AND concept_id = ?""")
			.params(id, tenantId, source)
			.update();
		this.jdbc.sql("""
				INSERT INTO strategy_field (tenant_id, id, concept_id, position, name, description, copied_from)
				SELECT tenant_id, gen_random_uuid(), ?, position, name, description, id FROM strategy_field
				WHERE tenant_id = ? AND concept_id = ?""").params(id, tenantId, source).update();
		this.jdbc.sql("""
				INSERT INTO strategy_field_indicator (tenant_id, field_id, indicator_code, position)
				SELECT i.tenant_id, f.id, i.indicator_code, i.position FROM strategy_field_indicator i
				JOIN strategy_field f ON f.tenant_id = i.tenant_id AND f.copied_from = i.field_id
				WHERE f.tenant_id = ? AND f.concept_id = ?""").params(tenantId, id).update();
		this.jdbc.sql("""
				INSERT INTO strategy_goal (tenant_id, id, field_id, title, description, indicator_code, region_key,
				  custom_measure, unit, baseline_value, baseline_year, target_value, target_year, workshop_id,
				  copied_from, status, latest_value, latest_year, created_at, updated_at)
				SELECT g.tenant_id, gen_random_uuid(), f.id, g.title, g.description, g.indicator_code, g.region_key,
				  g.custom_measure, g.unit, g.baseline_value, g.baseline_year, g.target_value, g.target_year,
				  g.workshop_id, g.id, g.status, g.latest_value, g.latest_year, ?, ?
				FROM strategy_goal g
				JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.copied_from = g.field_id
				WHERE f.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL""")
			.params(now, now, tenantId, id)
			.update();
		String copiedGoals = """
				FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				WHERE g.tenant_id = ? AND f.concept_id = ? AND g.copied_from IS NOT NULL""";
		this.jdbc.sql("""
				INSERT INTO strategy_goal_value (tenant_id, goal_id, year, value)
				SELECT v.tenant_id, g.id, v.year, v.value FROM strategy_goal_value v
				JOIN (SELECT g.id, g.copied_from %s) g ON g.copied_from = v.goal_id
				WHERE v.tenant_id = ?""".formatted(copiedGoals)).params(tenantId, id, tenantId).update();
		this.jdbc.sql("""
				INSERT INTO strategy_goal_organisation (tenant_id, goal_id, organisation_id, position)
				SELECT o.tenant_id, g.id, o.organisation_id, o.position FROM strategy_goal_organisation o
				JOIN (SELECT g.id, g.copied_from %s) g ON g.copied_from = o.goal_id
				WHERE o.tenant_id = ?""".formatted(copiedGoals)).params(tenantId, id, tenantId).update();
		this.jdbc.sql("""
				INSERT INTO strategy_measure (tenant_id, id, concept_id, title, description, lead_organisation_id,
				  start_date, end_date, budget, funding, status, copied_from, created_at, updated_at)
				SELECT tenant_id, gen_random_uuid(), ?, title, description, lead_organisation_id, start_date, end_date,
				  budget, funding, status, id, ?, ? FROM strategy_measure WHERE tenant_id = ? AND concept_id = ?""")
			.params(id, now, now, tenantId, source)
			.update();
		this.jdbc.sql("""
				INSERT INTO strategy_measure_goal (tenant_id, measure_id, goal_id)
				SELECT mg.tenant_id, m.id, g.id FROM strategy_measure_goal mg
				JOIN strategy_measure m ON m.tenant_id = mg.tenant_id AND m.copied_from = mg.measure_id
				  AND m.concept_id = ?
				JOIN (SELECT g.id, g.copied_from %s) g ON g.copied_from = mg.goal_id
				WHERE mg.tenant_id = ?""".formatted(copiedGoals)).params(id, tenantId, id, tenantId).update();
		this.jdbc.sql("""
				INSERT INTO strategy_measure_partner (tenant_id, measure_id, organisation_id, position)
				SELECT p.tenant_id, m.id, p.organisation_id, p.position FROM strategy_measure_partner p
				JOIN strategy_measure m ON m.tenant_id = p.tenant_id AND m.copied_from = p.measure_id
				WHERE m.tenant_id = ? AND m.concept_id = ?""").params(tenantId, id).update();
		this.audit.created(id, title, source);
		return id;
	}

	/**
	 * A tenant's first version: a draft with the default Handlungsfelder and their
	 * indicators.
	 */
	@Transactional
	public UUID createWithDefaultFields(UUID tenantId, String title, int horizonStart, int horizonEnd,
			OffsetDateTime now) {
		UUID id = this.concepts.create(tenantId, title, horizonStart, horizonEnd, null, now);
		for (DefaultFields.DefaultField field : DefaultFields.FIELDS) {
			this.concepts.addField(tenantId, id, field.name(), null, field.indicatorCodes(), null);
		}
		this.audit.created(id, title, null);
		return id;
	}

	/**
	 * Adopts a draft (the version adopted before is superseded); false if it is not a
	 * draft (any more).
	 */
	@Transactional
	public boolean adopt(UUID tenantId, UUID id, String body, LocalDate date, OffsetDateTime now) {
		if (!touchDraft(tenantId, id, now)) {
			return false;
		}
		List<UUID> before = this.jdbc
			.sql("SELECT id FROM strategy_concept WHERE tenant_id = ? AND status = 'ADOPTED' AND id <> ?")
			.params(tenantId, id)
			.query(UUID.class)
			.list();
		this.concepts.adopt(tenantId, id, body, date, now);
		this.audit.adopted(id, body, date.toString());
		before.forEach((superseded) -> this.audit.superseded(superseded, id));
		return true;
	}

	/** Changes the title and horizon of a draft. */
	@Transactional
	public boolean describe(UUID tenantId, UUID id, String title, int horizonStart, int horizonEnd,
			OffsetDateTime now) {
		boolean changed = this.jdbc.sql("""
				UPDATE strategy_concept SET title = ?, horizon_start = ?, horizon_end = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'""")
			.params(title, horizonStart, horizonEnd, now, tenantId, id)
			.update() == 1;
		if (changed) {
			this.audit.described(id, title, horizonStart, horizonEnd);
		}
		return changed;
	}

	/** Replaces the Leitlinien of a draft. */
	@Transactional
	public boolean replaceGuidelines(UUID tenantId, UUID id, List<String> texts, OffsetDateTime now) {
		if (!touchDraft(tenantId, id, now)) {
			return false;
		}
		this.concepts.replaceGuidelines(tenantId, id, texts);
		this.audit.guidelines(id, texts.size());
		return true;
	}

	/** Adds a Handlungsfeld at the end of a draft; answers its ID, or null. */
	@Transactional
	public UUID addField(UUID tenantId, UUID id, String name, String description, List<String> indicatorCodes,
			OffsetDateTime now) {
		if (!touchDraft(tenantId, id, now)) {
			return null;
		}
		UUID field = this.concepts.addField(tenantId, id, name, description, indicatorCodes, null);
		this.audit.fieldAdded(id, field, name, indicatorCodes);
		return field;
	}

	/** Changes a Handlungsfeld of a draft: name, description and indicators. */
	@Transactional
	public boolean changeField(UUID tenantId, UUID id, UUID fieldId, String name, String description,
			List<String> indicatorCodes, OffsetDateTime now) {
		if (!touchDraft(tenantId, id, now)) {
			return false;
		}
		int changed = this.jdbc.sql(
				"UPDATE strategy_field SET name = ?, description = ? WHERE tenant_id = ? AND concept_id = ? AND id = ?")
			.params(name, description, tenantId, id, fieldId)
			.update();
		if (changed != 1) {
			return false;
		}
		this.jdbc.sql("DELETE FROM strategy_field_indicator WHERE tenant_id = ? AND field_id = ?")
			.params(tenantId, fieldId)
			.update();
		for (int i = 0; i < indicatorCodes.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO strategy_field_indicator (tenant_id, field_id, indicator_code, position)
					VALUES (?, ?, ?, ?)""").params(tenantId, fieldId, indicatorCodes.get(i), i + 1).update();
		}
		this.audit.fieldChanged(id, fieldId, name, indicatorCodes);
		return true;
	}

	/**
	 * Removes a Handlungsfeld of a draft that has no goals (and no statements of a dialog
	 * assigned to it lose their field silently: the database sets it to none).
	 */
	@Transactional
	public boolean removeField(UUID tenantId, UUID id, UUID fieldId, OffsetDateTime now) {
		if (!touchDraft(tenantId, id, now)) {
			return false;
		}
		boolean removed = this.jdbc.sql("""
				DELETE FROM strategy_field f WHERE f.tenant_id = ? AND f.concept_id = ? AND f.id = ?
				AND NOT EXISTS (SELECT 1 FROM strategy_goal g WHERE g.tenant_id = f.tenant_id AND g.field_id = f.id)""")
			.params(tenantId, id, fieldId)
			.update() == 1;
		if (removed) {
			this.audit.fieldRemoved(id, fieldId);
		}
		return removed;
	}

	/** Whether another Handlungsfeld of the version has this name (case-insensitive). */
	public boolean fieldNameTaken(UUID tenantId, UUID id, String name, UUID except) {
		return this.jdbc.sql("""
				SELECT count(*) FROM strategy_field WHERE tenant_id = ? AND concept_id = ? AND lower(name) = lower(?)
				AND id IS DISTINCT FROM ?""").params(tenantId, id, name, except).query(Integer.class).single() > 0;
	}

	/** Locks a draft for a change (and marks it changed); false if it is not a draft. */
	private boolean touchDraft(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc
			.sql("UPDATE strategy_concept SET updated_at = ? WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'")
			.params(now, tenantId, id)
			.update() == 1;
	}

}
