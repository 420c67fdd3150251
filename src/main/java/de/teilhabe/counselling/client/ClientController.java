package de.teilhabe.counselling.client;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client pages of the Beratungsstelle: the counsellor's clients and the name search,
 * the form to enter and change a client (all or nothing; a possible duplicate shown by
 * name and confirmed), and a client's page. A client the counsellor may not read leads to
 * the break-glass page.
 */
@Controller
class ClientController {

	private static final String LABELS = "counselling.field.";

	private static final int PAGE_SIZE = 50;

	private final Clients clients;

	private final MessageSource messages;

	private final ClientConsents consents;

	ClientController(Clients clients, MessageSource messages, ClientConsents consents) {
		this.clients = clients;
		this.messages = messages;
		this.consents = consents;
	}

	@GetMapping("/counselling/clients")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		if (q != null && q.length() > Clients.MAX_QUERY) {
			throw new BadRequestException("counselling.error.queryTooLong", Clients.MAX_QUERY);
		}
		Actor actor = CurrentActor.get();
		model.addAttribute("result", this.clients.search(actor, q, new ApiPaging(page, PAGE_SIZE)));
		model.addAttribute("q", (q != null) ? q.strip() : "");
		return "counselling/clients";
	}

	@GetMapping("/counselling/clients/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Grant grant = this.clients.grant(actor, id);
		if (grant.kind() == Kind.NONE) {
			return "redirect:/counselling/clients/" + id + "/break-glass";
		}
		return detailPage(actor, id, model, Map.of(), Map.of());
	}

	/**
	 * The client's page (read and audited as {@code detail}), with the consent form's
	 * values and errors (400 when there are errors).
	 */
	String detailPage(Actor actor, UUID id, Model model, Map<String, String> consentValues,
			Map<String, ? extends MessageSourceResolvable> consentErrors) {
		Grant grant = this.clients.grant(actor, id);
		Client client = this.clients.read(actor, id, "detail");
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("client", client);
		model.addAttribute("grant", grant);
		model.addAttribute("breakGlassUntil", null);
		model.addAttribute("responsible",
				this.clients.access().counsellors(actor.tenantId()).getOrDefault(client.responsibleId(), "–"));
		model.addAttribute("deputies", this.clients.access().deputies(actor.tenantId(), id).values());
		model.addAttribute("languageNames", Languages.displayNames(client.languages(), locale));
		model.addAttribute("gemeindeName", this.clients.gemeindeName(client.gemeinde()));
		model.addAttribute("consents", this.consents.views(actor, id, locale));
		model.addAttribute("consentPurposes", ClientConsents.Purpose.values());
		model.addAttribute("consentLanguages",
				ClientConsents.LANGUAGES.stream()
					.map((code) -> new AbstractMap.SimpleImmutableEntry<>(code, Languages.displayName(code, locale)))
					.toList());
		model.addAttribute("consentHows", HowGiven.values());
		model.addAttribute("today", this.consents.today().toString());
		Map<String, String> values = new LinkedHashMap<>(
				Map.of("language", "de", "givenAt", this.consents.today().toString(), "how", "WRITTEN"));
		values.putAll(consentValues);
		FormPage.show(model, values, consentErrors, this.messages, "counselling.consent.field.");
		return "counselling/client";
	}

	@GetMapping({ "/counselling/clients/new", "/counselling/clients/{id}/edit" })
	String form(@PathVariable(required = false) UUID id, Model model) {
		Actor actor = CurrentActor.get();
		if (id == null) {
			return formPage(model, actor, null, ClientForm.empty(), Map.of(), List.of());
		}
		if (this.clients.grant(actor, id).kind() == Kind.NONE) {
			return "redirect:/counselling/clients/" + id + "/break-glass";
		}
		Client client = this.clients.read(actor, id, "edit");
		return formPage(model, actor, client, ClientForm.of(client), Map.of(), List.of());
	}

	@PostMapping({ "/counselling/clients", "/counselling/clients/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Client client = null;
		Clients.Saved saved;
		if (id == null) {
			saved = this.clients.create(actor, params);
		}
		else {
			client = this.clients.read(actor, id, "edit");
			saved = this.clients.update(actor, id, params);
		}
		if (saved.id() == null) {
			return formPage(model, actor, client, saved.checked().values(), saved.checked().errors(),
					saved.duplicates());
		}
		redirect.addFlashAttribute("saved", (id == null) ? "created" : "changed");
		return "redirect:/counselling/clients/" + saved.id();
	}

	private String formPage(Model model, Actor actor, Client client, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, List<Clients.ClientSummary> duplicates) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("client", client);
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("gemeinden", this.clients.gemeinden(actor.tenantId()));
		model.addAttribute("languages", Languages.sortedByName(locale)
			.stream()
			.map((language) -> new AbstractMap.SimpleImmutableEntry<>(language.code(), language.displayName(locale)))
			.toList());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("statuses", ResidenceStatus.values());
		model.addAttribute("levels", GermanLevel.values());
		return "counselling/client-form";
	}

}
