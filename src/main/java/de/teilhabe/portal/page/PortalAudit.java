package de.teilhabe.portal.page;

import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * The audit entries of the portal's edits, in the platform's audit log (record type
 * {@code portal_page}, the page's ID; details without personal data: the language, the
 * state, the revision): {@code portal.page.created}, {@code portal.page.changed},
 * {@code portal.translation.saved}, {@code portal.translation.state},
 * {@code portal.page.confirmed}, {@code portal.page.deleted},
 * {@code portal.translation.imported} and {@code portal.xliff.imported} (the import as a
 * whole: record type {@code portal_xliff_import}).
 */
@Component
public class PortalAudit {

	/** The record type of a page's entries. */
	public static final String PAGE = "portal_page";

	private final AuditLog audit;

	PortalAudit(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Records an edit of the signed-in user (of the system where nobody is signed in).
	 */
	public void record(UUID tenantId, String action, UUID pageId, String details) {
		write(tenantId, action, PAGE, pageId.toString(), details);
	}

	/** Records an XLIFF import as a whole. */
	public void imported(UUID tenantId, UUID importId, String details) {
		write(tenantId, "portal.xliff.imported", "portal_xliff_import", importId.toString(), details);
	}

	private void write(UUID tenantId, String action, String type, String id, String details) {
		Actor actor = CurrentActor.find().orElse(null);
		this.audit.record(new AuditLog.AuditEntry(tenantId, (actor != null) ? actor.userId() : null,
				(actor != null) ? actor.username() : "system", AuditCategory.OTHER, action, type, id, null, details));
	}

}
