package de.teilhabe.region;

import java.util.List;
import java.util.UUID;

/**
 * A tenant's settings were changed (the access module audits it).
 *
 * @param tenantId the tenant
 * @param actorId who changed them
 * @param actorName that user's name
 * @param fields the names of the changed fields
 */
public record TenantSettingsChanged(UUID tenantId, UUID actorId, String actorName, List<String> fields) {
}
