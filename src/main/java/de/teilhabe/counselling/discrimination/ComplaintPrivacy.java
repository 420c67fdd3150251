package de.teilhabe.counselling.discrimination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.counselling.client.ClientExportSection;

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
class ComplaintPrivacy extends ClientExportSection<Complaint> {

	static final String SECTION = "counselling.discrimination-complaints";

	private final ComplaintStore store;

	ComplaintPrivacy(ComplaintStore store, AuditLog audit, MessageSource messages) {
		super(SECTION, "discrimination complaints", audit, messages);
		this.store = store;
	}

	@Override
	protected List<Complaint> records(UUID tenantId, UUID clientId) {
		return this.store.ofClient(tenantId, clientId);
	}

	@Override
	protected Map<String, Object> entry(UUID tenantId, Complaint complaint) {
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
		return german("counselling.discrimination." + kind + "." + code.name(), code.name());
	}

	private String words(String kind, List<? extends Enum<?>> codes) {
		return String.join(", ", codes.stream().map((code) -> word(kind, code)).toList());
	}

}
