package de.teilhabe.access;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The login of a volunteer guide: a user with the role GUIDE bound to the guide's
 * profile, made by an invitation mail with a one-time link to set the password (the same
 * mail and link as an administrator's invitation). The guides module decides who is
 * invited (an active guide with an e-mail address); this interface makes and reads the
 * user. Another tenant's user or profile is never found.
 */
public interface GuideLogins {

	/**
	 * The user bound to a guide profile, if any (the latest, if more than one).
	 */
	Optional<GuideLogin> loginOf(UUID tenantId, UUID guideProfileId);

	/**
	 * Creates a user with the role GUIDE bound to the profile (the username made from the
	 * e-mail address, unique on the platform) and mails the invitation link; audited.
	 * @param displayName the guide's name
	 * @param email where the invitation goes
	 * @return the new login (invited)
	 * @throws IllegalStateException if a user is bound to the profile already, or the
	 * profile is not the tenant's
	 */
	GuideLogin invite(UUID tenantId, UUID guideProfileId, String displayName, String email);

	/**
	 * Mails the invitation of a login that has no password yet again, with a new link
	 * (the older one ends); audited.
	 * @return the login
	 * @throws IllegalStateException if the profile has no such login
	 */
	GuideLogin resend(UUID tenantId, UUID guideProfileId);

	/** Where a guide's login stands. */
	enum LoginState {

		/** Invited, the link still valid, no password set yet. */
		INVITED,
		/** Invited, the link expired or used up, no password set. */
		EXPIRED,
		/** A password is set: the guide signs in. */
		ACTIVE,
		/** Deactivated by an administrator. */
		INACTIVE;

		/** Whether a new invitation mail makes sense (no password yet). */
		public boolean pending() {
			return this == INVITED || this == EXPIRED;
		}

	}

	/**
	 * A guide's login.
	 *
	 * @param userId the user
	 * @param username its login name
	 * @param email where its mails go
	 * @param state where it stands
	 * @param invitedAt when the latest invitation link was made (null: none)
	 */
	record GuideLogin(UUID userId, String username, String email, LoginState state, OffsetDateTime invitedAt) {
	}

}
