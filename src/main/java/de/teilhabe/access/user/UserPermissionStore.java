package de.teilhabe.access.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.Permissions;
import de.teilhabe.shared.security.Permission;
import de.teilhabe.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The permissions granted to users ({@code user_permission}); a permission counts only
 * while the user is active and holds the permission's role.
 */
@Component
public class UserPermissionStore implements Permissions {

	private final JdbcClient jdbc;

	UserPermissionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean holds(UUID tenantId, UUID userId, Permission permission) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM user_permission p
				  JOIN app_user u ON u.id = p.user_id AND u.tenant_id = p.tenant_id AND u.active
				  JOIN user_role r ON r.tenant_id = p.tenant_id AND r.user_id = p.user_id AND r.role = ?
				  WHERE p.tenant_id = ? AND p.user_id = ? AND p.permission = ?)""")
			.params(permission.requiredRole().name(), tenantId, userId, permission.name())
			.query(Boolean.class)
			.single();
	}

	/** The permissions granted to a user (whatever its roles now). */
	public Set<Permission> granted(UUID tenantId, UUID userId) {
		Set<Permission> granted = EnumSet.noneOf(Permission.class);
		this.jdbc.sql("SELECT permission FROM user_permission WHERE tenant_id = ? AND user_id = ?")
			.params(tenantId, userId)
			.query(String.class)
			.list()
			.forEach((name) -> granted.add(Permission.valueOf(name)));
		return granted;
	}

	/** Grants a permission: false if the user had it already. */
	public boolean grant(UUID tenantId, UUID userId, Permission permission, UUID grantedBy) {
		return this.jdbc.sql("""
				INSERT INTO user_permission (tenant_id, user_id, permission, granted_by) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(tenantId, userId, permission.name(), grantedBy).update() > 0;
	}

	/** Revokes a permission: false if the user did not have it. */
	public boolean revoke(UUID tenantId, UUID userId, Permission permission) {
		return this.jdbc.sql("DELETE FROM user_permission WHERE tenant_id = ? AND user_id = ? AND permission = ?")
			.params(tenantId, userId, permission.name())
			.update() > 0;
	}

	/** Revokes the permissions whose role the user no longer holds; returns them. */
	public List<Permission> revokeWithoutRole(UUID tenantId, UUID userId, Set<Role> roles) {
		List<Permission> revoked = new ArrayList<>();
		for (Permission permission : granted(tenantId, userId)) {
			if (!roles.contains(permission.requiredRole()) && revoke(tenantId, userId, permission)) {
				revoked.add(permission);
			}
		}
		return revoked;
	}

}
