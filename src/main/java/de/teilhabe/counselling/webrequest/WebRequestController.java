package de.teilhabe.counselling.webrequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.client.Clients;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Region;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletResponse;

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
 * „Anfragen aus dem Wegweiser“ for the counsellors (COUNSELLOR): the list without
 * personal data (sent, language, Gemeinde, topic), a request read whole (audited) with
 * its take-over (a client created with its data, the counsellor responsible; the request
 * deleted) and its refusal (deleted).
 */
@Controller
class WebRequestController {

	static final String PATH = "/counselling/web-requests";

	private static final List<String> CLIENT_FIELDS = List.of("firstName", "lastName", "phone", "email", "languages",
			"gemeinde", "note", "confirmDuplicate");

	private final WebRequests requests;

	private final MessageSource messages;

	WebRequestController(WebRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(Model model) {
		List<WebRequestStore.Listed> listed = this.requests.list(CurrentActor.get());
		Map<String, String> languageNames = new java.util.HashMap<>();
		listed.forEach((request) -> languageNames.put(request.preferredLanguage(),
				Languages.displayName(request.preferredLanguage(), LocaleContextHolder.getLocale())));
		model.addAttribute("requests", listed);
		model.addAttribute("languageNames", languageNames);
		model.addAttribute("gemeinden", gemeinden());
		return "counselling/webrequest/list";
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable UUID id, Model model) {
		WebRequestStore.Request request = this.requests.read(CurrentActor.get(), id);
		Map<String, String> values = new LinkedHashMap<>();
		CLIENT_FIELDS.forEach((field) -> values.put(field, ""));
		values.put("firstName", request.name());
		values.put("phone", (request.phone() != null) ? request.phone() : "");
		values.put("email", (request.email() != null) ? request.email() : "");
		values.put("languages", request.listed().preferredLanguage());
		values.put("gemeinde", (request.listed().gemeinde() != null) ? request.listed().gemeinde() : "");
		values.put("note", (request.message() != null) ? request.message() : "");
		return page(request, values, Map.of(), model);
	}

	@PostMapping(PATH + "/{id}/take-over")
	String takeOver(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			HttpServletResponse response, Model model) {
		Map<String, Object> values = new LinkedHashMap<>();
		params.forEach((name, given) -> {
			if (CLIENT_FIELDS.contains(name)) {
				values.put(name, (given.size() == 1) ? given.get(0) : given);
			}
		});
		Clients.Saved saved = this.requests.takeOver(CurrentActor.get(), id, values);
		if (saved.id() != null) {
			return "redirect:/counselling/clients/" + saved.id();
		}
		WebRequestStore.Request request = this.requests.read(CurrentActor.get(), id);
		response.setStatus(400);
		return page(request, saved.checked().values(), saved.checked().errors(), model);
	}

	@PostMapping(PATH + "/{id}/decline")
	String decline(@PathVariable UUID id) {
		this.requests.decline(CurrentActor.get(), id);
		return "redirect:" + PATH + "?declined";
	}

	private String page(WebRequestStore.Request request, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "portal.forms.takeover.field.");
		model.addAttribute("request", request);
		model.addAttribute("gemeinden", gemeinden());
		model.addAttribute("languageName",
				Languages.displayName(request.listed().preferredLanguage(), LocaleContextHolder.getLocale()));
		return "counselling/webrequest/request";
	}

	private Map<String, String> gemeinden() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Region region : this.requests.gemeinden(CurrentActor.get().tenantId())) {
			names.put(region.key(), region.name());
		}
		return names;
	}

}
