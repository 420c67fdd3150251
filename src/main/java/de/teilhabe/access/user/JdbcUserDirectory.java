package de.teilhabe.access.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.BoundRecord;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.security.BindableRecords;
import de.teilhabe.shared.security.BindableRecords.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The user directory over the user table; a record to bind is checked with the module
 * that owns records of its kind.
 */
@Service
class JdbcUserDirectory implements UserDirectory {

	private final JdbcClient jdbc;

	/** The modules' records by kind, to check that a record to bind is the tenant's. */
	private final Map<Kind, BindableRecords> records = new EnumMap<>(Kind.class);

	JdbcUserDirectory(JdbcClient jdbc, List<BindableRecords> records) {
		this.jdbc = jdbc;
		records.forEach((each) -> this.records.put(each.kind(), each));
	}

	@Override
	public List<BoundRecord> boundRecordsOf(UUID tenantId, UUID userId) {
		return this.jdbc.sql("SELECT organisation_id, guide_profile_id FROM app_user WHERE tenant_id = ? AND id = ?")
			.params(tenantId, userId)
			.query((rs, row) -> {
				List<BoundRecord> records = new ArrayList<>();
				for (Kind kind : Kind.values()) {
					UUID id = rs.getObject(column(kind), UUID.class);
					if (id != null) {
						records.add(new BoundRecord(kind, id));
					}
				}
				return List.copyOf(records);
			})
			.optional()
			.orElse(List.of());
	}

	@Override
	public boolean bind(UUID tenantId, UUID userId, Kind kind, UUID recordId) {
		if (recordId != null) {
			BindableRecords source = this.records.get(kind);
			if (source == null || source.nameOf(tenantId, recordId).isEmpty()) {
				return false;
			}
		}
		return this.jdbc.sql("UPDATE app_user SET " + column(kind) + " = ? WHERE tenant_id = ? AND id = ?")
			.params(recordId, tenantId, userId)
			.update() > 0;
	}

	@Override
	public int countBoundTo(UUID tenantId, BoundRecord record) {
		return this.jdbc.sql("SELECT count(*) FROM app_user WHERE tenant_id = ? AND " + column(record.kind()) + " = ?")
			.params(tenantId, record.id())
			.query(Integer.class)
			.single();
	}

	@Override
	public int releaseAll(UUID tenantId, BoundRecord record) {
		String column = column(record.kind());
		return this.jdbc.sql("UPDATE app_user SET " + column + " = NULL WHERE tenant_id = ? AND " + column + " = ?")
			.params(tenantId, record.id())
			.update();
	}

	/** The column of the user table holding a binding (the same names in every query). */
	private static String column(Kind kind) {
		return switch (kind) {
			case ORGANISATION -> "organisation_id";
			case GUIDE_PROFILE -> "guide_profile_id";
		};
	}

	@Override
	public Optional<UUID> findUserId(UUID tenantId, String username) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE tenant_id = ? AND lower(username) = lower(?)")
			.params(tenantId, username)
			.query(UUID.class)
			.optional();
	}

	@Override
	public Optional<String> displayNameOf(UUID tenantId, UUID userId) {
		return this.jdbc.sql("SELECT display_name FROM app_user WHERE tenant_id = ? AND id = ?")
			.params(tenantId, userId)
			.query(String.class)
			.optional();
	}

	@Override
	public Optional<String> emailOf(UUID tenantId, UUID userId) {
		return this.jdbc
			.sql("SELECT email FROM app_user WHERE tenant_id = ? AND id = ? AND active AND email IS NOT NULL")
			.params(tenantId, userId)
			.query(String.class)
			.optional();
	}

	@Override
	public List<String> emailsOfOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc.sql("""
				SELECT email FROM app_user
				WHERE tenant_id = ? AND organisation_id = ? AND active AND email IS NOT NULL ORDER BY email""")
			.params(tenantId, organisationId)
			.query(String.class)
			.list();
	}

	@Override
	public List<String> emailsOfOrganisation(UUID tenantId, UUID organisationId,
			de.teilhabe.shared.security.Role role) {
		return this.jdbc.sql("""
				SELECT u.email FROM app_user u
				JOIN user_role r ON r.tenant_id = u.tenant_id AND r.user_id = u.id AND r.role = ?
				WHERE u.tenant_id = ? AND u.organisation_id = ? AND u.active AND u.email IS NOT NULL
				ORDER BY u.email""").params(role.name(), tenantId, organisationId).query(String.class).list();
	}

	@Override
	public Map<UUID, String> activeUsersWithRole(UUID tenantId, de.teilhabe.shared.security.Role role) {
		Map<UUID, String> users = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT u.id, u.display_name FROM app_user u
				JOIN user_role r ON r.tenant_id = u.tenant_id AND r.user_id = u.id
				WHERE u.tenant_id = ? AND u.active AND r.role = ? ORDER BY u.display_name, u.id""")
			.params(tenantId, role.name())
			.query((rs, row) -> users.put(rs.getObject("id", UUID.class), rs.getString("display_name")))
			.list();
		return users;
	}

}
