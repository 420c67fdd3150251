package de.teilhabe.counselling.casework.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.counselling.casework.CaseAccess;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;

import org.springframework.stereotype.Component;

/**
 * The case a contact, note or task belongs to: who may read it ({@link CaseAccess}:
 * whoever reads its client; 404 for an unknown case or another tenant's, 403 otherwise),
 * whether it takes new entries (open, not a short anonymous contact), its client for the
 * page header and the contact form (read through {@code client.Clients}, audited there),
 * and the audit entries of the reads (category case access, record
 * {@code counselling_case}, the case's id, the grant's reason; no names, no texts).
 */
@Component
class CaseFiles {

	static final String SHORT_CONTACT = "SHORT_CONTACT";

	static final String CLOSED = "CLOSED";

	/** German and Leichte Sprache: a client speaking one needs no interpreter. */
	private static final Set<String> GERMAN = Set.of("de", "de-x-ls");

	private final CaseAccess cases;

	private final Clients clients;

	private final AuditLog audit;

	CaseFiles(CaseAccess cases, Clients clients, AuditLog audit) {
		this.cases = cases;
		this.clients = clients;
		this.audit = audit;
	}

	/** The case if the user may read it (404, 403 otherwise). */
	CaseStub readable(Actor actor, UUID caseId) {
		return this.cases.readable(actor, caseId);
	}

	/**
	 * The case if the user may read it and it takes new entries of this kind: open (409
	 * with the message {@code closedKey} otherwise) and with a client (409 for a short
	 * anonymous contact).
	 */
	CaseStub writable(Actor actor, UUID caseId, String closedKey) {
		CaseStub stub = readable(actor, caseId);
		if (stub.clientId() == null || SHORT_CONTACT.equals(stub.kind())) {
			throw new ConflictException("counselling.contacts.error.shortContact");
		}
		if (CLOSED.equals(stub.status())) {
			throw new ConflictException(closedKey);
		}
		return stub;
	}

	/** Records a read of the case's contacts, notes or tasks. */
	void audited(CaseStub stub, String action, String purpose) {
		this.audit.record(AuditCategory.CASE_ACCESS, action, "counselling_case", stub.id().toString(),
				stub.grant().auditReason(purpose));
	}

	/** Records a write of a record of the case. */
	void written(CaseStub stub, String action, String recordType, UUID recordId, String purpose) {
		this.audit.record(AuditCategory.CASE_ACCESS, action, recordType, recordId.toString(),
				stub.grant().auditReason(purpose), "case " + stub.id());
	}

	/** The case's client (read and audited with the purpose), null for none. */
	Client client(Actor actor, CaseStub stub, String purpose) {
		return (stub.clientId() != null) ? this.clients.read(actor, stub.clientId(), purpose) : null;
	}

	/**
	 * Whether an interpreter should be considered: the client's languages are known and
	 * none of them is German.
	 */
	static boolean interpreterLikely(List<String> languages) {
		return !languages.isEmpty() && languages.stream().noneMatch(GERMAN::contains);
	}

	/**
	 * The counsellors a task of the case may be assigned to: the client's responsible
	 * counsellor and its deputies who are active counsellors, by name.
	 */
	Map<UUID, String> assignees(Actor actor, CaseStub stub) {
		Map<UUID, String> assignees = new LinkedHashMap<>();
		if (stub.clientId() == null) {
			return assignees;
		}
		ClientAccess access = this.clients.access();
		UUID responsible = this.clients.stub(actor, stub.clientId()).responsibleId();
		Set<UUID> deputies = access.deputies(actor.tenantId(), stub.clientId()).keySet();
		access.counsellors(actor.tenantId()).forEach((id, name) -> {
			if (id.equals(responsible) || deputies.contains(id)) {
				assignees.put(id, name);
			}
		});
		return assignees;
	}

	/** The active counsellors of the tenant by id with their names. */
	Map<UUID, String> counsellors(UUID tenantId) {
		return this.clients.access().counsellors(tenantId);
	}

	Clients clients() {
		return this.clients;
	}

}
