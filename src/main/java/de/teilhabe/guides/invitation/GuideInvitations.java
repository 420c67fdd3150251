package de.teilhabe.guides.invitation;

import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.GuideLogins;
import de.teilhabe.access.GuideLogins.GuideLogin;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.Guides;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's invitation of an active guide to a GUIDE login bound to the profile
 * ({@link GuideLogins}): it needs the profile's e-mail address; a guide with a login gets
 * none, a guide whose invitation is pending gets it again only when asked to resend.
 * Templates read a profile's login as {@code @guideInvitations.loginOf(guide)}.
 */
@Service("guideInvitations")
public class GuideInvitations {

	private final Guides guides;

	private final GuideLogins logins;

	private final AuditLog audit;

	GuideInvitations(Guides guides, GuideLogins logins, AuditLog audit) {
		this.guides = guides;
		this.logins = logins;
		this.audit = audit;
	}

	/** The login of a profile of the signed-in coordinator's tenant, if any. */
	public Optional<GuideLogin> loginOf(Guide guide) {
		return this.logins.loginOf(CurrentActor.get().tenantId(), guide.id());
	}

	/** Whether the page offers an invitation: an active guide without login. */
	public boolean invitable(Guide guide) {
		return guide.state() == GuideState.ACTIVE && loginOf(guide).isEmpty();
	}

	/**
	 * Invites the guide (or, with resend, mails a pending invitation again); audited.
	 * @throws RefusedException naming the field and why (422: {@code email},
	 * {@code state}; 409: a login or a pending invitation exists)
	 */
	@Transactional
	public GuideLogin invite(Actor actor, UUID guideId, boolean resend) {
		Guide guide = this.guides.visible(actor, guideId);
		Optional<GuideLogin> existing = this.logins.loginOf(actor.tenantId(), guide.id());
		GuideLogin login;
		if (existing.isPresent()) {
			if (!existing.get().state().pending()) {
				throw new RefusedException(true, "user", "guides.intake.error.hasLogin");
			}
			if (!resend) {
				throw new RefusedException(true, "resend", "guides.intake.error.pending");
			}
			login = this.logins.resend(actor.tenantId(), guide.id());
		}
		else {
			if (guide.state() != GuideState.ACTIVE) {
				throw new RefusedException(false, "state", "guides.intake.error.notActive");
			}
			if (guide.email() == null || guide.email().isBlank()) {
				throw new RefusedException(false, "email", "guides.intake.error.email");
			}
			login = this.logins.invite(actor.tenantId(), guide.id(), guide.name(), guide.email());
		}
		this.audit.record(AuditCategory.OTHER, resend ? "guides.guide.invitationResent" : "guides.guide.invited",
				"guide_profile", guide.id().toString(), null, "user " + login.userId());
		return login;
	}

	/** An invitation that is not made: a field and its message key; a conflict or not. */
	public static class RefusedException extends RuntimeException {

		private final boolean conflict;

		private final String field;

		private final String messageKey;

		RefusedException(boolean conflict, String field, String messageKey) {
			super(messageKey);
			this.conflict = conflict;
			this.field = field;
			this.messageKey = messageKey;
		}

		/**
		 * True for a login or pending invitation (409), false for a profile not ready
		 * (422).
		 */
		public boolean conflict() {
			return this.conflict;
		}

		public String field() {
			return this.field;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
