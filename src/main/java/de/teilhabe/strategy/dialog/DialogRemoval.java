package de.teilhabe.strategy.dialog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.strategy.dialog.Records.JoinTarget;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a workshop or a whole dialog (STRATEGY), in one transaction: the workshops go
 * with their statements, named participants and statement counts (the database's
 * cascades); their join codes are kept as retired ({@code strategy_retired_join_code}),
 * so that {@code /w/{code}} answers 410 and no new workshop draws them again. Goals keep
 * working: a goal that answered a deleted statement loses only that link
 * ({@code strategy_goal_statement} cascades), a goal formulated in a deleted workshop
 * only its origin ({@code workshop_id} set to none). The consent records of named
 * participants stay with the privacy module (the proof that consent was given). Audited
 * as {@code strategy.workshop.deleted} and {@code strategy.dialog.deleted}.
 */
@Repository
class DialogRemoval {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	DialogRemoval(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * What deleting takes with it, shown before the office confirms.
	 *
	 * @param workshops how many workshops
	 * @param statements how many statements of their small groups
	 * @param participants how many named participants
	 * @param captureOpen whether capture is open in one of them (its join code dies)
	 * @param answeringGoals the titles of the goals that answer one of the statements
	 * (they lose that link)
	 * @param formulatedGoals the titles of the goals formulated in one of the workshops
	 * (they lose that origin)
	 */
	record Consequences(int workshops, int statements, int participants, boolean captureOpen,
			List<String> answeringGoals, List<String> formulatedGoals) {

	}

	Consequences ofWorkshop(UUID tenantId, UUID workshopId) {
		return consequences(tenantId, "w.id = ?", workshopId);
	}

	Consequences ofDialog(UUID tenantId, UUID dialogId) {
		return consequences(tenantId, "w.dialog_id = ?", dialogId);
	}

	private Consequences consequences(UUID tenantId, String which, UUID id) {
		String workshops = "SELECT w.id FROM strategy_workshop w WHERE w.tenant_id = ? AND " + which;
		Object[] counts = this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM strategy_workshop w WHERE w.tenant_id = ? AND %1$s),
					  (SELECT count(*) FROM strategy_statement s WHERE s.tenant_id = ? AND s.workshop_id IN (%2$s)),
					  (SELECT count(*) FROM strategy_workshop_participant p WHERE p.tenant_id = ? AND p.workshop_id IN (%2$s)),
					  EXISTS (SELECT 1 FROM strategy_workshop w WHERE w.tenant_id = ? AND %1$s
					    AND w.capture_opened_at IS NOT NULL AND w.capture_closed_at IS NULL)"""
				.formatted(which, workshops))
			.params(tenantId, id, tenantId, tenantId, id, tenantId, tenantId, id, tenantId, id)
			.query((rs, row) -> new Object[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4) })
			.single();
		List<String> answering = this.jdbc.sql("""
				SELECT DISTINCT g.title FROM strategy_goal g
				JOIN strategy_goal_statement gs ON gs.tenant_id = g.tenant_id AND gs.goal_id = g.id
				JOIN strategy_statement s ON s.tenant_id = gs.tenant_id AND s.id = gs.statement_id
				WHERE g.tenant_id = ? AND s.workshop_id IN (%s) ORDER BY g.title""".formatted(workshops))
			.params(tenantId, tenantId, id)
			.query(String.class)
			.list();
		List<String> formulated = this.jdbc.sql("""
				SELECT DISTINCT g.title FROM strategy_goal g WHERE g.tenant_id = ? AND g.workshop_id IN (%s)
				ORDER BY g.title""".formatted(workshops)).params(tenantId, tenantId, id).query(String.class).list();
		return new Consequences((int) counts[0], (int) counts[1], (int) counts[2], (boolean) counts[3], answering,
				formulated);
	}

	/** Deletes a workshop of the tenant; false if it has none with this id. */
	@Transactional
	boolean deleteWorkshop(UUID tenantId, UUID workshopId, OffsetDateTime now) {
		Consequences consequences = ofWorkshop(tenantId, workshopId);
		retireCodes(tenantId, "id = ?", workshopId, now);
		boolean deleted = this.jdbc.sql("DELETE FROM strategy_workshop WHERE tenant_id = ? AND id = ?")
			.params(tenantId, workshopId)
			.update() == 1;
		if (deleted) {
			this.audit.record(AuditCategory.OTHER, "strategy.workshop.deleted", "strategy_workshop",
					workshopId.toString(), null, details(consequences));
		}
		return deleted;
	}

	/** Deletes a dialog of the tenant with its workshops; false if it has none. */
	@Transactional
	boolean deleteDialog(UUID tenantId, UUID dialogId, OffsetDateTime now) {
		Consequences consequences = ofDialog(tenantId, dialogId);
		retireCodes(tenantId, "dialog_id = ?", dialogId, now);
		boolean deleted = this.jdbc.sql("DELETE FROM strategy_dialog WHERE tenant_id = ? AND id = ?")
			.params(tenantId, dialogId)
			.update() == 1;
		if (deleted) {
			this.audit.record(AuditCategory.OTHER, "strategy.dialog.deleted", "strategy_dialog", dialogId.toString(),
					null, consequences.workshops() + " workshops; " + details(consequences));
		}
		return deleted;
	}

	private void retireCodes(UUID tenantId, String which, UUID id, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO strategy_retired_join_code (code, tenant_id, workshop_title, retired_at)
				SELECT join_code, tenant_id, title, ? FROM strategy_workshop
				WHERE tenant_id = ? AND join_code IS NOT NULL AND %s
				ON CONFLICT (code) DO NOTHING""".formatted(which)).params(now, tenantId, id).update();
	}

	private static String details(Consequences consequences) {
		return consequences.statements() + " statements, " + consequences.participants() + " named participants";
	}

	/** Whether a join code was retired (a deleted workshop's). */
	boolean retired(String code) {
		return this.jdbc.sql("SELECT count(*) FROM strategy_retired_join_code WHERE code = ?")
			.param(code)
			.query(Integer.class)
			.single() > 0;
	}

	/** The closed join page of a retired code: capture is over for good. */
	Optional<JoinTarget> retiredTarget(String code) {
		return this.jdbc.sql("SELECT code, tenant_id, workshop_title FROM strategy_retired_join_code WHERE code = ?")
			.param(code)
			.query((rs, row) -> new JoinTarget(rs.getString("code"), rs.getObject("tenant_id", UUID.class), null, null,
					null, rs.getString("workshop_title"), null, false, true))
			.optional();
	}

}
