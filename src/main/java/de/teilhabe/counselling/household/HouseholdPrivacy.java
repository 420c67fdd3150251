package de.teilhabe.counselling.household;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client's household members in the Art. 15 export (section {@value #SECTION}): each
 * with relationship, first name, birth year and gender (decrypted, in German words), the
 * client number of a linked client, and the cases it was counselled alongside in (kind
 * and opening day). {@link Linked} adds the entries in other clients' households that are
 * linked to this client (the person's own data there, without the other client). Each
 * decryption is recorded in the audit log like a read of the client
 * ({@code data subject request: household}). Erased with the client: its members go by
 * the foreign key (ON DELETE CASCADE); entries of other households linked to it lose the
 * link (ON DELETE SET NULL) and stay there.
 */
@Component
class HouseholdPrivacy implements DataSubjectExporter {

	static final String SECTION = "counselling.household";

	static final String LINKED_SECTION = "counselling.household-linked";

	private final HouseholdStore store;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	HouseholdPrivacy(HouseholdStore store, AuditLog audit, JdbcClient jdbc, MessageSource messages) {
		this.store = store;
		this.audit = audit;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ClientPrivacy.SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		return section(subject, SECTION, (tenantId, clientId) -> this.store.ofClient(tenantId, clientId), true);
	}

	private Optional<DataSubjectSection> section(DataSubject subject, String name, Lookup lookup, boolean own) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid().flatMap((clientId) -> {
			UUID tenantId = subject.tenantId();
			List<Member> members = lookup.members(tenantId, clientId);
			if (members.isEmpty()) {
				return Optional.empty();
			}
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
					clientId.toString(), "data subject request: household");
			return Optional.of(new DataSubjectSection(name, members.stream().map((member) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("relationship", text("counselling.household.relationship." + member.relationship()));
				entry.put("firstName", member.firstName());
				entry.put("birthYear", member.birthYear());
				entry.put("gender", member.gender());
				if (own) {
					entry.put("linkedClientNumber",
							(member.linkedClientId() != null) ? numberOf(tenantId, member.linkedClientId()) : null);
					entry.put("counselledAlongside", casesOf(tenantId, member.id()));
				}
				entry.put("storedSince", member.createdAt());
				entry.put("changedAt", member.updatedAt());
				return entry;
			}).toList()));
		});
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.GERMAN);
	}

	private String numberOf(UUID tenantId, UUID clientId) {
		return this.jdbc.sql("SELECT client_number FROM counselling_client WHERE tenant_id = ? AND id = ?")
			.params(tenantId, clientId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The cases (kind in words and opening day) a member was counselled alongside in. */
	private String casesOf(UUID tenantId, UUID memberId) {
		return String.join(", ", this.jdbc.sql("""
				SELECT c.kind, to_char(c.opened_on, 'DD.MM.YYYY') FROM counselling_case_household h
				JOIN counselling_case c ON c.tenant_id = h.tenant_id AND c.id = h.case_id
				WHERE h.tenant_id = ? AND h.member_id = ? ORDER BY c.opened_on, c.id""")
			.params(tenantId, memberId)
			.query((rs, row) -> text("counselling.privacy.value." + rs.getString(1)) + " vom " + rs.getString(2))
			.list());
	}

	private interface Lookup {

		List<Member> members(UUID tenantId, UUID clientId);

	}

	/**
	 * The entries in other clients' households linked to the client (section
	 * {@value HouseholdPrivacy#LINKED_SECTION}).
	 */
	@Component
	static class Linked implements DataSubjectExporter {

		private final HouseholdPrivacy household;

		Linked(HouseholdPrivacy household) {
			this.household = household;
		}

		@Override
		public Set<String> subjectTypes() {
			return Set.of(ClientPrivacy.SUBJECT_TYPE);
		}

		@Override
		public Optional<DataSubjectSection> export(DataSubject subject) {
			return this.household.section(subject, LINKED_SECTION,
					(tenantId, clientId) -> this.household.store.linkedTo(tenantId, clientId), false);
		}

	}

}
