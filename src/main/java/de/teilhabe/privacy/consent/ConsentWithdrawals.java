package de.teilhabe.privacy.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.privacy.ConsentOwner;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Recording the withdrawal of a consent on the person's behalf (they have no account):
 * the PRIVACY_OFFICER may withdraw any consent of the tenant, the roles that record a
 * subject type's consents (named by its {@link ConsentOwner}) those of that type. Any
 * other consent is not found for them. The withdrawal itself is stored and audited by
 * {@link Consents#withdraw}; the owning module no longer uses the data from then on.
 */
@Service
class ConsentWithdrawals {

	private final Consents consents;

	private final List<ConsentOwner> owners;

	private final UserDirectory users;

	ConsentWithdrawals(Consents consents, List<ConsentOwner> owners, UserDirectory users) {
		this.consents = consents;
		this.owners = owners;
		this.users = users;
	}

	/** A consent the actor may withdraw, with what the withdrawal page shows. */
	Withdrawal find(Actor actor, UUID consentId) {
		ConsentRecord consent = permitted(actor, consentId);
		Optional<ConsentOwner> owner = owner(consent.subjectType());
		Optional<DataSubject> subject = Optional.ofNullable(consent.subjectId())
			.map((id) -> new DataSubject(consent.tenantId(), consent.subjectType(), id));
		return new Withdrawal(consent, this.consents.textOf(consent).orElse(null),
				subject.flatMap((person) -> owner.flatMap((module) -> module.describe(person))).orElse(null),
				owner.map(ConsentOwner::afterWithdrawal).orElse(null),
				subject.flatMap((person) -> owner.flatMap((module) -> module.page(person))).orElse(null),
				(consent.withdrawnBy() != null)
						? this.users.displayNameOf(consent.tenantId(), consent.withdrawnBy()).orElse(null) : null);
	}

	/**
	 * Records the withdrawal.
	 * @throws de.teilhabe.privacy.ConsentAlreadyWithdrawnException if it was withdrawn
	 * already
	 */
	ConsentRecord withdraw(Actor actor, UUID consentId, OffsetDateTime withdrawnAt, String note) {
		permitted(actor, consentId);
		return this.consents.withdraw(actor.tenantId(), consentId, withdrawnAt, note);
	}

	private ConsentRecord permitted(Actor actor, UUID consentId) {
		return this.consents.find(actor.tenantId(), consentId)
			.filter((consent) -> actor.has(Role.PRIVACY_OFFICER)
					|| owner(consent.subjectType()).map((owner) -> owner.recordedBy().stream().anyMatch(actor::has))
						.orElse(false))
			.orElseThrow(() -> new NotFoundException("privacy.consent.error.notFound"));
	}

	private Optional<ConsentOwner> owner(String subjectType) {
		return this.owners.stream().filter((owner) -> owner.supports(subjectType)).findFirst();
	}

	/**
	 * A consent as the withdrawal page shows it.
	 *
	 * @param consent the record
	 * @param text the text agreed to, or null if it is not stored
	 * @param person the person in words, or null if the module no longer holds them
	 * @param afterWithdrawal what happens to the data after a withdrawal (message key),
	 * or null
	 * @param page the page of the person's record, or null
	 * @param withdrawnByName who recorded the withdrawal, or null
	 */
	record Withdrawal(ConsentRecord consent, ConsentText text, String person, String afterWithdrawal, String page,
			String withdrawnByName) {
	}

}
