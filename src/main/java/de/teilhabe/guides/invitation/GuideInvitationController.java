package de.teilhabe.guides.invitation;

import java.util.UUID;

import de.teilhabe.access.GuideLogins.GuideLogin;
import de.teilhabe.guides.invitation.GuideInvitations.RefusedException;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The button on a guide's profile page that invites the guide to a login (or sends a
 * pending invitation again); back on the profile page, the outcome is said above the
 * login's state.
 */
@Controller
class GuideInvitationController {

	private final GuideInvitations invitations;

	GuideInvitationController(GuideInvitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/guides/profiles/{id}/invitation")
	String invite(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean resend,
			RedirectAttributes redirect) {
		try {
			GuideLogin login = this.invitations.invite(CurrentActor.get(), id, resend);
			redirect.addFlashAttribute("invitationSentTo", login.email());
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("invitationRefused", ex.messageKey());
		}
		return "redirect:/guides/profiles/" + id + "#login-heading";
	}

}
