package de.teilhabe.access.admin;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.admin.UserAdministration.InactiveUserException;
import de.teilhabe.access.admin.UserAdministration.MissingRoleException;
import de.teilhabe.access.admin.UserAdministration.OwnAccountException;
import de.teilhabe.access.admin.UserAdministration.RefusedRecordsException;
import de.teilhabe.access.user.ManagedUser;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Permission;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormBinder.Bound;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
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

	/** The labels of the fields in the error summary: {@code access.users.<field>}. */
	private static final String LABELS = "access.users.";

	private final BindingPickers pickers;

	private final FormBinder forms;

	private final MessageSource messages;

	UserAdminController(UserAdministration administration, UserStore users, BindingPickers pickers, FormBinder forms,
			MessageSource messages) {
		this.administration = administration;
		this.users = users;
		this.pickers = pickers;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.listInTenant(CurrentActor.get().tenantId()));
		return "access/users";
	}

	@GetMapping("/admin/users/new")
	String inviteForm(Model model) {
		FormPage.show(model, FormBinder.empty(FormBinder.fields(InviteForm.class)), Map.of(), this.messages, LABELS);
		model.addAttribute("allRoles", Role.values());
		return "access/user-new";
	}

	@PostMapping("/admin/users")
	String invite(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Bound<InviteForm> bound = InviteForm.bind(this.forms, params, this.users);
		CheckedValues checked = bound.checked();
		if (checked.valid() && invitesItselfAsCounsellor(bound.form())) {
			checked = refused(checked, "email", "access.users.email.ownCounsellor");
		}
		if (checked.valid()) {
			InviteForm form = bound.form();
			try {
				UUID id = this.administration.invite(CurrentActor.get(), form.username(), form.displayName(),
						form.email(), form.chosenRoles());
				redirect.addFlashAttribute("success", "access.users.invited");
				return "redirect:/admin/users/" + id;
			}
			catch (DuplicateKeyException ex) { // invited by someone else meanwhile
				checked = refused(checked, "username", "access.users.username.taken");
			}
		}
		FormPage.show(model, checked, this.messages, LABELS);
		model.addAttribute("allRoles", Role.values());
		return "access/user-new";
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String organisationQuery,
			@RequestParam(required = false) String guideProfileQuery, Model model) {
		ManagedUser user = this.administration.find(CurrentActor.get(), id);
		Map<Kind, String> queries = new EnumMap<>(Kind.class);
		queries.put(Kind.ORGANISATION, organisationQuery);
		queries.put(Kind.GUIDE_PROFILE, guideProfileQuery);
		return detail(model, user, BindingForm.values(user), Map.of(), queries);
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

	/**
	 * Grants ({@code granted=true}) or revokes a permission beside the user's roles (e.g.
	 * the discrimination complaints for a named counsellor); never one's own.
	 */
	@PostMapping("/admin/users/{id}/permissions")
	String changePermission(@PathVariable UUID id, @RequestParam(required = false) String permission,
			@RequestParam(required = false) String granted, RedirectAttributes redirect) {
		Permission chosen = Arrays.stream(Permission.values())
			.filter((each) -> each.name().equals(permission))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("access.error.permission"));
		try {
			if ("true".equals(granted)) {
				this.administration.grant(CurrentActor.get(), id, chosen);
				return flash(redirect, id, "success", "access.users.permission.granted");
			}
			this.administration.revoke(CurrentActor.get(), id, chosen);
			return flash(redirect, id, "success", "access.users.permission.revoked");
		}
		catch (OwnAccountException ex) {
			return flash(redirect, id, "error", "access.users.permission.own");
		}
		catch (MissingRoleException ex) {
			return flash(redirect, id, "error", "access.users.permission.role");
		}
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
	String bind(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor admin = CurrentActor.get();
		ManagedUser user = this.administration.find(admin, id);
		Bound<BindingForm> bound = this.forms.bind(params, BindingForm.class);
		CheckedValues checked = bound.checked();
		if (checked.valid()) {
			Map<Kind, UUID> chosen = new EnumMap<>(Kind.class);
			for (Kind kind : Kind.values()) {
				chosen.put(kind, bound.form().chosen(kind));
			}
			try {
				this.administration.bind(admin, id, chosen);
				return flash(redirect, id, "success", "access.users.binding.saved");
			}
			catch (RefusedRecordsException ex) {
				for (Kind kind : ex.kinds()) {
					checked = refused(checked, BindingForm.field(kind), "access.users.binding.unknown");
				}
			}
		}
		// the pickers show the binding as stored: a refused choice is no current record
		return detail(model, user, BindingForm.values(user), checked.errors(), Map.of());
	}

	private String detail(Model model, ManagedUser user, Map<String, String> bindingValues,
			Map<String, MessageSourceResolvable> bindingErrors, Map<Kind, String> queries) {
		FormPage.show(model, bindingValues, bindingErrors, this.messages, LABELS);
		model.addAttribute("pickers", this.pickers.pickers(user.tenantId(), bindingValues, queries));
		model.addAttribute("user", user);
		model.addAttribute("own", user.id().equals(CurrentActor.get().userId()));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allPermissions", Permission.values());
		model.addAttribute("permissions", this.administration.permissions(CurrentActor.get(), user.id()));
		return "access/user";
	}

	/**
	 * Whether an ADMIN invites a counsellor with its own e-mail address: the invitation
	 * link would give the admin a second account with the role COUNSELLOR, which no ADMIN
	 * may give itself (nor change its own roles).
	 */
	private boolean invitesItselfAsCounsellor(InviteForm form) {
		if (!form.chosenRoles().contains(Role.COUNSELLOR) || form.email() == null) {
			return false;
		}
		UUID own = CurrentActor.get().userId();
		return this.users.findByEmail(form.email().strip()).stream().anyMatch((account) -> account.id().equals(own));
	}

	/** The checked values with one more error: a refusal found while storing. */
	private static CheckedValues refused(CheckedValues checked, String field, String messageKey) {
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(checked.errors());
		errors.put(field, new DefaultMessageSourceResolvable(messageKey));
		return new CheckedValues(checked.values(), errors);
	}

	private static String flash(RedirectAttributes redirect, UUID id, String kind, String messageKey) {
		redirect.addFlashAttribute(kind, messageKey);
		return "redirect:/admin/users/" + id;
	}

}
