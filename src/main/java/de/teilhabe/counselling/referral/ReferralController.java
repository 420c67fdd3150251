package de.teilhabe.counselling.referral;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.contact.CaseHeaders;
import de.teilhabe.counselling.casework.contact.CaseView;
import de.teilhabe.counselling.client.DataCategory;
import de.teilhabe.counselling.client.SharingConsents;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletResponse;

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
 * The referral pages of a case (COUNSELLOR reading the case's client; 403 otherwise, 404
 * for an unknown case): the list, the form with the preview of exactly what will be
 * passed on and which consent covers it, sending (refused at the categories naming the
 * missing consent), one referral with its packet as sent, recording the organisation's
 * answer or revoking it, and the outcome check; the counsellor's open outcome checks.
 * Every page shown is audited.
 */
@Controller
class ReferralController {

	private static final String BASE = "/counselling/cases/";

	private static final String LABELS = "counselling.referrals.form.";

	private final Referrals referrals;

	private final CaseHeaders headers;

	private final SharingConsents consents;

	private final MessageSource messages;

	ReferralController(Referrals referrals, CaseHeaders headers, SharingConsents consents, MessageSource messages) {
		this.referrals = referrals;
		this.headers = headers;
		this.consents = consents;
		this.messages = messages;
	}

	@GetMapping("/counselling/cases/{caseId}/referrals")
	String list(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		header(actor, caseId, model);
		model.addAttribute("result", this.referrals.list(actor, caseId, new ApiPaging(page, 50)));
		model.addAttribute("today", this.referrals.today());
		return "counselling/referrals";
	}

	@GetMapping("/counselling/cases/{caseId}/referrals/new")
	String form(@PathVariable UUID caseId, Model model) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(ReferralForm.class)));
		values.put("followUpOn", this.referrals.today().plusDays(Referrals.FOLLOW_UP_DAYS).toString());
		return formPage(actor, caseId, values, Map.of(), null, model);
	}

	@PostMapping("/counselling/cases/{caseId}/referrals/preview")
	String preview(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params, Model model) {
		Actor actor = CurrentActor.get();
		Referrals.Prepared prepared = this.referrals.prepare(actor, caseId, single(params),
				LocaleContextHolder.getLocale());
		return formPage(actor, caseId, prepared.checked().values(), prepared.checked().errors(),
				(prepared.packet() != null) ? prepared : null, model);
	}

	@PostMapping("/counselling/cases/{caseId}/referrals")
	String send(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> raw = single(params);
		Referrals.Sent sent;
		try {
			sent = this.referrals.send(actor, caseId, raw, locale);
		}
		catch (ConflictException ex) {
			// the values changed since the preview: the new preview, to be checked again
			Referrals.Prepared prepared = this.referrals.prepare(actor, caseId, raw, locale);
			model.addAttribute("changed", true);
			String page = formPage(actor, caseId, prepared.checked().values(), prepared.checked().errors(),
					(prepared.packet() != null) ? prepared : null, model);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page;
		}
		if (sent.id() == null) {
			Referrals.Prepared prepared = sent.prepared();
			return formPage(actor, caseId, prepared.checked().values(), prepared.checked().errors(),
					(prepared.packet() != null) ? prepared : null, model);
		}
		redirect.addFlashAttribute("referralSaved", "sent");
		return "redirect:" + BASE + caseId + "/referrals/" + sent.id();
	}

	@GetMapping("/counselling/cases/{caseId}/referrals/{id}")
	String one(@PathVariable UUID caseId, @PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		header(actor, caseId, model);
		Referral referral = this.referrals.one(actor, caseId, id);
		model.addAttribute("referral", referral);
		model.addAttribute("consentsValid", this.referrals.consentsValid(actor.tenantId(), referral.consentIds()));
		model.addAttribute("moves", referral.status().next().stream().map(Enum::name).toList());
		model.addAttribute("today", this.referrals.today());
		return "counselling/referral";
	}

	@PostMapping("/counselling/cases/{caseId}/referrals/{id}/status")
	String move(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		this.referrals.move(CurrentActor.get(), caseId, id, status, note);
		redirect.addFlashAttribute("referralSaved", "status");
		return "redirect:" + BASE + caseId + "/referrals/" + id;
	}

	@PostMapping("/counselling/cases/{caseId}/referrals/{id}/outcome-check")
	String checkOutcome(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.referrals.checkOutcome(CurrentActor.get(), caseId, id, note);
		redirect.addFlashAttribute("referralSaved", "checked");
		return "redirect:" + BASE + caseId + "/referrals/" + id;
	}

	@GetMapping("/counselling/referrals")
	String followUps(Model model) {
		model.addAttribute("referrals", this.referrals.followUps(CurrentActor.get()));
		model.addAttribute("today", this.referrals.today());
		return "counselling/referral-follow-ups";
	}

	private String formPage(Actor actor, UUID caseId, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Referrals.Prepared prepared, Model model) {
		CaseView view = header(actor, caseId, model);
		Locale locale = LocaleContextHolder.getLocale();
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("organisations", this.referrals.organisations(actor.tenantId())
			.stream()
			.map((organisation) -> new SimpleImmutableEntry<>(organisation.id().toString(), organisation.name()))
			.toList());
		List<SimpleImmutableEntry<String, String>> categories = new ArrayList<>();
		for (DataCategory category : DataCategory.values()) {
			categories.add(new SimpleImmutableEntry<>(category.name(), this.consents.categoryName(category, locale)));
		}
		model.addAttribute("categories", categories);
		model.addAttribute("prepared", prepared);
		if (!model.containsAttribute("changed")) {
			model.addAttribute("changed", false);
		}
		if (prepared != null) {
			Map<String, List<Packet.Line>> byCategory = new LinkedHashMap<>();
			Map<String, String> coveredBy = new LinkedHashMap<>();
			for (DataCategory category : DataCategory.values()) {
				if (prepared.check().covered().containsKey(category)
						|| prepared.check().missing().containsKey(category)) {
					byCategory.put(this.consents.categoryName(category, locale), prepared.packet().of(category));
				}
				if (prepared.check().covered().containsKey(category)) {
					coveredBy.put(this.consents.categoryName(category, locale),
							String.join(", ",
									prepared.check()
										.covered()
										.get(category)
										.stream()
										.map((consent) -> consentTitle(consent.purpose(), locale))
										.distinct()
										.toList()));
				}
			}
			model.addAttribute("packetByCategory", byCategory);
			model.addAttribute("coveredBy", coveredBy);
			model.addAttribute("missing", this.consents.missingMessages(prepared.check(), locale));
			model.addAttribute("previewHash", prepared.packet().fingerprint());
		}
		model.addAttribute("takesReferrals", view.takesEntries());
		return "counselling/referral-form";
	}

	private String consentTitle(String purposeCode, Locale locale) {
		return de.teilhabe.counselling.client.ClientConsents.Purpose.byCode(purposeCode)
			.map((purpose) -> this.consents.purposeTitle(purpose, locale))
			.orElse(purposeCode);
	}

	/** The case's header: the case and its client (read and audited as referrals). */
	private CaseView header(Actor actor, UUID caseId, Model model) {
		return this.headers.show(actor, caseId, "referrals", model);
	}

	private static Map<String, Object> single(MultiValueMap<String, String> params) {
		Map<String, Object> values = new LinkedHashMap<>();
		params.forEach((name, list) -> values.put(name,
				(list.size() == 1 && !"categories".equals(name)) ? list.get(0) : list));
		return values;
	}

}
