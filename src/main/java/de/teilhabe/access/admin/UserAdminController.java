package de.teilhabe.access.admin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.admin.UserAdministration.InactiveUserException;
import de.teilhabe.access.admin.UserAdministration.OwnAccountException;
import de.teilhabe.access.user.ManagedUser;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.BadRequestException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration of a tenant (ADMIN): list, invite, roles, deactivate, reactivate,
 * password reset, binding to an organisation or guide profile.
 */
@Controller
class UserAdminController {

	private final UserAdministration administration;

	private final UserStore users;

	private final BindingPickers pickers;

	UserAdminController(UserAdministration administration, UserStore users, BindingPickers pickers) {
		this.administration = administration;
		this.users = users;
		this.pickers = pickers;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.listInTenant(CurrentActor.get().tenantId()));
		return "access/users";
	}

	@GetMapping("/admin/users/new")
	String inviteForm(Model model) {
		model.addAttribute("form", new InviteForm());
		model.addAttribute("allRoles", Role.values());
		return "access/user-new";
	}

	@PostMapping("/admin/users")
	String invite(@ModelAttribute("form") InviteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.validate(errors, this.users);
		UUID id = null;
		if (!errors.hasErrors()) {
			try {
				id = this.administration.invite(CurrentActor.get(), form.getUsername().strip(),
						form.getDisplayName().strip(), form.getEmail().strip(), form.parsedRoles());
			}
			catch (DuplicateKeyException ex) { // invited by someone else meanwhile
				errors.rejectValue("username", "access.users.username.taken");
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("allRoles", Role.values());
			return "access/user-new";
		}
		redirect.addFlashAttribute("success", "access.users.invited");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String organisationQuery,
			@RequestParam(required = false) String guideProfileQuery, Model model) {
		ManagedUser user = this.administration.find(CurrentActor.get(), id);
		Map<Kind, String> queries = new EnumMap<>(Kind.class);
		queries.put(Kind.ORGANISATION, organisationQuery);
		queries.put(Kind.GUIDE_PROFILE, guideProfileQuery);
		return detail(model, user, BindingForm.of(user), queries);
	}

	@PostMapping("/admin/users/{id}/roles")
	String changeRoles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<String> roles,
			RedirectAttributes redirect) {
		Set<Role> parsed = InviteForm.parseRoles(roles);
		if (parsed == null) {
			throw new BadRequestException("access.error.role");
		}
		if (parsed.isEmpty()) {
			this.administration.find(CurrentActor.get(), id);
			return flash(redirect, id, "error", "access.users.roles.required");
		}
		try {
			this.administration.changeRoles(CurrentActor.get(), id, parsed);
		}
		catch (OwnAccountException ex) {
			return flash(redirect, id, "error", "access.users.roles.own");
		}
		return flash(redirect, id, "success", "access.users.roles.changed");
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.administration.deactivate(CurrentActor.get(), id);
		}
		catch (OwnAccountException ex) {
			return flash(redirect, id, "error", "access.users.deactivate.own");
		}
		return flash(redirect, id, "success", "access.users.deactivated");
	}

	@PostMapping("/admin/users/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		this.administration.reactivate(CurrentActor.get(), id);
		return flash(redirect, id, "success", "access.users.reactivated");
	}

	@PostMapping("/admin/users/{id}/reset")
	String reset(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.administration.resetPassword(CurrentActor.get(), id);
		}
		catch (InactiveUserException ex) {
			return flash(redirect, id, "error", "access.users.reset.inactive");
		}
		return flash(redirect, id, "success", "access.users.resetSent");
	}

	@PostMapping("/admin/users/{id}/binding")
	String bind(@PathVariable UUID id, @ModelAttribute("bindingForm") BindingForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor admin = CurrentActor.get();
		ManagedUser user = this.administration.find(admin, id);
		form.validate(errors);
		Map<Kind, UUID> stored = new EnumMap<>(Kind.class);
		stored.put(Kind.ORGANISATION, user.organisationId());
		stored.put(Kind.GUIDE_PROFILE, user.guideProfileId());
		if (!this.pickers.checkRecords(admin.tenantId(), form, stored, errors)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		if (errors.hasErrors()) {
			return detail(model, user, form, Map.of());
		}
		this.administration.bind(admin, id, form.organisation(), form.guideProfile());
		return flash(redirect, id, "success", "access.users.binding.saved");
	}

	private String detail(Model model, ManagedUser user, BindingForm bindingForm, Map<Kind, String> queries) {
		model.addAttribute("pickers", this.pickers.pickers(user.tenantId(), bindingForm, queries));
		model.addAttribute("user", user);
		model.addAttribute("own", user.id().equals(CurrentActor.get().userId()));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("bindingForm", bindingForm);
		return "access/user";
	}

	private static String flash(RedirectAttributes redirect, UUID id, String kind, String messageKey) {
		redirect.addFlashAttribute(kind, messageKey);
		return "redirect:/admin/users/" + id;
	}

}
