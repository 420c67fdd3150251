package de.teilhabe.guides.invitation;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.GuideLogins.GuideLogin;
import de.teilhabe.guides.invitation.GuideInvitations.RefusedException;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invitation API (GUIDE_COORDINATOR): {@code POST /api/v1/guides/{id}/invitation}
 * invites an active guide to a GUIDE login bound to the profile (201 with the login);
 * body {@code {"resend": true}} mails a pending invitation again. 422 naming
 * {@code email} if the profile has no e-mail address, {@code state} if the guide is not
 * active; 409 if the guide has a login already or (without resend) is invited already.
 */
@RestController
class GuideInvitationApiController {

	private final GuideInvitations invitations;

	GuideInvitationApiController(GuideInvitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/guides/{id}/invitation")
	ResponseEntity<LoginItem> invite(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Object resend = (body != null) ? body.get("resend") : null;
		if (resend != null && !(resend instanceof Boolean)) {
			throw new InvalidBodyException("resend", "typeMismatch.java.lang.Boolean");
		}
		try {
			GuideLogin login = this.invitations.invite(CurrentActor.get(), id, Boolean.TRUE.equals(resend));
			return ResponseEntity.created(URI.create("/api/v1/guides/" + id + "/invitation"))
				.body(new LoginItem(login.userId(), login.username(), login.state().name(), login.invitedAt()));
		}
		catch (RefusedException ex) {
			if (ex.conflict()) {
				throw new ConflictException(ex.messageKey());
			}
			throw new InvalidBodyException(ex.field(), ex.messageKey());
		}
	}

	/**
	 * A guide's login.
	 *
	 * @param userId the user
	 * @param username its login name
	 * @param state INVITED, EXPIRED, ACTIVE or INACTIVE
	 * @param invitedAt when the latest invitation was made
	 */
	record LoginItem(UUID userId, String username, String state, OffsetDateTime invitedAt) {
	}

}
