package de.teilhabe.access.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
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
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormBinder.Bound;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own profile: change the password, create and revoke personal API
 * tokens.
 */
@Controller
class ProfileController {

	/** The labels of the password fields in the error summary. */
	private static final String PASSWORD_LABELS = "access.password.field.";

	/**
	 * The labels of the token fields in the error summary: {@code access.token.<field>}.
	 */
	private static final String TOKEN_LABELS = "access.token.";

	private final UserStore users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final UserSessions sessions;

	private final Clock clock;

	private final FormBinder forms;

	private final MessageSource messages;

	ProfileController(UserStore users, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit,
			UserSessions sessions, Clock clock, FormBinder forms, MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
		this.users = users;
		this.sessions = sessions;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		return page(model, Map.of(), Map.of(), PASSWORD_LABELS);
	}

	@PostMapping("/profile/password")
	@Transactional
	String changePassword(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UserAccount account = this.users.findById(actor.userId()).orElseThrow();
		Bound<PasswordForm> bound = PasswordForm.bindChange(this.forms, params, actor.username(),
				(typed) -> account.passwordHash() != null && this.passwords.matches(typed, account.passwordHash()));
		if (!bound.checked().valid()) {
			return page(model, bound.checked().values(), bound.checked().errors(), PASSWORD_LABELS);
		}
		this.users.setPassword(actor.tenantId(), actor.userId(), this.passwords.encode(bound.form().newPassword()),
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
	String createToken(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Bound<TokenForm> bound = this.forms.bind(params, TokenForm.class);
		if (!bound.checked().valid()) {
			return page(model, bound.checked().values(), bound.checked().errors(), TOKEN_LABELS);
		}
		Actor actor = CurrentActor.get();
		String name = bound.form().name();
		int days = bound.form().days();
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

	/**
	 * The profile page with the values and errors of the form sent (the password form or
	 * the token form; both share the page's form model, their fields differ).
	 */
	private String page(Model model, Map<String, String> sent, Map<String, MessageSourceResolvable> errors,
			String labels) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(PasswordForm.class)));
		values.putAll(FormBinder.empty(FormBinder.fields(TokenForm.class)));
		values.put("expiryDays", TokenForm.DEFAULT_DAYS);
		values.putAll(sent);
		FormPage.show(model, values, errors, this.messages, labels);
		model.addAttribute("tokens", this.tokens.list(actor.tenantId(), actor.userId()));
		return "access/profile";
	}

}
