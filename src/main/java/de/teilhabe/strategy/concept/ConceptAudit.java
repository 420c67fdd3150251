package de.teilhabe.strategy.concept;

import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;

import org.springframework.stereotype.Component;

/**
 * The audit entries of the changes of a version of the concept (by the signed-in user of
 * the request, in the transaction of the change): created (first version or copy),
 * described, adopted and superseded, Leitlinien replaced, a Handlungsfeld added, changed
 * (name, description, indicators) or removed. Details are short and non-personal: the
 * title, the field's name, the indicator codes.
 */
@Component
class ConceptAudit {

	private static final String VERSION = "strategy_concept";

	private static final String FIELD = "strategy_field";

	private final AuditLog audit;

	ConceptAudit(AuditLog audit) {
		this.audit = audit;
	}

	void created(UUID id, String title, UUID copiedFrom) {
		record("strategy.concept.created", VERSION, id,
				(copiedFrom != null) ? title + " (copy of " + copiedFrom + ")" : title);
	}

	void described(UUID id, String title, int horizonStart, int horizonEnd) {
		record("strategy.concept.changed", VERSION, id, title + " " + horizonStart + "-" + horizonEnd);
	}

	void adopted(UUID id, String body, String date) {
		record("strategy.concept.adopted", VERSION, id, body + " " + date);
	}

	void superseded(UUID id, UUID by) {
		record("strategy.concept.superseded", VERSION, id, "by " + by);
	}

	void guidelines(UUID id, int count) {
		record("strategy.concept.guidelines", VERSION, id, count + " Leitlinien");
	}

	void fieldAdded(UUID conceptId, UUID fieldId, String name, List<String> indicators) {
		record("strategy.concept.field.added", FIELD, fieldId, field(conceptId, name, indicators));
	}

	void fieldChanged(UUID conceptId, UUID fieldId, String name, List<String> indicators) {
		record("strategy.concept.field.changed", FIELD, fieldId, field(conceptId, name, indicators));
	}

	void fieldRemoved(UUID conceptId, UUID fieldId) {
		record("strategy.concept.field.removed", FIELD, fieldId, "version " + conceptId);
	}

	private static String field(UUID conceptId, String name, List<String> indicators) {
		return name + "; indicators " + String.join(",", indicators) + "; version " + conceptId;
	}

	private void record(String action, String type, UUID id, String details) {
		String shortened = (details.length() > 500) ? details.substring(0, 500) : details;
		this.audit.record(AuditCategory.OTHER, action, type, id.toString(), null, shortened);
	}

}
