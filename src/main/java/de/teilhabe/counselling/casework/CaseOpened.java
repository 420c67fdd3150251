package de.teilhabe.counselling.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case of a client was opened: published synchronously inside the transaction that
 * opens it, so that what belongs to a case from its start (its statistical categories) is
 * stored with it, all or nothing.
 *
 * @param tenantId the tenant
 * @param caseId the new case
 * @param clientId its client
 * @param openedOn the day it was opened
 */
public record CaseOpened(UUID tenantId, UUID caseId, UUID clientId, LocalDate openedOn) {
}
