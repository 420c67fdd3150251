package de.teilhabe.counselling.client;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consent section of a client's page: records a consent or the withdrawal of one.
 * Wrong values show the client's page again with the errors (400); the client's page is
 * read (and audited) as {@code detail}.
 */
@Controller
class ClientConsentController {

	private final ClientConsents consents;

	private final ClientController pages;

	ClientConsentController(ClientConsents consents, ClientController pages) {
		this.consents = consents;
		this.pages = pages;
	}

	@PostMapping("/counselling/clients/{id}/consents")
	String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ClientConsents.Recorded recorded = this.consents.record(actor, id, params.toSingleValueMap());
		if (recorded.consent() == null) {
			return this.pages.detailPage(actor, id, model, params.toSingleValueMap(), recorded.errors());
		}
		redirect.addFlashAttribute("saved", "consent");
		return "redirect:/counselling/clients/" + id + "#consents";
	}

	@PostMapping("/counselling/clients/{id}/consents/{consentId}/withdrawal")
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
			@RequestParam(required = false) String withdrawnAt, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ClientConsents.Recorded recorded = this.consents.withdraw(actor, id, consentId, withdrawnAt, null);
		if (recorded.consent() == null) {
			return this.pages.detailPage(actor, id, model, Map.of(), recorded.errors());
		}
		redirect.addFlashAttribute("saved", "withdrawn");
		return "redirect:/counselling/clients/" + id + "#consents";
	}

}
