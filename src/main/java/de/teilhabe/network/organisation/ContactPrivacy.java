package de.teilhabe.network.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.privacy.ConsentOwner;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectSection;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy hooks of contact persons: search by name or e-mail, export (Art. 15),
 * erasure (Art. 17: the person's data is deleted; the privacy module anonymises the
 * consent record) and a retention rule that deletes contact persons whose consent is no
 * longer valid (withdrawn or anonymised). The office (STRATEGY, ADMIN) records their
 * consents and so may record a withdrawal.
 */
@Component
class ContactPrivacy implements DataSubjectExporter, DataSubjectEraser, DataSubjectFinder, RetentionRule, ConsentOwner {

	private final JdbcClient jdbc;

	private final Consents consents;

	private final ContactPersons contacts;

	ContactPrivacy(JdbcClient jdbc, Consents consents, ContactPersons contacts) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.contacts = contacts;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ContactPersons.SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		return subject.uuid()
			.flatMap((id) -> this.jdbc
				.sql("""
						SELECT c.name, c.function, c.email, c.phone, c.public_contact, c.created_at, o.name AS organisation
						FROM network_contact c JOIN network_organisation o ON o.tenant_id = c.tenant_id AND o.id = c.organisation_id
						WHERE c.tenant_id = ? AND c.id = ?""")
				.params(subject.tenantId(), id)
				.query((rs, row) -> {
					Map<String, Object> data = new LinkedHashMap<>();
					data.put("organisation", rs.getString("organisation"));
					data.put("name", rs.getString("name"));
					data.put("function", rs.getString("function"));
					data.put("email", rs.getString("email"));
					data.put("phone", rs.getString("phone"));
					data.put("shownPublicly", rs.getBoolean("public_contact"));
					data.put("storedSince", rs.getObject("created_at", java.time.OffsetDateTime.class).toString());
					return new DataSubjectSection("network.contact", data);
				})
				.optional());
	}

	@Override
	public Optional<String> nameOf(DataSubject subject) {
		return subject.uuid()
			.filter((id) -> supports(subject.type()))
			.flatMap((id) -> this.jdbc.sql("SELECT name FROM network_contact WHERE tenant_id = ? AND id = ?")
				.params(subject.tenantId(), id)
				.query(String.class)
				.optional());
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		return this.jdbc
			.sql("""
					SELECT c.id, c.name, c.email, o.name AS organisation
					FROM network_contact c JOIN network_organisation o ON o.tenant_id = c.tenant_id AND o.id = c.organisation_id
					WHERE c.tenant_id = ? AND (c.name ILIKE ? OR c.email ILIKE ?)
					ORDER BY c.name LIMIT ?""")
			.params(tenantId, DataSubjectFinder.containsPattern(query), DataSubjectFinder.containsPattern(query),
					DataSubjectFinder.LIMIT)
			.query((rs, row) -> new FoundRecord(
					new DataSubject(tenantId, ContactPersons.SUBJECT_TYPE, rs.getObject("id", UUID.class).toString()),
					"privacy.kind." + ContactPersons.SUBJECT_TYPE, rs.getString("name"), rs.getString("email"),
					rs.getString("organisation")))
			.list();
	}

	@Override
	public Erasure erase(DataSubject subject, String reason) {
		UUID id = subject.uuid().orElse(null);
		int deleted = (id == null) ? 0
				: this.jdbc.sql("DELETE FROM network_contact WHERE tenant_id = ? AND id = ?")
					.params(subject.tenantId(), id)
					.update();
		if (id != null) {
			this.contacts.forgetChanges(subject.tenantId(), id);
		}
		return new Erasure("network.contact", deleted, "contact person and the values of their changes deleted");
	}

	@Override
	public Set<Role> recordedBy() {
		return Set.of(Role.STRATEGY, Role.ADMIN);
	}

	@Override
	public Optional<String> describe(DataSubject subject) {
		return subject.uuid()
			.flatMap((id) -> this.jdbc
				.sql("""
						SELECT c.name || ' (' || o.name || ')'
						FROM network_contact c JOIN network_organisation o ON o.tenant_id = c.tenant_id AND o.id = c.organisation_id
						WHERE c.tenant_id = ? AND c.id = ?""")
				.params(subject.tenantId(), id)
				.query(String.class)
				.optional());
	}

	@Override
	public String afterWithdrawal() {
		return "network.contacts.afterWithdrawal";
	}

	@Override
	public Optional<String> page(DataSubject subject) {
		return subject.uuid()
			.flatMap((id) -> this.contacts.find(subject.tenantId(), id))
			.map((contact) -> "/network/organisations/" + contact.organisationId());
	}

	@Override
	public String name() {
		return "network.contact.without-consent";
	}

	@Override
	public String description() {
		return "network.retention.contacts";
	}

	@Override
	public String period() {
		return "network.retention.contacts.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		List<Map.Entry<UUID, UUID>> contacts = this.jdbc
			.sql("SELECT tenant_id, id FROM network_contact WHERE tenant_id = ?")
			.param(tenantId)
			.query((rs, row) -> Map.entry(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
		int deleted = 0;
		for (Map.Entry<UUID, UUID> contact : contacts) {
			if (!this.consents.isGiven(contact.getKey(), ContactPersons.SUBJECT_TYPE, contact.getValue().toString(),
					ContactPersons.PURPOSE)) {
				deleted += this.jdbc.sql("DELETE FROM network_contact WHERE tenant_id = ? AND id = ?")
					.params(contact.getKey(), contact.getValue())
					.update();
				this.contacts.forgetChanges(contact.getKey(), contact.getValue());
			}
		}
		return deleted;
	}

}
