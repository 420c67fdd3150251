package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases for the tests of contacts, notes and tasks, inserted with plain SQL (the cases
 * API is another part's), and the audit entries of the reads of a case.
 */
public final class ContactFixtures {

	private final JdbcClient jdbc;

	public ContactFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Today in the office's time zone. */
	public static LocalDate today() {
		return BerlinTime.today();
	}

	/** An open counselling case of the client, opened 30 days ago. */
	public UUID openCase(UUID clientId, UUID responsibleId) {
		return insertCase(clientId, responsibleId, "COUNSELLING", false);
	}

	/**
	 * A case of the client (its tenant), opened 30 days ago, closed today if asked; a
	 * case-management case in its intake phase.
	 */
	public UUID insertCase(UUID clientId, UUID responsibleId, String kind, boolean closed) {
		UUID id = UUID.randomUUID();
		LocalDate today = today();
		this.jdbc.sql("""
				INSERT INTO counselling_case (tenant_id, id, client_id, kind, status, phase, responsible_id, opened_on,
				                              closed_on, created_at, updated_at)
				SELECT tenant_id, ?, id, ?, ?, ?, ?, ?, ?, now(), now() FROM counselling_client WHERE id = ?""")
			.params(id, kind, closed ? "CLOSED" : "OPEN", "CASE_MANAGEMENT".equals(kind) ? "INTAKE" : null,
					responsibleId, today.minusDays(30), closed ? today : null, clientId)
			.update();
		return id;
	}

	/** A short anonymous contact of the tenant (no client). */
	public UUID shortContact(UUID tenantId, UUID responsibleId) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_case (tenant_id, id, kind, status, responsible_id, opened_on, created_at,
				                              updated_at)
				VALUES (?, ?, 'SHORT_CONTACT', 'OPEN', ?, ?, now(), now())""")
			.params(tenantId, id, responsibleId, today())
			.update();
		return id;
	}

	/** Closes a case today. */
	public void close(UUID caseId) {
		this.jdbc.sql("UPDATE counselling_case SET status = 'CLOSED', closed_on = ? WHERE id = ?")
			.params(today(), caseId)
			.update();
	}

	/** Names a deputy of a client. */
	public void deputy(UUID clientId, UUID userId) {
		this.jdbc.sql("""
				INSERT INTO counselling_client_deputy (tenant_id, client_id, user_id, added_at, added_by)
				SELECT tenant_id, id, ?, ?, responsible_id FROM counselling_client WHERE id = ?""")
			.params(userId, OffsetDateTime.now(), clientId)
			.update();
	}

	/** Moves a task's due day (the API takes no day in the past). */
	public void due(UUID taskId, LocalDate day) {
		this.jdbc.sql("UPDATE counselling_task SET due_on = ? WHERE id = ?").params(day, taskId).update();
	}

	/**
	 * The reasons of the audit entries of this action on the case by the user, oldest
	 * first.
	 */
	public List<String> reasons(String action, UUID caseId, UUID actorId) {
		return this.jdbc
			.sql("SELECT coalesce(reason, '') FROM audit_event WHERE action = ? AND record_id = ? AND actor_id = ? "
					+ "ORDER BY id")
			.params(action, caseId.toString(), actorId)
			.query(String.class)
			.list();
	}

	/** How many rows of the table belong to the case. */
	public long count(String table, UUID caseId) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	/**
	 * A case of a client of the demo counsellor {@code beratung}: a demo case, or an open
	 * counselling case made for the test where there is none (a branch without demo
	 * cases).
	 */
	public UUID demoCase() {
		return this.jdbc.sql("""
				SELECT c.id FROM counselling_case c
				JOIN counselling_client cl ON cl.tenant_id = c.tenant_id AND cl.id = c.client_id
				JOIN app_user u ON u.id = cl.responsible_id
				WHERE u.username = 'beratung' AND c.status = 'OPEN' ORDER BY c.id LIMIT 1""")
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				Map<String, Object> client = this.jdbc.sql("""
						SELECT cl.id, cl.responsible_id FROM counselling_client cl
						JOIN app_user u ON u.id = cl.responsible_id
						WHERE u.username = 'beratung' ORDER BY cl.id LIMIT 1""").query().singleRow();
				return insertCase((UUID) client.get("id"), (UUID) client.get("responsible_id"), "COUNSELLING", false);
			});
	}

}
