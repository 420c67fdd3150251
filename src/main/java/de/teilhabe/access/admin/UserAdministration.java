package de.teilhabe.access.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.access.invitation.UserLinks;
import de.teilhabe.access.invitation.UserLinks.Purpose;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.ManagedUser;
import de.teilhabe.access.user.UserPermissionStore;
import de.teilhabe.access.user.UserSessions;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.security.Permission;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ADMIN of a tenant does with the tenant's users. Every action is audited in the
 * transaction of the change; another tenant's user is "not found".
 */
@Service
class UserAdministration {

	private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

	private final UserStore users;

	private final ApiTokens tokens;

	private final UserLinks links;

	private final MailOutbox mails;

	private final AuditLog audit;

	private final Tenants tenants;

	private final MessageSource messages;

	private final UserSessions sessions;

	private final UserDirectory directory;

	private final Clock clock;

	private final UserPermissionStore permissions;

	UserAdministration(UserStore users, ApiTokens tokens, UserLinks links, MailOutbox mails, AuditLog audit,
			Tenants tenants, MessageSource messages, UserSessions sessions, UserDirectory directory, Clock clock,
			UserPermissionStore permissions) {
		this.permissions = permissions;
		this.users = users;
		this.tokens = tokens;
		this.links = links;
		this.mails = mails;
		this.audit = audit;
		this.tenants = tenants;
		this.messages = messages;
		this.sessions = sessions;
		this.directory = directory;
		this.clock = clock;
	}

	/** Creates a user without password and mails the invitation link. */
	@Transactional
	UUID invite(Actor admin, String username, String displayName, String email, Set<Role> roles) {
		UUID id = this.users.create(admin.tenantId(), username, email, displayName, null, roles);
		String roleText = UserStore.rolesText(roles);
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.invited", "user", id.toString(), null, roleText);
		this.audit.record(AuditCategory.ROLE_CHANGE, "user.roles.changed", "user", id.toString(), null,
				"- -> " + roleText);
		mailLink(admin.tenantId(), id, displayName, username, email, Purpose.INVITATION);
		return id;
	}

	/** A user of the admin's tenant, or 404. */
	ManagedUser find(Actor admin, UUID id) {
		return this.users.findInTenant(admin.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("access.error.notFound.user"));
	}

	/**
	 * Sets a user's roles and ends the user's sessions (a session keeps the roles of its
	 * sign-in); nobody changes their own.
	 * @throws OwnAccountException for the admin's own account
	 */
	@Transactional
	void changeRoles(Actor admin, UUID id, Set<Role> roles) {
		ManagedUser user = find(admin, id);
		refuseOwnAccount(admin, user);
		String before = user.rolesText();
		String after = UserStore.rolesText(roles);
		if (before.equals(after)) {
			return;
		}
		this.users.setRoles(admin.tenantId(), id, roles);
		this.sessions.endAll(user.username());
		this.audit.record(AuditCategory.ROLE_CHANGE, "user.roles.changed", "user", id.toString(), null,
				before + " -> " + after);
		for (Permission lost : this.permissions.revokeWithoutRole(admin.tenantId(), id, roles)) {
			this.audit.record(AuditCategory.ROLE_CHANGE, "user.permission.revoked", "user", id.toString(), null,
					lost.name() + " (role " + lost.requiredRole().name() + " removed)");
		}
	}

	/** The permissions granted to a user of the admin's tenant. */
	Set<Permission> permissions(Actor admin, UUID id) {
		return this.permissions.granted(admin.tenantId(), find(admin, id).id());
	}

	/**
	 * Grants a user a permission beside its roles; audited as a role change. Nobody
	 * grants one to themselves, and only to a user holding the permission's role.
	 * @throws OwnAccountException for the admin's own account
	 * @throws MissingRoleException if the user does not hold the permission's role
	 */
	@Transactional
	void grant(Actor admin, UUID id, Permission permission) {
		ManagedUser user = find(admin, id);
		refuseOwnAccount(admin, user);
		if (!user.roles().contains(permission.requiredRole())) {
			throw new MissingRoleException(permission);
		}
		if (this.permissions.grant(admin.tenantId(), id, permission, admin.userId())) {
			this.audit.record(AuditCategory.ROLE_CHANGE, "user.permission.granted", "user", id.toString(), null,
					permission.name());
		}
	}

	/**
	 * Revokes a user's permission; audited as a role change.
	 * @throws OwnAccountException for the admin's own account
	 */
	@Transactional
	void revoke(Actor admin, UUID id, Permission permission) {
		ManagedUser user = find(admin, id);
		refuseOwnAccount(admin, user);
		if (this.permissions.revoke(admin.tenantId(), id, permission)) {
			this.audit.record(AuditCategory.ROLE_CHANGE, "user.permission.revoked", "user", id.toString(), null,
					permission.name());
		}
	}

	/**
	 * Deactivates a user: no sign-in, its tokens revoked, its sessions ended.
	 * @throws OwnAccountException for the admin's own account
	 */
	@Transactional
	void deactivate(Actor admin, UUID id) {
		ManagedUser user = find(admin, id);
		refuseOwnAccount(admin, user);
		this.users.setActive(admin.tenantId(), id, false, OffsetDateTime.now(this.clock));
		int revoked = this.tokens.revokeAll(admin.tenantId(), id);
		int ended = this.sessions.endAll(user.username());
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.deactivated", "user", id.toString(), null,
				"tokens revoked: " + revoked + ", sessions ended: " + ended);
		log.info("User {} deactivated by {}: {} tokens revoked, {} sessions ended", user.username(), admin.username(),
				revoked, ended);
	}

	@Transactional
	void reactivate(Actor admin, UUID id) {
		find(admin, id);
		this.users.setActive(admin.tenantId(), id, true, null);
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.reactivated", "user", id.toString(), null, null);
	}

	/**
	 * Mails the user a one-time link to set a new password.
	 * @throws InactiveUserException if the user is deactivated
	 */
	@Transactional
	void resetPassword(Actor admin, UUID id) {
		ManagedUser user = find(admin, id);
		if (!user.active()) {
			throw new InactiveUserException();
		}
		mailLink(admin.tenantId(), id, user.displayName(), user.username(), user.email(), Purpose.PASSWORD_RESET);
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.password.reset", "user", id.toString(), null, null);
	}

	/**
	 * Binds a user to an organisation (PARTNER) and/or a guide profile (GUIDE) through
	 * the module API ({@link UserDirectory#bind}), which binds only a record of the
	 * admin's tenant; a record that stays as stored is left alone. All or nothing.
	 * @param chosen the record chosen of each kind (null: none)
	 * @throws RefusedRecordsException if a record is refused (nothing is stored)
	 */
	@Transactional
	void bind(Actor admin, UUID id, Map<Kind, UUID> chosen) {
		ManagedUser user = find(admin, id);
		Set<Kind> refused = EnumSet.noneOf(Kind.class);
		for (Kind kind : Kind.values()) {
			UUID record = chosen.get(kind);
			if (!Objects.equals(record, user.boundRecord(kind))
					&& !this.directory.bind(admin.tenantId(), id, kind, record)) {
				refused.add(kind);
			}
		}
		if (!refused.isEmpty()) {
			throw new RefusedRecordsException(refused);
		}
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.binding.changed", "user", id.toString(), null,
				"organisation: " + chosen.get(Kind.ORGANISATION) + ", guide profile: "
						+ chosen.get(Kind.GUIDE_PROFILE));
	}

	private void refuseOwnAccount(Actor admin, ManagedUser user) {
		if (user.id().equals(admin.userId())) {
			throw new OwnAccountException();
		}
	}

	void mailLink(UUID tenantId, UUID userId, String displayName, String username, String email, Purpose purpose) {
		String token = this.links.create(tenantId, userId, purpose, UserLinks.INVITATION_VALIDITY);
		Locale locale = LocaleContextHolder.getLocale();
		String tenantName = this.tenants.find(tenantId).map((tenant) -> tenant.name()).orElse("Teilhabe");
		String kind = (purpose == Purpose.INVITATION) ? "invitation" : "reset";
		Object[] args = { displayName, tenantName, username, this.links.url(token),
				UserLinks.INVITATION_VALIDITY.toDays() };
		this.mails.queue(tenantId, email, this.messages.getMessage("access.mail." + kind + ".subject", args, locale),
				this.messages.getMessage("access.mail." + kind + ".body", args, locale));
	}

	/** An admin tried to change their own roles or deactivate themselves. */
	static class OwnAccountException extends RuntimeException {

		OwnAccountException() {
			super("Nobody changes their own roles or deactivates themselves");
		}

	}

	/** A permission for a user who does not hold its role. */
	static class MissingRoleException extends RuntimeException {

		MissingRoleException(Permission permission) {
			super("The permission " + permission + " needs the role " + permission.requiredRole());
		}

	}

	/** Records to bind that are not the tenant's (the transaction is rolled back). */
	static class RefusedRecordsException extends RuntimeException {

		private final Set<Kind> kinds;

		RefusedRecordsException(Set<Kind> kinds) {
			super("No such record in the tenant: " + kinds);
			this.kinds = Set.copyOf(kinds);
		}

		/** The kinds whose record was refused. */
		Set<Kind> kinds() {
			return this.kinds;
		}

	}

	/** A password reset for a deactivated user. */
	static class InactiveUserException extends RuntimeException {

		InactiveUserException() {
			super("The user is deactivated");
		}

	}

}
