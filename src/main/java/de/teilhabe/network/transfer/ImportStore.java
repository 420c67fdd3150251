package de.teilhabe.network.transfer;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.table.UploadedTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded organisation lists while they are mapped and previewed (the file's bytes, the
 * column mapping), and after the import its counts and rejected rows, until the row
 * expires.
 */
@Repository
class ImportStore {

	private final JdbcClient jdbc;

	ImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An upload.
	 *
	 * @param id its id
	 * @param fileName the uploaded file's name
	 * @param format CSV or XLSX
	 * @param content the file (null once imported)
	 * @param mapping per column the form field it fills ("" for none), null until mapped
	 * @param imported how many organisations the import stored (null before)
	 */
	public record Upload(UUID id, String fileName, UploadedTable.Format format, byte[] content, List<String> mapping,
			Integer imported) {

		public boolean done() {
			return this.imported != null;
		}

	}

	/**
	 * A row the import left out.
	 *
	 * @param line its line in the file
	 * @param column the column's header (null: the whole row)
	 * @param reason why
	 */
	public record Rejection(int line, String column, String reason) {
	}

	void insert(UUID tenantId, UUID id, UUID userId, String fileName, UploadedTable.Format format, byte[] content,
			OffsetDateTime now, OffsetDateTime expires) {
		this.jdbc.sql("""
				INSERT INTO network_import (tenant_id, id, uploaded_by, file_name, format, content, status, created_at,
				  expires_at)
				VALUES (?, ?, ?, ?, ?, ?, 'UPLOADED', ?, ?)""")
			.params(tenantId, id, userId, fileName, format.name(), content, now, expires)
			.update();
	}

	/** The upload if it has not expired. */
	Optional<Upload> find(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc
			.sql("SELECT * FROM network_import WHERE tenant_id = ? AND id = ? AND expires_at > ? FOR NO KEY UPDATE")
			.params(tenantId, id, now)
			.query((rs, row) -> {
				Array mapping = rs.getArray("mapping");
				Integer imported = rs.getObject("imported", Integer.class);
				return new Upload(rs.getObject("id", UUID.class), rs.getString("file_name"),
						UploadedTable.Format.valueOf(rs.getString("format")), rs.getBytes("content"),
						(mapping != null) ? Arrays.asList((String[]) mapping.getArray()) : null, imported);
			})
			.optional();
	}

	void saveMapping(UUID tenantId, UUID id, List<String> mapping) {
		this.jdbc.sql("UPDATE network_import SET mapping = ? WHERE tenant_id = ? AND id = ?")
			.params(mapping.toArray(String[]::new), tenantId, id)
			.update();
	}

	/** Drops the file and keeps the outcome. */
	void imported(UUID tenantId, UUID id, int imported, List<Rejection> rejections) {
		this.jdbc.sql("""
				UPDATE network_import SET status = 'IMPORTED', content = NULL, imported = ?
				WHERE tenant_id = ? AND id = ?""").params(imported, tenantId, id).update();
		for (int i = 0; i < rejections.size(); i++) {
			Rejection rejection = rejections.get(i);
			this.jdbc.sql("""
					INSERT INTO network_import_rejection (tenant_id, import_id, position, line, column_name, reason)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(tenantId, id, i, rejection.line(), rejection.column(), rejection.reason())
				.update();
		}
	}

	List<Rejection> rejections(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT line, column_name, reason FROM network_import_rejection
				WHERE tenant_id = ? AND import_id = ? ORDER BY position""")
			.params(tenantId, id)
			.query((rs, row) -> new Rejection(rs.getInt("line"), rs.getString("column_name"), rs.getString("reason")))
			.list();
	}

	/** Deletes expired uploads of every tenant (files and outcomes). */
	int deleteExpired(OffsetDateTime now) {
		return this.jdbc.sql("DELETE FROM network_import WHERE expires_at <= ?").param(now).update();
	}

}
