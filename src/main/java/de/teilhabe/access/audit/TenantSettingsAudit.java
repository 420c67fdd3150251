package de.teilhabe.access.audit;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.region.TenantSettingsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits changes of tenant settings (the region module cannot depend on access, so it
 * publishes an event). Runs in the transaction of the change: no change without its audit
 * entry.
 */
@Component
class TenantSettingsAudit {

	private final AuditLog audit;

	TenantSettingsAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(TenantSettingsChanged event) {
		this.audit.record(new AuditEntry(event.tenantId(), event.actorId(), event.actorName(), AuditCategory.SETTINGS,
				"tenant.settings.changed", "tenant", event.tenantId().toString(), null,
				String.join(",", event.fields())));
	}

}
