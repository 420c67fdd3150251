package de.teilhabe.counselling.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consents of a client in the API: {@code GET} lists them (paged, newest first; the
 * client is read and audited as {@code consents}), {@code POST} records one
 * ({@code purpose}, {@code language}, {@code givenAt} as a date, {@code how}), the
 * withdrawal records a withdrawal ({@code withdrawnAt} as a date, {@code note}). 403
 * without access to the client, 404 for an unknown one; 422 for wrong values.
 */
@RestController
class ClientConsentApiController {

	private final ClientConsents consents;

	private final Clients clients;

	private final MessageSource messages;

	ClientConsentApiController(ClientConsents consents, Clients clients, MessageSource messages) {
		this.consents = consents;
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/api/v1/counselling/clients/{id}/consents")
	ApiPage<Map<String, Object>> list(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		this.clients.read(actor, id, "consents");
		Locale locale = LocaleContextHolder.getLocale();
		return ApiPage.slice(this.consents.views(actor, id, locale), ApiPaging.of(page, size))
			.map((view) -> item(view, locale));
	}

	@PostMapping("/api/v1/counselling/clients/{id}/consents")
	ResponseEntity<Map<String, Object>> record(@PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		ClientConsents.Recorded recorded = this.consents.record(actor, id, (body != null) ? body : Map.of());
		if (recorded.consent() == null) {
			throw new InvalidBodyException(recorded.errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/counselling/clients/" + id + "/consents"))
			.body(item(recorded.consent(), LocaleContextHolder.getLocale()));
	}

	@PostMapping("/api/v1/counselling/clients/{id}/consents/{consentId}/withdrawal")
	Map<String, Object> withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
			@RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> values = (body != null) ? body : Map.of();
		ClientConsents.Recorded recorded = this.consents.withdraw(CurrentActor.get(), id, consentId,
				text(values.get("withdrawnAt")), text(values.get("note")));
		if (recorded.consent() == null) {
			throw new InvalidBodyException(recorded.errors());
		}
		return item(recorded.consent(), LocaleContextHolder.getLocale());
	}

	private Map<String, Object> item(ConsentRecord consent, Locale locale) {
		return this.consents.views(CurrentActor.get(), UUID.fromString(consent.subjectId()), locale)
			.stream()
			.filter((view) -> view.consent().id().equals(consent.id()))
			.findFirst()
			.map((view) -> item(view, locale))
			.orElseThrow();
	}

	private Map<String, Object> item(ClientConsents.ConsentView view, Locale locale) {
		ConsentRecord consent = view.consent();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", consent.id());
		item.put("purpose", consent.purpose());
		item.put("title", view.title());
		item.put("recipients", purposeText(view, "recipients", locale));
		item.put("dataCategories", purposeText(view, "categories", locale));
		item.put("textVersion", consent.textVersion());
		item.put("language", consent.language());
		item.put("givenAt", consent.givenAt());
		item.put("givenHow", consent.givenHow());
		item.put("withdrawnAt", consent.withdrawnAt());
		item.put("withdrawalNote", consent.withdrawalNote());
		return item;
	}

	private String purposeText(ClientConsents.ConsentView view, String part, Locale locale) {
		return (view.purpose() == null) ? null
				: this.messages.getMessage("counselling.consent.purpose." + view.purpose() + "." + part, null, locale);
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

}
