package de.teilhabe.access.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user table of the access module.
 */
@Repository
public class UserStore {

	static final String ACCOUNT_QUERY = """
			SELECT u.id, u.tenant_id, u.username, u.display_name, u.password_hash, u.active,
			       ARRAY(SELECT r.role FROM user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles
			FROM app_user u
			""";

	static final String MANAGED_QUERY = """
			SELECT u.id, u.tenant_id, u.username, u.display_name, u.email, u.active,
			       u.password_hash IS NOT NULL AS password_set, u.organisation_id, u.guide_profile_id,
			       ARRAY(SELECT r.role FROM user_role r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id ORDER BY r.role) AS roles
			FROM app_user u
			""";

	private final JdbcClient jdbc;

	UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql(ACCOUNT_QUERY + " WHERE lower(u.username) = lower(?)")
			.param(username)
			.query(UserStore::account)
			.optional();
	}

	public Optional<UserAccount> findById(UUID id) {
		return this.jdbc.sql(ACCOUNT_QUERY + " WHERE u.id = ?").param(id).query(UserStore::account).optional();
	}

	public boolean usernameTaken(String username) {
		return this.jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Creates an active user with the given roles; the password hash may be null (set
	 * later through a link).
	 */
	@Transactional
	public UUID create(UUID tenantId, String username, String email, String displayName, String passwordHash,
			Set<Role> roles) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO app_user (id, tenant_id, username, email, display_name, password_hash, password_changed_at)
				VALUES (?, ?, ?, ?, ?, ?, CASE WHEN CAST(? AS TEXT) IS NULL THEN NULL ELSE now() END)""")
			.params(id, tenantId, username, email, displayName, passwordHash, passwordHash)
			.update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO user_role (tenant_id, user_id, role) VALUES (?, ?, ?)")
				.params(tenantId, id, role.name())
				.update();
		}
		return id;
	}

	/** Users whose e-mail address is this one (case-insensitive). */
	public List<UserAccount> findByEmail(String email) {
		return this.jdbc.sql(ACCOUNT_QUERY + " WHERE lower(u.email) = lower(?)")
			.param(email)
			.query(UserStore::account)
			.list();
	}

	/** The user bound to this OIDC identity (issuer + subject), of any tenant. */
	public Optional<UserAccount> findByOidcIdentity(String issuer, String subject) {
		return this.jdbc.sql(ACCOUNT_QUERY + " WHERE u.oidc_issuer = ? AND u.oidc_subject = ?")
			.params(issuer, subject)
			.query(UserStore::account)
			.optional();
	}

	/**
	 * Binds an OIDC identity to a user that has none yet.
	 * @return false if the user is already bound (to another identity)
	 */
	public boolean bindOidcIdentity(UUID tenantId, UUID id, String issuer, String subject) {
		return this.jdbc.sql("""
				UPDATE app_user SET oidc_issuer = ?, oidc_subject = ?
				WHERE tenant_id = ? AND id = ? AND oidc_subject IS NULL""")
			.params(issuer, subject, tenantId, id)
			.update() == 1;
	}

	public long countInTenant(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM app_user WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	/**
	 * The users of a tenant, by display name (anonymised accounts are gone for the
	 * administration: they hold nobody's data any more).
	 */
	public List<ManagedUser> listInTenant(UUID tenantId) {
		return this.jdbc
			.sql(MANAGED_QUERY
					+ " WHERE u.tenant_id = ? AND u.anonymised_at IS NULL ORDER BY lower(u.display_name), u.username")
			.param(tenantId)
			.query(UserStore::managed)
			.list();
	}

	/**
	 * A user of this tenant (empty for another tenant's user or an anonymised account).
	 */
	public Optional<ManagedUser> findInTenant(UUID tenantId, UUID id) {
		return this.jdbc.sql(MANAGED_QUERY + " WHERE u.tenant_id = ? AND u.id = ? AND u.anonymised_at IS NULL")
			.params(tenantId, id)
			.query(UserStore::managed)
			.optional();
	}

	@Transactional
	public void setRoles(UUID tenantId, UUID id, Set<Role> roles) {
		this.jdbc.sql("DELETE FROM user_role WHERE tenant_id = ? AND user_id = ?").params(tenantId, id).update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO user_role (tenant_id, user_id, role) VALUES (?, ?, ?)")
				.params(tenantId, id, role.name())
				.update();
		}
	}

	public void setActive(UUID tenantId, UUID id, boolean active, OffsetDateTime now) {
		this.jdbc.sql("UPDATE app_user SET active = ?, deactivated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(active, active ? null : now, tenantId, id)
			.update();
	}

	public void setPassword(UUID tenantId, UUID id, String passwordHash, OffsetDateTime now) {
		this.jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = ? WHERE tenant_id = ? AND id = ?")
			.params(passwordHash, now, tenantId, id)
			.update();
	}

	/**
	 * Roles as stored in audit details: names in alphabetical order joined by commas,
	 * {@code -} for none.
	 */
	public static String rolesText(Collection<Role> roles) {
		return roles.isEmpty() ? "-" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static ManagedUser managed(ResultSet rs, int row) throws SQLException {
		return new ManagedUser(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), rs.getString("email"), roles(rs),
				rs.getBoolean("active"), rs.getBoolean("password_set"), rs.getObject("organisation_id", UUID.class),
				rs.getObject("guide_profile_id", UUID.class));
	}

	private static Set<Role> roles(ResultSet rs) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Array array = rs.getArray("roles");
		for (Object role : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		return roles;
	}

	static UserAccount account(ResultSet rs, int row) throws SQLException {
		Actor actor = new Actor(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), roles(rs));
		return new UserAccount(actor, rs.getString("password_hash"), rs.getBoolean("active"));
	}

}
