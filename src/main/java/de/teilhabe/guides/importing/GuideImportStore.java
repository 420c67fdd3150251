package de.teilhabe.guides.importing;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded guide lists while they are previewed (the file's bytes), and after the import
 * its counts, until the row expires; and the name and e-mail pairs of the tenant's
 * profiles, to refuse duplicates.
 */
@Repository
class GuideImportStore {

	private final JdbcClient jdbc;

	GuideImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An upload.
	 *
	 * @param id its id
	 * @param fileName the uploaded file's name
	 * @param content the file (null once imported)
	 * @param imported how many profiles the import stored (null before)
	 * @param rejected how many rows it left out (null before)
	 */
	public record Upload(UUID id, String fileName, byte[] content, Integer imported, Integer rejected) {

		public boolean done() {
			return this.imported != null;
		}

	}

	void insert(UUID tenantId, UUID id, UUID userId, String fileName, byte[] content, OffsetDateTime now,
			OffsetDateTime expires) {
		this.jdbc.sql("""
				INSERT INTO guide_import (tenant_id, id, uploaded_by, file_name, content, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""").params(tenantId, id, userId, fileName, content, now, expires).update();
	}

	/** The upload if it has not expired; locked for the import when asked to. */
	Optional<Upload> find(UUID tenantId, UUID id, OffsetDateTime now, boolean lock) {
		return this.jdbc
			.sql("SELECT id, file_name, content, imported, rejected FROM guide_import"
					+ " WHERE tenant_id = ? AND id = ? AND expires_at > ?" + (lock ? " FOR NO KEY UPDATE" : ""))
			.params(tenantId, id, now)
			.query((rs, row) -> new Upload(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getBytes("content"), rs.getObject("imported", Integer.class),
					rs.getObject("rejected", Integer.class)))
			.optional();
	}

	/** Drops the file and keeps the outcome. */
	void imported(UUID tenantId, UUID id, int imported, int rejected) {
		this.jdbc.sql("""
				UPDATE guide_import SET content = NULL, imported = ?, rejected = ?
				WHERE tenant_id = ? AND id = ?""").params(imported, rejected, tenantId, id).update();
	}

	/** Deletes expired uploads of every tenant. */
	int deleteExpired(OffsetDateTime now) {
		return this.jdbc.sql("DELETE FROM guide_import WHERE expires_at <= ?").param(now).update();
	}

	/**
	 * The tenant's profiles as duplicate keys ({@link GuideImport#duplicateKey}: name and
	 * e-mail address, case and spacing ignored).
	 */
	Set<String> existingKeys(UUID tenantId) {
		Set<String> keys = new HashSet<>();
		this.jdbc.sql("SELECT name, email FROM guide_profile WHERE tenant_id = ?").param(tenantId).query((rs) -> {
			keys.add(GuideImport.duplicateKey(rs.getString("name"), rs.getString("email")));
		});
		return keys;
	}

}
