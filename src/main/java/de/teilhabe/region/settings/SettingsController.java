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
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant settings page of the tenant's ADMIN: a {@link SettingsForm} bound and
 * checked by {@link FormBinder} (all or nothing), guarded by the version the form was
 * loaded with (409 when someone else saved in between).
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	static final int MAX_LOGO_BYTES = 512 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private final Tenants tenants;

	private final SettingsStore store;

	private final FormBinder forms;

	private final MessageSource messages;

	SettingsController(Tenants tenants, SettingsStore store, FormBinder forms, MessageSource messages) {
		this.tenants = tenants;
		this.store = store;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		TenantSettings settings = currentSettings();
		SettingsForm form = SettingsForm.of(settings, this.tenants.publicLanguages(settings.tenantId()));
		return page(model, settings, FormBinder.values(form), Map.of(), false);
	}

	@PostMapping
	String save(@RequestParam MultiValueMap<String, String> params, @RequestParam(required = false) MultipartFile logo,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		TenantSettings settings = currentSettings();
		MultiValueMap<String, String> submitted = new LinkedMultiValueMap<>(params);
		if (!submitted.containsKey("publicLanguages") && !submitted.containsKey("_publicLanguages")) {
			// a form without the language choice keeps the offered languages
			this.tenants.publicLanguages(settings.tenantId())
				.forEach((language) -> submitted.add("publicLanguages", language.code()));
		}
		FormBinder.Bound<SettingsForm> bound = this.forms.bind(submitted, SettingsForm.class);
		CheckedValues checked = bound.checked();
		if (checked.errors().containsKey("version") || (bound.form() != null && bound.form().version() == null)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, settings, checked.values(), Map.of(), true);
		}
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(checked.errors());
		LogoChange logoChange = new KeepLogo();
		if (logo != null && !logo.isEmpty()) {
			// read at most one byte more than allowed: the size check needs no more
			byte[] content = logo.getInputStream().readNBytes(MAX_LOGO_BYTES + 1);
			String mediaType = mediaType(content);
			if (content.length > MAX_LOGO_BYTES) {
				errors.put("logo", new DefaultMessageSourceResolvable(
						new String[] { "region.settings.error.logo.size" }, new Object[] { MAX_LOGO_BYTES / 1024 }));
			}
			else if (mediaType == null) {
				errors.put("logo", new DefaultMessageSourceResolvable("region.settings.error.logo.type"));
			}
			else {
				logoChange = new NewLogo(content, mediaType);
			}
		}
		else if (bound.form() != null && bound.form().removeLogo()) {
			logoChange = new RemoveLogo();
		}
		if (!errors.isEmpty()) {
			return page(model, settings, checked.values(), errors, false);
		}
		SettingsForm form = bound.form();
		List<String> changed = this.store.save(actor, form.version(), form, logoChange);
		if (changed == null) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, settings, checked.values(), Map.of(), true);
		}
		redirect.addFlashAttribute("saved", changed.isEmpty() ? "unchanged" : "saved");
		return "redirect:/admin/settings";
	}

	/**
	 * The page with the form's values and errors ({@link FormPage}); {@code stale} when
	 * someone else saved the settings since the form was loaded.
	 */
	private String page(Model model, TenantSettings settings, Map<String, String> values,
			Map<String, MessageSourceResolvable> errors, boolean stale) {
		Tenant tenant = this.tenants.find(settings.tenantId()).orElseThrow();
		FormPage.show(model, values, errors, this.messages, "region.settings.");
		model.addAttribute("settings", settings);
		model.addAttribute("slug", tenant.slug());
		model.addAttribute("stale", stale);
		model.addAttribute("maxLogoKb", MAX_LOGO_BYTES / 1024);
		List<String> ticked = FormBinder.split(values.getOrDefault("publicLanguages", ""));
		model.addAttribute("tickedLanguages", ticked);
		model.addAttribute("languageChoices", languageChoices(ticked));
		return "region/settings";
	}

	/**
	 * Every language of the reference list to tick by name: the ticked ones first in
	 * their order (the order of the public language switch), then the others by name.
	 */
	private static List<Language> languageChoices(List<String> ticked) {
		List<Language> choices = new ArrayList<>();
		ticked.forEach((code) -> Languages.find(code).filter((l) -> !choices.contains(l)).ifPresent(choices::add));
		Languages.sortedByName(LocaleContextHolder.getLocale())
			.stream()
			.filter((language) -> !choices.contains(language))
			.forEach(choices::add);
		return choices;
	}

	/** A PNG or JPEG by its first bytes, else null. */
	private static String mediaType(byte[] content) {
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private TenantSettings currentSettings() {
		return this.tenants.settings(CurrentActor.get().tenantId())
			.orElseThrow(() -> new NotFoundException("error.notFound.tenant"));
	}

}
