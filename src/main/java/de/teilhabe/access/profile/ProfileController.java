package de.teilhabe.access.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.PasswordForm;
import de.teilhabe.access.user.UserAccount;
import de.teilhabe.access.user.UserSessions;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own profile: change the password, create and revoke personal API
 * tokens.
 */
@Controller
class ProfileController {

	private final UserStore users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final UserSessions sessions;

	private final Clock clock;

	ProfileController(UserStore users, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit,
			UserSessions sessions, Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		return page(model, new PasswordForm(), new TokenForm());
	}

	@PostMapping("/profile/password")
	@Transactional
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UserAccount account = this.users.findById(actor.userId()).orElseThrow();
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			errors.rejectValue("currentPassword", "access.password.current.required");
		}
		else if (account.passwordHash() == null
				|| !this.passwords.matches(form.getCurrentPassword(), account.passwordHash())) {
			errors.rejectValue("currentPassword", "access.password.current.wrong");
		}
		form.validate(actor.username(), errors);
		if (errors.hasErrors()) {
			return page(model, form, new TokenForm());
		}
		this.users.setPassword(actor.tenantId(), actor.userId(), this.passwords.encode(form.getNewPassword()),
				OffsetDateTime.now(this.clock));
		// the user's other sessions end; this one, just re-authenticated by the current
		// password, stays under a new id
		HttpSession current = request.getSession(false);
		this.sessions.endAllExcept(actor.username(), (current != null) ? current.getId() : null);
		if (current != null) {
			request.changeSessionId();
		}
		this.audit.record(AuditCategory.AUTHENTICATION, "user.password.changed", "user", actor.userId().toString(),
				null);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens")
	@Transactional
	String createToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		int days = form.validate(errors);
		if (errors.hasErrors()) {
			return page(model, new PasswordForm(), form);
		}
		Actor actor = CurrentActor.get();
		String name = form.getName().strip();
		Instant expires = Instant.now(this.clock).plus(Duration.ofDays(days));
		String token = this.tokens.create(actor.tenantId(), actor.userId(), name, expires);
		this.audit.record(AuditCategory.AUTHENTICATION, "token.created", "user", actor.userId().toString(), null,
				"expires in " + days + " days");
		redirect.addFlashAttribute("createdToken", token);
		redirect.addFlashAttribute("createdTokenName", name);
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	@Transactional
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!this.tokens.revoke(actor.tenantId(), actor.userId(), id)) {
			throw new NotFoundException("access.error.notFound.token");
		}
		this.audit.record(AuditCategory.AUTHENTICATION, "token.revoked", "user", actor.userId().toString(), null,
				"token " + id);
		redirect.addFlashAttribute("tokenRevoked", true);
		return "redirect:/profile";
	}

	private String page(Model model, PasswordForm passwordForm, TokenForm tokenForm) {
		Actor actor = CurrentActor.get();
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("tokenForm", tokenForm);
		model.addAttribute("tokens", this.tokens.list(actor.tenantId(), actor.userId()));
		return "access/profile";
	}

}
