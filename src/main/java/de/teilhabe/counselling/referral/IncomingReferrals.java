package de.teilhabe.counselling.referral;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals a partner organisation received (PARTNER, bound to its organisation with
 * {@link UserDirectory#organisationOf}; bound to none: 403): only those to its own
 * organisation, and only while active (pending or accepted); any other answers 404, as
 * does an unknown id or another tenant's. It reads them with their packet (each read
 * audited), accepts or rejects a pending one and reports an accepted one done with its
 * outcome (409 for another move). Once rejected or done, the referral is gone for it.
 */
@Service
public class IncomingReferrals {

	private static final String ACTIVE = "status IN ('PENDING', 'ACCEPTED') AND packet_sealed IS NOT NULL";

	private final ReferralStore store;

	private final Referrals referrals;

	private final UserDirectory users;

	private final AuditLog audit;

	private final java.time.Clock clock;

	IncomingReferrals(ReferralStore store, Referrals referrals, UserDirectory users, AuditLog audit,
			java.time.Clock clock) {
		this.store = store;
		this.referrals = referrals;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation the partner acts for (403 if its account is bound to none). */
	UUID organisationOf(Actor actor) {
		return this.users.organisationOf(actor.tenantId(), actor.userId())
			.orElseThrow(() -> new AccessDeniedException("The partner account is bound to no organisation."));
	}

	/** How many active referrals the partner's organisation has (0 if bound to none). */
	public long count(Actor actor) {
		return this.users.organisationOf(actor.tenantId(), actor.userId())
			.map((organisation) -> (long) visible(actor, organisation).size())
			.orElse(0L);
	}

	/** The organisation's active referrals, newest first, with their packets; audited. */
	@Transactional
	public ApiPage<Referral> list(Actor actor, ApiPaging paging) {
		UUID organisation = organisationOf(actor);
		List<UUID> visible = visible(actor, organisation);
		List<UUID> page = ApiPage.slice(visible, paging).items();
		List<Referral> items = page.isEmpty() ? List.of()
				: this.store.list(actor.tenantId(), "WHERE tenant_id = ? AND id = ANY(?) ORDER BY sent_at DESC, id",
						actor.tenantId(), page.toArray(UUID[]::new));
		this.audit.recordBatch(AuditCategory.CASE_ACCESS, "counselling.referral.incoming.read", "counselling_referral",
				items.stream().map((referral) -> referral.id().toString()).toList(), "incoming referrals");
		return ApiPage.of(items, paging, visible.size());
	}

	/**
	 * The ids of the organisation's active referrals whose consents are all still valid,
	 * newest first (few per organisation: read whole, then paged).
	 */
	private List<UUID> visible(Actor actor, UUID organisation) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<UUID, Boolean> valid = new HashMap<>();
		return this.store.jdbc()
			.sql("SELECT id, consent_ids FROM counselling_referral WHERE tenant_id = ? AND organisation_id = ? AND "
					+ ACTIVE + " ORDER BY sent_at DESC, id LIMIT 5000")
			.params(actor.tenantId(), organisation)
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class),
					Arrays.asList((UUID[]) rs.getArray("consent_ids").getArray())))
			.list()
			.stream()
			.filter((entry) -> entry.getValue()
				.stream()
				.allMatch((consent) -> valid.computeIfAbsent(consent, (id) -> consentValid(actor, id, now))))
			.map(Map.Entry::getKey)
			.toList();
	}

	private boolean consentValid(Actor actor, UUID consent, OffsetDateTime now) {
		return this.referrals.consentsValid(actor.tenantId(), List.of(consent));
	}

	/**
	 * One active referral of the organisation with its packet (404 otherwise); audited.
	 */
	@Transactional
	public Referral one(Actor actor, UUID id) {
		Referral referral = active(actor, id);
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.referral.incoming.read", "counselling_referral",
				id.toString(), "incoming referral");
		return referral;
	}

	/** Accepts a pending referral (409 otherwise). */
	@Transactional
	public Referral accept(Actor actor, UUID id) {
		return move(actor, id, ReferralStatus.ACCEPTED, null);
	}

	/** Rejects a pending referral with an optional reason (409 otherwise). */
	@Transactional
	public Referral reject(Actor actor, UUID id, Object note) {
		return move(actor, id, ReferralStatus.REJECTED, Referrals.note(note));
	}

	/** Reports an accepted referral done with its outcome (required; 409 otherwise). */
	@Transactional
	public Referral done(Actor actor, UUID id, Object outcome) {
		String text = Referrals.note(outcome);
		if (text == null) {
			throw new InvalidBodyException("note", "counselling.referrals.error.outcome");
		}
		return move(actor, id, ReferralStatus.DONE, text);
	}

	private Referral move(Actor actor, UUID id, ReferralStatus target, String note) {
		Referral referral = active(actor, id);
		if (!referral.status().mayMoveTo(target) || !this.store.move(actor.tenantId(), id, referral.status(), target,
				actor.userId(), OffsetDateTime.now(this.clock), note, null)) {
			throw this.referrals.conflict(referral.status(), target);
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.referral." + target.name().toLowerCase(Locale.ROOT),
				"counselling_referral", id.toString(), "incoming referral",
				"organisation " + referral.organisationId());
		return this.store.find(actor.tenantId(), id).orElseThrow();
	}

	/**
	 * Whether every consent that covered the referral is still valid: once the person
	 * withdrew one, the organisation no longer reads what was passed on.
	 */
	private boolean consented(Actor actor, Referral referral) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return referral.consentIds().stream().allMatch((consent) -> consentValid(actor, consent, now));
	}

	private Referral active(Actor actor, UUID id) {
		UUID organisation = organisationOf(actor);
		return this.store.find(actor.tenantId(), id)
			.filter((referral) -> referral.organisationId().equals(organisation) && referral.status().active()
					&& referral.packet() != null && consented(actor, referral))
			.orElseThrow(() -> new NotFoundException("counselling.referrals.error.notFound"));
	}

}
