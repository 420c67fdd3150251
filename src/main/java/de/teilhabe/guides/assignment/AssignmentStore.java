package de.teilhabe.guides.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.guides.guide.Topic;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's assignments. Every query filters on the tenant.
 */
@Repository
public class AssignmentStore {

	private static final String COLUMNS = "id, request_id, guide_id, status, cost, commissioned_at, commissioned_by, done_at, approved_at, approved_by";

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new commissioned assignment; its id. */
	public UUID create(UUID tenantId, UUID requestId, UUID guideId, Integer cost, String by, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO guide_assignment (tenant_id, id, request_id, guide_id, status, cost, commissioned_at,
				  commissioned_by, updated_at)
				VALUES (?, ?, ?, ?, 'COMMISSIONED', ?, ?, ?, ?)""")
			.params(tenantId, id, requestId, guideId, cost, now, by, now)
			.update();
		return id;
	}

	/** An assignment of the tenant. */
	public Optional<Assignment> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_assignment WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(AssignmentStore::assignment)
			.optional();
	}

	/** The live (commissioned or accepted) assignment of a request, if any. */
	public Optional<Assignment> liveFor(UUID tenantId, UUID requestId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " "
				+ """
						FROM guide_assignment WHERE tenant_id = ? AND request_id = ? AND status IN ('COMMISSIONED', 'ACCEPTED')""")
			.params(tenantId, requestId)
			.query(AssignmentStore::assignment)
			.optional();
	}

	/** Every assignment of a request, newest first. */
	public List<Assignment> ofRequest(UUID tenantId, UUID requestId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM guide_assignment WHERE tenant_id = ? AND request_id = ? ORDER BY commissioned_at DESC, id")
			.params(tenantId, requestId)
			.query(AssignmentStore::assignment)
			.list();
	}

	/** The assignments of a guide, newest first. */
	public ApiPage<Assignment> ofGuide(UUID tenantId, UUID guideId, ApiPaging paging) {
		long total = this.jdbc.sql("SELECT count(*) FROM guide_assignment WHERE tenant_id = ? AND guide_id = ?")
			.params(tenantId, guideId)
			.query(Long.class)
			.single();
		List<Assignment> items = this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM guide_assignment WHERE tenant_id = ? AND guide_id = ? ORDER BY commissioned_at DESC, id LIMIT ? OFFSET ?")
			.params(tenantId, guideId, paging.size(), paging.offset())
			.query(AssignmentStore::assignment)
			.list();
		return ApiPage.of(items, paging, total);
	}

	/** Moves an assignment from one status to another, if it is still in the first. */
	public boolean changeStatus(UUID tenantId, UUID id, AssignmentStatus from, AssignmentStatus to,
			OffsetDateTime now) {
		// done (by the guide or with the request by the office): when, for the approval
		return this.jdbc.sql("""
				UPDATE guide_assignment SET status = ?, updated_at = ?,
				  done_at = CASE WHEN ? = 'DONE' THEN ? ELSE done_at END
				WHERE tenant_id = ? AND id = ? AND status = ?""")
			.params(to.name(), now, to.name(), now, tenantId, id, from.name())
			.update() == 1;
	}

	/**
	 * Marks an accepted assignment done (with the time), if it is still accepted.
	 */
	public boolean markDone(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE guide_assignment SET status = 'DONE', done_at = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ? AND status = 'ACCEPTED'""").params(now, now, tenantId, id).update() == 1;
	}

	/**
	 * Approves a done assignment (when and by whom), if it is done and not approved yet.
	 */
	public boolean approve(UUID tenantId, UUID id, String by, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE guide_assignment SET approved_at = ?, approved_by = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ? AND status = 'DONE' AND approved_at IS NULL""")
			.params(now, by, now, tenantId, id)
			.update() == 1;
	}

	/**
	 * The done assignments that wait for the office's approval, the longest waiting
	 * first.
	 */
	public List<Assignment> awaitingApproval(UUID tenantId, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_assignment "
				+ "WHERE tenant_id = ? AND status = 'DONE' AND approved_at IS NULL ORDER BY done_at NULLS FIRST, id LIMIT ?")
			.params(tenantId, limit)
			.query(AssignmentStore::assignment)
			.list();
	}

	/** How many done assignments wait for the office's approval. */
	public long countAwaitingApproval(UUID tenantId) {
		return this.jdbc.sql(
				"SELECT count(*) FROM guide_assignment WHERE tenant_id = ? AND status = 'DONE' AND approved_at IS NULL")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	/**
	 * The assignments of a guide that its calendar shows (commissioned, accepted or
	 * done), by day.
	 */
	public List<Assignment> forCalendar(UUID tenantId, UUID guideId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM guide_assignment WHERE tenant_id = ? AND guide_id = ? "
					+ "AND status IN ('COMMISSIONED', 'ACCEPTED', 'DONE') ORDER BY commissioned_at, id")
			.params(tenantId, guideId)
			.query(AssignmentStore::assignment)
			.list();
	}

	/**
	 * What the tenant's guides did and do: every assignment that was not declined or
	 * cancelled, with its request's topic and contact reference (for experience,
	 * continuity, load and overlaps).
	 */
	public List<PastAssignment> history(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT a.guide_id, a.request_id, a.status, a.commissioned_at, r.topic, r.contact_reference
				FROM guide_assignment a
				JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
				WHERE a.tenant_id = ? AND a.status IN ('COMMISSIONED', 'ACCEPTED', 'DONE')""")
			.param(tenantId)
			.query((rs, row) -> new PastAssignment(rs.getObject("guide_id", UUID.class),
					rs.getObject("request_id", UUID.class), AssignmentStatus.valueOf(rs.getString("status")),
					rs.getObject("commissioned_at", OffsetDateTime.class), Topic.valueOf(rs.getString("topic")),
					rs.getString("contact_reference")))
			.list();
	}

	/**
	 * What some guides did and do, counted for one request's candidates: for each guide
	 * and topic the assignments that were not declined or cancelled (the request's own
	 * left out), how many of them were for the given contact reference and how many were
	 * commissioned in the given span.
	 * @param contactReference the request's contact reference, or null
	 * @param from the first instant of the month whose load counts
	 * @param until the first instant after that month
	 */
	public List<TopicTally> tallies(UUID tenantId, List<UUID> guideIds, UUID exceptRequest, String contactReference,
			OffsetDateTime from, OffsetDateTime until) {
		if (guideIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT a.guide_id, r.topic, count(*) AS assignments,
				  count(*) FILTER (WHERE r.contact_reference = ?) AS with_contact,
				  count(*) FILTER (WHERE a.commissioned_at >= ? AND a.commissioned_at < ?) AS in_month
				FROM guide_assignment a
				JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
				WHERE a.tenant_id = ? AND a.guide_id = ANY (?::uuid[]) AND a.request_id <> ?
				  AND a.status IN ('COMMISSIONED', 'ACCEPTED', 'DONE')
				GROUP BY a.guide_id, r.topic""")
			.params(contactReference, from, until, tenantId, ids(guideIds), exceptRequest)
			.query((rs, row) -> new TopicTally(rs.getObject("guide_id", UUID.class),
					Topic.valueOf(rs.getString("topic")), rs.getInt("assignments"), rs.getInt("with_contact"),
					rs.getInt("in_month")))
			.list();
	}

	/**
	 * The live (commissioned or accepted) assignments of some guides to other requests
	 * whose days may overlap a span (first day to the day of the last appointment or the
	 * repeat end).
	 */
	public List<LiveAssignment> liveWithin(UUID tenantId, List<UUID> guideIds, UUID exceptRequest, LocalDate firstDay,
			LocalDate lastDay) {
		if (guideIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT a.guide_id, a.request_id
				FROM guide_assignment a
				JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
				WHERE a.tenant_id = ? AND a.guide_id = ANY (?::uuid[]) AND a.request_id <> ?
				  AND a.status IN ('COMMISSIONED', 'ACCEPTED')
				  AND r.first_day <= ? AND coalesce(r.repeat_until, r.first_day) >= ?""")
			.params(tenantId, ids(guideIds), exceptRequest, lastDay, firstDay)
			.query((rs, row) -> new LiveAssignment(rs.getObject("guide_id", UUID.class),
					rs.getObject("request_id", UUID.class)))
			.list();
	}

	private static String[] ids(List<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

	/**
	 * A guide's assignments of one topic, counted.
	 *
	 * @param guideId the guide
	 * @param topic the requests' topic
	 * @param assignments how many
	 * @param withContact how many for the contact reference asked for
	 * @param inMonth how many commissioned in the month asked for
	 */
	public record TopicTally(UUID guideId, Topic topic, int assignments, int withContact, int inMonth) {
	}

	/**
	 * A live assignment of a guide.
	 *
	 * @param guideId the guide
	 * @param requestId the request
	 */
	public record LiveAssignment(UUID guideId, UUID requestId) {
	}

	/**
	 * An assignment as the candidates see it.
	 *
	 * @param guideId the guide
	 * @param requestId the request
	 * @param status live or done
	 * @param commissionedAt when
	 * @param topic the request's topic
	 * @param contactReference the request's contact reference, or null
	 */
	public record PastAssignment(UUID guideId, UUID requestId, AssignmentStatus status, OffsetDateTime commissionedAt,
			Topic topic, String contactReference) {
	}

	private static Assignment assignment(ResultSet rs, int row) throws SQLException {
		return new Assignment(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getObject("guide_id", UUID.class), AssignmentStatus.valueOf(rs.getString("status")),
				rs.getObject("cost", Integer.class), rs.getObject("commissioned_at", OffsetDateTime.class),
				rs.getString("commissioned_by"), rs.getObject("done_at", OffsetDateTime.class),
				rs.getObject("approved_at", OffsetDateTime.class), rs.getString("approved_by"));
	}

}
