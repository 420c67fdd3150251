package de.teilhabe.region;

import java.util.UUID;

/**
 * A tenant: the Träger of an integration office, a Stadt or a Landkreis.
 *
 * @param id its identity
 * @param slug its name in URLs, e.g. {@code landkreis-osnabrueck}
 * @param name e.g. "Landkreis Osnabrück"
 * @param homeRegionKey the region it is responsible for, e.g. {@code 03459}
 * @param demo whether it is demo data
 */
public record Tenant(UUID id, String slug, String name, String homeRegionKey, boolean demo) {
}
