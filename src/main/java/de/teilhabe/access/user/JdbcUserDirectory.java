package de.teilhabe.access.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The user directory over the user table.
 */
@Service
class JdbcUserDirectory implements UserDirectory {

	private final JdbcClient jdbc;

	JdbcUserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UUID> organisationOf(UUID tenantId, UUID userId) {
		return this.jdbc.sql("SELECT organisation_id FROM app_user WHERE tenant_id = ? AND id = ?")
			.params(tenantId, userId)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap((organisation) -> organisation);
	}

	@Override
	public boolean bindOrganisation(UUID tenantId, UUID userId, UUID organisationId) {
		return this.jdbc.sql("UPDATE app_user SET organisation_id = ? WHERE tenant_id = ? AND id = ?")
			.params(organisationId, tenantId, userId)
			.update() > 0;
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

}
