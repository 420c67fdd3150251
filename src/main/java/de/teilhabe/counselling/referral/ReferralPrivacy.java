package de.teilhabe.counselling.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.counselling.client.ClientExportSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The recipients of every sharing in the client's Art. 15 export: each referral of the
 * client's cases with the organisation it went to, when, its state, the categories and
 * exactly the values passed on (decrypted), the answer; the decryption audited
 * ({@code data subject request: referrals}). Anonymised cases have no client and are not
 * exported.
 */
@Component
class ReferralPrivacy extends ClientExportSection<Referral> {

	static final String SECTION = "counselling.referrals";

	private final ReferralStore store;

	ReferralPrivacy(ReferralStore store, AuditLog audit, MessageSource messages) {
		super(SECTION, "referrals", audit, messages);
		this.store = store;
	}

	@Override
	protected List<Referral> records(UUID tenantId, UUID clientId) {
		return this.store.list(tenantId,
				"""
						WHERE tenant_id = ? AND case_id IN (SELECT id FROM counselling_case WHERE tenant_id = ? AND client_id = ?)
						ORDER BY sent_at, id""",
				tenantId, tenantId, clientId);
	}

	@Override
	protected Map<String, Object> entry(UUID tenantId, Referral referral) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("recipient", referral.organisationName());
		entry.put("sentAt", referral.sentAt());
		entry.put("referralStatus", german("counselling.referrals.status." + referral.status().name()));
		entry.put("dataCategories",
				String.join(", ",
						referral.categories()
							.stream()
							.map((category) -> german("counselling.referrals.category." + category.name()))
							.toList()));
		entry
			.put("sharedValues",
					(referral.packet() != null) ? String.join("; ", referral.packet()
						.lines()
						.stream()
						.map((line) -> german("counselling.referrals.field." + line.field()) + ": " + line.value())
						.toList()) : null);
		entry.put("answeredAt", referral.answeredAt());
		entry.put("endedAt", referral.endedAt());
		entry.put("answer", referral.answer());
		return entry;
	}

}
