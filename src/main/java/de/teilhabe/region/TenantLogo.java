package de.teilhabe.region;

/**
 * A tenant's logo.
 *
 * @param content the image
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param version the settings version it was stored with (for caching)
 */
public record TenantLogo(byte[] content, String mediaType, int version) {

}
