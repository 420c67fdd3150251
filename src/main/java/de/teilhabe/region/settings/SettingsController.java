package de.teilhabe.region.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.region.settings.SettingsStore.KeepLogo;
import de.teilhabe.region.settings.SettingsStore.LogoChange;
import de.teilhabe.region.settings.SettingsStore.NewLogo;
import de.teilhabe.region.settings.SettingsStore.RemoveLogo;
import de.teilhabe.region.settings.SettingsValidation.FieldError;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant settings page of the tenant's ADMIN.
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private final Tenants tenants;

	private final SettingsStore store;

	private final MessageSource messages;

	SettingsController(Tenants tenants, SettingsStore store, MessageSource messages) {
		this.tenants = tenants;
		this.store = store;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		TenantSettings settings = currentSettings();
		model.addAttribute("form", SettingsForm.of(settings, this.tenants.publicLanguages(settings.tenantId())));
		return page(model, settings, Map.of(), false);
	}

	@PostMapping
	String save(@ModelAttribute("form") SettingsForm form, @RequestParam(required = false) MultipartFile logo,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		TenantSettings settings = currentSettings();
		SettingsValidation validation = new SettingsValidation();
		SettingsValidation.Values values = validation.check(form);
		LogoChange logoChange = new KeepLogo();
		if (logo != null && !logo.isEmpty()) {
			// read at most one byte more than allowed: the size check needs no more
			byte[] content = logo.getInputStream().readNBytes(SettingsValidation.MAX_LOGO_BYTES + 1);
			String mediaType = validation.checkLogo(content);
			if (mediaType != null) {
				logoChange = new NewLogo(content, mediaType);
			}
		}
		else if (form.isRemoveLogo()) {
			logoChange = new RemoveLogo();
		}
		Map<String, FieldError> errors = validation.errors();
		if (errors.containsKey("version")) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, settings, Map.of(), true);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, settings, errors, false);
		}
		List<String> changed = this.store.save(actor, form.getVersion(), values, logoChange);
		if (changed == null) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, settings, Map.of(), true);
		}
		redirect.addFlashAttribute("saved", changed.isEmpty() ? "unchanged" : "saved");
		return "redirect:/admin/settings";
	}

	private String page(Model model, TenantSettings settings, Map<String, FieldError> errors, boolean stale) {
		Tenant tenant = this.tenants.find(settings.tenantId()).orElseThrow();
		model.addAttribute("settings", settings);
		model.addAttribute("slug", tenant.slug());
		Map<String, String> messages = new LinkedHashMap<>();
		errors.forEach((field, error) -> messages.put(field,
				this.messages.getMessage(error.key(), error.args(), LocaleContextHolder.getLocale())));
		model.addAttribute("errors", messages);
		model.addAttribute("stale", stale);
		model.addAttribute("maxLogoKb", SettingsValidation.MAX_LOGO_BYTES / 1024);
		model.addAttribute("languageChoices", languageChoices(model, settings));
		return "region/settings";
	}

	/**
	 * Every language of the reference list to tick by name: the ticked ones first in
	 * their order (the order of the public language switch), then the others by name.
	 */
	private List<Language> languageChoices(Model model, TenantSettings settings) {
		SettingsForm form = (SettingsForm) model.getAttribute("form");
		List<String> ticked = (form != null && form.getPublicLanguages() != null) ? form.getPublicLanguages()
				: this.tenants.publicLanguages(settings.tenantId()).stream().map(Language::code).toList();
		List<Language> choices = new ArrayList<>();
		ticked.forEach((code) -> Languages.find(code).filter((l) -> !choices.contains(l)).ifPresent(choices::add));
		Languages.sortedByName(LocaleContextHolder.getLocale())
			.stream()
			.filter((language) -> !choices.contains(language))
			.forEach(choices::add);
		model.addAttribute("tickedLanguages", ticked);
		return choices;
	}

	private TenantSettings currentSettings() {
		return this.tenants.settings(CurrentActor.get().tenantId())
			.orElseThrow(() -> new NotFoundException("error.notFound.tenant"));
	}

}
