package de.teilhabe.counselling.discrimination;

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
 * A client's discrimination complaints in the Art. 15 export (section {@value #SECTION}):
 * those linked to one of the client's cases, each with its day, area, characteristics,
 * forms, level, interventions and outcome in German words, the description and the reply
 * contact (decrypted), and when it was entered and changed. The export is recorded in the
 * audit log like a read of the client ({@code data subject request: discrimination
 * complaints}). Complaints without a case name no one and are in no one's export; a
 * complaint linked to a case loses its texts when the case is anonymised (before an
 * erasure).
 */
@Component
class ComplaintPrivacy implements DataSubjectExporter {

	static final String SECTION = "counselling.discrimination-complaints";

	private final ComplaintStore store;

	private final AuditLog audit;

	private final MessageSource messages;

	ComplaintPrivacy(ComplaintStore store, AuditLog audit, MessageSource messages) {
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
		return subject.uuid().flatMap((clientId) -> {
			List<Complaint> complaints = this.store.ofClient(subject.tenantId(), clientId);
			if (complaints.isEmpty()) {
				return Optional.empty();
			}
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
					clientId.toString(), "data subject request: discrimination complaints");
			return Optional.of(new DataSubjectSection(SECTION, complaints.stream().map(this::entry).toList()));
		});
	}

	private Map<String, Object> entry(Complaint complaint) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("incidentOn", complaint.incidentOn());
		entry.put("area", word("area", complaint.area()));
		entry.put("characteristics", words("characteristic", complaint.characteristics()));
		entry.put("forms", words("form", complaint.forms()));
		entry.put("level", (complaint.level() != null) ? word("level", complaint.level()) : null);
		entry.put("interventions", words("intervention", complaint.interventions()));
		entry.put("outcome", word("outcome", complaint.outcome()));
		entry.put("description", complaint.description());
		entry.put("replyContact", complaint.replyContact());
		entry.put("storedSince", complaint.createdAt());
		entry.put("changedAt", complaint.updatedAt());
		return entry;
	}

	private String word(String kind, Enum<?> code) {
		String key = "counselling.discrimination." + kind + "." + code.name();
		return this.messages.getMessage(key, null, code.name(), Locale.GERMAN);
	}

	private String words(String kind, List<? extends Enum<?>> codes) {
		return String.join(", ", codes.stream().map((code) -> word(kind, code)).toList());
	}

}
