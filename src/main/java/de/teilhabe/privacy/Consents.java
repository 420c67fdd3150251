package de.teilhabe.privacy;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Consent records: who agreed to which purpose, with which exact text (version and
 * language), when and how, and whether it was withdrawn. Modules check {@link #isGiven}
 * before any referral or sharing. Every recording and withdrawal is audited (category
 * PRIVACY). Invalid input is refused with an {@link InvalidConsentException} naming the
 * field.
 */
public interface Consents {

	/**
	 * Stores a consent text for a purpose (a new version or language). Texts are never
	 * changed once stored: a new wording is a new version.
	 */
	ConsentText defineText(ConsentText text);

	/** The exact text a consent was given to (its purpose, version and language). */
	Optional<ConsentText> textOf(ConsentRecord consent);

	/** The texts of a tenant for a purpose, newest version first. */
	List<ConsentText> texts(UUID tenantId, String purpose);

	/** Records a consent, recorded by the signed-in user (or the system). */
	ConsentRecord record(NewConsent consent);

	/**
	 * Withdraws a consent.
	 * @param withdrawnAt when the person withdrew it (not in the future, not before it
	 * was given)
	 * @param note optional note, e.g. how the withdrawal was declared
	 * @throws de.teilhabe.shared.web.NotFoundException if the tenant has no such consent
	 * @throws ConsentAlreadyWithdrawnException if it was withdrawn already
	 */
	ConsentRecord withdraw(UUID tenantId, UUID consentId, OffsetDateTime withdrawnAt, String note);

	/**
	 * Whether the subject's consent to the purpose is valid now (given and not
	 * withdrawn).
	 */
	boolean isGiven(UUID tenantId, String subjectType, String subjectId, String purpose);

	/**
	 * {@link #isGiven} for many subjects in one query: those of them whose consent to the
	 * purpose is valid now.
	 */
	Set<String> givenAmong(UUID tenantId, String subjectType, Collection<String> subjectIds, String purpose);

	/** All consents of a subject, newest first, withdrawn ones included. */
	List<ConsentRecord> history(UUID tenantId, String subjectType, String subjectId);

	Optional<ConsentRecord> find(UUID tenantId, UUID consentId);

}
