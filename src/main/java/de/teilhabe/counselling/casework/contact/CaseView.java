package de.teilhabe.counselling.casework.contact;

import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.client.Client;

/**
 * The case as the header of the contacts, notes and tasks pages shows it.
 *
 * @param id the case
 * @param kind {@code SHORT_CONTACT}, {@code COUNSELLING} or {@code CASE_MANAGEMENT}
 * @param status {@code OPEN} or {@code CLOSED}
 * @param clientId the client, null for none
 * @param clientName the client's name, null for none
 * @param clientNumber the client's number, null for none
 * @param clientLanguages the client's languages (codes), empty for none
 * @param breakGlass whether the user reads the client through a break-glass access
 * @param clientGemeinde the region key of the client's Gemeinde, null if unknown
 */
public record CaseView(UUID id, String kind, String status, UUID clientId, String clientName, String clientNumber,
		List<String> clientLanguages, boolean breakGlass, String clientGemeinde) {

	static CaseView of(CaseStub stub, Client client) {
		return new CaseView(stub.id(), stub.kind(), stub.status(), stub.clientId(),
				(client != null) ? client.firstName() + " " + client.lastName() : null,
				(client != null) ? client.clientNumber() : null, (client != null) ? client.languages() : List.of(),
				stub.grant().kind() == Kind.BREAK_GLASS, (client != null) ? client.gemeinde() : null);
	}

	/** Whether the case is closed. */
	public boolean closed() {
		return CaseFiles.CLOSED.equals(this.status);
	}

	/** Whether the case takes contacts and tasks: open and with a client. */
	public boolean takesEntries() {
		return !closed() && this.clientId != null && !CaseFiles.SHORT_CONTACT.equals(this.kind);
	}

	/** Whether the case takes notes: with a client (open or closed). */
	public boolean takesNotes() {
		return this.clientId != null && !CaseFiles.SHORT_CONTACT.equals(this.kind);
	}

	/** Whether an interpreter should be considered: no German among known languages. */
	public boolean interpreterLikely() {
		return CaseFiles.interpreterLikely(this.clientLanguages);
	}

}
