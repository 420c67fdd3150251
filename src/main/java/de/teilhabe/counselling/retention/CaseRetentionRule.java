package de.teilhabe.counselling.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.time.Times;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention of the Beratungsstelle's cases, applied by the privacy module's nightly
 * job (and the PRIVACY_OFFICER's „run now“): a case closed
 * {@code teilhabe.counselling.retention.years} years ago or longer (default 3; the day of
 * closure in the platform's zone) is anonymised ({@link CaseAnonymisation}); a client
 * whose last case was anonymised so, and who has no other case, is then erased like on an
 * Art. 17 request (the client row with its name-key hashes, deputies and break-glass
 * accesses; the consents anonymised by the privacy module). A client without any case is
 * not touched by this rule. Logged in the audit log with the counts, never a name.
 */
@Component
class CaseRetentionRule extends YearsRetentionRule {

	static final String NAME = "counselling.case-anonymisation";

	/** The subject type of a client (as {@code client.ClientPrivacy} names it). */
	static final String CLIENT = "counselling-client";

	private final JdbcClient jdbc;

	private final CaseAnonymisation anonymisation;

	private final ObjectProvider<DataSubjectEraser> erasers;

	private final AuditLog audit;

	private final Times times;

	CaseRetentionRule(JdbcClient jdbc, CaseAnonymisation anonymisation, ObjectProvider<DataSubjectEraser> erasers,
			AuditLog audit, RetentionSettings settings, Times times) {
		super(NAME, "counselling.privacy.retention", settings);
		this.times = times;
		this.jdbc = jdbc;
		this.anonymisation = anonymisation;
		this.erasers = erasers;
		this.audit = audit;
	}

	@Override
	protected int applyTo(UUID tenantId, Instant now) {
		LocalDate closedBy = this.times.local(now).toLocalDate().minusYears(years());
		List<UUID> cases = this.jdbc.sql("""
				SELECT id FROM counselling_case
				WHERE tenant_id = ? AND status = 'CLOSED' AND anonymised_at IS NULL AND closed_on <= ?""")
			.params(tenantId, closedBy)
			.query(UUID.class)
			.list();
		if (cases.isEmpty()) {
			return 0;
		}
		UUID[] ids = cases.toArray(UUID[]::new);
		List<UUID> clients = this.jdbc
			.sql("SELECT DISTINCT client_id FROM counselling_case WHERE tenant_id = ? AND id = ANY(?) "
					+ "AND client_id IS NOT NULL")
			.params(tenantId, ids)
			.query(UUID.class)
			.list();
		CaseAnonymisation.Anonymised done = this.anonymisation.anonymise(tenantId, cases, now.atOffset(ZoneOffset.UTC));
		List<UUID> caseless = this.jdbc
			.sql("""
					SELECT c.id FROM counselling_client c
					WHERE c.tenant_id = ? AND c.id = ANY(?)
					  AND NOT EXISTS (SELECT 1 FROM counselling_case k WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id)""")
			.params(tenantId, clients.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
		int erased = 0;
		for (UUID client : caseless) {
			DataSubject subject = new DataSubject(tenantId, CLIENT, client.toString());
			for (DataSubjectEraser eraser : this.erasers.orderedStream().toList()) {
				if (eraser.supports(CLIENT)) {
					eraser.erase(subject, "retention: last case anonymised");
				}
			}
			erased++;
		}
		this.audit.record(new AuditEntry(tenantId, null, "system", AuditCategory.PRIVACY,
				"counselling.retention.anonymised", "counselling_case", null, null,
				done.counts() + ", clients erased=" + erased + ", closed by " + closedBy));
		return done.cases() + erased;
	}

}
