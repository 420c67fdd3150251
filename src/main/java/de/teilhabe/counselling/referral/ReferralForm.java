package de.teilhabe.counselling.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a referral (page and API alike).
 *
 * @param organisationId the organisation of the network, picked by name
 * @param categories what of the client is passed on ({@code DataCategory} names)
 * @param description a short description of the concern (passed on with the category
 * {@code CONCERN})
 * @param reason why the counsellor refers (not passed on; encrypted)
 * @param followUpOn the day the outcome is to be checked (default in 14 days)
 * @param previewHash the fingerprint of the packet the preview showed (refused if the
 * packet changed since)
 */
record ReferralForm(@NotNull(message = "{counselling.referrals.error.organisation}") UUID organisationId,
		List<String> categories, @Size(max = 2000, message = "{form.error.tooLong}") String description,
		@Size(max = 4000, message = "{form.error.tooLong}") String reason, LocalDate followUpOn,
		@Size(max = 64, message = "{form.error.tooLong}") String previewHash) {
}
