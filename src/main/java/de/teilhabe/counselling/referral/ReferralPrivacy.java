package de.teilhabe.counselling.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.client.ClientPrivacy;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

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
class ReferralPrivacy implements DataSubjectExporter {

	static final String SECTION = "counselling.referrals";

	private final ReferralStore store;

	private final AuditLog audit;

	private final MessageSource messages;

	ReferralPrivacy(ReferralStore store, AuditLog audit, MessageSource messages) {
		this.store = store;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ClientPrivacy.SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		Optional<UUID> client = subject.uuid();
		if (client.isEmpty()) {
			return Optional.empty();
		}
		UUID tenantId = subject.tenantId();
		List<Referral> referrals = this.store.list(tenantId,
				"""
						WHERE tenant_id = ? AND case_id IN (SELECT id FROM counselling_case WHERE tenant_id = ? AND client_id = ?)
						ORDER BY sent_at, id""",
				tenantId, tenantId, client.get());
		if (referrals.isEmpty()) {
			return Optional.empty();
		}
		List<Map<String, Object>> entries = referrals.stream().map((referral) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("recipient", referral.organisationName());
			entry.put("sentAt", referral.sentAt());
			entry.put("referralStatus", text("counselling.referrals.status." + referral.status().name()));
			entry.put("dataCategories",
					String.join(", ",
							referral.categories()
								.stream()
								.map((category) -> text("counselling.referrals.category." + category.name()))
								.toList()));
			entry.put("sharedValues",
					(referral.packet() != null) ? String.join("; ", referral.packet()
						.lines()
						.stream()
						.map((line) -> text("counselling.referrals.field." + line.field()) + ": " + line.value())
						.toList()) : null);
			entry.put("answeredAt", referral.answeredAt());
			entry.put("endedAt", referral.endedAt());
			entry.put("answer", referral.answer());
			return entry;
		}).toList();
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
				client.get().toString(), "data subject request: referrals");
		return Optional.of(new DataSubjectSection(SECTION, entries));
	}

	/** In German, as the other sections of the Beratungsstelle. */
	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.GERMAN);
	}

}
