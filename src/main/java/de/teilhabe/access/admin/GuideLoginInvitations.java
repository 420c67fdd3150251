package de.teilhabe.access.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.GuideLogins;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.access.invitation.UserLinks.Purpose;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guide logins made by invitation: a user with the role GUIDE bound to the profile, the
 * invitation mailed like an administrator's ({@link UserAdministration#mailLink}); the
 * user's state read from its password and its invitation links.
 */
@Service
class GuideLoginInvitations implements GuideLogins {

	private final JdbcClient jdbc;

	private final UserStore users;

	private final UserDirectory directory;

	private final UserAdministration administration;

	private final AuditLog audit;

	private final Clock clock;

	GuideLoginInvitations(JdbcClient jdbc, UserStore users, UserDirectory directory, UserAdministration administration,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.directory = directory;
		this.administration = administration;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GuideLogin> loginOf(UUID tenantId, UUID guideProfileId) {
		return this.jdbc.sql("""
				SELECT u.id, u.username, u.email, u.active, u.password_hash IS NOT NULL AS has_password,
				  (SELECT max(l.created_at) FROM user_link l
				   WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id AND l.purpose = 'INVITATION') AS invited_at,
				  EXISTS (SELECT 1 FROM user_link l
				   WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id AND l.purpose = 'INVITATION'
				     AND l.used_at IS NULL AND l.expires_at > ?) AS pending
				FROM app_user u WHERE u.tenant_id = ? AND u.guide_profile_id = ?
				ORDER BY u.created_at DESC, u.id LIMIT 1""")
			.params(OffsetDateTime.now(this.clock), tenantId, guideProfileId)
			.query((rs, row) -> {
				LoginState state;
				if (!rs.getBoolean("active")) {
					state = LoginState.INACTIVE;
				}
				else if (rs.getBoolean("has_password")) {
					state = LoginState.ACTIVE;
				}
				else {
					state = rs.getBoolean("pending") ? LoginState.INVITED : LoginState.EXPIRED;
				}
				return new GuideLogin(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("email"),
						state, rs.getObject("invited_at", OffsetDateTime.class));
			})
			.optional();
	}

	@Override
	@Transactional
	public GuideLogin invite(UUID tenantId, UUID guideProfileId, String displayName, String email) {
		// one invitation at a time per profile: two clicks at once make one user
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
			.param("guide-login:" + guideProfileId)
			.query()
			.rowSet();
		if (loginOf(tenantId, guideProfileId).isPresent()) {
			throw new IllegalStateException("The guide profile has a login already");
		}
		String username = freeUsername(email);
		UUID id = this.users.create(tenantId, username, email, displayName, null, EnumSet.of(Role.GUIDE));
		if (!this.directory.bindGuideProfile(tenantId, id, guideProfileId)) {
			throw new IllegalStateException("No such guide profile in the tenant");
		}
		String roles = UserStore.rolesText(EnumSet.of(Role.GUIDE));
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.invited", "user", id.toString(), null,
				roles + ", guide profile " + guideProfileId);
		this.audit.record(AuditCategory.ROLE_CHANGE, "user.roles.changed", "user", id.toString(), null,
				"- -> " + roles);
		this.administration.mailLink(tenantId, id, displayName, username, email, Purpose.INVITATION);
		return loginOf(tenantId, guideProfileId).orElseThrow();
	}

	@Override
	@Transactional
	public GuideLogin resend(UUID tenantId, UUID guideProfileId) {
		GuideLogin login = loginOf(tenantId, guideProfileId)
			.filter((found) -> found.state().pending() && found.email() != null)
			.orElseThrow(() -> new IllegalStateException("No login waiting for its password"));
		String displayName = this.directory.displayNameOf(tenantId, login.userId()).orElse(login.username());
		this.administration.mailLink(tenantId, login.userId(), displayName, login.username(), login.email(),
				Purpose.INVITATION);
		this.audit.record(AuditCategory.USER_ADMINISTRATION, "user.invitation.resent", "user",
				login.userId().toString(), null, "guide profile " + guideProfileId);
		return loginOf(tenantId, guideProfileId).orElseThrow();
	}

	/**
	 * A username from the e-mail address's local part ({@code a.haddad}), with a number
	 * added while it is taken on the platform.
	 */
	private String freeUsername(String email) {
		String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
		String base = local.replaceAll("[^a-z0-9._-]", "").replaceAll("^[._-]+", "");
		if (base.length() < 2) {
			base = "lotse";
		}
		base = base.substring(0, Math.min(base.length(), 56));
		String username = base;
		for (int n = 2; this.users.usernameTaken(username); n++) {
			username = base + "-" + n;
		}
		return username;
	}

}
