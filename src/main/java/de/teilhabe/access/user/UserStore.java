package de.teilhabe.access.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
				VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ? IS NULL THEN NULL ELSE now() END)""")
			.params(id, tenantId, username, email, displayName, passwordHash, passwordHash)
			.update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO user_role (tenant_id, user_id, role) VALUES (?, ?, ?)")
				.params(tenantId, id, role.name())
				.update();
		}
		return id;
	}

	static UserAccount account(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Array array = rs.getArray("roles");
		for (Object role : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		Actor actor = new Actor(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), roles);
		return new UserAccount(actor, rs.getString("password_hash"), rs.getBoolean("active"));
	}

}
