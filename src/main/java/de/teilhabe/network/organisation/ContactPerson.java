package de.teilhabe.network.organisation;

import java.util.UUID;

/**
 * A contact person of an organisation (personal data: shown only while the person's
 * consent is valid).
 *
 * @param id its id (the data subject id, subject type {@code network-contact})
 * @param organisationId the organisation
 * @param name the person's name
 * @param function the function in the organisation
 * @param email own e-mail address
 * @param phone own phone number
 * @param publicContact whether the person agreed to be shown publicly (portal, API)
 * @param consentValid whether the consent (purpose {@code network.contact}) is valid
 */
public record ContactPerson(UUID id, UUID organisationId, String name, String function, String email, String phone,
		boolean publicContact, boolean consentValid) {
}
