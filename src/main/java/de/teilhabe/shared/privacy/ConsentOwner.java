package de.teilhabe.shared.privacy;

import java.util.Optional;
import java.util.Set;

import de.teilhabe.shared.security.Role;

/**
 * Implemented by a module whose records rest on consents (e.g. contact persons): it names
 * the roles that record its subjects' consents, which may therefore also record their
 * withdrawal (a data subject without an account cannot sign in: staff act on their
 * behalf; the PRIVACY_OFFICER may always), and describes the person and what happens to
 * their data after a withdrawal, for the withdrawal page. Declare it as a Spring bean.
 */
public interface ConsentOwner extends DataSubjectTypes {

	/** The subject types whose consents this module records. */
	@Override
	Set<String> subjectTypes();

	/** The roles that record these consents and may record their withdrawal. */
	Set<Role> recordedBy();

	/**
	 * The person in words, e.g. Erika Muster (Verein X), or empty if the module no longer
	 * holds them. Filter on {@link DataSubject#tenantId()}.
	 */
	Optional<String> describe(DataSubject subject);

	/**
	 * What happens to the person's data once the consent is withdrawn: a message key (or
	 * plain text), e.g. hidden at once, deleted in the next nightly run.
	 */
	String afterWithdrawal();

	/** The page where the person's record is (to go back to), or empty. */
	Optional<String> page(DataSubject subject);

}
