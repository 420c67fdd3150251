package de.teilhabe.counselling.accompaniment;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.contact.CaseHeaders;
import de.teilhabe.counselling.casework.contact.CaseView;
import de.teilhabe.guides.Accompaniments;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of a case's accompaniments by a guide (COUNSELLOR with access to the case):
 * the form to ask the Leitstelle for a guide (topic, the client's language, Gemeinde, day
 * and time, place, a brief without names; refused naming the consent while the client has
 * not given it) and every accompaniment asked for with how it stands.
 */
@Controller
class AccompanimentController {

	private static final String LABELS = "counselling.accompaniment.field.";

	private final GuideAccompaniments accompaniments;

	private final Accompaniments guides;

	private final CaseHeaders headers;

	private final MessageSource messages;

	AccompanimentController(GuideAccompaniments accompaniments, Accompaniments guides, CaseHeaders headers,
			MessageSource messages) {
		this.accompaniments = accompaniments;
		this.guides = guides;
		this.headers = headers;
		this.messages = messages;
	}

	@GetMapping("/counselling/cases/{caseId}/accompaniments")
	String page(@PathVariable UUID caseId, @RequestParam(required = false) String saved, Model model) {
		Actor actor = CurrentActor.get();
		CaseView view = this.headers.show(actor, caseId, "accompaniments", model);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("language",
				view.clientLanguages()
					.stream()
					.filter((code) -> !code.startsWith("de"))
					.findFirst()
					.orElse(view.clientLanguages().isEmpty() ? "" : view.clientLanguages().get(0)));
		values.put("gemeinde", (view.clientGemeinde() != null) ? view.clientGemeinde() : "");
		model.addAttribute("saved", "asked".equals(saved) ? "asked" : null);
		return show(actor, caseId, view, new CheckedValues(values, Map.of()), model);
	}

	@PostMapping("/counselling/cases/{caseId}/accompaniments")
	String ask(@PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params, Model model) {
		Actor actor = CurrentActor.get();
		GuideAccompaniments.Asked asked = this.accompaniments.ask(actor, caseId, params.toSingleValueMap());
		if (asked.id() == null) {
			CaseView view = this.headers.show(actor, caseId, "accompaniments", model);
			return show(actor, caseId, view, asked.checked(), model);
		}
		return "redirect:/counselling/cases/" + caseId + "/accompaniments?saved=asked";
	}

	private String show(Actor actor, UUID caseId, CaseView view, CheckedValues checked, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		FormPage.show(model, checked, this.messages, LABELS);
		model.addAttribute("accompaniments", this.accompaniments.of(actor, caseId));
		model.addAttribute("consented",
				view.clientId() != null && this.accompaniments.consented(actor.tenantId(), view.clientId()));
		model.addAttribute("takesRequests", view.takesEntries());
		List<SimpleImmutableEntry<String, String>> topics = new ArrayList<>();
		for (String topic : Accompaniments.topics()) {
			topics.add(
					new SimpleImmutableEntry<>(topic, this.messages.getMessage("guides.topic." + topic, null, locale)));
		}
		model.addAttribute("topics", topics);
		List<SimpleImmutableEntry<String, String>> languages = new ArrayList<>();
		view.clientLanguages()
			.forEach((code) -> languages.add(new SimpleImmutableEntry<>(code, Languages.displayName(code, locale))));
		Languages.sortedByName(locale)
			.stream()
			.filter((language) -> !view.clientLanguages().contains(language.code()))
			.forEach((language) -> languages
				.add(new SimpleImmutableEntry<>(language.code(), language.displayName(locale))));
		model.addAttribute("languages", languages);
		model.addAttribute("gemeinden",
				this.guides.gemeinden(actor.tenantId())
					.entrySet()
					.stream()
					.map((entry) -> new SimpleImmutableEntry<>(entry.getKey(), entry.getValue()))
					.sorted(java.util.Map.Entry.comparingByValue())
					.toList());
		return "counselling/accompaniments";
	}

}
