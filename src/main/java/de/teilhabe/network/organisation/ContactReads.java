package de.teilhabe.network.organisation;

import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;

import org.springframework.stereotype.Component;

/**
 * Records every read of contact persons' data by a signed-in user in the audit log: one
 * entry per person whose data was shown or handed out (a person without a valid consent
 * shows no data and is not recorded), so that the privacy officer can tell a person who
 * saw their data. Public contacts read anonymously (portal, open API) are not recorded:
 * the person agreed to be shown to anyone.
 */
@Component
public class ContactReads {

	/** Shown on a page (the organisation's page, the contact form). */
	public static final String VIEWED = "network.contact.viewed";

	/** Downloaded as a vCard. */
	public static final String VCARD = "network.contact.vcard";

	private final AuditLog audit;

	ContactReads(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Records that the signed-in user read the data of these contact persons.
	 * @param action {@link #VIEWED} or {@link #VCARD}
	 */
	public void read(String action, List<ContactPerson> contacts) {
		contacts.stream().filter(ContactPerson::consentValid).forEach((contact) -> record(action, contact.id()));
	}

	/**
	 * Records that the signed-in user (the office, reviewing a partner's change) read the
	 * proposed and current data of this contact person: the review shows them whatever
	 * the state of the consent.
	 * @param contactId the contact person (for a proposed new one: the id it will get)
	 */
	public void readProposal(UUID contactId) {
		record(VIEWED, contactId);
	}

	private void record(String action, UUID contactId) {
		this.audit.record(AuditCategory.OTHER, action, "network_contact", contactId.toString(), null);
	}

}
