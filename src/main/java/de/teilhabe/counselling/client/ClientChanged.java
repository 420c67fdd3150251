package de.teilhabe.counselling.client;

import java.util.UUID;

/**
 * A client's data were changed: published synchronously inside the transaction that
 * changes them, so that what is derived from them (the statistical categories of the
 * client's open cases) changes with them, all or nothing.
 *
 * @param tenantId the tenant
 * @param clientId the client
 */
public record ClientChanged(UUID tenantId, UUID clientId) {
}
