package de.teilhabe.network;

import java.util.UUID;

/**
 * An organisation was removed from the network (with its offers, events and contact
 * persons; accounts bound to it were released). It is no longer found through
 * {@link Organisations}; a module that keeps its id lets go of it.
 *
 * @param tenantId the tenant
 * @param organisationId the organisation
 */
public record OrganisationRemoved(UUID tenantId, UUID organisationId) {
}
