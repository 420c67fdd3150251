package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's work entries (table {@code guide_work_entry}). Every query filters on the
 * tenant; changes leave approved entries alone.
 */
@Repository
public class WorkEntryStore {

	private static final String COLUMNS = "id, assignment_id, guide_id, worked_on, minutes, kilometres, note, "
			+ "logged_at, approved_at, approved_by";

	private final JdbcClient jdbc;

	WorkEntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new entry; its id. */
	public UUID create(UUID tenantId, UUID assignmentId, UUID guideId, Work work, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO guide_work_entry (tenant_id, id, assignment_id, guide_id, worked_on, minutes, kilometres,
				  note, logged_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, assignmentId, guideId, work.workedOn(), work.minutes(), work.kilometres(),
					work.note(), now)
			.update();
		return id;
	}

	/** An entry of an assignment. */
	public Optional<WorkEntry> find(UUID tenantId, UUID assignmentId, UUID id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM guide_work_entry WHERE tenant_id = ? AND assignment_id = ? AND id = ?")
			.params(tenantId, assignmentId, id)
			.query(WorkEntryStore::entry)
			.optional();
	}

	/** The entries of an assignment, by day. */
	public List<WorkEntry> ofAssignment(UUID tenantId, UUID assignmentId) {
		return ofAssignments(tenantId, List.of(assignmentId));
	}

	/** The entries of some assignments, by day. */
	public List<WorkEntry> ofAssignments(UUID tenantId, List<UUID> assignmentIds) {
		if (assignmentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM guide_work_entry WHERE tenant_id = ? AND assignment_id = ANY (?::uuid[])
				ORDER BY worked_on, logged_at, id""")
			.params(tenantId, assignmentIds.stream().map(UUID::toString).toArray(String[]::new))
			.query(WorkEntryStore::entry)
			.list();
	}

	/** Changes an entry that is not approved; whether it was. */
	public boolean update(UUID tenantId, UUID assignmentId, UUID id, Work work) {
		return this.jdbc.sql("""
				UPDATE guide_work_entry SET worked_on = ?, minutes = ?, kilometres = ?, note = ?
				WHERE tenant_id = ? AND assignment_id = ? AND id = ? AND approved_at IS NULL""")
			.params(work.workedOn(), work.minutes(), work.kilometres(), work.note(), tenantId, assignmentId, id)
			.update() == 1;
	}

	/** Deletes an entry that is not approved; whether it was. */
	public boolean delete(UUID tenantId, UUID assignmentId, UUID id) {
		return this.jdbc
			.sql("DELETE FROM guide_work_entry WHERE tenant_id = ? AND assignment_id = ? AND id = ? "
					+ "AND approved_at IS NULL")
			.params(tenantId, assignmentId, id)
			.update() == 1;
	}

	/** Approves every entry of an assignment not approved yet; how many. */
	public int approveAll(UUID tenantId, UUID assignmentId, String by, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE guide_work_entry SET approved_at = ?, approved_by = ?
				WHERE tenant_id = ? AND assignment_id = ? AND approved_at IS NULL""")
			.params(now, by, tenantId, assignmentId)
			.update();
	}

	/**
	 * What is logged for one day.
	 *
	 * @param workedOn the day
	 * @param minutes the time spent
	 * @param kilometres the kilometres travelled
	 * @param note a note, or null
	 */
	public record Work(LocalDate workedOn, int minutes, BigDecimal kilometres, String note) {
	}

	private static WorkEntry entry(ResultSet rs, int row) throws SQLException {
		return new WorkEntry(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
				rs.getObject("guide_id", UUID.class), rs.getObject("worked_on", LocalDate.class), rs.getInt("minutes"),
				rs.getBigDecimal("kilometres"), rs.getString("note"), rs.getObject("logged_at", OffsetDateTime.class),
				rs.getObject("approved_at", OffsetDateTime.class), rs.getString("approved_by"));
	}

}
