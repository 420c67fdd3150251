package de.teilhabe.portal.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code portal_feedback}. */
@Component
public class FeedbackStore {

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A feedback as the office reads it.
	 *
	 * @param pageId the page
	 * @param path the page's address
	 * @param language the language the page was read in
	 * @param helpful yes or no
	 * @param comment the comment, or null
	 * @param createdAt when it was sent
	 */
	public record Entry(UUID pageId, String path, String language, boolean helpful, String comment,
			OffsetDateTime createdAt) {
	}

	/**
	 * The answers of a page in a language.
	 *
	 * @param language the language
	 * @param yes how many found it helpful
	 * @param no how many did not
	 */
	public record Count(String language, long yes, long no) {
	}

	void insert(UUID tenantId, UUID pageId, String language, boolean helpful, String comment, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO portal_feedback (tenant_id, id, page_id, language, helpful, comment, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, UUID.randomUUID(), pageId, language, helpful, comment, now)
			.update();
	}

	List<Entry> latest(UUID tenantId, UUID pageId, int limit) {
		return this.jdbc.sql("""
				SELECT f.page_id, p.path, f.language, f.helpful, f.comment, f.created_at
				FROM portal_feedback f JOIN portal_page p ON p.tenant_id = f.tenant_id AND p.id = f.page_id
				WHERE f.tenant_id = ? AND (CAST(? AS UUID) IS NULL OR f.page_id = ?)
				ORDER BY f.created_at DESC, f.id LIMIT ?""")
			.params(tenantId, pageId, pageId, limit)
			.query(Entry.class)
			.list();
	}

	List<Count> counts(UUID tenantId, UUID pageId) {
		return this.jdbc.sql("""
				SELECT language, count(*) FILTER (WHERE helpful) AS yes, count(*) FILTER (WHERE NOT helpful) AS no
				FROM portal_feedback WHERE tenant_id = ? AND page_id = ? GROUP BY language ORDER BY language""")
			.params(tenantId, pageId)
			.query(Count.class)
			.list();
	}

	int clearCommentsBefore(UUID tenantId, Instant before) {
		return this.jdbc
			.sql("UPDATE portal_feedback SET comment = NULL WHERE tenant_id = ? AND comment IS NOT NULL "
					+ "AND created_at < ?")
			.params(tenantId, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.update();
	}

}
