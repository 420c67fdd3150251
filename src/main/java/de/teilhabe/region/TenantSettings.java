package de.teilhabe.region;

import java.util.UUID;

/**
 * What a tenant's ADMIN maintains about the office: shown on the public pages and used by
 * mails and reports. Optional values are null when not set.
 *
 * @param tenantId the tenant
 * @param name the tenant's name, e.g. "Landkreis Osnabrück"
 * @param officeName the office, e.g. "Koordinierungsstelle Integration"
 * @param street street and number
 * @param postcode 5 digits
 * @param city the city
 * @param officeHours free text, several lines
 * @param phone phone number
 * @param email e-mail address
 * @param website http(s) URL
 * @param imprintText the Impressum
 * @param privacyText the privacy statement (Datenschutzerklärung)
 * @param hasLogo whether a logo is stored (see {@link Tenants#logo(UUID)})
 * @param version the optimistic-locking version
 */
public record TenantSettings(UUID tenantId, String name, String officeName, String street, String postcode, String city,
		String officeHours, String phone, String email, String website, String imprintText, String privacyText,
		boolean hasLogo, int version) {

}
