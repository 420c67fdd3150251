package de.teilhabe.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The exact wording of a consent: per tenant, purpose, version and language.
 *
 * @param tenantId the tenant
 * @param purpose the purpose code, e.g. {@code counselling.referral} (lower case letters,
 * digits, {@code . _ -})
 * @param version 1, 2, ...: a changed wording is a new version
 * @param language ISO 639 code, e.g. {@code de}
 * @param title short title
 * @param body the full text
 * @param createdAt when it was stored (set on storing)
 */
public record ConsentText(UUID tenantId, String purpose, int version, String language, String title, String body,
		OffsetDateTime createdAt) {
}
