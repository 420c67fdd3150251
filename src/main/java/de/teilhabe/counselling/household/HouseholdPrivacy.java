package de.teilhabe.counselling.household;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.counselling.client.ClientExportSection;

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
class HouseholdPrivacy extends ClientExportSection<Member> {

	static final String SECTION = "counselling.household";

	static final String LINKED_SECTION = "counselling.household-linked";

	/** What the audit entry says was read. */
	private static final String READ = "household";

	private final HouseholdStore store;

	private final JdbcClient jdbc;

	HouseholdPrivacy(HouseholdStore store, AuditLog audit, JdbcClient jdbc, MessageSource messages) {
		super(SECTION, READ, audit, messages);
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	protected List<Member> records(UUID tenantId, UUID clientId) {
		return this.store.ofClient(tenantId, clientId);
	}

	@Override
	protected Map<String, Object> entry(UUID tenantId, Member member) {
		return entry(tenantId, member, true);
	}

	/**
	 * A member as the export shows it; of the client's own household with the linked
	 * client's number and the cases it was counselled alongside in.
	 */
	private Map<String, Object> entry(UUID tenantId, Member member, boolean own) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("relationship", german("counselling.household.relationship." + member.relationship()));
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
			.query((rs, row) -> german("counselling.privacy.value." + rs.getString(1)) + " vom " + rs.getString(2))
			.list());
	}

	/**
	 * The entries in other clients' households linked to the client (section
	 * {@value HouseholdPrivacy#LINKED_SECTION}), without the other client.
	 */
	@Component
	static class Linked extends ClientExportSection<Member> {

		private final HouseholdPrivacy household;

		Linked(HouseholdPrivacy household, AuditLog audit, MessageSource messages) {
			super(LINKED_SECTION, READ, audit, messages);
			this.household = household;
		}

		@Override
		protected List<Member> records(UUID tenantId, UUID clientId) {
			return this.household.store.linkedTo(tenantId, clientId);
		}

		@Override
		protected Map<String, Object> entry(UUID tenantId, Member member) {
			return this.household.entry(tenantId, member, false);
		}

	}

}
