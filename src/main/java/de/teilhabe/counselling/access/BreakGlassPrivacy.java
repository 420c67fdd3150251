package de.teilhabe.counselling.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.stereotype.Component;

/**
 * The break-glass accesses to a client in its Art. 15 export (section {@value #SECTION}):
 * who opened the client, when, until when and the reason given, decrypted and recorded in
 * the audit log like every read of the client. Erased with the client (the rows go with
 * it; the audit log keeps its entries by id).
 */
@Component
class BreakGlassPrivacy implements DataSubjectExporter {

	/** The subject type of a client (as {@code client.ClientPrivacy} names it). */
	static final String SUBJECT_TYPE = "counselling-client";

	static final String SECTION = "counselling.client-break-glass";

	private final ClientAccess access;

	private final AuditLog audit;

	BreakGlassPrivacy(ClientAccess access, AuditLog audit) {
		this.access = access;
		this.audit = audit;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid().flatMap((id) -> {
			List<ClientAccess.BreakGlassAccess> accesses = this.access.breakGlassAccesses(subject.tenantId(), id);
			if (accesses.isEmpty()) {
				return Optional.empty();
			}
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client", id.toString(),
					"data subject request: break-glass accesses");
			return Optional.of(new DataSubjectSection(SECTION, accesses.stream().map((access) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("counsellor", access.counsellor());
				entry.put("grantedAt", access.grantedAt());
				entry.put("expiresAt", access.expiresAt());
				entry.put("breakGlassReason", access.reason());
				return entry;
			}).toList()));
		});
	}

}
