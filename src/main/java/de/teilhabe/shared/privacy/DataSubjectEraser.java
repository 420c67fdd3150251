package de.teilhabe.shared.privacy;

import java.io.Serializable;
import java.util.List;

/**
 * Implemented by every module that holds personal data: erases or anonymises what it
 * holds about a person (DSGVO Art. 17). Declare it as a Spring bean; the privacy module
 * runs all erasers that support the subject type in one transaction and audits the
 * request with its reason. Data a module must keep by law (e.g. the proof of a consent)
 * is anonymised, not deleted; say so in the result. Filter on
 * {@link DataSubject#tenantId()}.
 */
public interface DataSubjectEraser extends DataSubjectTypes {

	/**
	 * Erases or anonymises the subject's data.
	 * @param subject the person
	 * @param reason why (recorded in the audit log by the privacy module)
	 * @return what was done
	 */
	Erasure erase(DataSubject subject, String reason);

	/**
	 * What keeps the subject's data from being erased now (a legal hold), shown to the
	 * PRIVACY_OFFICER; while any eraser names one, the privacy module erases nothing.
	 * @return the holds, none by default
	 */
	default List<LegalHold> holds(DataSubject subject) {
		return List.of();
	}

	/**
	 * Why a subject's data cannot be erased now.
	 *
	 * @param messageKey the reason in words: a message key of the module's bundle
	 * @param arguments its arguments, as text (e.g. a date as the page shows it)
	 */
	record LegalHold(String messageKey, List<String> arguments) implements Serializable {
	}

	/**
	 * What an eraser did.
	 *
	 * @param section the data it concerns, e.g. {@code consents}
	 * @param affected how many records were erased or anonymised
	 * @param description what was done, in words (e.g. "anonymised; kept as proof of
	 * consent")
	 */
	record Erasure(String section, int affected, String description) implements Serializable {
	}

}
