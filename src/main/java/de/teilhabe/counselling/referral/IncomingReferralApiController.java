package de.teilhabe.counselling.referral;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incoming referrals of a partner organisation (PARTNER): its active referrals,
 * paged, each with its packet; one of them (404 for another organisation's, an inactive
 * one or an unknown id); accepting, rejecting ({@code note}: why) and reporting done
 * ({@code note}: the outcome, required). Every read is audited. Not under
 * {@code /api/v1/counselling/}, which stays COUNSELLOR-only.
 */
@RestController
class IncomingReferralApiController {

	private final IncomingReferrals incoming;

	private final MessageSource messages;

	IncomingReferralApiController(IncomingReferrals incoming, MessageSource messages) {
		this.incoming = incoming;
		this.messages = messages;
	}

	@GetMapping("/api/v1/referrals/incoming")
	ApiPage<Map<String, Object>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.incoming.list(CurrentActor.get(), ApiPaging.of(page, size))
			.map((referral) -> item(referral, locale));
	}

	@GetMapping("/api/v1/referrals/incoming/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		return item(this.incoming.one(CurrentActor.get(), id), LocaleContextHolder.getLocale());
	}

	@PostMapping("/api/v1/referrals/incoming/{id}/accept")
	Map<String, Object> accept(@PathVariable UUID id) {
		return state(this.incoming.accept(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/referrals/incoming/{id}/reject")
	Map<String, Object> reject(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		return state(this.incoming.reject(CurrentActor.get(), id, ReferralApiController.orEmpty(body).get("note")));
	}

	@PostMapping("/api/v1/referrals/incoming/{id}/done")
	Map<String, Object> done(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		return state(this.incoming.done(CurrentActor.get(), id, ReferralApiController.orEmpty(body).get("note")));
	}

	/** A referral as the organisation sees it: the packet, no notes of the office. */
	private Map<String, Object> item(Referral referral, Locale locale) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", referral.id());
		item.put("status", referral.status().name());
		item.put("sentAt", referral.sentAt());
		item.put("answeredAt", referral.answeredAt());
		item.put("packet", ReferralApiController.lines(referral.packet(), locale, this.messages));
		return item;
	}

	private static Map<String, Object> state(Referral referral) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", referral.id());
		item.put("status", referral.status().name());
		return item;
	}

}
