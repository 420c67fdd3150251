package de.teilhabe.access.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AuditLog.AuditCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a tenant's audit log, newest first, one page at a time. Whether the reader may
 * see reasons of case access is decided here, so page and API cannot differ.
 */
@Service
class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of a tenant's entries.
	 * @param tenantId the reader's tenant
	 * @param category only this category, or all if null
	 * @param page the page, from 0
	 * @param size entries per page
	 * @param reasonsOfCaseAccess whether the reader may see why a case was read
	 */
	@Transactional(readOnly = true)
	AuditPage page(UUID tenantId, AuditCategory category, int page, int size, boolean reasonsOfCaseAccess) {
		String filter = " WHERE tenant_id = ?" + ((category != null) ? " AND category = ?" : "");
		Object[] params = (category != null) ? new Object[] { tenantId, category.name() } : new Object[] { tenantId };
		long total = this.jdbc.sql("SELECT count(*) FROM audit_event" + filter)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditView> entries = this.jdbc
			.sql("SELECT id, at, actor_name, category, action, record_type, record_id, reason, details FROM audit_event"
					+ filter + " ORDER BY at DESC, id DESC LIMIT " + size + " OFFSET " + ((long) page * size))
			.params(params)
			.query((rs, row) -> {
				AuditCategory entryCategory = AuditCategory.valueOf(rs.getString("category"));
				boolean hidden = entryCategory == AuditCategory.CASE_ACCESS && !reasonsOfCaseAccess;
				return new AuditView(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
						rs.getString("actor_name"), entryCategory, rs.getString("action"), rs.getString("record_type"),
						rs.getString("record_id"), hidden ? null : rs.getString("reason"), hidden,
						rs.getString("details"));
			})
			.list();
		return new AuditPage(entries, page, size, total);
	}

	/**
	 * An entry as a reader sees it.
	 *
	 * @param id its number in the log
	 * @param at when
	 * @param actorName who
	 * @param category what kind of action
	 * @param action what happened
	 * @param recordType the kind of record
	 * @param recordId the record
	 * @param reason why (null if none or hidden)
	 * @param reasonHidden whether a reason exists that this reader may not see
	 * @param details short details
	 */
	public record AuditView(long id, OffsetDateTime at, String actorName, AuditCategory category, String action,
			String recordType, String recordId, String reason, boolean reasonHidden, String details) {
	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries, newest first
	 * @param page the page, from 0
	 * @param size entries per page
	 * @param total all entries that match
	 */
	public record AuditPage(List<AuditView> entries, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.total;
		}

		public boolean hasPrevious() {
			return this.page > 0;
		}

	}

}
