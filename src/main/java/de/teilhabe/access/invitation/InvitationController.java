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
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormBinder.Bound;
import de.teilhabe.shared.web.form.FormPage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anonymous page behind a one-time link: the invitee (or a user whose password was
 * reset) sets a password, then signs in.
 */
@Controller
class InvitationController {

	/** The labels of the password fields in the error summary. */
	private static final String LABELS = "access.password.field.";

	private final UserLinks links;

	private final UserStore users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final UserSessions sessions;

	private final Clock clock;

	private final FormBinder forms;

	private final MessageSource messages;

	InvitationController(UserLinks links, UserStore users, PasswordEncoder passwords, AuditLog audit,
			UserSessions sessions, Clock clock, FormBinder forms, MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
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
		FormPage.show(model, FormBinder.empty(FormBinder.fields(PasswordForm.class)), Map.of(), this.messages, LABELS);
		return "access/invitation";
	}

	@PostMapping("/invitation/{token}")
	@Transactional
	String setPassword(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model) {
		Link link = find(token);
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		if (link.state() != LinkState.VALID) {
			return "access/invitation";
		}
		Bound<PasswordForm> bound = PasswordForm.bindNew(this.forms, params, link.username());
		if (!bound.checked().valid()) {
			FormPage.show(model, bound.checked(), this.messages, LABELS);
			return "access/invitation";
		}
		if (!this.links.use(link)) {
			return "redirect:/invitation/" + token;
		}
		this.users.setPassword(link.tenantId(), link.userId(), this.passwords.encode(bound.form().newPassword()),
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
