package de.teilhabe.counselling.referral;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.client.DataCategory;
import de.teilhabe.counselling.client.SharingConsents;
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
 * The referrals API of the counsellors (COUNSELLOR reading the case's client; 403
 * otherwise, 404 for an unknown case or another tenant's): the case's referrals (paged,
 * audited), the preview (the packet and the consent check), sending (201; 422
 * {@code errors: [{field, message}]}, the missing consent named at {@code categories};
 * 409 for a closed case or a packet changed since the preview), one referral with its
 * packet as sent, recording a move ({@code status}: 409 for a move its state does not
 * allow) and the outcome check; the counsellor's open outcome checks.
 */
@RestController
class ReferralApiController {

	private final Referrals referrals;

	private final SharingConsents consents;

	private final MessageSource messages;

	ReferralApiController(Referrals referrals, SharingConsents consents, MessageSource messages) {
		this.referrals = referrals;
		this.consents = consents;
		this.messages = messages;
	}

	@GetMapping("/api/v1/counselling/cases/{caseId}/referrals")
	ApiPage<Map<String, Object>> list(@PathVariable UUID caseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.referrals.list(CurrentActor.get(), caseId, ApiPaging.of(page, size))
			.map((referral) -> item(referral, locale, this.messages));
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/referrals/preview")
	Map<String, Object> preview(@PathVariable UUID caseId, @RequestBody(required = false) Map<String, Object> body) {
		Locale locale = LocaleContextHolder.getLocale();
		Referrals.Prepared prepared = this.referrals.prepare(CurrentActor.get(), caseId, orEmpty(body), locale);
		if (prepared.packet() == null) {
			throw new InvalidBodyException(prepared.checked().errors());
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("organisation", Map.of("id", prepared.organisation().id(), "name", prepared.organisation().name()));
		answer.put("packet", lines(prepared.packet(), locale, this.messages));
		answer.put("previewHash", prepared.packet().fingerprint());
		List<Map<String, Object>> covered = new ArrayList<>();
		prepared.check().covered().forEach((category, consents) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("category", category.name());
			entry.put("categoryName", this.consents.categoryName(category, locale));
			entry.put("consents", consents.stream().map((consent) -> consent.id()).toList());
			covered.add(entry);
		});
		answer.put("covered", covered);
		answer.put("missing", this.consents.missingMessages(prepared.check(), locale));
		answer.put("sendable", prepared.check().allowed());
		return answer;
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/referrals")
	ResponseEntity<Map<String, Object>> send(@PathVariable UUID caseId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Locale locale = LocaleContextHolder.getLocale();
		Referrals.Sent sent = this.referrals.send(actor, caseId, orEmpty(body), locale);
		if (sent.id() == null) {
			throw new InvalidBodyException(sent.prepared().checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/counselling/cases/" + caseId + "/referrals/" + sent.id()))
			.body(item(this.referrals.one(actor, caseId, sent.id()), locale, this.messages));
	}

	@GetMapping("/api/v1/counselling/cases/{caseId}/referrals/{id}")
	Map<String, Object> one(@PathVariable UUID caseId, @PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		Referral referral = this.referrals.one(actor, caseId, id);
		Map<String, Object> item = item(referral, LocaleContextHolder.getLocale(), this.messages);
		item.put("consentsValid", this.referrals.consentsValid(actor.tenantId(), referral.consentIds()));
		return item;
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/referrals/{id}/status")
	Map<String, Object> move(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> values = orEmpty(body);
		return item(this.referrals.move(CurrentActor.get(), caseId, id, values.get("status"), values.get("note")),
				LocaleContextHolder.getLocale(), this.messages);
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/referrals/{id}/outcome-check")
	Map<String, Object> checkOutcome(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		return item(this.referrals.checkOutcome(CurrentActor.get(), caseId, id, orEmpty(body).get("note")),
				LocaleContextHolder.getLocale(), this.messages);
	}

	@GetMapping("/api/v1/counselling/referrals/follow-ups")
	ApiPage<Map<String, Object>> followUps(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		LocalDate today = this.referrals.today();
		return ApiPage.slice(this.referrals.followUps(CurrentActor.get()), ApiPaging.of(page, size)).map((referral) -> {
			Map<String, Object> item = item(referral, locale, this.messages);
			item.put("followUpDue", referral.followUpDue(today));
			return item;
		});
	}

	/** A referral in the API (the counsellor's view, with the reason and notes). */
	static Map<String, Object> item(Referral referral, Locale locale, MessageSource messages) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", referral.id());
		item.put("caseId", referral.caseId());
		item.put("organisation", Map.of("id", referral.organisationId(), "name", referral.organisationName()));
		item.put("organisationKind", referral.organisationKind());
		item.put("status", referral.status().name());
		item.put("statusName",
				messages.getMessage("counselling.referrals.status." + referral.status().name(), null, locale));
		item.put("categories", referral.categories().stream().map(DataCategory::name).toList());
		item.put("sentAt", referral.sentAt());
		item.put("answeredAt", referral.answeredAt());
		item.put("endedAt", referral.endedAt());
		item.put("followUpOn", referral.followUpOn());
		item.put("followUpDoneAt", referral.followUpDoneAt());
		item.put("reason", referral.reason());
		item.put("answer", referral.answer());
		item.put("outcome", referral.outcome());
		item.put("packet", (referral.packet() != null) ? lines(referral.packet(), locale, messages) : null);
		return item;
	}

	/** The packet's values, each with its category and field named. */
	static List<Map<String, Object>> lines(Packet packet, Locale locale, MessageSource messages) {
		return packet.lines().stream().map((line) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("category", line.category().name());
			entry.put("field", line.field());
			entry.put("label", messages.getMessage("counselling.referrals.field." + line.field(), null, locale));
			entry.put("value", line.value());
			return entry;
		}).toList();
	}

	static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
