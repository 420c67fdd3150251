package de.teilhabe.network;

import java.util.UUID;

/**
 * The name of an approved organisation changed (the office's edit, or a partner's change
 * approved by the office): published when the new name takes effect. Read the new name
 * through {@link Organisations#find}.
 *
 * @param tenantId the tenant
 * @param organisationId the organisation
 */
public record OrganisationRenamed(UUID tenantId, UUID organisationId) {
}
