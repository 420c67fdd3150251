package de.teilhabe.access.invitation;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.access.invitation.UserLinks.Link;
import de.teilhabe.access.invitation.UserLinks.LinkState;
import de.teilhabe.access.user.PasswordForm;
import de.teilhabe.access.user.UserSessions;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.web.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The anonymous page behind a one-time link: the invitee (or a user whose password was
 * reset) sets a password, then signs in.
 */
@Controller
class InvitationController {

	private final UserLinks links;

	private final UserStore users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final UserSessions sessions;

	private final Clock clock;

	InvitationController(UserLinks links, UserStore users, PasswordEncoder passwords, AuditLog audit,
			UserSessions sessions, Clock clock) {
		this.links = links;
		this.sessions = sessions;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/invitation/{token}")
	String show(@PathVariable String token, Model model) {
		Link link = find(token);
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		model.addAttribute("form", new PasswordForm());
		return "access/invitation";
	}

	@PostMapping("/invitation/{token}")
	@Transactional
	String setPassword(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model) {
		Link link = find(token);
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		if (link.state() != LinkState.VALID) {
			return "access/invitation";
		}
		form.validate(link.username(), errors);
		if (errors.hasErrors()) {
			return "access/invitation";
		}
		if (!this.links.use(link)) {
			return "redirect:/invitation/" + token;
		}
		this.users.setPassword(link.tenantId(), link.userId(), this.passwords.encode(form.getNewPassword()),
				OffsetDateTime.now(this.clock));
		// a reset ends every session of the account, e.g. one opened with the old
		// password
		this.sessions.endAll(link.username());
		this.audit.record(new AuditEntry(link.tenantId(), link.userId(), link.username(), AuditCategory.AUTHENTICATION,
				"user.password.set", "user", link.userId().toString(), null, link.purpose().name()));
		return "redirect:/login?passwordSet";
	}

	private Link find(String token) {
		return this.links.find(token).orElseThrow(() -> new NotFoundException("access.error.notFound.link"));
	}

}
